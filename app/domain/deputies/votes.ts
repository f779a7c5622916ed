// 民生实事票决: the session's life cycle, the tally of ballots and the rule that makes a candidate chosen.
import { countChoices, type Counts } from "~/domain/deputies/counts";
import { BALLOT_CHOICES, type BallotChoice } from "~/domain/vocab";

export const SESSION_STATES = ["draft", "voting", "decided", "satisfaction", "closed"] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export type SessionStep = "open_voting" | "close_voting" | "open_satisfaction" | "close_satisfaction";

const STEPS: Record<SessionStep, { from: SessionState; to: SessionState }> = {
  open_voting: { from: "draft", to: "voting" },
  close_voting: { from: "voting", to: "decided" },
  open_satisfaction: { from: "decided", to: "satisfaction" },
  close_satisfaction: { from: "satisfaction", to: "closed" },
};

/** The state a step leads to, or null when the step is not possible from this state. */
export function nextState(state: SessionState, step: SessionStep): SessionState | null {
  return STEPS[step].from === state ? STEPS[step].to : null;
}

export interface Window {
  opensAt: Date | null;
  closesAt: Date | null;
}

/** Ballots are accepted while the session is in the phase and the clock is inside its window. */
export function windowOpen(state: SessionState, phase: "voting" | "satisfaction", window: Window, now: Date): boolean {
  if (state !== phase) return false;
  if (window.opensAt && now.getTime() < window.opensAt.getTime()) return false;
  if (window.closesAt && now.getTime() > window.closesAt.getTime()) return false;
  return true;
}

/** Counts are published once the phase is over, so no one can read a single ballot from a moving count. */
export function voteCountsPublic(state: SessionState): boolean {
  return state === "decided" || state === "satisfaction" || state === "closed";
}

export function satisfactionCountsPublic(state: SessionState): boolean {
  return state === "closed";
}

export type Tally = Counts<BallotChoice>;

export function tally(choices: Iterable<BallotChoice>): Tally {
  return countChoices(BALLOT_CHOICES, choices);
}

/**
 * The rule for "chosen": a candidate is chosen when its votes for are more than half of the session's
 * eligible deputies (应到, recorded when voting opened). A deputy who did not vote, abstained, voted
 * against or left the candidate blank counts against the majority, as in a paper vote where a blank
 * is not a yes; so two deputies of thirty can never choose a project. Sessions opened before eligible
 * deputies were recorded (eligible 0) count against the deputies who took part instead.
 */
export function isChosen(counts: Tally, eligible: number, turnout = 0): boolean {
  const base = eligible > 0 ? eligible : turnout;
  return base > 0 && counts.for * 2 > base;
}

/** Satisfaction voting opens on a later day than the vote that chose the projects (China calendar days). */
export function satisfactionTooSoon(votingClosedDay: string | null, today: string): boolean {
  return votingClosedDay !== null && votingClosedDay >= today;
}
