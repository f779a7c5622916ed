// 序时进度: the progress a task should have reached by today, and how far ahead or behind it is.
import { CLOSED_STATUSES, type Status } from "~/domain/vocab";

export type Pace = "ahead" | "on_track" | "behind";
export type Light = "green" | "yellow" | "red";

export interface ProgressInput {
  status: Status;
  progress: number; // 0–100, as reported
  dueDate: Date | null;
  /** When the work started; defaults to 1 January of the due year (a yearly task). */
  startDate?: Date | null;
}

export interface ProgressState {
  expected: number | null; // 0–100; null when there is no due date
  gap: number | null; // progress − expected, in points
  pace: Pace | null;
  light: Light | null;
  overdue: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

const monthIndex = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();

/**
 * Share of the task's months elapsed by the end of the current month, in points: by the end of
 * month m of a yearly task, m/12. Multi-year tasks spread over their own months.
 */
export function expectedProgress(today: Date, dueDate: Date, startDate?: Date | null): number {
  const first = monthIndex(startDate ?? new Date(Date.UTC(dueDate.getUTCFullYear(), 0, 1)));
  const last = monthIndex(dueDate);
  const months = last - first + 1;
  if (months <= 0) return today.getTime() >= dueDate.getTime() ? 100 : 0;
  const elapsed = monthIndex(today) - first + 1;
  return Math.round(Math.max(0, Math.min(1, elapsed / months)) * 100);
}

/**
 * Derived, never stored. Closed items (done, verified, partial, missed, changed) have no pace.
 * Light: green on track or ahead; yellow 10–30 points behind; red more than 30 behind, or overdue.
 */
export function progressState(input: ProgressInput, today: Date): ProgressState {
  if (CLOSED_STATUSES.includes(input.status) || !input.dueDate) {
    return { expected: null, gap: null, pace: null, light: null, overdue: false };
  }
  const expected = expectedProgress(today, input.dueDate, input.startDate);
  const gap = input.progress - expected;
  const overdue = today.getTime() > input.dueDate.getTime() + DAY - 1;
  const pace: Pace = gap > 0 ? "ahead" : gap > -10 ? "on_track" : "behind";
  const light: Light = overdue || gap < -30 ? "red" : gap <= -10 ? "yellow" : "green";
  return { expected, gap, pace, light, overdue };
}
