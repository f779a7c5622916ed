// The open-data shape of a promise (API, CSV and JSON downloads): stable English field names.
import type { ProgressState } from "~/domain/progress/expected";
import type { Assessment } from "~/domain/public/assessment";
import { toCsv, type Cell } from "~/domain/public/csv";
import type { HistoryEntry } from "~/domain/public/history";
import { isOneOf, KINDS, STATUSES, VERDICTS } from "~/domain/vocab";
import type { MessageKey, Translate } from "~/i18n";
import {
  ASSESSMENT_LABELS,
  LIGHT_LABELS,
  sectorLabel,
  SOURCE_LABELS,
  STATUS_LABELS,
  VERDICT_LABELS,
} from "~/components/labels";
import { KIND_LABELS } from "~/components/public/commitment-list";
import { assessmentText, comparatorText } from "~/components/public/labels";
import { parseEntities } from "~/models/commitment.server";
import type { PublicItem } from "~/models/public/item.server";
import type { PublicListItem } from "~/models/public/list.server";

/** Which promise, where to see it, whose and which year's: the first fields of every open-data shape. */
function identity(item: { id: number; year: number; jurisdiction: { slug: string; name: string } }, origin: string) {
  return {
    id: item.id,
    url: `${origin}/c/${item.id}`,
    jurisdiction: item.jurisdiction.slug,
    jurisdictionName: item.jurisdiction.name,
    year: item.year,
  };
}

type ReadFields = "kind" | "metric" | "target" | "unit" | "comparator" | "growth" | "deadline";

/** The promise as read from the report: the same fields, in the same order, in every open-data shape. */
function readFields<T extends Record<ReadFields, unknown>>(item: T): Pick<T, ReadFields> {
  const { kind, metric, target, unit, comparator, growth, deadline } = item;
  return { kind, metric, target, unit, comparator, growth, deadline };
}

/**
 * The open-data row: codes, not words (documented at /api/docs). `assessment` is the one public
 * assessment; `light` and `overdue` are its (an open promise's); `status` and `verdict` are its inputs.
 */
export function openDataRow(item: PublicListItem, origin: string, t: Translate) {
  return {
    ...identity(item, origin),
    reportId: item.reportId,
    quote: item.quote,
    ...readFields(item),
    dueDate: item.dueDate,
    sector: item.sector,
    leadDepartment: item.leadDepartment,
    ...assessmentFields(item.assessment, t),
    status: item.status,
    verdict: item.verdict,
    progress: item.progress,
    expectedProgress: item.assessment.light ? item.expected : null,
    livelihood: item.isLivelihood,
  };
}

function assessmentFields(a: Assessment, t: Translate) {
  return {
    assessment: a.key,
    assessmentSource: a.source,
    /** The assessment in the caller's language, as the pages write it. */
    assessmentLabel: assessmentText(t, a),
    light: a.light,
    overdue: a.overdue,
  };
}

export type OpenDataRow = ReturnType<typeof openDataRow>;

/** One spreadsheet column: its header and its cell, in the reader's language. */
interface Column {
  header: MessageKey;
  value: (item: PublicListItem) => Cell;
}

/** The CSV download is for people with a spreadsheet: words in their language, not codes. */
export function openDataCsv(items: PublicListItem[], origin: string, t: Translate): string {
  const yes = (value: boolean) => t(value ? "public.csv.yes" : "public.csv.no");
  const columns: Column[] = [
    { header: "public.csv.id", value: (i) => i.id },
    { header: "public.csv.url", value: (i) => `${origin}/c/${i.id}` },
    { header: "public.csv.place", value: (i) => i.jurisdiction.name },
    { header: "public.csv.year", value: (i) => i.year },
    { header: "public.csv.quote", value: (i) => i.quote },
    { header: "public.csv.kind", value: (i) => (isOneOf(KINDS, i.kind) ? t(KIND_LABELS[i.kind]) : "") },
    { header: "public.csv.metric", value: (i) => i.metric },
    { header: "public.csv.target", value: (i) => i.target },
    { header: "public.csv.unit", value: (i) => i.unit },
    { header: "public.csv.comparator", value: (i) => (i.target === null ? "" : comparatorText(t, i.comparator)) },
    { header: "public.csv.growth", value: (i) => yes(i.growth) },
    { header: "public.csv.deadline", value: (i) => i.deadline },
    { header: "public.csv.dueDate", value: (i) => i.dueDate },
    { header: "public.csv.sector", value: (i) => (i.sector === null ? null : sectorLabel(t, i.sector)) },
    { header: "public.csv.lead", value: (i) => i.leadDepartment },
    { header: "public.csv.assessment", value: (i) => t(ASSESSMENT_LABELS[i.assessment.key].label) },
    { header: "public.csv.source", value: (i) => t(SOURCE_LABELS[i.assessment.source]) },
    { header: "public.csv.light", value: (i) => t(LIGHT_LABELS[i.assessment.light ?? "none"].label) },
    { header: "public.csv.overdue", value: (i) => yes(i.assessment.overdue) },
    { header: "public.csv.status", value: (i) => (isOneOf(STATUSES, i.status) ? t(STATUS_LABELS[i.status].label) : "") },
    {
      header: "public.csv.verdict",
      value: (i) => t(VERDICT_LABELS[i.verdict && isOneOf(VERDICTS, i.verdict) ? i.verdict : "none"].label),
    },
    { header: "public.csv.progress", value: (i) => (i.assessment.source === "status" ? i.progress : null) },
    { header: "public.csv.expected", value: (i) => (i.assessment.light ? i.expected : null) },
    { header: "public.csv.livelihood", value: (i) => yes(i.isLivelihood) },
  ];
  return toCsv(
    columns.map((c) => ({ key: t(c.header), value: c.value })),
    items,
  );
}

