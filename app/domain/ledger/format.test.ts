import { describe, expect, it } from "vitest";
import { beijingTime, dayToDate, formatTarget, isoDay } from "~/domain/ledger/format";

describe("display forms", () => {
  it("formats targets with their comparator", () => {
    expect(formatTarget({ target: 1.3, unit: "万人", comparator: ">=" })).toBe("≥1.3万人");
    expect(formatTarget({ target: 5.5, unit: "%", comparator: "~", growth: true })).toBe("≈+5.5%");
    expect(formatTarget({ target: 200, unit: "套", comparator: "=" })).toBe("200套");
    expect(formatTarget({ target: null, unit: null, comparator: null })).toBe("");
  });

  it("turns days into stored dates and back", () => {
    expect(isoDay(dayToDate("2025-12-31"))).toBe("2025-12-31");
    expect(isoDay(null)).toBe("");
    expect(isoDay("2025-03-01T00:00:00.000Z")).toBe("2025-03-01");
    expect(dayToDate("")).toBeNull();
    expect(beijingTime(new Date("2025-03-01T16:30:00Z"))).toBe("2025-03-02 00:30");
  });
});
