import { describe, expect, it } from "vitest";
import { defaultDueAt, dueAtFromDate, isValidDueDate, questionStatus } from "~/domain/deputies/questions";

const asked = new Date("2025-04-01T02:00:00Z"); // 10:00 on 1 April in China

describe("question due dates", () => {
  it("is due at the end of the 15th day after it was asked", () => {
    expect(defaultDueAt(asked).toISOString()).toBe("2025-04-16T15:59:59.999Z");
  });

  it("takes a supervisor's date as the end of that day and refuses dates before the question", () => {
    expect(dueAtFromDate("2025-04-05").toISOString()).toBe("2025-04-05T15:59:59.999Z");
    expect(isValidDueDate("2025-04-01", asked)).toBe(true);
    expect(isValidDueDate("2025-03-31", asked)).toBe(false);
  });
});

describe("question state", () => {
  const dueAt = defaultDueAt(asked);

  it("is open until the due date has passed, then overdue", () => {
    const lastDay = new Date("2025-04-16T15:00:00Z");
    expect(questionStatus({ createdAt: asked, dueAt, answeredAt: null }, lastDay)).toEqual({
      state: "open",
      late: false,
      daysWaiting: 15,
      daysOverdue: 0,
    });
    const nextMorning = new Date("2025-04-17T00:30:00Z");
    expect(questionStatus({ createdAt: asked, dueAt, answeredAt: null }, nextMorning)).toEqual({
      state: "overdue",
      late: false,
      daysWaiting: 16,
      daysOverdue: 1,
    });
    const later = new Date("2025-04-26T08:00:00Z");
    expect(questionStatus({ createdAt: asked, dueAt, answeredAt: null }, later).daysOverdue).toBe(10);
  });

  it("is answered once answered, late when after the due date, whatever the day", () => {
    const onTime = questionStatus(
      { createdAt: asked, dueAt, answeredAt: new Date("2025-04-03T02:00:00Z") },
      new Date(),
    );
    expect(onTime).toMatchObject({ state: "answered", late: false, daysWaiting: 2 });
    const late = questionStatus({ createdAt: asked, dueAt, answeredAt: new Date("2025-04-20T02:00:00Z") }, new Date());
    expect(late).toMatchObject({ state: "answered", late: true, daysWaiting: 19, daysOverdue: 0 });
  });
});
