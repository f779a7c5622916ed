// The fields of a bulk assignment: each left "unchanged" unless set, applied to every selected item.
import { useT } from "~/i18n/use-t";
import { errorText } from "~/i18n";
import { Field, SelectField } from "~/components/field";

export type BulkAssignValues = Record<string, string | string[] | undefined>;

export function BulkAssignFields({
  departments,
  values,
  errors,
}: {
  departments: { id: number; name: string }[];
  values: BulkAssignValues;
  errors: Record<string, string>;
}) {
  const t = useT();
  const tr = errorText(t);
  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const coop = Array.isArray(values.cooperatingIds) ? values.cooperatingIds : [];
  /** Left blank, each item keeps its own value (a posted-back "keep" shows as blank). */
  const blankKeeps = (name: string) => ({
    name,
    hint: t("ledger.bulkAssign.blankKeeps"),
    defaultValue: str(name) === "keep" ? "" : str(name),
    error: tr(errors[name]),
  });
  return (
    <fieldset className="bulk-assign-fields">
      <legend>{t("ledger.bulkAssign.apply")}</legend>
      <div className="form-grid">
        <SelectField
          label={t("ledger.field.leadDepartment")}
          name="leadDepartmentId"
          defaultValue={str("leadDepartmentId") || "keep"}
          error={tr(errors.leadDepartmentId)}
        >
          <option value="keep">{t("ledger.bulkAssign.keep")}</option>
          <option value="none">{t("ledger.assign.none")}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id} lang="zh">
              {d.name}
            </option>
          ))}
        </SelectField>
        <Field label={t("ledger.field.dueDate")} type="date" {...blankKeeps("dueDate")} />
        <Field label={t("ledger.field.responsiblePerson")} type="text" {...blankKeeps("responsiblePerson")} />
        <SelectField
          label={t("ledger.field.cooperating")}
          name="cooperatingMode"
          defaultValue={str("cooperatingMode") || "keep"}
        >
          <option value="keep">{t("ledger.bulkAssign.keep")}</option>
          <option value="set">{t("ledger.bulkAssign.setCooperating")}</option>
        </SelectField>
      </div>
      <details className="coop-choices" open={str("cooperatingMode") === "set"}>
        <summary>{t("ledger.bulkAssign.chooseCooperating")}</summary>
        <div className="checkbox-grid">
          {departments.map((d) => (
            <label key={d.id} className="checkbox">
              <input type="checkbox" name="cooperatingIds" value={d.id} defaultChecked={coop.includes(String(d.id))} />{" "}
              <span lang="zh">{d.name}</span>
            </label>
          ))}
        </div>
        {errors.cooperatingIds ? <div className="field-error">{tr(errors.cooperatingIds)}</div> : null}
      </details>
      <Field
        label={t("ledger.assign.reason")}
        name="reason"
        type="text"
        defaultValue={str("reason")}
        error={tr(errors.reason)}
      />
    </fieldset>
  );
}
