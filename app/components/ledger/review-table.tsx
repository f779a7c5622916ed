// The review list as one compact table: a row per extracted item with its target, deadline, state and
// the accept / reject buttons; the card view (with the report text) stays one click away.
import { Link } from "@remix-run/react";
import { formatTarget } from "~/domain/ledger/format";
import { useT } from "~/i18n/use-t";
import { SectorName } from "~/components/sector-name";
import type { ReviewItemView } from "~/components/ledger/types";
import { DecideButtons } from "~/components/ledger/decide-button";
import { ColumnHeaders } from "~/components/column-headers";
import { MergeCheckbox, ReviewStateBadge } from "~/components/ledger/review-controls";

export function ReviewTable({ items }: { items: ReviewItemView[] }) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="compact cards-on-phone review-table">
        <caption className="visually-hidden">{t("ledger.review.items")}</caption>
        <ColumnHeaders
          columns={[
            { label: t("ledger.review.mergeColumn"), className: "select-col" },
            t("ledger.field.metric"),
            t("ledger.field.target"),
            t("ledger.field.deadline"),
            t("ledger.field.sector"),
            t("ledger.field.reviewState"),
            t("ledger.review.decide"),
          ]}
        />
        <tbody>
          {items.map((item) => {
            return (
              <tr key={item.id} id={`item-${item.id}`} className={`review-row ${item.reviewState}`}>
                <td className="select-col">
                  <MergeCheckbox item={item} />
                </td>
                <th scope="row" data-label={t("ledger.field.metric")}>
                  <Link to={`?focus=${item.id}#item-${item.id}`} lang="zh">
                    {item.metric}
                  </Link>
                </th>
                <td data-label={t("ledger.field.target")} lang="zh">
                  {formatTarget(item) || "—"}
                </td>
                <td data-label={t("ledger.field.deadline")} lang="zh">
                  {item.deadline ?? "—"}
                </td>
                <td data-label={t("ledger.field.sector")}>{item.sector ? <SectorName sector={item.sector} /> : "—"}</td>
                <td data-label={t("ledger.field.reviewState")}>
                  <ReviewStateBadge state={item.reviewState} />
                </td>
                <td className="actions">
                  <DecideButtons item={item} view="table" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
