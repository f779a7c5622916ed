// The public list's filter state: read from a query string, written back as one canonical URL.
import { ASSESSMENT_KEYS, type AssessmentKey } from "~/domain/public/assessment";
import { KINDS, STATUSES, VERDICTS, isOneOf, type Kind, type Status, type Verdict } from "~/domain/vocab";

export const SORTS = ["order", "progress_desc", "progress_asc", "due", "behind"] as const;
export type Sort = (typeof SORTS)[number];

export const LIGHT_FILTERS = ["green", "yellow", "red", "none"] as const;
export type LightFilter = (typeof LIGHT_FILTERS)[number];

/** A year-end verdict, or "none" for promises without a confirmed one. */
export const VERDICT_FILTERS = [...VERDICTS, "none"] as const;
export type VerdictFilter = Verdict | "none";

export const PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const MAX_PAGE = 5000;
const MAX_QUERY_LENGTH = 100;

export interface ListFilters {
  year: number | null;
  q: string;
  /** The public assessment (app/domain/public/assessment.ts): what the pages filter on. */
  assessment: AssessmentKey | null;
  status: Status | null;
  verdict: VerdictFilter | null;
  sector: string | null;
  /** A department id, or "none" for promises without a lead department. */
  department: number | "none" | null;
  kind: Kind | null;
  light: LightFilter | null;
  overdue: boolean;
  sort: Sort;
  page: number;
  perPage: number;
}

export const DEFAULT_FILTERS: ListFilters = {
  year: null,
  q: "",
  assessment: null,
  status: null,
  verdict: null,
  sector: null,
  department: null,
  kind: null,
  light: null,
  overdue: false,
  sort: "order",
  page: 1,
  perPage: PAGE_SIZE,
};

export interface ParsedFilters {
  filters: ListFilters;
  /** Parameters that were present but not understood (names), in the order met. */
  invalid: string[];
}

const KNOWN = [
  "year",
  "q",
  "assessment",
  "status",
  "verdict",
  "sector",
  "department",
  "kind",
  "light",
  "overdue",
  "sort",
  "page",
  "perPage",
] as const;

const int = (value: string, min: number, max: number): number | null =>
  /^\d{1,9}$/.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : null;

