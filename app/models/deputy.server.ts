// The deputy's view of their jurisdiction's promises: the published commitments, filterable, behind first.
import type { Light } from "~/domain/progress/expected";
import { chinaDate } from "~/domain/deputies/dates";
import { behindFirst, matchesLight } from "~/domain/deputies/workspace";
import type { Status } from "~/domain/vocab";
import { db } from "~/utils/db.server";
import type { Scope } from "~/utils/permissions";

export interface WorkspaceFilters {
  year?: number;
  status?: Status;
  light?: Light | "none";
  sector?: string;
  departmentId?: number;
  q?: string;
  livelihood?: boolean;
  page?: number;
}

const WORKSPACE_PAGE_SIZE = 50;

/** A commitment as a deputy's lists show it. */
const itemFields = {
  id: true,
  year: true,
  metric: true,
  quote: true,
  status: true,
  progress: true,
  dueDate: true,
  sector: true,
  isLivelihood: true,
} as const;

/** A commitment as a deputy's pages send it to the browser: due date as a China day, the lead department's name. */
export function deputyItemView<
  T extends {
    id: number;
    year: number;
    metric: string;
    status: string;
    progress: number;
    dueDate: Date | null;
    isLivelihood: boolean;
    leadDepartment: { name: string } | null;
  },
>(c: T) {
  return {
    id: c.id,
    year: c.year,
    metric: c.metric,
    status: c.status as T["status"], // keeps the caller's narrowed Status
    progress: c.progress,
    dueDate: c.dueDate ? chinaDate(c.dueDate) : null,
    department: c.leadDepartment?.name ?? null,
    isLivelihood: c.isLivelihood,
  };
}

const workspaceSelect = {
  ...itemFields,
  leadDepartment: { select: { id: true, name: true } },
  _count: { select: { inspections: true, questions: true } },
} as const;

/** Published (accepted) commitments of one jurisdiction, red first, with the filters applied. */
export async function workspaceCommitments(jurisdictionId: number, filters: WorkspaceFilters, today: Date) {
  const q = filters.q?.trim();
  const rows = await db.commitment.findMany({
    where: {
      jurisdictionId,
      reviewState: "accepted",
      ...(filters.year ? { year: filters.year } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.sector ? { sector: filters.sector } : {}),
      ...(filters.departmentId ? { leadDepartmentId: filters.departmentId } : {}),
      ...(filters.livelihood ? { isLivelihood: true } : {}),
      ...(q ? { OR: [{ quote: { contains: q } }, { metric: { contains: q } }] } : {}),
    },
    select: workspaceSelect,
  });
  const ranked = behindFirst(
    rows.map((row) => ({ ...row, status: row.status as Status })),
    today,
  ).filter((row) => matchesLight(row.state, filters.light));
  const page = Math.max(1, filters.page ?? 1);
  return {
    total: ranked.length,
    page,
    pages: Math.max(1, Math.ceil(ranked.length / WORKSPACE_PAGE_SIZE)),
    items: ranked.slice((page - 1) * WORKSPACE_PAGE_SIZE, page * WORKSPACE_PAGE_SIZE),
  };
}

/** What the filter menus offer: the years, sectors and lead departments present. */
export async function workspaceFacets(jurisdictionId: number) {
  const where = { jurisdictionId, reviewState: "accepted" };
  const [years, sectors, departments] = await Promise.all([
    db.commitment.findMany({ where, distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } }),
    db.commitment.findMany({
      where: { ...where, sector: { not: null } },
      distinct: ["sector"],
      select: { sector: true },
      orderBy: { sector: "asc" },
    }),
    db.department.findMany({ where: { jurisdictionId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    years: years.map((y) => y.year),
    sectors: sectors.map((s) => s.sector).filter((s): s is string => Boolean(s)),
    departments,
  };
}

/** A published commitment with what permission checks need; null when missing or not public. */
export async function findPublishedCommitment(id: number) {
  const row = await db.commitment.findFirst({
    where: { id, reviewState: "accepted" },
    select: {
      ...itemFields,
      jurisdictionId: true,
      livelihoodProject: { select: { sessionId: true } },
      leadDepartmentId: true,
      leadDepartment: { select: { name: true } },
      cooperating: { select: { departmentId: true } },
      jurisdiction: { select: { name: true, slug: true } },
    },
  });
  return row;
}

export function scopeOf(commitment: {
  jurisdictionId: number;
  leadDepartmentId: number | null;
  cooperating?: { departmentId: number }[];
}): Scope {
  return {
    jurisdictionId: commitment.jurisdictionId,
    leadDepartmentId: commitment.leadDepartmentId,
    departmentIds: commitment.cooperating?.map((c) => c.departmentId) ?? [],
  };
}

/** Published commitments of a jurisdiction by id, for a multi-commitment form; unknown ids are dropped. */
export async function publishedCommitmentsIn(jurisdictionId: number, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.commitment.findMany({
    where: { id: { in: [...ids] }, jurisdictionId, reviewState: "accepted" },
    select: { id: true, metric: true, quote: true, leadDepartmentId: true },
    orderBy: { id: "asc" },
  });
}
