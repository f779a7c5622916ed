// Cells the ledger table and the bulk-assignment table show alike: the item's link, its lead department.
import { Link } from "@remix-run/react";
import { Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";

/** The item's name linking to its page; a sub-task is marked as one. */
export function ItemLink({ item }: { item: { id: number; metric: string; parentId: number | null } }) {
  return (
    <>
      {item.parentId ? <span className="muted">↳ </span> : null}
      <Link to={`/ledger/c/${item.id}`} lang="zh">
        {item.metric}
      </Link>
    </>
  );
}

export function LeadDepartmentCell({ name }: { name: string | null }) {
  const t = useT();
  return (
    <td data-label={t("ledger.field.leadDepartment")}>
      {name ? <Zh>{name}</Zh> : <span className="muted">{t("ledger.unassigned")}</span>}
    </td>
  );
}
