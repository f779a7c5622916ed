// Dashboard roll-ups of a ledger: counts by status and light, behind-schedule and overdue lists, per department.
import { STATUSES, type Status } from "~/domain/vocab";
import { progressState, type Light, type ProgressState } from "~/domain/progress/expected";

export interface LedgerItem {
  id: number;
  status: Status;
  progress: number;
  dueDate: Date | null;
  leadDepartmentId: number | null;
  /** Updates submitted and waiting for the supervision office. */
  pendingUpdates: number;
}

export type WithState<T> = T & { state: ProgressState };

export interface DepartmentRollup {
  departmentId: number | null;
  total: number;
  lights: Record<Light, number>;
  overdue: number;
  closed: number;
  pending: number;
  /** Mean reported progress, in points. */
  meanProgress: number;
}

export interface LedgerSummary<T extends LedgerItem> {
  total: number;
  byStatus: Record<Status, number>;
  byLight: Record<Light | "none", number>;
  /** Behind schedule (yellow or red) but not overdue, worst gap first. */
  behind: WithState<T>[];
  /** Past the due date and not closed, longest overdue first. */
  overdue: WithState<T>[];
  pendingUpdates: number;
  departments: DepartmentRollup[];
}

const emptyLights = (): Record<Light, number> => ({ green: 0, yellow: 0, red: 0 });

export function summariseLedger<T extends LedgerItem>(items: readonly T[], today: Date): LedgerSummary<T> {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const byLight: Record<Light | "none", number> = { ...emptyLights(), none: 0 };
  const behind: WithState<T>[] = [];
  const overdue: WithState<T>[] = [];
  const departments = new Map<number | null, DepartmentRollup & { progressSum: number }>();
  let pendingUpdates = 0;

  for (const item of items) {
    const state = progressState(item, today);
    const withState = { ...item, state };
    byStatus[item.status] += 1;
    byLight[state.light ?? "none"] += 1;
    pendingUpdates += item.pendingUpdates;
    if (state.overdue) overdue.push(withState);
    else if (state.light === "yellow" || state.light === "red") behind.push(withState);

    const dept = departments.get(item.leadDepartmentId) ?? {
      departmentId: item.leadDepartmentId,
      total: 0,
      lights: emptyLights(),
      overdue: 0,
      closed: 0,
      pending: 0,
      meanProgress: 0,
      progressSum: 0,
    };
    dept.total += 1;
    if (state.light) dept.lights[state.light] += 1;
    if (state.overdue) dept.overdue += 1;
    if (state.light === null && item.status !== "not_started" && item.status !== "in_progress") dept.closed += 1;
    dept.pending += item.pendingUpdates;
    dept.progressSum += item.progress;
    departments.set(item.leadDepartmentId, dept);
  }

  behind.sort((a, b) => (a.state.gap ?? 0) - (b.state.gap ?? 0) || a.id - b.id);
  overdue.sort((a, b) => (a.dueDate?.getTime() ?? 0) - (b.dueDate?.getTime() ?? 0) || a.id - b.id);
  return {
    total: items.length,
    byStatus,
    byLight,
    behind,
    overdue,
    pendingUpdates,
    departments: [...departments.values()]
      .map(({ progressSum, ...d }) => ({ ...d, meanProgress: d.total ? Math.round(progressSum / d.total) : 0 }))
      .sort((a, b) => b.lights.red - a.lights.red || b.total - a.total),
  };
}

/** A parent's progress rolled up from its sub-tasks (mean of their progress), or null without sub-tasks. */
export function rolledUpProgress(children: readonly { progress: number; status: Status }[]): number | null {
  const counted = children.filter((c) => c.status !== "changed");
  if (counted.length === 0) return null;
  return Math.round(counted.reduce((sum, c) => sum + c.progress, 0) / counted.length);
}
