// Sub-tasks of an item (分解): the list with rolled-up progress, a new one, or an existing item grouped under it.
import { Form, Link } from "@remix-run/react";
import { isoDay } from "~/domain/ledger/format";
import type { Status } from "~/domain/vocab";
import { useT } from "~/i18n/use-t";
import { attachSchema, subTaskSchema } from "~/schemas/ledger";
import { Field, SelectField } from "~/components/field";
import { ProgressBar, StatusBadge } from "~/components/ledger/badges";
import { useFormFields } from "~/components/use-form-fields";
import { LeadDepartmentField } from "~/components/ledger/lead-department-field";
import { DataTable } from "~/components/data-table";

interface Child {
  id: number;
  metric: string;
  status: Status;
  progress: number;
  dueDate: Date | null;
  leadDepartment: { name: string } | null;
}

function NewSubTask({
  departments,
  errors: serverErrors,
}: {
  departments: { id: number; name: string }[];
  errors: Record<string, string>;
}) {
  const t = useT();
  type Values = { metric: string; leadDepartmentId: string; dueDate: string };
  const newDefaults: Values = { metric: "", leadDepartmentId: "", dueDate: "" };
  const { bind, onSubmit } = useFormFields<Values>(subTaskSchema, newDefaults, serverErrors);
  return (
    <Form method="post" noValidate onSubmit={onSubmit}>
      <h3>{t("ledger.subtask.new")}</h3>
      <input type="hidden" name="intent" value="subtask" />
      <div className="form-grid">
        <Field id="subtask-metric" label={t("ledger.subtask.metric")} type="text" {...bind("metric")} />
        <LeadDepartmentField id="subtask-lead" departments={departments} {...bind("leadDepartmentId")} />
        <Field id="subtask-due" label={t("ledger.field.dueDate")} type="date" {...bind("dueDate")} />
      </div>
      <button type="submit" className="secondary">
        {t("ledger.subtask.add")}
      </button>
    </Form>
  );
}

function AttachExisting({
  candidates,
  errors: serverErrors,
}: {
  candidates: { id: number; metric: string }[];
  errors: Record<string, string>;
}) {
  const t = useT();
  const { bind, onSubmit } = useFormFields(attachSchema, { childId: "" }, serverErrors);
  if (candidates.length === 0) return null;
  return (
    <Form method="post" noValidate onSubmit={onSubmit}>
      <h3>{t("ledger.subtask.attach")}</h3>
      <input type="hidden" name="intent" value="attach" />
      <SelectField id="attach-child" label={t("ledger.subtask.attachWhich")} {...bind("childId")}>
        <option value="">—</option>
        {candidates.map((c) => (
          <option key={c.id} value={String(c.id)} lang="zh">
            #{c.id} {c.metric}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="secondary">
        {t("ledger.subtask.attachSubmit")}
      </button>
    </Form>
  );
}

export function SubTasks({
  item,
  childProgress,
  canAssign,
  departments,
  candidates,
  errors,
}: {
  item: { parentId: number | null; children: Child[] };
  childProgress: number | null;
  canAssign: boolean;
  departments: { id: number; name: string }[];
  candidates: { id: number; metric: string }[];
  errors: Record<string, string>;
}) {
  const t = useT();
  if (item.parentId !== null || (!canAssign && item.children.length === 0)) return null;
  return (
    <section className="card" aria-labelledby="subtasks-heading">
      <h2 id="subtasks-heading">{t("ledger.subtask.title")}</h2>
      {item.children.length ? (
        <>
          <p className="small">{t("ledger.subtask.rollup", { progress: childProgress ?? 0 })}</p>
          <DataTable
            columns={[
              t("ledger.field.metric"),
              t("ledger.field.leadDepartment"),
              t("ledger.field.dueDate"),
              t("ledger.field.status"),
              t("ledger.field.progress"),
            ]}
          >
            {item.children.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/ledger/c/${c.id}`} lang="zh">
                    {c.metric}
                  </Link>
                </td>
                <td lang="zh">{c.leadDepartment?.name ?? "—"}</td>
                <td>{isoDay(c.dueDate) || "—"}</td>
                <td>
                  <StatusBadge status={c.status} />
                </td>
                <td>
                  <ProgressBar progress={c.progress} />
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      ) : (
        <p className="muted small">{t("ledger.subtask.none")}</p>
      )}
      {canAssign ? (
        <>
          <NewSubTask departments={departments} errors={errors} />
          <AttachExisting candidates={candidates} errors={errors} />
        </>
      ) : null}
    </section>
  );
}
