// 批量分解交办: select many items, set lead and co-operating departments, due date, responsible person.
import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ConfirmPanel, type ConfirmRequest } from "~/components/confirm-panel";
import { FlashNotice } from "~/components/flash-notice";
import { FormError } from "~/components/form-error";
import { BulkAssignFields, type BulkAssignValues } from "~/components/ledger/bulk-assign-fields";
import { chinaDate } from "~/domain/deputies/dates";
import { dueInPast } from "~/domain/ledger/due";
import { dayToDate, formatTarget, isoDay } from "~/domain/ledger/format";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { assignableItems, bulkAssign, type BulkAssignInput } from "~/models/bulk-assign.server";
import { listDepartments } from "~/models/jurisdiction.server";
import { bulkAssignSchema } from "~/schemas/ledger";
import ledgerStyles from "~/styles/ledger.css?url";
import { requirePermission, requireUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { askToConfirm, isConfirmed } from "~/utils/confirm.server";
import { formValues, parseForm, readForm } from "~/utils/forms";
import { pageMeta } from "~/utils/meta";
import { asAppError } from "~/utils/app-error";
import { formFailure } from "~/utils/form-failure.server";
import { DataTable } from "~/components/data-table";
import { SelectField } from "~/components/field";
import { LedgerBreadcrumb } from "~/components/ledger/ledger-breadcrumb";
import { ItemLink, LeadDepartmentCell } from "~/components/ledger/item-cells";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "ledger.bulkAssign.title" });

async function guard(request: Request) {
  const user = await requireUser(request);
  requirePermission(user, "commitment.assign", { jurisdictionId: user.jurisdictionId });
  return user;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await guard(request);
  const params = new URL(request.url).searchParams;
  const reports = await db.report.findMany({
    where: { jurisdictionId: user.jurisdictionId, state: "published" },
    orderBy: [{ year: "desc" }, { id: "desc" }],
    select: { id: true, title: true, year: true },
  });
  const wanted = Number(params.get("report"));
  const report = reports.find((r) => r.id === wanted) ?? null;
  const unassigned = params.get("unassigned") === "1";
  const [items, departments] = await Promise.all([
    assignableItems(user.jurisdictionId, { reportId: report?.id ?? null, unassigned }),
    listDepartments(user.jurisdictionId),
  ]);
  return { reports, report, unassigned, items, departments };
}

function toInput(parsed: ReturnType<typeof bulkAssignSchema.parse>): BulkAssignInput {
  const input: BulkAssignInput = {};
  if (parsed.leadDepartmentId !== "keep")
    input.leadDepartmentId = parsed.leadDepartmentId === "none" ? null : parsed.leadDepartmentId;
  if (parsed.cooperatingMode === "set") input.cooperatingIds = parsed.cooperatingIds;
  if (parsed.dueDate !== "keep") input.dueDate = dayToDate(parsed.dueDate);
  if (parsed.responsiblePerson !== "keep") input.responsiblePerson = parsed.responsiblePerson;
  return input;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await guard(request);
  const form = await readForm(request);
  const values = {
    ...formValues(form),
    ids: form.getAll("ids").map(String),
    cooperatingIds: form.getAll("cooperatingIds").map(String),
  };
  const parsed = parseForm(bulkAssignSchema, values);
  if (!parsed.ok) return formFailure(null, parsed.errors, values);
  const input = toInput(parsed.data);
  if (Object.keys(input).length === 0) return formFailure(null, { form: "ledger.bulkAssign.nothing" }, values);
  const day = parsed.data.dueDate === "keep" ? null : parsed.data.dueDate;
  if (dueInPast(day, chinaDate(new Date())) && !isConfirmed(form)) {
    return askToConfirm(
      {
        intent: "bulkAssign",
        title: "ledger.due.pastTitle",
        titleVars: { day: day! },
        lines: [{ key: "ledger.due.pastLine", vars: { count: parsed.data.ids.length }, tone: "warning" }],
        button: "ledger.due.pastConfirm",
      },
      form,
    );
  }
  try {
    const changed = await bulkAssign({ user, ids: parsed.data.ids, input, reason: parsed.data.reason ?? null });
    const back = new URL(request.url);
    back.searchParams.delete("published");
    back.searchParams.set("saved", String(changed));
    return redirect(`${back.pathname}${back.search}`);
  } catch (error) {
    const refusal = asAppError(error);
    return formFailure(null, refusal?.field === "status" ? refusal.on("form") : error, values);
  }
}

