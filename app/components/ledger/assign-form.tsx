// 分解: lead and co-operating departments, due date, responsible person and sector of one item.
import { Form, useNavigation } from "@remix-run/react";
import { errorText } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { isSectorWord, sectorLabel } from "~/components/labels";
import { assignSchema } from "~/schemas/ledger";
import { Field } from "~/components/field";
import { useFormFields } from "~/components/use-form-fields";
import { LeadDepartmentField } from "~/components/ledger/lead-department-field";

export interface AssignValues {
  version: string | number;
  leadDepartmentId: string;
  cooperatingIds: string[];
  dueDate: string;
  responsiblePerson: string;
  sector: string;
  reason: string;
}

export function AssignForm({
  defaults,
  departments,
  errors: serverErrors = {},
  conflict,
}: {
  defaults: AssignValues;
  departments: { id: number; name: string }[];
  errors?: Record<string, string>;
  /** What the item holds now, when someone else saved it meanwhile. */
  conflict?: Record<string, string> | null;
}) {
  const t = useT();
  const tr = errorText(t);
  const navigation = useNavigation();
  const { field, bind, checkbox, error, onSubmit } = useFormFields<AssignValues>(assignSchema, defaults, serverErrors);
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === "assign";
  return (
    <Form method="post" noValidate onSubmit={onSubmit} aria-labelledby="assign-heading">
      <h2 id="assign-heading">{t("ledger.assign.title")}</h2>
      {conflict ? (
        <div className="notice error" role="alert">
          <p>
            <strong>{t("ledger.conflict")}</strong> {t("ledger.conflictKept")}
          </p>
          <p className="small">{t("ledger.conflictNow")}</p>
          <ul className="small">
            {Object.entries(conflict).map(([field, value]) => (
              <li key={field}>
                {t(`ledger.field.${field}` as never)}:{" "}
                {field === "sector" && isSectorWord(value) ? (
                  sectorLabel(t, value)
                ) : (
                  <span lang="zh">{value || "—"}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : serverErrors.form ? (
        <p className="notice error" role="alert">
          {tr(serverErrors.form)}
        </p>
      ) : null}
      <input type="hidden" name="intent" value="assign" />
      <input type="hidden" {...field("version")} />
      <div className="form-grid">
        <LeadDepartmentField departments={departments} {...bind("leadDepartmentId")} />
        <Field label={t("ledger.field.dueDate")} type="date" hint={t("ledger.assign.dueHint")} {...bind("dueDate")} />
        <Field label={t("ledger.field.responsiblePerson")} type="text" {...bind("responsiblePerson")} />
        <Field label={t("ledger.field.sector")} type="text" {...bind("sector")} />
      </div>
      <fieldset
        aria-describedby={serverErrors.cooperatingIds ? "coop-error" : undefined}
        aria-invalid={serverErrors.cooperatingIds ? true : undefined}
      >
        <legend>{t("ledger.field.cooperating")}</legend>
        <div className="checkbox-grid">
          {departments.map((d) => (
            <label key={d.id} className="checkbox">
              <input type="checkbox" {...checkbox("cooperatingIds", String(d.id))} /> <span lang="zh">{d.name}</span>
            </label>
          ))}
        </div>
        {error("cooperatingIds") ? (
          <div id="coop-error" className="field-error" role="alert">
            {error("cooperatingIds")}
          </div>
        ) : null}
      </fieldset>
      <Field label={t("ledger.assign.reason")} type="text" {...bind("reason")} />
      <button type="submit" disabled={busy}>
        {t("form.save")}
      </button>
    </Form>
  );
}
