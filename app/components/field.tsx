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

/** Label, hint, the control (in a row with its addon, if any), its error: the frame every labelled field shares. */
function FieldFrame({
  id,
  label,
  hint,
  error,
  addon,
  children,
}: Omit<Common, "name"> & { id: string; addon?: ReactNode; children: ReactNode }) {
  return (
    <div className={addon ? "field with-addon" : "field"}>
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      {addon ? (
        <div className="row">
          {children}
          {addon}
        </div>
      ) : (
        children
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The attributes tying a control to its label, hint and error. */
function controlProps(id: string, name: string, hint: ReactNode, error: string | null | undefined) {
  return { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) };
}

/** An input; `addon` stands beside it (a search box's button). */
export const Field = forwardRef<
  HTMLInputElement,
  Common & { addon?: ReactNode } & InputHTMLAttributes<HTMLInputElement>
>(function Field({ label, name, error, hint, id, addon, ...input }, ref) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldFrame id={fieldId} label={label} hint={hint} error={error} addon={addon}>
      <input ref={ref} {...controlProps(fieldId, name, hint, error)} {...input} />
    </FieldFrame>
  );
});

/** A file input (a report, a sheet, photos, evidence). */
export const FileField = forwardRef<HTMLInputElement, Common & Omit<InputHTMLAttributes<HTMLInputElement>, "type">>(
  function FileField(props, ref) {
    return <Field ref={ref} type="file" {...props} />;
  },
);

/** A select; the options are its children. */
export const SelectField = forwardRef<HTMLSelectElement, Common & SelectHTMLAttributes<HTMLSelectElement>>(
  function SelectField({ label, name, error, hint, id, children, ...rest }, ref) {
    const fieldId = id ?? `field-${name}`;
    return (
      <FieldFrame id={fieldId} label={label} hint={hint} error={error}>
        <select ref={ref} {...controlProps(fieldId, name, hint, error)} {...rest}>
          {children}
        </select>
      </FieldFrame>
    );
  },
);

export const TextAreaField = forwardRef<HTMLTextAreaElement, Common & TextareaHTMLAttributes<HTMLTextAreaElement>>(
  function TextAreaField({ label, name, error, hint, id, ...rest }, ref) {
    const fieldId = id ?? `field-${name}`;
    return (
      <FieldFrame id={fieldId} label={label} hint={hint} error={error}>
        <textarea ref={ref} {...controlProps(fieldId, name, hint, error)} {...rest} />
      </FieldFrame>
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
