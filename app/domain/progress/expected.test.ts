import { describe, expect, it } from "vitest";
import { expectedProgress, progressState } from "~/domain/progress/expected";

const due2025 = new Date(Date.UTC(2025, 11, 31));
const on = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("序时进度 expected progress", () => {
  it("is m/12 at the end of month m for a yearly task", () => {
    expect(expectedProgress(on("2025-03-10"), due2025)).toBe(25);
    expect(expectedProgress(on("2025-06-30"), due2025)).toBe(50);
    expect(expectedProgress(on("2025-12-01"), due2025)).toBe(100);
  });

  it("is 0 before the period and 100 after it", () => {
    expect(expectedProgress(on("2024-11-20"), due2025)).toBe(0);
    expect(expectedProgress(on("2026-02-01"), due2025)).toBe(100);
  });

  it("spreads multi-year tasks over their own span", () => {
    const due = new Date(Date.UTC(2026, 11, 31));
    const start = new Date(Date.UTC(2022, 0, 1));
    expect(expectedProgress(on("2024-06-15"), due, start)).toBe(50);
  });
});

describe("pace and traffic light", () => {
  const june = on("2025-06-15"); // expected 50
  const cases: [number, string, string][] = [
    [70, "ahead", "green"],
    [50, "on_track", "green"],
    [41, "on_track", "green"],
    [40, "behind", "yellow"],
    [20, "behind", "yellow"],
    [19, "behind", "red"],
    [0, "behind", "red"],
  ];
  it.each(cases)("progress %i in June → %s, %s", (progress, pace, light) => {
    const state = progressState({ status: "in_progress", progress, dueDate: due2025 }, june);
    expect(state).toMatchObject({ expected: 50, pace, light, overdue: false });
  });

  it("turns red when overdue, whatever the progress", () => {
    const state = progressState({ status: "in_progress", progress: 95, dueDate: due2025 }, on("2026-01-05"));
    expect(state).toMatchObject({ overdue: true, light: "red" });
  });

  it("does not judge closed items or items without a due date", () => {
    expect(progressState({ status: "verified", progress: 100, dueDate: due2025 }, june).light).toBeNull();
    expect(progressState({ status: "in_progress", progress: 10, dueDate: null }, june).light).toBeNull();
  });
});