/** The open-data shape of one promise with its public record (GET /api/v1/commitments/:id). */
export function openDataItem(
  item: PublicItem,
  history: HistoryEntry[],
  state: ProgressState,
  assessment: Assessment,
  origin: string,
  t: Translate,
) {
  const file = (e: PublicItem["updates"][number]["evidence"][number]) => ({
    kind: e.kind,
    title: e.title,
    url: e.kind === "file" && e.sha256 ? `${origin}/files/${e.sha256}` : e.url,
    mimeType: e.mimeType,
    size: e.size,
  });
  const link = (l: PublicItem["parent"]) =>
    l ? { id: l.id, year: l.year, quote: l.quote, status: l.status, url: `${origin}/c/${l.id}` } : null;
  return {
    ...identity(item, origin),
    report: item.report ? { id: item.report.id, title: item.report.title, url: `${origin}/r/${item.report.id}` } : null,
    section: item.section?.heading ?? null,
    quote: item.quote,
    quoteStart: item.quoteStart,
    quoteEnd: item.quoteEnd,
    ...readFields(item),
    dueDate: item.dueDate?.toISOString().slice(0, 10) ?? null,
    entities: parseEntities(item.entities),
    sector: item.sector,
    livelihood: item.isLivelihood,
    leadDepartment: item.leadDepartment?.name ?? null,
    cooperatingDepartments: item.cooperating.map((c) => c.department.name),
    ...assessmentFields(assessment, t),
    status: item.status,
    statusReason: item.status === "changed" ? item.statusReason : null,
    progress: item.progress,
    actualValue: item.actualValue,
    actualUnit: item.actualUnit,
    expectedProgress: assessment.light ? state.expected : null,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    parent: link(item.parent),
    subTasks: item.children.map((c) => ({ ...link(c), progress: c.progress })),
    carriedOverFrom: link(item.carriedOverFrom),
    carriedOverTo: link(item.carriedOverTo),
    verdicts: item.followUps.map((f) => ({
      verdict: f.verdict,
      resultQuote: f.resultQuote,
      resultValue: f.resultValue,
      resultUnit: f.resultUnit,
      confirmedAt: f.confirmedAt?.toISOString() ?? null,
      laterReport:
        f.laterReport.state === "published"
          ? { id: f.laterReport.id, title: f.laterReport.title, url: `${origin}/r/${f.laterReport.id}` }
          : { id: null, title: f.laterReport.title, url: null },
    })),
    updates: item.updates.map((u) => ({
      id: u.id,
      publishedAt: (u.reviewedAt ?? u.createdAt).toISOString(),
      status: u.status,
      progress: u.progress,
      actualValue: u.actualValue,
      actualUnit: u.actualUnit,
      note: u.note,
      evidence: u.evidence.map(file),
    })),
    inspections: item.inspections.map(({ inspection: i }) => ({
      id: i.id,
      visitedOn: i.visitedOn.toISOString().slice(0, 10),
      place: i.place,
      deputy: i.deputy.name,
      assessment: i.assessment,
      observation: i.observation,
      photos: i.photos.map(file),
    })),
    questions: item.questions.map((q) => ({
      id: q.id,
      askedAt: q.createdAt.toISOString(),
      deputy: q.asker.name,
      department: q.department?.name ?? null,
      body: q.body,
      dueAt: q.dueAt.toISOString(),
      answeredAt: q.answeredAt?.toISOString() ?? null,
      rating: q.rating,
      answers: q.answers.map((a) => ({ at: a.createdAt.toISOString(), body: a.body })),
      followUps: q.followUps.map((f) => ({
        id: f.id,
        askedAt: f.createdAt.toISOString(),
        deputy: f.asker.name,
        body: f.body,
        dueAt: f.dueAt.toISOString(),
        answeredAt: f.answeredAt?.toISOString() ?? null,
        rating: f.rating,
        answers: f.answers.map((a) => ({ at: a.createdAt.toISOString(), body: a.body })),
      })),
    })),
    history: history.map((h) => ({ at: h.at.toISOString(), entity: h.entity, action: h.action, changes: h.changes })),
  };
}
