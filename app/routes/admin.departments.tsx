import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CreateRenameHeader, useCreateRenameFailures } from "~/components/admin/create-rename";
import { PlaceOptions } from "~/components/admin/place-options";
import { RenameForm } from "~/components/admin/rename-form";
import { Field, SelectField } from "~/components/field";
import { useT } from "~/i18n/use-t";
import {
  createDepartment,
  listManagedDepartments,
  managedJurisdictions,
  renameDepartment,
} from "~/models/admin.server";
import { departmentCreateSchema, departmentRenameSchema } from "~/schemas/account";
import ledgerStyles from "~/styles/ledger.css?url";
import { adminFormAction, adminIntent, requireAdmin } from "~/utils/admin.server";
import { pageMeta } from "~/utils/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "admin.departments.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const [jurisdictions, departments] = await Promise.all([managedJurisdictions(admin), listManagedDepartments(admin)]);
  return { jurisdictions, departments, own: admin.jurisdictionId };
}

export async function action({ request }: ActionFunctionArgs) {
  return adminFormAction(request, "/admin/departments", {
    create: adminIntent(departmentCreateSchema, createDepartment, "created"),
    rename: adminIntent(departmentRenameSchema, renameDepartment, "renamed"),
  });
}

export default function AdminDepartments() {
  const { jurisdictions, departments, own } = useLoaderData<typeof loader>();
  const { renamed, createdField } = useCreateRenameFailures(useActionData<typeof action>());
  const t = useT();
  return (
    <div className="admin">
      <CreateRenameHeader area="departments" />
      <Form method="post" className="card" aria-labelledby="new-department">
        <h2 id="new-department">{t("admin.departments.new")}</h2>
        <input type="hidden" name="intent" value="create" />
        <div className="form-grid">
          <SelectField label={t("account.jurisdiction")} {...createdField("jurisdictionId", String(own))}>
            <PlaceOptions places={jurisdictions} />
          </SelectField>
          <Field label={t("admin.departments.name")} type="text" {...createdField("name")} />
        </div>
        <button type="submit">{t("admin.departments.create")}</button>
      </Form>
      {jurisdictions.map((j) => {
        const list = departments.filter((d) => d.jurisdictionId === j.id);
        if (list.length === 0) return null;
        return (
          <section key={j.id} aria-labelledby={`j-${j.id}`}>
            <h2 id={`j-${j.id}`} lang="zh">
              {j.name}
            </h2>
            <ul className="plain-list admin-list">
              {list.map((d) => (
                <li key={d.id} className="card">
                  <RenameForm
                    id={d.id}
                    name={d.name}
                    label={t("admin.departments.name")}
                    button={t("admin.departments.rename")}
                    failed={renamed}
                  />
                  <span className="muted small">{t("admin.departments.counts", { users: d.users, led: d.led })}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
