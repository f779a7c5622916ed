// The closed vocabularies of the domain (roles, statuses, states), shared by server and browser.

export const ROLES = ["admin", "supervisor", "staff", "deputy"] as const;
export type Role = (typeof ROLES)[number];

/** Stored status of a promise (see docs: 未启动 · 推进中 · 已完成 · 已销号 · 部分完成 · 未完成 · 已调整). */
export const STATUSES = ["not_started", "in_progress", "done", "verified", "partial", "missed", "changed"] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that close a promise: nothing more is expected of it. */
export const CLOSED_STATUSES: readonly Status[] = ["done", "verified", "partial", "missed", "changed"];

export const REVIEW_STATES = ["proposed", "accepted", "rejected"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const UPDATE_STATES = ["submitted", "published", "returned"] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

export const KINDS = ["numeric", "deliverable"] as const;
export type Kind = (typeof KINDS)[number];

export const COMPARATORS = [">=", "~", "=", "<="] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const VERDICTS = ["achieved", "partial", "missed", "in_progress", "not_mentioned"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const SECTION_PARTS = ["review", "plan", "other"] as const;
export type SectionPart = (typeof SECTION_PARTS)[number];

export const SOURCE_TYPES = ["txt", "pdf", "docx", "html", "paste"] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const JURISDICTION_LEVELS = ["province", "city", "district"] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

export const ASSESSMENTS = ["on_track", "behind", "doubts"] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

export const BALLOT_CHOICES = ["for", "against", "abstain"] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];

export const SATISFACTION_CHOICES = ["satisfied", "basically_satisfied", "not_satisfied"] as const;
export type SatisfactionChoice = (typeof SATISFACTION_CHOICES)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}
