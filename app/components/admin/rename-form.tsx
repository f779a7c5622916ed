// Renaming one department or place in a list: its name in a field, one button.
import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { Field } from "~/components/field";
import { errorText } from "~/i18n";
import { useT } from "~/i18n/use-t";

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
  failed: { values: Record<string, string>; errors: Record<string, string> } | null;
}) {
  const tr = errorText(useT());
  const mine = failed?.values.id === String(id) ? failed : null;
  return (
    <Form method="post" className="row">
      <input type="hidden" name="intent" value="rename" />
      <input type="hidden" name="id" value={id} />
      <Field
        id={`rename-${id}`}
        label={label}
        name="name"
        type="text"
        defaultValue={mine ? mine.values.name : name}
        error={mine ? tr(mine.errors.name) : null}
      />
      <button type="submit" className="secondary">
        {button}
        <span className="visually-hidden">
          : <span lang="zh">{name}</span>
        </span>
      </button>
    </Form>
  );
}
