// Inviting a user: the account is made with a one-time password the administrator passes on.
import { Form, useNavigation } from "@remix-run/react";
import { PlaceOptions } from "~/components/admin/place-options";
import { Field, SelectField } from "~/components/field";
import { useFormFields } from "~/components/use-form-fields";
import { ROLES } from "~/domain/vocab";
import { useT } from "~/i18n/use-t";
import { inviteSchema } from "~/schemas/account";

export type InviteValues = { email: string; name: string; role: string; jurisdictionId: string; departmentId: string };

export function InviteForm({
  jurisdictions,
  departments,
  defaults,
  errors: serverErrors = {},
}: {
  jurisdictions: { id: number; name: string; depth: number }[];
  departments: { id: number; name: string; jurisdictionId: number }[];
  defaults: InviteValues;
  errors?: Record<string, string>;
}) {
  const t = useT();
  const navigation = useNavigation();
  const { bind, onSubmit } = useFormFields(inviteSchema, defaults, serverErrors);
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("admin.users.invite")}</h2>
      <p className="muted small">{t("admin.users.inviteHint")}</p>
      <input type="hidden" name="intent" value="invite" />
      <div className="form-grid">
        <Field label={t("login.email")} type="email" autoComplete="off" {...bind("email")} />
        <Field label={t("account.name")} type="text" autoComplete="off" {...bind("name")} />
        <SelectField label={t("account.role")} {...bind("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("account.jurisdiction")} {...bind("jurisdictionId")}>
          <PlaceOptions places={jurisdictions} indent />
        </SelectField>
        <SelectField label={t("account.department")} hint={t("admin.users.departmentHint")} {...bind("departmentId")}>
          <option value="">{t("admin.users.noDepartment")}</option>
          {jurisdictions.map((j) => {
            const own = departments.filter((d) => d.jurisdictionId === j.id);
            return own.length ? (
              <optgroup key={j.id} label={j.name} lang="zh">
                {own.map((d) => (
                  <option key={d.id} value={d.id} lang="zh">
                    {d.name}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </SelectField>
      </div>
      <button type="submit" disabled={navigation.state === "submitting"}>
        {t("admin.users.inviteSubmit")}
      </button>
    </Form>
  );
}
