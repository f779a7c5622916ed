// Renaming one department or place in a list: its name in a field, one button.
import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { Field } from "~/components/field";
import { useSubmittedField, type Submission } from "~/components/submitted-field";

export function RenameForm({
  id,
  name,
  label,
  button,
  failed,
}: {
  id: number;
  name: string;
  label: ReactNode;
  button: string;
  /** The last rename that failed on this page, to keep what was typed on its own row. */
  failed: Submission | null;
}) {
  const field = useSubmittedField(failed?.values.id === String(id) ? failed : null);
  return (
    <Form method="post" className="row">
      <input type="hidden" name="intent" value="rename" />
      <input type="hidden" name="id" value={id} />
      <Field id={`rename-${id}`} label={label} type="text" {...field("name", name)} />
      <button type="submit" className="secondary">
        {button}
        <span className="visually-hidden">
          : <span lang="zh">{name}</span>
        </span>
      </button>
    </Form>
  );
}
