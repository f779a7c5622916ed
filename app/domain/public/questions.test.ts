import { describe, expect, it } from "vitest";
import { questionState } from "~/domain/public/questions";

const d = (iso: string) => new Date(`${iso}T08:00:00Z`);

describe("question state", () => {
  it("is waiting before its due date", () => {
    expect(questionState({ createdAt: d("2026-03-01"), dueAt: d("2026-03-16"), answeredAt: null }, d("2026-03-10"))).toEqual(
      { answered: false, overdue: false, daysOpen: 9 },
    );
  });

  it("is overdue after its due date, counting the days since it was asked", () => {
    expect(questionState({ createdAt: d("2026-03-01"), dueAt: d("2026-03-16"), answeredAt: null }, d("2026-04-01"))).toEqual(
      { answered: false, overdue: true, daysOpen: 31 },
    );
  });

  it("is never overdue once answered, even late", () => {
    const state = questionState(
      { createdAt: d("2026-03-01"), dueAt: d("2026-03-16"), answeredAt: d("2026-03-20") },
      d("2026-05-01"),
    );
    expect(state).toEqual({ answered: true, overdue: false, daysOpen: 19 });
  });
});
