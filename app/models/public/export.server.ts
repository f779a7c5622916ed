// The open-data shape of a promise (API, CSV and JSON downloads): stable English field names.
import type { ProgressState } from "~/domain/progress/expected";
import { toCsv, type Cell } from "~/domain/public/csv";
import type { HistoryEntry } from "~/domain/public/history";
import { parseEntities } from "~/models/commitment.server";
import type { PublicItem } from "~/models/public/item.server";
import type { PublicListItem } from "~/models/public/list.server";

export function openDataRow(item: PublicListItem, origin: string) {
  return {
    id: item.id,
    url: `${origin}/c/${item.id}`,
    jurisdiction: item.jurisdiction.slug,
    jurisdictionName: item.jurisdiction.name,
    year: item.year,
    reportId: item.reportId,
    quote: item.quote,
    kind: item.kind,
    metric: item.metric,
    target: item.target,
    unit: item.unit,
    comparator: item.comparator,
    growth: item.growth,
    deadline: item.deadline,
    dueDate: item.dueDate,
    sector: item.sector,
    leadDepartment: item.leadDepartment,
    status: item.status,
    progress: item.progress,
    expectedProgress: item.expected,
    light: item.light,
    overdue: item.overdue,
    verdict: item.verdict,
    livelihood: item.isLivelihood,
  };
}

export type OpenDataRow = ReturnType<typeof openDataRow>;

const KEYS = Object.keys(openDataRow({ jurisdiction: {} } as PublicListItem, "")) as (keyof OpenDataRow)[];

export function openDataCsv(rows: OpenDataRow[]): string {
  return toCsv(
    KEYS.map((key) => ({ key, value: (row: OpenDataRow) => row[key] as Cell })),
    rows,
  );
}

/** The open-data shape of one promise with its public record (GET /api/v1/commitments/:id). */
export function openDataItem(
  item: PublicItem,
  history: HistoryEntry[],
  state: ProgressState,
  origin: string,
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
    id: item.id,
    url: `${origin}/c/${item.id}`,
    jurisdiction: item.jurisdiction.slug,
    jurisdictionName: item.jurisdiction.name,
    year: item.year,
    report: item.report ? { id: item.report.id, title: item.report.title, url: `${origin}/r/${item.report.id}` } : null,
    section: item.section?.heading ?? null,
    quote: item.quote,
    quoteStart: item.quoteStart,
    quoteEnd: item.quoteEnd,
    kind: item.kind,
    metric: item.metric,
    target: item.target,
    unit: item.unit,
    comparator: item.comparator,
    growth: item.growth,
    deadline: item.deadline,
    dueDate: item.dueDate?.toISOString().slice(0, 10) ?? null,
    entities: parseEntities(item.entities),
    sector: item.sector,
    livelihood: item.isLivelihood,
    leadDepartment: item.leadDepartment?.name ?? null,
    cooperatingDepartments: item.cooperating.map((c) => c.department.name),
    status: item.status,
    statusReason: item.status === "changed" ? item.statusReason : null,
    progress: item.progress,
    actualValue: item.actualValue,
    actualUnit: item.actualUnit,
    expectedProgress: state.expected,
    light: state.light,
    overdue: state.overdue,
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
