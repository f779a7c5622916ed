// A labelled form field with its error, wired for screen readers.
import { forwardRef, type InputHTMLAttributes, type ReactNode } from "react";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: ReactNode;
  name: string;
  error?: string | null;
  hint?: ReactNode;
}

export const Field = forwardRef<HTMLInputElement, FieldProps>(function Field(
  { label, name, error, hint, id, ...input },
  ref,
) {
  const fieldId = id ?? `field-${name}`;
  const describedBy =
    [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <div id={`${fieldId}-hint`} className="muted small">
          {hint}
        </div>
      ) : null}
      <input
        ref={ref}
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {error ? (
        <div id={`${fieldId}-error`} className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
});
