import {
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AdminNav } from "~/components/admin/admin-nav";
import { PlaceOptions } from "~/components/admin/place-options";
import { RenameForm } from "~/components/admin/rename-form";
import { Field, SelectField } from "~/components/field";
import { FlashNotice } from "~/components/flash-notice";
import { useSubmittedField } from "~/components/submitted-field";
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
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const created = actionData?.intent === "create" ? actionData : null;
  const renamed = actionData?.intent === "rename" ? actionData : null;
  const createdField = useSubmittedField(created);
  const saved = params.get("saved");
  return (
    <div className="admin">
      <h1>{t("admin.departments.title")}</h1>
      <AdminNav />
      <FlashNotice>
        {saved ? t(saved === "created" ? "admin.departments.created" : "admin.departments.renamed") : null}
      </FlashNotice>
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
