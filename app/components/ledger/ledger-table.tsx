// A table of ledger items with their status, progress against 序时进度 and light.
import { isoDay } from "~/domain/ledger/format";
import type { ProgressState } from "~/domain/progress/expected";
import type { Status } from "~/domain/vocab";
import { useT } from "~/i18n/use-t";
import { LightBadge, ProgressBar, StatusBadge } from "~/components/ledger/badges";
import { ItemLink, LeadDepartmentCell } from "~/components/ledger/item-cells";

export interface TableItem {
  id: number;
  metric: string;
  status: Status;
  progress: number;
  dueDate: Date | null;
  leadDepartmentName: string | null;
  pendingUpdates: number;
  parentId: number | null;
  state: ProgressState;
  role?: "lead" | "cooperating";
}

export function LedgerTable({
  items,
  caption,
  showRole = false,
}: {
  items: TableItem[];
  caption: string;
  showRole?: boolean;
}) {
  const t = useT();
  if (items.length === 0) return <NoItems caption={caption} />;
  return (
    <div className="table-wrap">
      <table className="cards-on-phone">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ledger.field.metric")}</th>
            <th scope="col">{t("ledger.field.leadDepartment")}</th>
            {showRole ? <th scope="col">{t("ledger.table.role")}</th> : null}
            <th scope="col">{t("ledger.field.dueDate")}</th>
            <th scope="col">{t("ledger.field.status")}</th>
            <th scope="col">{t("ledger.field.progress")}</th>
            <th scope="col">{t("ledger.table.light")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" data-label={t("ledger.field.metric")}>
                <ItemLink item={item} />
                {item.pendingUpdates ? (
                  <span className="badge yellow small-badge">
                    {t("ledger.table.pending", { count: item.pendingUpdates })}
                  </span>
                ) : null}
              </th>
              <LeadDepartmentCell name={item.leadDepartmentName} />
              {showRole ? (
                <td data-label={t("ledger.table.role")}>{item.role ? t(`ledger.table.${item.role}`) : ""}</td>
              ) : null}
              <td data-label={t("ledger.field.dueDate")}>{isoDay(item.dueDate) || "—"}</td>
              <td data-label={t("ledger.field.status")}>
                <StatusBadge status={item.status} />
              </td>
              <td data-label={t("ledger.field.progress")}>
                <ProgressBar progress={item.progress} expected={item.state.expected} />
              </td>
              <td data-label={t("ledger.table.light")}>
                <LightBadge state={item.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A list of the ledger with nothing in it: its caption says so in one line. */
export function NoItems({ caption }: { caption: string }) {
  const t = useT();
  return (
    <p className="muted">
      {caption}: {t("ledger.none")}
    </p>
  );
}
