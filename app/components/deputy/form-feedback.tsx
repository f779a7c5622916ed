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

/** A form's defaults: what was typed before a refusal, else each fallback. */
export function typedOr<T extends Record<string, string>>(feedback: FormFeedback | undefined, fallbacks: T): T {
  const typed = feedback?.values ?? {};
  return Object.fromEntries(
    Object.entries(fallbacks).map(([name, fallback]) => [name, String(typed[name] ?? fallback)]),
  ) as T;
}
