// The pieces a review card and a review table row share: the merge checkbox and the review-state badge.
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";

/** Ticks an item for the merge form (only proposed items can be merged); its name says which item. */
export function MergeCheckbox({
  item,
  id,
}: {
  item: { id: number; metric: string; reviewState: string };
  id?: string;
}) {
  const t = useT();
  return (
    <label className="tap">
      <input
        type="checkbox"
        form="merge-form"
        name="ids"
        value={item.id}
        id={id}
        disabled={item.reviewState !== "proposed"}
      />
      <span className="visually-hidden">
        {rich(t, "ledger.review.mergeSelect", { metric: <Zh>{item.metric}</Zh> })}
      </span>
    </label>
  );
}

export function ReviewStateBadge({ state }: { state: string }) {
  const t = useT();
  const tone = state === "accepted" ? "green" : state === "rejected" ? "red" : "yellow";
  return <span className={`badge ${tone}`}>{t(`ledger.reviewState.${state as "proposed"}`)}</span>;
}
