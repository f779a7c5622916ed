import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AdminNav } from "~/components/admin/admin-nav";
import { Field, SelectField } from "~/components/field";
import { errorText } from "~/i18n";
import { useT } from "~/i18n/use-t";
import {
  AdminError,
  createDepartment,
  listManagedDepartments,
  managedJurisdictions,
  renameDepartment,
} from "~/models/admin.server";
import { departmentCreateSchema, departmentRenameSchema } from "~/schemas/account";
import ledgerStyles from "~/styles/ledger.css?url";
import { requireAdmin } from "~/utils/admin.server";
import { formValues, parseForm } from "~/utils/forms";
import { pageMeta } from "~/utils/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "admin.departments.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const [jurisdictions, departments] = await Promise.all([managedJurisdictions(admin), listManagedDepartments(admin)]);
  return { jurisdictions, departments, own: admin.jurisdictionId };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const values = formValues(form);
  try {
    if (intent === "create") {
      const parsed = parseForm(departmentCreateSchema, form);
      if (!parsed.ok) return data({ intent, errors: parsed.errors, values }, { status: 400 });
      await createDepartment(admin, parsed.data);
      return redirect("/admin/departments?saved=created");
    }
    if (intent === "rename") {
      const parsed = parseForm(departmentRenameSchema, form);
      if (!parsed.ok) return data({ intent, errors: parsed.errors, values }, { status: 400 });
      await renameDepartment(admin, parsed.data);
      return redirect("/admin/departments?saved=renamed");
    }
  } catch (error) {
    if (error instanceof AdminError)
      return data(
        { intent, errors: { [error.field]: error.key } as Record<string, string>, values },
        { status: error.status },
      );
    throw error;
  }
  return data({ intent, errors: { form: "ledger.unknownIntent" } as Record<string, string>, values }, { status: 400 });
}

export default function AdminDepartments() {
  const { jurisdictions, departments, own } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const tr = errorText(t);
  const created = actionData?.intent === "create" ? actionData : null;
  const renamed = actionData?.intent === "rename" ? actionData : null;
  return (
    <div className="admin">
      <h1>{t("admin.departments.title")}</h1>
      <AdminNav />
      {params.get("saved") ? (
        <p className="notice success" role="status" data-flash tabIndex={-1}>
          {t(params.get("saved") === "created" ? "admin.departments.created" : "admin.departments.renamed")}
        </p>
      ) : null}
      <Form method="post" className="card" aria-labelledby="new-department">
        <h2 id="new-department">{t("admin.departments.new")}</h2>
        <input type="hidden" name="intent" value="create" />
        <div className="form-grid">
          <SelectField
            label={t("account.jurisdiction")}
            name="jurisdictionId"
            defaultValue={created?.values.jurisdictionId ?? String(own)}
            error={tr(created?.errors.jurisdictionId)}
          >
            {jurisdictions.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </SelectField>
          <Field
            label={t("admin.departments.name")}
            name="name"
            type="text"
            defaultValue={created?.values.name ?? ""}
            error={tr(created?.errors.name)}
          />
        </div>
        <button type="submit">{t("admin.departments.create")}</button>
      </Form>
      {jurisdictions.map((j) => {
        const list = departments.filter((d) => d.jurisdictionId === j.id);
        if (list.length === 0) return null;
        return (
          <section key={j.id} aria-labelledby={`j-${j.id}`}>
            <h2 id={`j-${j.id}`}>{j.name}</h2>
            <ul className="plain-list admin-list">
              {list.map((d) => (
                <li key={d.id} className="card">
                  <Form method="post" className="row">
                    <input type="hidden" name="intent" value="rename" />
                    <input type="hidden" name="id" value={d.id} />
                    <Field
                      id={`dept-${d.id}`}
                      label={t("admin.departments.name")}
                      name="name"
                      type="text"
                      defaultValue={renamed?.values.id === String(d.id) ? renamed.values.name : d.name}
                      error={renamed?.values.id === String(d.id) ? tr(renamed.errors.name) : null}
                    />
                    <button type="submit" className="secondary">
                      {t("admin.departments.rename")}
                      <span className="visually-hidden">: {d.name}</span>
                    </button>
                    <span className="muted small">{t("admin.departments.counts", { users: d.users, led: d.led })}</span>
                  </Form>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
