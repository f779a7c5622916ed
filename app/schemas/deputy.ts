// Deputies' forms and API bodies (inspections, questions, answers, votes), shared by browser and server.
// Error messages are i18n keys.
import { z } from "zod";
import { isCalendarDate } from "~/domain/deputies/dates";
import { ASSESSMENTS, BALLOT_CHOICES, SATISFACTION_CHOICES, STATUSES } from "~/domain/vocab";
import { plainString } from "~/schemas/plain-text";

const text = (max: number) =>
  plainString({ error: "v.required" }).trim().min(1, { error: "v.required" }).max(max, { error: "v.tooLong" });
const optionalText = (max: number) => plainString().trim().max(max, { error: "v.tooLong" }).optional().default("");
const calendarDate = z.string({ error: "v.date" }).trim().refine(isCalendarDate, { error: "v.date" });
const id = z
  .union([z.number(), z.string()])
  .transform((value) => Number(value))
  .pipe(z.number({ error: "v.number" }).int({ error: "v.number" }).positive({ error: "v.number" }));
/** A checkbox group as react-hook-form and FormData give it: one value, several, or none. */
const idList = z.preprocess(
  (value) => (Array.isArray(value) ? value : value === false || value == null || value === "" ? [] : [value]),
  z.array(id).min(1, { error: "deputy.v.chooseCommitment" }).max(20, { error: "v.tooLong" }),
);

export const MAX_PHOTOS = 10;

export const inspectionSchema = z.object({
  commitmentIds: idList,
  visitedOn: calendarDate,
  place: text(200),
  observation: text(5000),
  assessment: z.enum(ASSESSMENTS, { error: "deputy.v.assessment" }),
});

const base64Photo = z.object({
  name: plainString().trim().min(1).max(200),
  contentBase64: z.string().min(1).max(1_400_000),
});

export const inspectionApiSchema = inspectionSchema.omit({ commitmentIds: true }).extend({
  /** Further commitments seen on the same visit, besides the one in the path. */
  commitmentIds: z.array(id).max(19).optional().default([]),
  photos: z.array(base64Photo).max(MAX_PHOTOS).optional().default([]),
});

export const questionSchema = z.object({
  body: text(2000),
  /** Set for a follow-up: any question of the thread. */
  threadId: z.union([id, z.literal("").transform(() => undefined)]).optional(),
});

export const answerSchema = z.object({ body: text(5000) });

export const RATINGS = ["satisfied", "unsatisfied"] as const;
export const rateSchema = z.object({ rating: z.enum(RATINGS, { error: "deputy.v.rating" }) });

export const manageQuestionSchema = z.object({
  departmentId: z.union([id, z.literal("").transform(() => null)]),
  dueDate: calendarDate,
});

export const voteSessionSchema = z.object({
  title: text(200),
  year: z
    .string({ error: "v.number" })
    .trim()
    .regex(/^\d{4}$/, { error: "v.number" })
    .transform(Number)
    .pipe(z.number().int().min(2000, { error: "v.number" }).max(2100, { error: "v.number" })),
});

export const candidateSchema = z.object({
  title: text(200),
  description: optionalText(2000),
  budget: optionalText(100),
});

export const promoteSchema = z.object({ commitmentId: id });

export const STEP_INTENTS = ["open_voting", "close_voting", "open_satisfaction", "close_satisfaction"] as const;
export const stepSchema = z.object({
  step: z.enum(STEP_INTENTS),
  /** Optional planned end of the window (a calendar date; ballots refused after that day). */
  closesOn: z.union([calendarDate, z.literal("").transform(() => undefined)]).optional(),
});

/** A ballot sheet in a form: one `choice-<projectId>` field per candidate, each required. */
export function ballotFormSchema(projectIds: readonly number[]) {
  return z.object(
    Object.fromEntries(projectIds.map((id) => [`choice-${id}`, z.enum(BALLOT_CHOICES, { error: "deputy.v.choice" })])),
  );
}

export function satisfactionFormSchema(projectIds: readonly number[]) {
  return z.object(
    Object.fromEntries(
      projectIds.map((id) => [`choice-${id}`, z.enum(SATISFACTION_CHOICES, { error: "deputy.v.choice" })]),
    ),
  );
}

/** The sheet of a validated ballot form, keyed by project id. */
export function sheetOf(values: Record<string, string>): Record<string, string> {
  const sheet: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const match = /^choice-(\d+)$/.exec(key);
    if (match) sheet[match[1]!] = value;
  }
  return sheet;
}

export const followSchema = z.object({
  commitmentId: id,
  intent: z.enum(["follow", "unfollow"]),
  redirectTo: z.string().optional(),
});

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** The workspace's filters as they appear in its URL; anything unknown is ignored rather than refused. */
export const workspaceQuerySchema = z.object({
  /** A year, "all", or absent (the latest year with promises). */
  year: z
    .preprocess(emptyToUndefined, z.union([z.literal("all"), z.coerce.number().int().min(1949).max(2100)]).optional())
    .catch(undefined),
  status: z.preprocess(emptyToUndefined, z.enum(STATUSES).optional()).catch(undefined),
  light: z.preprocess(emptyToUndefined, z.enum(["red", "yellow", "green", "none"]).optional()).catch(undefined),
  sector: z.preprocess(emptyToUndefined, z.string().max(50).optional()).catch(undefined),
  department: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().optional()).catch(undefined),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()).catch(undefined),
  livelihood: z.preprocess((v) => v === "1" || v === "on", z.boolean()).catch(false),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10000).optional()).catch(undefined),
});

/** The question lists' filters (`/questions?state=…`; `?overdue=1` is the supervisor's overdue view). */
export const QUESTION_FILTERS = ["all", "open", "overdue", "answered", "unrouted"] as const;
export type QuestionFilter = (typeof QUESTION_FILTERS)[number];
