// The way back to the ledger (工作台) above a ledger page's heading.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/use-t";

export function LedgerBreadcrumb() {
  const t = useT();
  return (
    <nav aria-label={t("ledger.breadcrumb")} className="small">
      <Link to="/ledger">{t("nav.ledger")}</Link>
    </nav>
  );
}
