import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useFormFields } from "~/components/use-form-fields";
import { FormError } from "~/components/form-error";
import { isoDay } from "~/domain/ledger/format";
import { statusChoices } from "~/domain/progress/status-rules";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { commitmentScope, listLedgerLines } from "~/models/commitment.server";
import { submitBulkUpdates } from "~/models/update.server";
import { bulkUpdateSchema } from "~/schemas/ledger";
import ledgerStyles from "~/styles/ledger.css?url";
import { requirePermission, requireUser, type SessionUser } from "~/utils/auth.server";
import { formObject, parseForm, readForm } from "~/utils/forms";
import { forbidden } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { STATUS_LABELS } from "~/components/labels";
import { AppError, asAppError } from "~/utils/app-error";
import { formFailure } from "~/utils/form-failure.server";
import { DataTable } from "~/components/data-table";
import { LedgerBreadcrumb } from "~/components/ledger/ledger-breadcrumb";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "ledger.bulk.title" });

async function guard(request: Request) {
  const user = await requireUser(request);
  if (user.role !== "staff" || user.departmentId === null) throw forbidden();
  requirePermission(user, "update.submit", {
    jurisdictionId: user.jurisdictionId,
    leadDepartmentId: user.departmentId,
  });
  return user;
}

async function openItems(user: SessionUser) {
  const rows = await listLedgerLines({
    jurisdictionId: user.jurisdictionId,
    departmentId: user.departmentId,
    leadOnly: true,
  });
  return rows.filter((r) => r.status !== "verified");
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await guard(request);
  const items = await openItems(user);
  return {
    department: user.departmentName,
    items: items.map((r) => ({
      id: r.id,
      metric: r.metric,
      dueDate: r.dueDate,
      status: r.status,
      progress: r.progress,
      choices: statusChoices("staff", r.status),
    })),
  };
}

type Values = { rows: { id: string; status: string; progress: string; note: string }[] };

export async function action({ request }: ActionFunctionArgs) {
  const user = await guard(request);
  const values = formObject(await readForm(request));
  const parsed = parseForm(bulkUpdateSchema, values);
  if (!parsed.ok) return formFailure(null, parsed.errors, values);
  const current = new Map((await openItems(user)).map((r) => [r.id, r]));
  const rows = parsed.data.rows
    .map((row, index) => ({ row, index, item: current.get(row.id) }))
    .filter(
      ({ row, item }) =>
        !item || row.status !== item.status || (row.progress ?? item.progress) !== item.progress || !!row.note,
    );
  if (rows.length === 0) return formFailure(null, { form: "ledger.bulk.nothing" }, values);
  try {
    await submitBulkUpdates({
      actor: { id: user.id, name: user.name },
      rows: rows.map(({ row }) => ({
        commitmentId: row.id,
        input: { status: row.status, progress: row.progress, note: row.note ?? null, links: [], files: [] },
      })),
      mayUpdate: async (id, tx) => {
        const scope = await commitmentScope(id, tx);
        return !!scope && can(user, "update.submit", scope);
      },
    });
  } catch (error) {
    const rowId = error instanceof AppError ? error.details?.commitmentId : undefined;
    if (error instanceof AppError && rowId !== undefined) {
      const index = rows.find((r) => r.row.id === rowId)?.index ?? 0;
      const field = error.field === "reason" ? "note" : error.field;
      const errors = { [`rows.${index}.${field}`]: error.code, form: "ledger.bulk.rowFailed" };
      return formFailure(null, errors, values, { status: error.status });
    }
    return formFailure(null, asAppError(error)?.on("form") ?? error, values);
  }
  return redirect(`/ledger?saved=bulk&count=${rows.length}`);
}

