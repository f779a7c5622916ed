import { describe, expect, it } from "vitest";
import { STATUSES, type Status } from "~/domain/vocab";
import { decideStatus, statusChoices, TRANSITIONS, type StatusActor } from "~/domain/progress/status-rules";

describe("status rules", () => {
  it("lists a transition table for every status, never to itself", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STATUSES].sort());
    for (const [from, targets] of Object.entries(TRANSITIONS)) expect(targets).not.toContain(from);
  });

  // actor, from, to, reason, expected error (null = allowed)
  const cases: [StatusActor, Status, Status, string | null, string | null][] = [
    ["staff", "not_started", "in_progress", null, null],
    ["staff", "in_progress", "done", null, null],
    ["staff", "in_progress", "in_progress", null, null],
    ["staff", "done", "verified", null, "ledger.rule.notAllowed"],
    ["supervisor", "done", "verified", null, null],
    ["supervisor", "in_progress", "verified", null, "ledger.rule.verifyNeedsDone"],
    ["supervisor", "not_started", "verified", null, "ledger.rule.verifyNeedsDone"],
    ["staff", "in_progress", "changed", null, "ledger.rule.reasonRequired"],
    ["staff", "in_progress", "changed", "   ", "ledger.rule.reasonRequired"],
    ["staff", "in_progress", "changed", "项目调整为明年实施", null],
    ["supervisor", "in_progress", "changed", null, "ledger.rule.reasonRequired"],
    ["staff", "verified", "in_progress", "复查发现未完成", "ledger.rule.crossedOff"],
    ["staff", "verified", "verified", null, "ledger.rule.crossedOff"],
    ["supervisor", "verified", "in_progress", null, "ledger.rule.reopenReason"],
    ["supervisor", "verified", "in_progress", "复查发现未完成", null],
    ["staff", "not_started", "missed", null, null],
    ["staff", "partial", "not_started", null, "ledger.rule.transition"],
    ["staff", "changed", "not_started", "重新启动", null],
  ];
  for (const [actor, from, to, reason, error] of cases) {
    it(`${actor}: ${from} → ${to}${reason ? " with a reason" : ""} is ${error ?? "allowed"}`, () => {
      const decision = decideStatus({ actor, from, to, reason, currentProgress: 40 });
      if (error === null) expect(decision.ok).toBe(true);
      else expect(decision).toMatchObject({ ok: false, error });
    });
  }

  it("sets progress from the status: done and verified 100, not started 0, otherwise as reported", () => {
    const base = { actor: "supervisor" as const, currentProgress: 40 };
    expect(decideStatus({ ...base, from: "in_progress", to: "done" })).toEqual({
      ok: true,
      status: "done",
      progress: 100,
    });
    expect(decideStatus({ ...base, from: "done", to: "verified" })).toMatchObject({ progress: 100 });
    expect(decideStatus({ ...base, from: "in_progress", to: "not_started" })).toMatchObject({ progress: 0 });
    expect(decideStatus({ ...base, from: "in_progress", to: "in_progress", progress: 65 })).toMatchObject({
      progress: 65,
    });
    expect(decideStatus({ ...base, from: "in_progress", to: "partial" })).toMatchObject({ progress: 40 });
  });

  it("points out progress reported on an item still not started", () => {
    expect(
      decideStatus({ actor: "staff", from: "not_started", to: "not_started", progress: 60, currentProgress: 0 }),
    ).toEqual({
      ok: false,
      error: "ledger.rule.notStartedProgress",
      field: "progress",
    });
    expect(
      decideStatus({ actor: "staff", from: "not_started", to: "not_started", progress: 0, currentProgress: 0 }).ok,
    ).toBe(true);
  });

  it("refuses progress outside 0–100 or not a whole number", () => {
    for (const progress of [-1, 101, 12.5]) {
      expect(
        decideStatus({ actor: "staff", from: "in_progress", to: "in_progress", progress, currentProgress: 0 }),
      ).toEqual({ ok: false, error: "ledger.rule.progressRange", field: "progress" });
    }
  });

  it("offers staff every status but 销号, and nothing once an item is crossed off", () => {
    expect(statusChoices("staff", "in_progress")).toEqual([
      "not_started",
      "in_progress",
      "done",
      "partial",
      "missed",
      "changed",
    ]);
    expect(statusChoices("supervisor", "done")).toContain("verified");
    expect(statusChoices("staff", "verified")).toEqual(["verified"]);
  });
});
