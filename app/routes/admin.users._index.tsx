import { data } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { AdminNav } from "~/components/admin/admin-nav";
import { InviteForm, type InviteValues } from "~/components/admin/invite-form";
import { OneTimePassword } from "~/components/admin/one-time-password";
import { useT } from "~/i18n/use-t";
import { inviteUser, listManagedDepartments, listUsers, managedJurisdictions } from "~/models/admin.server";
import { inviteSchema } from "~/schemas/account";
import ledgerStyles from "~/styles/ledger.css?url";
import { requireAdmin } from "~/utils/admin.server";
import { formFailure } from "~/utils/form-failure.server";
import { formValues, parseForm, readForm } from "~/utils/forms";
import { pageMeta } from "~/utils/meta";
import { DataTable } from "~/components/data-table";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "admin.users.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const [users, jurisdictions, departments] = await Promise.all([
    listUsers(admin),
    managedJurisdictions(admin),
    listManagedDepartments(admin),
  ]);
  return {
    ownJurisdictionId: admin.jurisdictionId,
    users,
    jurisdictions,
    departments,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const form = await readForm(request);
  const values = formValues(form);
  const parsed = parseForm(inviteSchema, form);
  if (!parsed.ok) return formFailure(null, parsed.errors, values, { extra: { invited: null } });
  try {
    const invited = await inviteUser(admin, parsed.data);
    return data({ errors: {} as Record<string, string>, values: null, invited });
  } catch (error) {
    return formFailure(null, error, values, { extra: { invited: null } });
  }
}

export default function AdminUsers() {
  const { users, jurisdictions, departments, ownJurisdictionId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const posted = actionData?.values as Partial<InviteValues> | null | undefined;
  const defaults: InviteValues = {
    email: posted?.email ?? "",
    name: posted?.name ?? "",
    role: posted?.role ?? "staff",
    jurisdictionId: posted?.jurisdictionId ?? String(ownJurisdictionId),
    departmentId: posted?.departmentId ?? "",
  };
  return (
    <div className="admin">
      <h1>{t("admin.users.title")}</h1>
      <AdminNav />
      {actionData?.invited ? (
        <OneTimePassword
          email={actionData.invited.email}
          password={actionData.invited.password}
          messageKey="admin.users.invited"
        />
      ) : null}
      <InviteForm
        key={actionData?.invited ? actionData.invited.email : "form"}
        jurisdictions={jurisdictions}
        departments={departments}
        defaults={defaults}
        errors={actionData?.errors}
      />
      <DataTable
        columns={[
          t("account.name"),
          t("login.email"),
          t("account.role"),
          t("account.jurisdiction"),
          t("account.department"),
          t("admin.users.state"),
        ]}
        className="cards-on-phone"
        caption={t("admin.users.count", { count: users.length })}
      >
        {users.map((u) => (
          <tr key={u.id}>
            <th scope="row" data-label={t("account.name")}>
              <Link to={`/admin/users/${u.id}`} lang="zh">
                {u.name}
              </Link>
            </th>
            <td data-label={t("login.email")}>{u.email}</td>
            <td data-label={t("account.role")}>{t(`role.${u.role}`)}</td>
            <td data-label={t("account.jurisdiction")} lang="zh">
              {u.jurisdiction}
            </td>
            <td data-label={t("account.department")} lang="zh">
              {u.department ?? "—"}
            </td>
            <td data-label={t("admin.users.state")}>
              {u.disabled ? (
                <span className="badge red">{t("admin.users.disabled")}</span>
              ) : u.mustChangePassword ? (
                <span className="badge yellow">{t("admin.users.pending")}</span>
              ) : (
                <span className="badge green">{t("admin.users.active")}</span>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
