import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CreateRenameHeader, useCreateRenameFailures } from "~/components/admin/create-rename";
import { PlaceOptions } from "~/components/admin/place-options";
import { RenameForm } from "~/components/admin/rename-form";
import { Field, SelectField } from "~/components/field";
import { useT } from "~/i18n/use-t";
import { createJurisdiction, managedJurisdictions, renameJurisdiction } from "~/models/admin.server";
import { jurisdictionCreateSchema, jurisdictionRenameSchema } from "~/schemas/account";
import ledgerStyles from "~/styles/ledger.css?url";
import { adminFormAction, adminIntent, requireAdmin } from "~/utils/admin.server";
import { pageMeta } from "~/utils/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "admin.jurisdictions.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  return { jurisdictions: await managedJurisdictions(admin) };
}

export async function action({ request }: ActionFunctionArgs) {
  return adminFormAction(request, "/admin/jurisdictions", {
    create: adminIntent(jurisdictionCreateSchema, createJurisdiction, "created"),
    rename: adminIntent(jurisdictionRenameSchema, renameJurisdiction, "renamed"),
  });
}

export default function AdminJurisdictions() {
  const { jurisdictions } = useLoaderData<typeof loader>();
  const { renamed, createdField } = useCreateRenameFailures(useActionData<typeof action>());
  const t = useT();
  const parents = jurisdictions.filter((j) => j.level !== "district");
  return (
    <div className="admin">
      <CreateRenameHeader area="jurisdictions" />
      <ul className="plain-list admin-list">
        {jurisdictions.map((j) => (
          <li key={j.id} className="card" style={{ marginLeft: `${(j.depth - 1) * 1.5}rem` }}>
            <RenameForm
              id={j.id}
              name={j.name}
              label={
                <>
                  {t(`admin.level.${j.level}`)} · <code>{j.slug}</code>
                </>
              }
              button={t("admin.jurisdictions.rename")}
              failed={renamed}
            />
          </li>
        ))}
      </ul>
      {parents.length ? (
        <Form method="post" className="card" aria-labelledby="new-place">
          <h2 id="new-place">{t("admin.jurisdictions.new")}</h2>
          <input type="hidden" name="intent" value="create" />
          <div className="form-grid">
            <SelectField label={t("admin.jurisdictions.parent")} {...createdField("parentId")}>
              <PlaceOptions places={parents} />
            </SelectField>
            <Field label={t("admin.jurisdictions.name")} type="text" {...createdField("name")} />
            <Field
              label={t("admin.jurisdictions.slug")}
              type="text"
              hint={t("admin.jurisdictions.slugHint")}
              {...createdField("slug")}
            />
          </div>
          <button type="submit">{t("admin.jurisdictions.create")}</button>
        </Form>
      ) : (
        <p className="muted">{t("admin.jurisdictions.leafOnly")}</p>
      )}
    </div>
  );
}
