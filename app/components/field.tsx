// Labelled form fields (input, select, textarea, radio group) with their errors, wired for screen readers.
import {
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";

interface Common {
  label: ReactNode;
  name: string;
  error?: string | null;
  hint?: ReactNode;
}

function describedBy(id: string, hint: ReactNode, error: string | null | undefined) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <div id={`${id}-hint`} className="muted small">
      {hint}
    </div>
  ) : null;
}

function FieldError({ id, error }: { id: string; error?: string | null }) {
  return error ? (
    <div id={`${id}-error`} className="field-error" role="alert">
      {error}
    </div>
  ) : null;
}

export const Field = forwardRef<HTMLInputElement, Common & InputHTMLAttributes<HTMLInputElement>>(function Field(
  { label, name, error, hint, id, ...input },
  ref,
) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      <Hint id={fieldId} hint={hint} />
      <input
        ref={ref}
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...input}
      />
      <FieldError id={fieldId} error={error} />
    </div>
  );
});

/** A select; the options are its children. */
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
        <Hint id={fieldId} hint={hint} />
        <FieldError id={fieldId} error={error} />
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
        <Hint id={fieldId} hint={hint} />
        <FieldError id={fieldId} error={error} />
      </div>
    );
  },
);

/** A fieldset of radio buttons; `children` are the inputs (registered by the caller). */
export function RadioGroup({
  legend,
  name,
  error,
  children,
}: {
  legend: ReactNode;
  name: string;
  error?: string | null;
  children: ReactNode;
}) {
  const id = `group-${name.replace(/\W/g, "-")}`;
  return (
    <fieldset className="field radio-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="row">{children}</div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
