import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { BarChart } from "~/components/ledger/bar-chart";
import { LightBadge } from "~/components/ledger/badges";
import { LedgerTable, NoItems, type TableItem } from "~/components/ledger/ledger-table";
import { isoDay } from "~/domain/ledger/format";
import { STATUSES } from "~/domain/vocab";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { SelectField } from "~/components/field";
import { ledgerOverview, ledgerScopeFor } from "~/models/ledger-page.server";
import { reportsInReview } from "~/models/review.server";
import ledgerStyles from "~/styles/ledger.css?url";
import { requireUser } from "~/utils/auth.server";
import { pageMeta } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { LIGHT_LABELS, STATUS_LABELS } from "~/components/labels";
import { ColumnHeaders } from "~/components/column-headers";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "ledger.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  const scope = await ledgerScopeFor(user, params);
  const staffDept = user.role === "staff" ? user.departmentId : null;
  const { summary, items } = await ledgerOverview(scope.filter, new Date(), staffDept);
  const jurisdiction = { jurisdictionId: user.jurisdictionId };
  const isSupervisor = can(user, "commitment.review", jurisdiction);
  const deptScope = { ...jurisdiction, leadDepartmentId: scope.department?.id ?? null };
  return {
    jurisdictionName: user.jurisdictionName,
    staff: user.role === "staff",
    years: scope.years,
    year: scope.year,
    departments: scope.departments,
    department: scope.department,
    summary,
    items,
    reviewing: isSupervisor ? await reportsInReview(user.jurisdictionId) : [],
    can: {
      review: isSupervisor,
      verify: can(user, "update.review", jurisdiction),
      assign: can(user, "commitment.assign", jurisdiction),
      export: can(user, "ledger.export", deptScope),
      importSheet: can(user, "ledger.import", deptScope),
      bulk: user.role === "staff" && items.some((i) => i.role === "lead"),
    },
  };
}

/**
 * The items needing attention, one line each: their full rows are in the table of all items below, so
 * the page draws each row once (an item can be overdue, behind and in the full list).
 */
