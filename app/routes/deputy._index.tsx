import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { AssessmentBadge, LightBadge, QuestionBadge } from "~/components/deputy/badges";
import { chinaDate } from "~/domain/deputies/dates";
import { STATUSES } from "~/domain/vocab";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { deputyItemView, workspaceCommitments, workspaceFacets } from "~/models/deputy.server";
import { inspectionsByDeputy } from "~/models/inspection.server";
import { listQuestions } from "~/models/question.server";
import { workspaceQuerySchema } from "~/schemas/deputy";
import deputyStyles from "~/styles/deputy.css?url";
import { requireRole } from "~/utils/auth.server";
import { pageMeta } from "~/utils/meta";
import { isSectorWord, LIGHT_LABELS, sectorLabel, STATUS_LABELS } from "~/components/labels";
import { DataTable } from "~/components/data-table";
import { Field } from "~/components/field";
import { FilterSelect, type FilterMenu } from "~/components/filter-select";

/** The traffic lights in the order the filter offers them. */
const LIGHTS = ["red", "yellow", "green", "none"] as const;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: deputyStyles }];
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "deputy.workspace.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "deputy");
  const url = new URL(request.url);
  const filters = workspaceQuerySchema.parse(Object.fromEntries(url.searchParams));
  const now = new Date();
  const facets = await workspaceFacets(user.jurisdictionId);
  // Without a choice, the latest plan year: last years' overdue items would otherwise fill the top.
  const year = filters.year === "all" ? undefined : (filters.year ?? facets.years[0]);
  const [list, inspections, questions] = await Promise.all([
    workspaceCommitments(
      user.jurisdictionId,
      {
        year,
        status: filters.status,
        light: filters.light,
        sector: filters.sector,
        departmentId: filters.department,
        q: filters.q,
        livelihood: filters.livelihood,
        page: filters.page,
      },
      now,
    ),
    inspectionsByDeputy(user.id, 10),
    listQuestions(user, "all", now, 20),
  ]);
  return {
    jurisdiction: user.jurisdictionName,
    year: year ?? "all",
    list: {
      ...list,
      items: list.items.map((c) => ({
        ...deputyItemView(c),
        inspections: c._count.inspections,
        questions: c._count.questions,
        state: c.state,
      })),
    },
    facets,
    inspections: inspections.map((i) => ({
      id: i.id,
      visitedOn: chinaDate(i.visitedOn),
      place: i.place,
      assessment: i.assessment,
      items: i.commitments.length,
    })),
    questions: questions.map((q) => ({
      id: q.id,
      body: q.body,
      commitment: q.commitment,
      status: q.status,
      department: q.department?.name ?? null,
      createdAt: chinaDate(q.createdAt),
    })),
  };
}

