// Labelled textarea, select and radio group with their errors (the input counterpart is ../field.tsx).
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

function Extras({ id, hint, error }: { id: string; hint: ReactNode; error?: string | null }) {
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

export const TextArea = forwardRef<HTMLTextAreaElement, Common & TextareaHTMLAttributes<HTMLTextAreaElement>>(
  function TextArea({ label, name, error, hint, id, ...rest }, ref) {
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

export const Select = forwardRef<
  HTMLSelectElement,
  Common & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly { value: string; label: string }[] }
>(function Select({ label, name, error, hint, id, options, ...rest }, ref) {
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
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Extras id={fieldId} hint={hint} error={error} />
    </div>
  );
});

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
      {error ? (
        <div id={`${id}-error`} className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
