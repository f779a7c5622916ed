import { describe, expect, it } from "vitest";
import { behindFirst, matchesLight } from "~/domain/deputies/workspace";

const due = new Date(Date.UTC(2025, 11, 31));
const june = new Date("2025-06-15T12:00:00Z"); // 序时进度 50

describe("behind schedule first", () => {
  it("orders red, yellow, green, then closed or undated items, the furthest behind first", () => {
    const items = [
      { id: 1, status: "in_progress" as const, progress: 60, dueDate: due }, // green, ahead
      { id: 2, status: "in_progress" as const, progress: 30, dueDate: due }, // yellow (−20)
      { id: 3, status: "done" as const, progress: 100, dueDate: due }, // closed
      { id: 4, status: "not_started" as const, progress: 0, dueDate: due }, // red (−50)
      { id: 5, status: "in_progress" as const, progress: 10, dueDate: due }, // red (−40)
      { id: 6, status: "in_progress" as const, progress: 90, dueDate: new Date(Date.UTC(2025, 4, 31)) }, // red, overdue
      { id: 7, status: "in_progress" as const, progress: 50, dueDate: null },
    ];
    const ranked = behindFirst(items, june);
    expect(ranked.map((i) => i.id)).toEqual([6, 4, 5, 2, 1, 3, 7]);
    expect(ranked[0]!.state).toMatchObject({ light: "red", overdue: true });
    expect(matchesLight(ranked[3]!.state, "yellow")).toBe(true);
    expect(matchesLight(ranked[5]!.state, "none")).toBe(true);
    expect(matchesLight(ranked[5]!.state, undefined)).toBe(true);
    expect(matchesLight(ranked[5]!.state, "green")).toBe(false);
  });
});
