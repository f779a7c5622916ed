// The fields every commitment has (task, kind, target, unit, comparator, deadline, sector, growth), for review forms.
import { COMPARATORS, KINDS } from "~/domain/vocab";
import { errorText } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { Field, SelectField } from "~/components/field";
import type { ReviewItemView } from "~/components/ledger/types";

export interface FieldValues {
  metric: string;
  kind: string;
  target: string;
  unit: string;
  comparator: string;
  growth: boolean;
  deadline: string;
  sector: string;
}

export const fieldDefaults = (item: ReviewItemView): FieldValues => ({
  metric: item.metric,
  kind: item.kind,
  target: item.target === null ? "" : String(item.target),
  unit: item.unit ?? "",
  comparator: item.comparator ?? "",
  growth: item.growth,
  deadline: item.deadline === null ? "" : String(item.deadline),
  sector: item.sector ?? "",
});

/** The fields every commitment has; `prefix` keeps element ids unique on a page with many forms. */
export function CommitmentFields({
  prefix,
  field,
  checkbox,
  errors,
}: {
  prefix: string;
  // withDefaults(register, defaults) of the form, typed loosely so the edit and add forms share these fields.
  field: (name: keyof FieldValues) => { name: string };
  checkbox: (name: keyof FieldValues) => { name: string };
  errors: Partial<Record<keyof FieldValues, string | null>>;
}) {
  const t = useT();
  const tr = errorText(t);
  return (
    <div className="form-grid">
      <Field
        id={`${prefix}-metric`}
        label={t("ledger.field.metric")}
        type="text"
        {...field("metric")}
        error={tr(errors.metric)}
      />
      <SelectField id={`${prefix}-kind`} label={t("ledger.field.kind")} {...field("kind")} error={tr(errors.kind)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`ledger.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`${prefix}-comparator`}
        label={t("ledger.field.comparator")}
        {...field("comparator")}
        error={tr(errors.comparator)}
      >
        <option value="">—</option>
        {COMPARATORS.map((c) => (
          <option key={c} value={c}>
            {t(`ledger.comparator.${c === ">=" ? "ge" : c === "<=" ? "le" : c === "~" ? "about" : "eq"}`)}
          </option>
        ))}
      </SelectField>
      <Field
        id={`${prefix}-target`}
        label={t("ledger.field.target")}
        type="text"
        inputMode="decimal"
        {...field("target")}
        error={tr(errors.target)}
      />
      <Field
        id={`${prefix}-unit`}
        label={t("ledger.field.unit")}
        type="text"
        {...field("unit")}
        error={tr(errors.unit)}
      />
      <Field
        id={`${prefix}-deadline`}
        label={t("ledger.field.deadline")}
        type="number"
        inputMode="numeric"
        {...field("deadline")}
        error={tr(errors.deadline)}
      />
      <Field
        id={`${prefix}-sector`}
        label={t("ledger.field.sector")}
        type="text"
        {...field("sector")}
        error={tr(errors.sector)}
      />
      <div className="field">
        <label className="checkbox" htmlFor={`${prefix}-growth`}>
          <input id={`${prefix}-growth`} type="checkbox" {...checkbox("growth")} /> {t("ledger.field.growth")}
        </label>
      </div>
    </div>
  );
}
