import { describe, expect, it } from "vitest";
import { assess, ASSESSMENT_KEYS, type AssessmentInput } from "~/domain/public/assessment";
import { STATUSES, VERDICTS, type Verdict } from "~/domain/vocab";

const input = (over: Partial<AssessmentInput>): AssessmentInput => ({
  status: "in_progress",
  verdict: null,
  reported: true,
  light: "red",
  overdue: true,
  ...over,
});

describe("the public assessment", () => {
  it("lets a confirmed verdict decide over any status, and drops the light", () => {
    for (const status of STATUSES) {
      expect(assess(input({ status, verdict: "achieved" }))).toEqual({
        key: "achieved",
        source: "verdict",
        light: null,
        overdue: false,
        kept: true,
      });
      expect(assess(input({ status, verdict: "in_progress" })).key).toBe("carried_over");
      expect(assess(input({ status, verdict: "missed" })).kept).toBe(false);
    }
  });

  it("falls back to the status when the later report does not mention the promise", () => {
    expect(assess(input({ status: "verified", verdict: "not_mentioned" }))).toMatchObject({
      key: "verified",
      source: "status",
      kept: true,
    });
  });

  it("keeps the light and overdue only on open promises", () => {
    expect(assess(input({ status: "in_progress" }))).toMatchObject({ key: "in_progress", light: "red", overdue: true });
    expect(assess(input({ status: "not_started" }))).toMatchObject({ key: "not_started", light: "red", overdue: true });
    expect(assess(input({ status: "done", light: null, overdue: false }))).toMatchObject({ key: "reported_done", light: null });
  });

  it("says nobody reported rather than 'not started, overdue' when nothing was ever entered", () => {
    expect(assess(input({ status: "not_started", reported: false }))).toEqual({
      key: "no_data",
      source: "none",
      light: null,
      overdue: false,
      kept: false,
    });
    // A verdict still decides for a promise nobody reported on.
    expect(assess(input({ status: "not_started", reported: false, verdict: "partial" })).key).toBe("partly_achieved");
  });

  it("gives every combination exactly one known assessment, kept only for achieved or verified", () => {
    const verdicts: (Verdict | null)[] = [null, ...VERDICTS];
    for (const status of STATUSES)
      for (const verdict of verdicts)
        for (const reported of [true, false]) {
          const a = assess(input({ status, verdict, reported }));
          expect(ASSESSMENT_KEYS).toContain(a.key);
          expect(a.kept).toBe(a.key === "achieved" || a.key === "verified");
          if (a.light) expect(["in_progress", "not_started"]).toContain(a.key);
        }
  });
});
