// Labelled select and textarea with their error, wired like Field (app/components/field.tsx).
import { forwardRef, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

interface Common {
  label: ReactNode;
  name: string;
  error?: string | null;
  hint?: ReactNode;
}

function describedBy(id: string, hint: ReactNode, error: string | null | undefined) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Extras({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | null }) {
  return (
    <>
      {hint ? (
        <div id={`${id}-hint`} className="muted small">
          {hint}
        </div>
      ) : null}
      {error ? (
        <div id={`${id}-error`} className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </>
  );
}

export const SelectField = forwardRef<HTMLSelectElement, Common & SelectHTMLAttributes<HTMLSelectElement>>(
  function SelectField({ label, name, error, hint, id, children, ...rest }, ref) {
    const fieldId = id ?? `field-${name}`;
    return (
      <div className="field">
        <label htmlFor={fieldId}>{label}</label>
        <select
          ref={ref}
          id={fieldId}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(fieldId, hint, error)}
          {...rest}
        >
          {children}
        </select>
        <Extras id={fieldId} hint={hint} error={error} />
      </div>
    );
  },
);

export const TextAreaField = forwardRef<HTMLTextAreaElement, Common & TextareaHTMLAttributes<HTMLTextAreaElement>>(
  function TextAreaField({ label, name, error, hint, id, ...rest }, ref) {
    const fieldId = id ?? `field-${name}`;
    return (
      <div className="field">
        <label htmlFor={fieldId}>{label}</label>
        <textarea
          ref={ref}
          id={fieldId}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(fieldId, hint, error)}
          {...rest}
        />
        <Extras id={fieldId} hint={hint} error={error} />
      </div>
    );
  },
);
