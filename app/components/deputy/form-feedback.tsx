// What a deputy-area action returns to its form: error keys and what was typed.
import { errorText } from "~/i18n";
import { useT } from "~/i18n/use-t";

export interface FormFeedback {
  errors?: Record<string, string>;
  values?: Record<string, unknown>;
}

export function useTr() {
  return errorText(useT());
}
