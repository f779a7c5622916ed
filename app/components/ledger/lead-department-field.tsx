// The lead department of an item (分解, a new sub-task): one of the place's departments, or none yet.
import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { useT } from "~/i18n/use-t";
import { SelectField } from "~/components/field";
import { DepartmentOptions } from "~/components/department-options";

type Props = Omit<ComponentPropsWithoutRef<typeof SelectField>, "label" | "children"> & {
  departments: readonly { id: number; name: string }[];
};

export const LeadDepartmentField = forwardRef<HTMLSelectElement, Props>(function LeadDepartmentField(
  { departments, ...select },
  ref,
) {
  const t = useT();
  return (
    <SelectField ref={ref} label={t("ledger.field.leadDepartment")} {...select}>
      <DepartmentOptions departments={departments} noneLabel={t("ledger.assign.none")} />
    </SelectField>
  );
});
