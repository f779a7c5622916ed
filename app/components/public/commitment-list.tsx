// The public list's pieces: the filter form, one row per promise, and the pager.
import { Form, Link } from "@remix-run/react";
import { ASSESSMENT_KEYS } from "~/domain/public/assessment";
import {
  filtersToSearch,
  isFiltered,
  LIGHT_FILTERS,
  SORTS,
  type ListFilters,
  type Sort,
} from "~/domain/public/filters";
import { KINDS, type Kind } from "~/domain/vocab";
import type { MessageKey } from "~/i18n";
import { rich, Zh } from "~/i18n/rich";
import { useFormat, useT } from "~/i18n/use-t";
import type { PublicListItem } from "~/models/public/list.server";
import { ASSESSMENT_LABELS, isSectorWord, LIGHT_LABELS, sectorLabel } from "~/components/labels";
import { SectorName } from "~/components/sector-name";
import { ProgressChart } from "~/components/public/charts";
import { AssessmentBadge, Target } from "~/components/public/labels";
import { Field, SelectField } from "~/components/field";
import { FilterSelect, type FilterMenu } from "~/components/filter-select";

export const KIND_LABELS: Record<Kind, MessageKey> = {
  numeric: "public.kind.numeric",
  deliverable: "public.kind.deliverable",
};

export const SORT_LABELS: Record<Sort, MessageKey> = {
  order: "public.sort.order",
  progress_desc: "public.sort.progress_desc",
  progress_asc: "public.sort.progress_asc",
  due: "public.sort.due",
  behind: "public.sort.behind",
};

export interface Facets {
  sectors: { name: string; count: number }[];
  departments: { id: number; name: string; count: number }[];
}

export function FilterForm({
  action,
  filters,
  years,
  facets,
}: {
  action: string;
  filters: ListFilters;
  years: number[];
  facets: Facets;
}) {
  const t = useT();
  // A new form per filter state, so the fields show the URL's values after every navigation.
  const key = filtersToSearch({ ...filters, page: 1 });
  const reset = `${action}`;
  // The menus fold away (phones) until one of them is in use.
  const moreFilters = isFiltered({ ...filters, q: "" }) || filters.sort !== "order";
  const menus: (FilterMenu & { value: string })[] = [
    {
      name: "assessment",
      label: t("assessment.title"),
      value: filters.assessment ?? "",
      choices: ASSESSMENT_KEYS.map((a) => ({ value: a, label: t(ASSESSMENT_LABELS[a].label) })),
    },
    {
      name: "sector",
      label: t("public.list.sector"),
      value: filters.sector ?? "",
      choices: facets.sectors.map((s) => ({
        value: s.name,
        label: `${sectorLabel(t, s.name)} (${s.count})`,
        zh: !isSectorWord(s.name),
      })),
    },
    {
      name: "department",
      label: t("public.list.department"),
      value: filters.department === null ? "" : String(filters.department),
      choices: [
        ...facets.departments.map((d) => ({ value: String(d.id), label: `${d.name} (${d.count})`, zh: true })),
        { value: "none", label: t("public.sc.unassigned") },
      ],
    },
    {
      name: "kind",
      label: t("public.list.kind"),
      value: filters.kind ?? "",
      choices: KINDS.map((k) => ({ value: k, label: t(KIND_LABELS[k]) })),
    },
    {
      name: "light",
      label: t("public.list.light"),
      value: filters.light ?? "",
      choices: LIGHT_FILTERS.map((l) => ({ value: l, label: t(LIGHT_LABELS[l].label) })),
    },
  ];
  return (
    <Form method="get" action={action} className="card filters no-print" aria-labelledby="filters-title" key={key}>
      <h2 id="filters-title" className="visually-hidden">
        {t("public.list.filters")}
      </h2>
      <Field
        id="filter-q"
        type="search"
        name="q"
        label={t("public.list.search")}
        hint={rich(t, "public.list.searchHint", { a: <Zh>就业</Zh>, b: <Zh>民祥科技</Zh> })}
        defaultValue={filters.q}
        maxLength={100}
        addon={<button type="submit">{t("public.list.apply")}</button>}
      />
      <details className="more-filters" open={moreFilters}>
        <summary>{t("public.list.moreFilters")}</summary>
        <div className="filter-grid">
          <SelectField id="filter-year" name="year" label={t("public.list.year")} defaultValue={filters.year ?? ""}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
          {menus.map((menu) => (
            <FilterSelect key={menu.name} any={t("public.list.any")} {...menu} />
          ))}
          <SelectField id="filter-sort" name="sort" label={t("public.list.sort")} defaultValue={filters.sort}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(SORT_LABELS[s])}
              </option>
            ))}
          </SelectField>
          <div className="field checkbox-field">
            <input id="filter-overdue" type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} />
            <label htmlFor="filter-overdue">{t("public.list.overdue")}</label>
          </div>
        </div>
        <div className="row">
          <button type="submit">{t("public.list.apply")}</button>
          <Link to={reset}>{t("public.list.reset")}</Link>
        </div>
      </details>
    </Form>
  );
}

