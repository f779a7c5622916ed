// What a refused form keeps: each field's typed value and its translated error, as props for `Field`.
import { errorText } from "~/i18n";
import { useT } from "~/i18n/use-t";

/** A refused submission as the action answers it (`formFailure`). */
export interface Submission {
  values: Record<string, string>;
  errors: Record<string, string>;
}

/** `field("name", fallback)` gives a field its name, what was typed (or `fallback`) and its error. */
export function useSubmittedField(submission: Submission | null | undefined) {
  const tr = errorText(useT());
  return (name: string, fallback = "") => ({
    name,
    defaultValue: submission?.values[name] ?? fallback,
    error: tr(submission?.errors[name]),
  });
}
