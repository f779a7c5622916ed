import { describe, expect, it } from "vitest";
import type { BallotChoice } from "~/domain/vocab";
import {
  isChosen,
  nextState,
  satisfactionCountsPublic,
  satisfactionTooSoon,
  tally,
  voteCountsPublic,
  windowOpen,
} from "~/domain/deputies/votes";

const ballots = (spec: string): BallotChoice[] =>
  [...spec].map((c) => (c === "f" ? "for" : c === "a" ? "against" : "abstain"));

describe("vote tally and the chosen rule", () => {
  it("counts each choice", () => {
    expect(tally(ballots("ffaxf"))).toEqual({ for: 3, against: 1, abstain: 1 });
    expect(tally([])).toEqual({ for: 0, against: 0, abstain: 0 });
  });

  const cases: [string, number, boolean][] = [
    ["fff", 5, true], // 3 of 5 eligible deputies
    ["ff", 4, false], // exactly half is not a majority
    ["ffaxx", 5, false], // abstentions count against the majority
    ["ff", 5, false], // eligible deputies who did not vote count too
    ["ff", 30, false], // two deputies of thirty never choose a project
    ["f", 1, true],
    ["", 0, false],
  ];
  for (const [spec, eligible, chosen] of cases) {
    it(`${JSON.stringify(spec)} with ${eligible} eligible deputies → ${chosen ? "chosen" : "not chosen"}`, () => {
      expect(isChosen(tally(ballots(spec)), eligible)).toBe(chosen);
    });
  }

  it("counts against the deputies who voted only in sessions opened before eligibility was recorded", () => {
    expect(isChosen(tally(ballots("ff")), 0, 3)).toBe(true);
    expect(isChosen(tally(ballots("ff")), 30, 3)).toBe(false);
    expect(isChosen(tally(ballots("")), 0, 0)).toBe(false);
  });
});

describe("satisfaction timing", () => {
  it("opens only on a later day than the vote that chose the projects", () => {
    expect(satisfactionTooSoon("2025-03-01", "2025-03-01")).toBe(true);
    expect(satisfactionTooSoon("2025-03-01", "2025-03-02")).toBe(false);
    expect(satisfactionTooSoon(null, "2025-03-02")).toBe(false);
  });
});

describe("session life cycle", () => {
  it("goes draft → voting → decided → satisfaction → closed, one step at a time", () => {
    expect(nextState("draft", "open_voting")).toBe("voting");
    expect(nextState("voting", "close_voting")).toBe("decided");
    expect(nextState("decided", "open_satisfaction")).toBe("satisfaction");
    expect(nextState("satisfaction", "close_satisfaction")).toBe("closed");
    expect(nextState("draft", "close_voting")).toBeNull();
    expect(nextState("closed", "open_voting")).toBeNull();
  });

  it("accepts ballots only in the phase and inside the window", () => {
    const now = new Date("2025-01-10T00:00:00Z");
    const window = { opensAt: new Date("2025-01-09T00:00:00Z"), closesAt: new Date("2025-01-11T00:00:00Z") };
    expect(windowOpen("voting", "voting", window, now)).toBe(true);
    expect(windowOpen("voting", "voting", { opensAt: null, closesAt: null }, now)).toBe(true);
    expect(windowOpen("decided", "voting", window, now)).toBe(false);
    expect(windowOpen("voting", "satisfaction", window, now)).toBe(false);
    expect(windowOpen("voting", "voting", window, new Date("2025-01-12T00:00:00Z"))).toBe(false);
    expect(windowOpen("voting", "voting", window, new Date("2025-01-08T00:00:00Z"))).toBe(false);
  });

  it("publishes counts only after the phase, never while ballots can still move them", () => {
    expect(voteCountsPublic("voting")).toBe(false);
    expect(voteCountsPublic("draft")).toBe(false);
    expect(voteCountsPublic("decided")).toBe(true);
    expect(satisfactionCountsPublic("satisfaction")).toBe(false);
    expect(satisfactionCountsPublic("closed")).toBe(true);
  });
});