export default function BulkUpdate() {
  const { department, items } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const posted = actionData?.values as Values | undefined;
  const defaults: Values = {
    rows: items.map((item, i) => ({
      id: String(item.id),
      status: posted?.rows?.[i]?.status ?? item.status,
      progress: posted?.rows?.[i]?.progress ?? String(item.progress),
      note: posted?.rows?.[i]?.note ?? "",
    })),
  };
  const serverErrors: Record<string, string> = actionData?.errors ?? {};
  const { field, error, onSubmit, form } = useFormFields<Values>(bulkUpdateSchema, defaults, serverErrors);
  const { getValues, setValue } = form;
  const rowError = (i: number, name: "status" | "progress" | "note") => error(`rows.${i}.${name}`);
  return (
    <div className="ledger">
      <LedgerBreadcrumb />
      <h1>{t("ledger.bulk.title")}</h1>
      <p>{rich(t, "ledger.bulk.intro", { department: <Zh>{department ?? ""}</Zh> })}</p>
      <FormError message={serverErrors.form} />
      {items.length === 0 ? (
        <p>{t("ledger.none")}</p>
      ) : (
        <Form method="post" noValidate onSubmit={onSubmit}>
          <DataTable
            columns={[
              t("ledger.field.metric"),
              t("ledger.field.status"),
              t("ledger.field.progress"),
              t("ledger.field.note"),
            ]}
            className="bulk cards-on-phone"
          >
            {items.map((item, i) => (
              <tr key={item.id}>
                <th scope="row">
                  <input type="hidden" {...field(`rows.${i}.id`)} />
                  <Link to={`/ledger/c/${item.id}`} id={`bulk-${i}-label`} lang="zh">
                    {item.metric}
                  </Link>
                  <div className="muted small">{isoDay(item.dueDate)}</div>
                </th>
                <td data-label={t("ledger.field.status")}>
                  <label className="visually-hidden" htmlFor={`bulk-${i}-status`}>
                    {t("ledger.field.status")}
                  </label>
                  <select id={`bulk-${i}-status`} aria-describedby={`bulk-${i}-label`} {...field(`rows.${i}.status`)}>
                    {item.choices.map((s) => (
                      <option key={s} value={s}>
                        {t(STATUS_LABELS[s].label)}
                      </option>
                    ))}
                  </select>
                  {rowError(i, "status") ? <div className="field-error">{rowError(i, "status")}</div> : null}
                </td>
                <td data-label={t("ledger.field.progress")}>
                  <label className="visually-hidden" htmlFor={`bulk-${i}-progress`}>
                    {t("ledger.field.progress")}
                  </label>
                  <input
                    id={`bulk-${i}-progress`}
                    type="number"
                    min={0}
                    max={100}
                    className="narrow"
                    aria-describedby={`bulk-${i}-label`}
                    aria-invalid={rowError(i, "progress") ? true : undefined}
                    {...field(`rows.${i}.progress`, {
                      onChange: (event: { target: { value: string } }) => {
                        if (Number(event.target.value) > 0 && getValues(`rows.${i}.status`) === "not_started")
                          setValue(`rows.${i}.status`, "in_progress");
                      },
                    })}
                  />
                  {rowError(i, "progress") ? <div className="field-error">{rowError(i, "progress")}</div> : null}
                </td>
                <td data-label={t("ledger.field.note")}>
                  <label className="visually-hidden" htmlFor={`bulk-${i}-note`}>
                    {t("ledger.field.note")}
                  </label>
                  <input
                    id={`bulk-${i}-note`}
                    type="text"
                    aria-describedby={`bulk-${i}-label`}
                    aria-invalid={rowError(i, "note") ? true : undefined}
                    {...field(`rows.${i}.note`)}
                  />
                  {rowError(i, "note") ? <div className="field-error">{rowError(i, "note")}</div> : null}
                </td>
              </tr>
            ))}
          </DataTable>
          <p className="muted small">{t("ledger.bulk.hint")}</p>
          <button type="submit" disabled={navigation.state === "submitting"}>
            {t("ledger.bulk.submit")}
          </button>
        </Form>
      )}
    </div>
  );
}
