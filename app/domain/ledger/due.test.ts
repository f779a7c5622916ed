import { describe, expect, it } from "vitest";
import { dueInPast } from "~/domain/ledger/due";

describe("dueInPast", () => {
  it("is true only for a day before today", () => {
    expect(dueInPast("2026-03-01", "2026-03-02")).toBe(true);
    expect(dueInPast("2026-03-02", "2026-03-02")).toBe(false);
    expect(dueInPast("2027-01-01", "2026-03-02")).toBe(false);
    expect(dueInPast(null, "2026-03-02")).toBe(false);
    expect(dueInPast("", "2026-03-02")).toBe(false);
  });
});