export function ListRow({ item, showPlace }: { item: PublicListItem; showPlace?: boolean }) {
  const t = useT();
  const format = useFormat();
  // Progress is the department's account: shown only when the department's status decides.
  const showProgress = item.assessment.source === "status";
  const progressLabel =
    item.expected === null
      ? t("public.item.progressText", { progress: item.progress })
      : `${t("public.item.progressText", { progress: item.progress })} · ${t("public.item.expectedText", { expected: item.expected })}`;
  return (
    <li className="item-row panel">
      <h3 className="item-quote" lang="zh">
        <Link to={`/c/${item.id}`}>{item.quote}</Link>
      </h3>
      <div className="row small">
        <AssessmentBadge assessment={item.assessment} />
        {item.target !== null ? (
          <span>
            {t("public.item.target")}
            {t("public.colon")}
            <Target item={item} />
          </span>
        ) : null}
      </div>
      <div className="row small muted">
        {showPlace ? <span lang="zh">{item.jurisdiction.name}</span> : null}
        <span>{item.year}</span>
        {item.sector ? (
          <span>
            <SectorName sector={item.sector} />
          </span>
        ) : null}
        <span>
          {t("public.item.lead")}
          {t("public.colon")}
          {item.leadDepartment ? <span lang="zh">{item.leadDepartment}</span> : t("public.item.unassigned")}
        </span>
        {item.dueDate ? (
          <span>{t("public.labelled", { label: t("public.item.dueDate"), value: format.date(item.dueDate) })}</span>
        ) : null}
      </div>
      {showProgress ? (
        <div className="progress-line small">
          <ProgressChart
            progress={item.progress}
            expected={item.assessment.light ? item.expected : null}
            label={progressLabel}
            tone={item.assessment.light ? `tone-${LIGHT_LABELS[item.assessment.light].tone}` : "tone-kept"}
          />
          <span>{progressLabel}</span>
        </div>
      ) : null}
    </li>
  );
}

export function Pager({ action, filters, pages }: { action: string; filters: ListFilters; pages: number }) {
  const t = useT();
  if (pages <= 1) return null;
  const page = filters.page;
  const href = (p: number) => `${action}${filtersToSearch({ ...filters, page: p })}`;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return (
    <nav className="pager no-print" aria-label={t("public.list.pagination")}>
      <ul>
        {page > 1 ? (
          <li>
            <Link to={href(page - 1)} rel="prev">
              {t("public.list.prev")}
            </Link>
          </li>
        ) : null}
        {shown.map((p, i) => (
          <li key={p}>
            {i > 0 && p - shown[i - 1] > 1 ? <span aria-hidden="true">… </span> : null}
            <Link
              to={href(p)}
              aria-current={p === page ? "page" : undefined}
              aria-label={t("public.list.page", { page: p })}
            >
              {p}
            </Link>
          </li>
        ))}
        {page < pages ? (
          <li>
            <Link to={href(page + 1)} rel="next">
              {t("public.list.next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