export default function DeputyWorkspace() {
  const { jurisdiction, year, list, facets, inspections, questions } = useLoaderData<typeof loader>();
  const t = useT();
  const [params] = useSearchParams();
  const filtered = ["q", "light", "status", "sector", "department", "livelihood"].some((key) => params.get(key));
  const menus: (FilterMenu & { value?: string; any?: string })[] = [
    {
      name: "light",
      label: t("deputy.filters.light"),
      choices: LIGHTS.map((l) => ({ value: l, label: t(LIGHT_LABELS[l].label) })),
    },
    {
      name: "status",
      label: t("deputy.filters.status"),
      choices: STATUSES.map((s) => ({ value: s, label: t(STATUS_LABELS[s].label) })),
    },
    {
      name: "year",
      label: t("deputy.filters.year"),
      value: String(year),
      any: t("deputy.filters.anyYear"),
      anyValue: "all",
      choices: facets.years.map((y) => ({ value: y, label: String(y) })),
    },
    {
      name: "sector",
      label: t("deputy.filters.sector"),
      choices: facets.sectors.map((s) => ({ value: s, label: sectorLabel(t, s), zh: !isSectorWord(s) })),
    },
    {
      name: "department",
      label: t("deputy.filters.department"),
      choices: facets.departments.map((d) => ({ value: d.id, label: d.name, zh: true })),
    },
  ];
  const pageLink = (page: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(page));
    return `?${next.toString()}`;
  };
  return (
    <>
      <h1>{t("deputy.workspace.title")}</h1>
      <p className="muted">{rich(t, "deputy.workspace.intro", { jurisdiction: <Zh>{jurisdiction}</Zh> })}</p>

      <section aria-labelledby="filters-heading" className="card">
        <h2 id="filters-heading" className="visually-hidden">
          {t("deputy.filters.title")}
        </h2>
        <details className="filters-panel" open={filtered}>
          <summary>{t("deputy.filters.title")}</summary>
          <Form method="get" className="filters">
            <Field id="f-q" type="search" name="q" label={t("deputy.filters.q")} defaultValue={params.get("q") ?? ""} />
            {menus.map((menu) => (
              <FilterSelect
                key={menu.name}
                id={`f-${menu.name}`}
                value={params.get(menu.name) ?? ""}
                any={t("deputy.filters.any")}
                {...menu}
              />
            ))}
            <div className="field checkbox">
              <input
                id="f-livelihood"
                type="checkbox"
                name="livelihood"
                value="1"
                defaultChecked={params.get("livelihood") === "1"}
              />
              <label htmlFor="f-livelihood">{t("deputy.filters.livelihood")}</label>
            </div>
            <div className="row">
              <button type="submit">{t("deputy.filters.apply")}</button>
              <Link to="/deputy">{t("deputy.filters.clear")}</Link>
            </div>
          </Form>
        </details>
      </section>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading">{t("deputy.workspace.items", { count: list.total })}</h2>
        <p className="muted small">{t("deputy.workspace.order")}</p>
        <Form method="get" action="/inspections/new">
          <DataTable
            columns={[
              { label: t("deputy.workspace.select"), className: "select-col" },
              t("deputy.col.light"),
              t("deputy.col.item"),
              t("deputy.col.progress"),
              t("deputy.col.due"),
              t("deputy.col.department"),
              t("deputy.col.activity"),
            ]}
            className="cards-on-phone"
            caption={t("deputy.workspace.items", { count: list.total })}
            hiddenCaption
          >
            {list.items.map((c) => (
              <tr key={c.id}>
                <td className="select-col">
                  <label className="tap" htmlFor={`select-${c.id}`}>
                    <span id={`select-word-${c.id}`} hidden>
                      {t("deputy.workspace.select")}
                    </span>
                    <input
                      type="checkbox"
                      name="c"
                      value={c.id}
                      id={`select-${c.id}`}
                      aria-labelledby={`select-word-${c.id} item-${c.id}`}
                    />
                  </label>
                </td>
                <td data-label={t("deputy.col.light")}>
                  <LightBadge state={c.state} />
                </td>
                <td data-label={t("deputy.col.item")}>
                  <Link to={`/deputy/c/${c.id}`} id={`item-${c.id}`} lang="zh">
                    {c.metric}
                  </Link>
                  {c.isLivelihood ? <span className="badge livelihood">{t("deputy.livelihood")}</span> : null}
                  <div className="muted small">
                    {c.year} · {t(STATUS_LABELS[c.status].label)}
                  </div>
                </td>
                <td data-label={t("deputy.col.progress")}>
                  {c.progress}%
                  {c.state.expected !== null ? (
                    <div className="muted small">{t("deputy.expected", { expected: c.state.expected })}</div>
                  ) : null}
                </td>
                <td data-label={t("deputy.col.due")}>{c.dueDate ?? "—"}</td>
                <td data-label={t("deputy.col.department")}>
                  {c.department ? <Zh>{c.department}</Zh> : <span className="muted">{t("deputy.unassigned")}</span>}
                </td>
                <td className="small" data-label={t("deputy.col.activity")}>
                  {t("deputy.activity", { inspections: c.inspections, questions: c.questions })}
                </td>
              </tr>
            ))}
          </DataTable>
          {list.items.length === 0 ? <p>{t("deputy.workspace.empty")}</p> : null}
          <div className="row sticky-actions">
            <button type="submit">{t("deputy.workspace.inspectSelected")}</button>
          </div>
        </Form>
        {list.pages > 1 ? (
          <nav aria-label={t("deputy.pagination")} className="row">
            {list.page > 1 ? <Link to={pageLink(list.page - 1)}>{t("deputy.previous")}</Link> : null}
            <span>{t("deputy.pageOf", { page: list.page, pages: list.pages })}</span>
            {list.page < list.pages ? <Link to={pageLink(list.page + 1)}>{t("deputy.next")}</Link> : null}
          </nav>
        ) : null}
      </section>

      <div className="grid">
        <section aria-labelledby="my-inspections" className="card">
          <h2 id="my-inspections">{t("deputy.workspace.myInspections")}</h2>
          {inspections.length === 0 ? <p className="muted">{t("deputy.workspace.noInspections")}</p> : null}
          <ul>
            {inspections.map((i) => (
              <li key={i.id}>
                <Link to={`/inspections/${i.id}`}>
                  {i.visitedOn} · <Zh>{i.place}</Zh>
                </Link>{" "}
                <AssessmentBadge assessment={i.assessment} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="my-questions" className="card">
          <h2 id="my-questions">{t("deputy.workspace.myQuestions")}</h2>
          {questions.length === 0 ? <p className="muted">{t("deputy.workspace.noQuestions")}</p> : null}
          <ul>
            {questions.map((q) => (
              <li key={q.id}>
                <Link to={`/questions/${q.id}`} lang="zh">
                  {q.commitment.metric}
                </Link>{" "}
                <QuestionBadge status={q.status} />
                <div className="muted small">
                  {q.createdAt} · {q.department ? <Zh>{q.department}</Zh> : t("deputy.q.unrouted")}
                </div>
              </li>
            ))}
          </ul>
          <Link to="/questions">{t("deputy.workspace.allQuestions")}</Link>
        </section>
      </div>
    </>
  );
}
