// Tabs between the admin pages.
import { NavLink } from "@remix-run/react";
import { useT } from "~/i18n/use-t";

export function AdminNav() {
  const t = useT();
  return (
    <nav aria-label={t("admin.nav")} className="row tabs">
      <NavLink to="/admin/users">{t("admin.users.title")}</NavLink>
      <NavLink to="/admin/departments">{t("admin.departments.title")}</NavLink>
      <NavLink to="/admin/jurisdictions">{t("admin.jurisdictions.title")}</NavLink>
    </nav>
  );
}
