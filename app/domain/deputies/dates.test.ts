import { describe, expect, it } from "vitest";
import {
  addDays,
  calendarDaysBetween,
  chinaDate,
  endOfChinaDay,
  isCalendarDate,
  startOfChinaDay,
} from "~/domain/deputies/dates";

describe("China calendar days", () => {
  it("reads the date in UTC+8", () => {
    expect(chinaDate(new Date("2025-03-01T15:59:59Z"))).toBe("2025-03-01");
    expect(chinaDate(new Date("2025-03-01T16:00:00Z"))).toBe("2025-03-02");
  });

  it("gives the first and last instants of a day", () => {
    expect(startOfChinaDay("2025-03-02").toISOString()).toBe("2025-03-01T16:00:00.000Z");
    expect(endOfChinaDay("2025-03-02").toISOString()).toBe("2025-03-02T15:59:59.999Z");
  });

  it("adds days across months and years", () => {
    expect(addDays("2025-02-20", 15)).toBe("2025-03-07");
    expect(addDays("2024-12-25", 15)).toBe("2025-01-09");
  });

  it("counts calendar days, not 24-hour spans", () => {
    expect(calendarDaysBetween(new Date("2025-03-01T15:00:00Z"), new Date("2025-03-01T17:00:00Z"))).toBe(1);
    expect(calendarDaysBetween(new Date("2025-03-10T01:00:00Z"), new Date("2025-03-01T01:00:00Z"))).toBe(-9);
  });

  it("accepts only real dates", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2025-3-1")).toBe(false);
  });
});
