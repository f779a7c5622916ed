// One public assessment per promise, composed from the next report's verdict and the department's status.
import type { Light } from "~/domain/progress/expected";
import type { Status, Verdict } from "~/domain/vocab";

/**
 * In order of precedence. A verdict that the supervision office confirmed from the next report
 * decides first (it is the government's account of the year, checked); without one (or when that
 * report does not mention the promise) the department's published status decides; an open promise
 * carries its traffic light; a promise nobody has reported on says so instead of "not started".
 */
export const ASSESSMENT_KEYS = [
  "achieved",
  "partly_achieved",
  "not_achieved",
  "carried_over",
  "verified",
  "reported_done",
  "partly_done",
  "not_done",
  "changed",
  "in_progress",
  "not_started",
  "no_data",
] as const;
export type AssessmentKey = (typeof ASSESSMENT_KEYS)[number];

/** What decided the assessment. */
export type AssessmentSource = "verdict" | "status" | "none";

export interface AssessmentInput {
  status: Status;
  /** The latest confirmed (or overridden) verdict of a later report, else null. */
  verdict: Verdict | null;
  /** Whether anything was ever reported: a status other than the default, progress, a published update. */
  reported: boolean;
  /** The traffic light and overdue flag of 序时进度 (app/domain/progress/expected.ts). */
  light: Light | null;
  overdue: boolean;
}

export interface Assessment {
  key: AssessmentKey;
  source: AssessmentSource;
  /** Only an open promise (in progress, or reported not started) has a light; everything else null. */
  light: Light | null;
  overdue: boolean;
  /** The assessment counts as a promise kept (the scorecard's headline). */
  kept: boolean;
}

/** The verdicts that decide, and what each decides (the SQL in app/models/public/sql.server.ts is built from these). */
export const FROM_VERDICT: Partial<Record<Verdict, AssessmentKey>> = {
  achieved: "achieved",
  partial: "partly_achieved",
  missed: "not_achieved",
  in_progress: "carried_over",
};

export const FROM_STATUS: Record<Status, AssessmentKey> = {
  verified: "verified",
  done: "reported_done",
  partial: "partly_done",
  missed: "not_done",
  changed: "changed",
  in_progress: "in_progress",
  not_started: "not_started",
};

export const KEPT: readonly AssessmentKey[] = ["achieved", "verified"];
export const OPEN: readonly AssessmentKey[] = ["in_progress", "not_started"];

/** Where each assessment comes from. */
export const SOURCE_OF = Object.fromEntries(
  ASSESSMENT_KEYS.map((key) => [
    key,
    Object.values(FROM_VERDICT).includes(key) ? "verdict" : key === "no_data" ? "none" : "status",
  ]),
) as Record<AssessmentKey, AssessmentSource>;

export function assess(input: AssessmentInput): Assessment {
  const fromVerdict = input.verdict ? FROM_VERDICT[input.verdict] : undefined;
  const key: AssessmentKey =
    fromVerdict ?? (input.status === "not_started" && !input.reported ? "no_data" : FROM_STATUS[input.status]);
  const source: AssessmentSource = fromVerdict ? "verdict" : key === "no_data" ? "none" : "status";
  const open = OPEN.includes(key);
  return {
    key,
    source,
    light: open ? input.light : null,
    overdue: open && input.overdue,
    kept: KEPT.includes(key),
  };
}

export function isAssessmentKey(value: unknown): value is AssessmentKey {
  return typeof value === "string" && (ASSESSMENT_KEYS as readonly string[]).includes(value);
}