/** Collapses whitespace and cuts to the longest query we search for. */
function cleanQuery(value: string): string {
  return value.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

/**
 * Reads the filters. Empty values mean "not set"; unknown values are left out and reported in
 * `invalid` (pages redirect to the canonical URL, the API answers 400). `extra` names parameters
 * the caller handles itself (e.g. `jurisdiction` in the API).
 */
export function parseFilters(params: URLSearchParams, extra: readonly string[] = []): ParsedFilters {
  const filters: ListFilters = { ...DEFAULT_FILTERS };
  const invalid: string[] = [];
  const bad = (name: string) => {
    if (!invalid.includes(name)) invalid.push(name);
  };
  for (const name of new Set(params.keys())) {
    if (!(KNOWN as readonly string[]).includes(name) && !extra.includes(name)) bad(name);
  }
  const get = (name: (typeof KNOWN)[number]) => (params.get(name) ?? "").trim();

  const year = get("year");
  if (year) filters.year = int(year, 1949, 2200) ?? (bad("year"), null);
  filters.q = cleanQuery(params.get("q") ?? "");
  const assessment = get("assessment");
  if (assessment) filters.assessment = isOneOf(ASSESSMENT_KEYS, assessment) ? assessment : (bad("assessment"), null);
  const status = get("status");
  if (status) filters.status = isOneOf(STATUSES, status) ? status : (bad("status"), null);
  const verdict = get("verdict");
  if (verdict) filters.verdict = isOneOf(VERDICT_FILTERS, verdict) ? verdict : (bad("verdict"), null);
  const sector = get("sector");
  if (sector) filters.sector = sector.slice(0, 100);
  const department = get("department");
  if (department)
    filters.department = department === "none" ? "none" : (int(department, 1, 2 ** 31) ?? (bad("department"), null));
  const kind = get("kind");
  if (kind) filters.kind = isOneOf(KINDS, kind) ? kind : (bad("kind"), null);
  const light = get("light");
  if (light) filters.light = isOneOf(LIGHT_FILTERS, light) ? light : (bad("light"), null);
  const overdue = get("overdue");
  if (overdue) {
    if (overdue === "1" || overdue === "true") filters.overdue = true;
    else if (overdue !== "0" && overdue !== "false") bad("overdue");
  }
  const sort = get("sort");
  if (sort) filters.sort = isOneOf(SORTS, sort) ? sort : (bad("sort"), "order");
  const page = get("page");
  if (page) filters.page = int(page, 1, MAX_PAGE) ?? (bad("page"), 1);
  const perPage = get("perPage");
  if (perPage) filters.perPage = int(perPage, 1, MAX_PAGE_SIZE) ?? (bad("perPage"), PAGE_SIZE);
  return { filters, invalid };
}

/** The canonical query string: fixed order, defaults left out. Equal filters give equal strings. */
function filtersToParams(filters: Partial<ListFilters>): URLSearchParams {
  const given = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  const f: ListFilters = { ...DEFAULT_FILTERS, ...given };
  const params = new URLSearchParams();
  if (f.year !== null) params.set("year", String(f.year));
  const q = cleanQuery(f.q);
  if (q) params.set("q", q);
  if (f.assessment) params.set("assessment", f.assessment);
  if (f.status) params.set("status", f.status);
  if (f.verdict) params.set("verdict", f.verdict);
  if (f.sector) params.set("sector", f.sector);
  if (f.department !== null) params.set("department", String(f.department));
  if (f.kind) params.set("kind", f.kind);
  if (f.light) params.set("light", f.light);
  if (f.overdue) params.set("overdue", "1");
  if (f.sort !== "order") params.set("sort", f.sort);
  if (f.page > 1) params.set("page", String(f.page));
  if (f.perPage !== PAGE_SIZE) params.set("perPage", String(f.perPage));
  return params;
}

export function filtersToSearch(filters: Partial<ListFilters>): string {
  const text = filtersToParams(filters).toString();
  return text ? `?${text}` : "";
}

/** Whether any filter (not sort or page) narrows the list. */
export function isFiltered(filters: ListFilters): boolean {
  return Boolean(
    filters.q ||
      filters.assessment ||
      filters.status ||
      filters.verdict ||
      filters.sector ||
      filters.department !== null ||
      filters.kind ||
      filters.light ||
      filters.overdue,
  );
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

export interface SearchTerms {
  /** Every term, in order. */
  all: string[];
  /** FTS5 query (trigram phrases joined by AND), or null when no term has 3 characters. */
  match: string | null;
  /** Terms too short for the trigram index (1–2 characters), to be matched with LIKE. */
  short: string[];
}

/**
 * Kangxi radicals and CJK radical supplements typed for the ideographs they look like (⼯ for 工):
 * report text is stored with them folded, so the query is folded the same way.
 */
export function foldRadicals(text: string): string {
  return text.replace(/[\u2E80-\u2EFF\u2F00-\u2FDF]/g, (c) => c.normalize("NFKC"));
}

/**
 * Splits a query into terms (by spaces). The trigram tokenizer only finds terms of three or more
 * characters; shorter ones (e.g. 养老 or 5G) are searched by substring instead.
 */
export function searchTerms(q: string): SearchTerms {
  const all = [...new Set(foldRadicals(cleanQuery(q)).split(" ").filter(Boolean))];
  const long = all.filter((t) => [...t].length >= 3);
  const short = all.filter((t) => [...t].length < 3);
  return {
    all,
    match: long.length ? long.map((t) => `"${t.replace(/"/g, '""')}"`).join(" AND ") : null,
    short,
  };
}

/** A LIKE pattern for a substring, with the wildcards in it escaped (ESCAPE '\'). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
