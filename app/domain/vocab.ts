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

/**
 * The sector vocabulary (领域) the extraction files promises under: the stored name (Chinese, it is data and
 * the API's value) and the id of its words in the catalogues (`sector.<id>`).
 */
export const SECTOR_IDS = {
  政府建设: "government",
  社会保障: "socialSecurity",
  教育: "education",
  卫生健康: "health",
  文化体育: "cultureSports",
  乡村振兴: "rural",
  生态环境: "environment",
  安全稳定: "safety",
  社会治理: "governance",
  城市建设: "urban",
  科技创新: "innovation",
  改革开放: "reform",
  产业发展: "industry",
  经济发展: "economy",
  民生: "livelihood",
} as const;
export type SectorName = keyof typeof SECTOR_IDS;
export type SectorId = (typeof SECTOR_IDS)[SectorName];
export const SECTOR_NAMES = Object.keys(SECTOR_IDS) as SectorName[];

/** The id of a sector of the vocabulary; null for free text someone typed. */
export function sectorId(name: string): SectorId | null {
  return Object.hasOwn(SECTOR_IDS, name) ? SECTOR_IDS[name as SectorName] : null;
}
