// Accept, reject or restore one extracted item: one form per item whose buttons name the decision (the
// review cards and the table).
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/use-t";

type Intent = "accept" | "reject" | "restore";

/** The decisions an item in this review state can take, the first one the primary button. */
function decisions(reviewState: string): Intent[] {
  return [
    ...(reviewState !== "accepted" ? (["accept"] as const) : []),
    reviewState === "rejected" ? ("restore" as const) : ("reject" as const),
  ];
}

export function DecideButtons({
  item,
  view,
}: {
  item: { id: number; version: number; metric: string; reviewState: string };
  /** Back to the table view after the decision. */
  view?: "table";
}) {
  const t = useT();
  return (
    <Form method="post" className="row" preventScrollReset={view === "table"}>
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      {view ? <input type="hidden" name="view" value={view} /> : null}
      {decisions(item.reviewState).map((intent) => {
        const label = t(`ledger.review.${intent}`);
        return (
          <button
            key={intent}
            type="submit"
            name="intent"
            value={intent}
            className={intent === "accept" ? undefined : "secondary"}
          >
            {/* Its accessible name says which item ("采纳: …"), the item's words marked as the Chinese they are. */}
            <span aria-hidden="true">{label}</span>
            <span className="visually-hidden">
              {label}: <span lang="zh">{item.metric}</span>
            </span>
          </button>
        );
      })}
    </Form>
  );
}
