// Accept, reject or restore one extracted item: a one-button form (the review cards and the table).
import { Form } from "@remix-run/react";

export function DecideButton({
  item,
  intent,
  label,
  secondary,
  view,
}: {
  item: { id: number; version: number; metric: string };
  intent: "accept" | "reject" | "restore";
  label: string;
  secondary?: boolean;
  /** Back to the table view after the decision. */
  view?: "table";
}) {
  return (
    <Form method="post" preventScrollReset={view === "table"}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      {view ? <input type="hidden" name="view" value={view} /> : null}
      <button type="submit" className={secondary ? "secondary" : undefined}>
        {/* Its accessible name says which item ("采纳: …"), the item's words marked as the Chinese they are. */}
        <span aria-hidden="true">{label}</span>
        <span className="visually-hidden">
          {label}: <span lang="zh">{item.metric}</span>
        </span>
      </button>
    </Form>
  );
}
