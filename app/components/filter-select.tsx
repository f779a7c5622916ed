// A filter menu: "any" first, then the choices (those written in Chinese whatever the page's language marked so).
import { SelectField } from "~/components/field";

export interface FilterChoice {
  value: string | number;
  label: string;
  zh?: boolean;
}

export interface FilterMenu {
  name: string;
  label: string;
  choices: readonly FilterChoice[];
  /** The "any" choice's value, when it is not empty (a year filter's `all`, say). */
  anyValue?: string;
}

export function FilterSelect({
  id,
  name,
  label,
  value,
  any,
  anyValue = "",
  choices,
}: FilterMenu & { id?: string; value: string; any: string }) {
  return (
    <SelectField id={id ?? `filter-${name}`} name={name} label={label} defaultValue={value}>
      <option value={anyValue}>{any}</option>
      {choices.map((c) => (
        <option key={c.value} value={c.value} lang={c.zh ? "zh" : undefined}>
          {c.label}
        </option>
      ))}
    </SelectField>
  );
}
