// The deputy's list of promises: behind schedule first, by how far behind, using 序时进度.
import { progressState, type Light, type ProgressState } from "~/domain/progress/expected";
import type { Status } from "~/domain/vocab";

export interface WorkspaceItem {
  id: number;
  status: Status;
  progress: number;
  dueDate: Date | null;
}

const LIGHT_RANK: Record<Light, number> = { red: 0, yellow: 1, green: 2 };

export type Ranked<T> = T & { state: ProgressState };

/** Red (overdue or > 30 points behind) first, then yellow, green, and closed or undated items last. */
export function behindFirst<T extends WorkspaceItem>(items: readonly T[], today: Date): Ranked<T>[] {
  return items
    .map((item) => ({ ...item, state: progressState(item, today) }))
    .sort((a, b) => {
      const la = a.state.light ? LIGHT_RANK[a.state.light] : 3;
      const lb = b.state.light ? LIGHT_RANK[b.state.light] : 3;
      if (la !== lb) return la - lb;
      const overdue = Number(b.state.overdue) - Number(a.state.overdue);
      if (overdue !== 0) return overdue;
      const gap = (a.state.gap ?? 0) - (b.state.gap ?? 0);
      return gap !== 0 ? gap : a.id - b.id;
    });
}

export function matchesLight(state: ProgressState, light: Light | "none" | undefined): boolean {
  if (!light) return true;
  return light === "none" ? state.light === null : state.light === light;
}