type ActionData = { errors?: Record<string, string>; values?: BulkAssignValues; confirm?: ConfirmRequest };

export default function BulkAssign() {
  const { reports, report, unassigned, items, departments } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const t = useT();
  const errors = actionData?.errors ?? {};
  const values = actionData?.values ?? {};
  const chosen = Array.isArray(values.ids) ? values.ids : [];
  const all = params.get("all") === "1";
  const toggleAll = new URLSearchParams(params);
  if (all) toggleAll.delete("all");
  else toggleAll.set("all", "1");
  toggleAll.delete("saved");
  toggleAll.delete("published");
  const published = params.get("published");
  const saved = params.get("saved");
  return (
    <div className="ledger bulk-assign">
      <LedgerBreadcrumb />
      <h1>{t("ledger.bulkAssign.title")}</h1>
      <FlashNotice>{published ? t("ledger.publish.done", { count: published }) : null}</FlashNotice>
      <FlashNotice>{saved ? t("ledger.bulkAssign.saved", { count: saved }) : null}</FlashNotice>
      <Form method="get" className="row filters" aria-label={t("ledger.filters")}>
        <SelectField
          id="assign-report"
          name="report"
          label={t("ledger.bulkAssign.report")}
          defaultValue={report?.id ?? ""}
        >
          <option value="">{t("ledger.bulkAssign.allReports")}</option>
          {reports.map((r) => (
            <option key={r.id} value={r.id} lang="zh">
              {r.year} · {r.title}
            </option>
          ))}
        </SelectField>
        <label className="checkbox">
          <input type="checkbox" name="unassigned" value="1" defaultChecked={unassigned} />{" "}
          {t("ledger.bulkAssign.unassignedOnly")}
        </label>
        <button type="submit" className="secondary">
          {t("ledger.filter.apply")}
        </button>
      </Form>
      {actionData?.confirm ? <ConfirmPanel request={actionData.confirm} /> : null}
      <FormError message={errors.form ?? errors.ids} />
      {items.length === 0 ? (
        <p>{t("ledger.none")}</p>
      ) : (
        <Form method="post" key={all ? "all" : "some"}>
          <BulkAssignFields departments={departments} values={values} errors={errors} />
          <div className="row">
            <button type="submit" disabled={navigation.state === "submitting"}>
              {t("ledger.bulkAssign.submit")}
            </button>
            <Link to={`?${toggleAll}`} className="button secondary" preventScrollReset>
              {all ? t("ledger.bulkAssign.selectNone") : t("ledger.bulkAssign.selectAll", { count: items.length })}
            </Link>
          </div>
          <DataTable
            columns={[
              { label: t("ledger.bulkAssign.select"), className: "select-col" },
              t("ledger.field.metric"),
              t("ledger.field.leadDepartment"),
              t("ledger.field.cooperating"),
              t("ledger.field.dueDate"),
              t("ledger.field.responsiblePerson"),
            ]}
            className="compact cards-on-phone"
            caption={t("ledger.bulkAssign.caption", { count: items.length })}
          >
            {items.map((item) => (
              <tr key={item.id}>
                <td className="select-col">
                  <label className="tap">
                    <input
                      type="checkbox"
                      name="ids"
                      value={item.id}
                      defaultChecked={all || chosen.includes(String(item.id))}
                    />
                    <span className="visually-hidden">
                      {rich(t, "ledger.bulkAssign.pick", { metric: <Zh>{item.metric}</Zh> })}
                    </span>
                  </label>
                </td>
                <th scope="row" data-label={t("ledger.field.metric")}>
                  <ItemLink item={item} />
                  {formatTarget(item) ? (
                    <div className="muted small" lang="zh">
                      {formatTarget(item)}
                    </div>
                  ) : null}
                </th>
                <LeadDepartmentCell name={item.leadDepartment} />
                <td data-label={t("ledger.field.cooperating")}>
                  <Zh>{item.cooperating.join("、") || "—"}</Zh>
                </td>
                <td data-label={t("ledger.field.dueDate")}>{isoDay(item.dueDate) || "—"}</td>
                <td data-label={t("ledger.field.responsiblePerson")}>
                  <Zh>{item.responsiblePerson ?? "—"}</Zh>
                </td>
              </tr>
            ))}
          </DataTable>
        </Form>
      )}
    </div>
  );
}
