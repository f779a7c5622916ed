// The form-level error above a form (a message key from zod or the action), announced when it appears.
import { errorText } from "~/i18n";
import { useT } from "~/i18n/use-t";

export function FormError({ message }: { message?: string | null }) {
  const text = errorText(useT())(message);
  return text ? (
    <p className="notice error" role="alert">
      {text}
    </p>
  ) : null;
}