function AttentionList({ caption, items }: { caption: string; items: TableItem[] }) {
  const t = useT();
  if (items.length === 0) return <NoItems caption={caption} />;
  return (
    <>
      <h3>{caption}</h3>
      <ul className="attention-list">
        {items.map((item) => (
          <li key={item.id}>
            <Link to={`/ledger/c/${item.id}`} lang="zh">
              {item.metric}
            </Link>{" "}
            <LightBadge state={item.state} />{" "}
            <span className="muted small">
              {t("ledger.attentionFacts", { dueDate: isoDay(item.dueDate) || "—", progress: item.progress })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

export default function LedgerDashboard() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const [params] = useSearchParams();
  const { summary } = data;
  const scopeName = data.department?.name ?? data.jurisdictionName;
  const query = new URLSearchParams();
  query.set("year", data.year ? String(data.year) : "all");
  if (data.department && !data.staff) query.set("dept", String(data.department.id));
  const exportHref = (format: string) => `/ledger/export?${new URLSearchParams([...query, ["format", format]])}`;
  const deptName = new Map(data.departments.map((d) => [d.id, d.name]));
  return (
    <div className="ledger">
      <h1>
        {data.staff
          ? rich(t, "ledger.staffTitle", { department: <Zh>{scopeName}</Zh> })
          : rich(t, "ledger.supervisorTitle", { place: <Zh>{scopeName}</Zh> })}
        {data.year ? ` · ${data.year}` : ""}
      </h1>

      {params.get("saved") === "bulk" ? (
        <p className="notice success" role="status">
          {t("ledger.saved.bulk", { count: params.get("count") ?? "" })}
        </p>
      ) : null}

      <Form method="get" className="row filters" aria-label={t("ledger.filters")}>
        {data.years.length > 0 ? (
          <SelectField id="filter-year" name="year" label={t("ledger.filter.year")} defaultValue={data.year ?? "all"}>
            <option value="all">{t("ledger.filter.allYears")}</option>
            {data.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
        ) : null}
        {!data.staff ? (
          <SelectField
            id="filter-dept"
            name="dept"
            label={t("ledger.filter.department")}
            defaultValue={data.department?.id ?? ""}
          >
            <option value="">{t("ledger.filter.allDepartments")}</option>
            {data.departments.map((d) => (
              <option key={d.id} value={d.id} lang="zh">
                {d.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {data.years.length > 0 || !data.staff ? (
          <button type="submit" className="secondary">
            {t("ledger.filter.apply")}
          </button>
        ) : null}
      </Form>

      <ul className="stat-cards" aria-label={t("ledger.summary")}>
        <li className="card">
          <span className="stat">{summary.total}</span> {t("ledger.stat.total")}
        </li>
        <li className="card">
          <span className="stat">{summary.byLight.red}</span> {t("ledger.stat.red")}
        </li>
        <li className="card">
          <span className="stat">{summary.overdue.length}</span> {t("ledger.stat.overdue")}
        </li>
        <li className="card">
          <span className="stat">{summary.pendingUpdates}</span>{" "}
          {data.can.verify ? <Link to="/ledger/verify">{t("ledger.stat.pending")}</Link> : t("ledger.stat.pending")}
        </li>
      </ul>

      <div className="grid">
        <BarChart
          title={t("ledger.chart.byStatus")}
          bars={STATUSES.map((s) => ({
            label: t(STATUS_LABELS[s].label),
            value: summary.byStatus[s],
            tone:
              s === "verified" || s === "done" ? "green" : s === "missed" ? "red" : s === "partial" ? "yellow" : "blue",
          }))}
        />
        <BarChart
          title={t("ledger.chart.byLight")}
          bars={[
            { label: t(LIGHT_LABELS.green.label), value: summary.byLight.green, tone: "green" },
            { label: t(LIGHT_LABELS.yellow.label), value: summary.byLight.yellow, tone: "yellow" },
            { label: t(LIGHT_LABELS.red.label), value: summary.byLight.red, tone: "red" },
            { label: t(LIGHT_LABELS.none.label), value: summary.byLight.none, tone: "grey" },
          ]}
        />
      </div>

      <section className="card" aria-labelledby="tools-heading">
        <h2 id="tools-heading">{t("ledger.tools")}</h2>
        <ul className="tools">
          {data.can.verify ? (
            <li>
              <Link to="/ledger/verify">{t("ledger.verify.title")}</Link> ({summary.pendingUpdates})
            </li>
          ) : null}
          {data.can.assign ? (
            <li>
              <Link to="/ledger/assign?unassigned=1">{t("ledger.tools.bulkAssign")}</Link>
            </li>
          ) : null}
          {data.can.bulk ? (
            <li>
              <Link to="/ledger/bulk">{t("ledger.bulk.title")}</Link>
            </li>
          ) : null}
          {data.can.export ? (
            <li>
              {rich(t, "ledger.export.label", { scope: <Zh>{scopeName}</Zh> })} <a href={exportHref("xlsx")}>XLSX</a> ·{" "}
              <a href={exportHref("csv")}>CSV</a>
            </li>
          ) : null}
          {data.can.importSheet ? (
            <li>
              <Link to={`/ledger/import?${query}`}>{t("ledger.sheet.title")}</Link>
            </li>
          ) : null}
          {data.can.review ? (
            <li>
              <Link to="/import">{t("nav.import")}</Link>
            </li>
          ) : null}
        </ul>
        {data.reviewing.length ? (
          <>
            <h3>{t("ledger.reviewing")}</h3>
            <ul>
              {data.reviewing.map((r) => (
                <li key={r.id}>
                  <Link to={`/review/${r.id}`} lang="zh">
                    {r.title}
                  </Link>{" "}
                  — {t("ledger.reviewLeft", { count: r.proposed })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="attention-heading">
        <h2 id="attention-heading">{t("ledger.attention")}</h2>
        <AttentionList caption={t("ledger.list.overdue")} items={summary.overdue} />
        <AttentionList caption={t("ledger.list.behind")} items={summary.behind} />
      </section>

      {!data.staff && !data.department ? (
        <section aria-labelledby="depts-heading">
          <h2 id="depts-heading">{t("ledger.byDepartment")}</h2>
          <div className="table-wrap">
            <table className="cards-on-phone">
              <ColumnHeaders
                columns={[
                  t("ledger.field.leadDepartment"),
                  t("ledger.stat.total"),
                  t(LIGHT_LABELS.green.label),
                  t(LIGHT_LABELS.yellow.label),
                  t(LIGHT_LABELS.red.label),
                  t("ledger.stat.overdue"),
                  t("ledger.stat.closed"),
                  t("ledger.stat.pending"),
                  t("ledger.stat.meanProgress"),
                ]}
              />
              <tbody>
                {summary.departments.map((d) => (
                  <tr key={d.departmentId ?? "none"}>
                    <th scope="row">
                      {d.departmentId ? (
                        <Link
                          to={`?${new URLSearchParams({ year: data.year ? String(data.year) : "all", dept: String(d.departmentId) })}`}
                        >
                          <Zh>{deptName.get(d.departmentId) ?? d.departmentId}</Zh>
                        </Link>
                      ) : (
                        t("ledger.unassigned")
                      )}
                    </th>
                    <td data-label={t("ledger.stat.total")}>{d.total}</td>
                    <td data-label={t("light.green")}>{d.lights.green}</td>
                    <td data-label={t("light.yellow")}>{d.lights.yellow}</td>
                    <td data-label={t("light.red")}>{d.lights.red}</td>
                    <td data-label={t("ledger.stat.overdue")}>{d.overdue}</td>
                    <td data-label={t("ledger.stat.closed")}>{d.closed}</td>
                    <td data-label={t("ledger.stat.pending")}>{d.pending}</td>
                    <td data-label={t("ledger.stat.meanProgress")}>{`${d.meanProgress}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="all-heading">
        <h2 id="all-heading">{t("ledger.list.all")}</h2>
        <LedgerTable
          caption={t("ledger.list.allCaption", { count: data.items.length })}
          items={data.items}
          showRole={data.staff}
        />
      </section>
    </div>
  );
}
