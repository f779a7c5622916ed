// What a deputy-area action returns to its form (error keys and what was typed), and its form-level error.
import { errorText } from "../../i18n";
import { useT } from "../../i18n/use-t";

export interface FormFeedback {
  errors?: Record<string, string>;
  values?: Record<string, unknown>;
}

export function useTr() {
  return errorText(useT());
}

export function FormNotice({ feedback }: { feedback?: FormFeedback }) {
  const tr = useTr();
  return feedback?.errors?.form ? (
    <p className="notice error" role="alert">
      {tr(feedback.errors.form)}
    </p>
  ) : null;
}
