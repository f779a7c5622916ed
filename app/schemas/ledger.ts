// Ledger forms and API bodies, one schema each for the browser and the server. Messages are i18n keys.
import { z } from "zod";
import { COMPARATORS, KINDS, STATUSES } from "~/domain/vocab";
import { plainString } from "~/schemas/plain-text";

const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

const text = (max: number) => plainString().trim().max(max, { error: "v.tooLong" });
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), text(max).nullable().optional());
const required = (max: number) => text(max).min(1, { error: "v.required" });

const id = z.coerce.number({ error: "v.number" }).int().positive();
const optionalId = z.preprocess(blankToNull, id.nullable());
const optionalNumber = z.preprocess(blankToNull, z.coerce.number({ error: "v.number" }).finite().nullable());
const optionalYear = z.preprocess(
  blankToNull,
  z.coerce
    .number({ error: "v.number" })
    .int()
    .min(1949, { error: "ledger.v.year" })
    .max(2100, { error: "ledger.v.year" })
    .nullable(),
);
const progress = z.coerce
  .number({ error: "v.number" })
  .int({ error: "ledger.v.progress" })
  .min(0, { error: "ledger.v.progress" })
  .max(100, { error: "ledger.v.progress" });
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "v.date" })
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    {
      error: "v.date",
    },
  );
const optionalDate = z.preprocess(blankToNull, isoDate.nullable());

/** Evidence links: http and https only (no javascript:, data:, file:), always titled. */
export const httpUrl = plainString()
  .trim()
  .max(2000, { error: "v.tooLong" })
  .pipe(z.url({ protocol: /^https?$/, error: "v.url" }));

export const evidenceLinkSchema = z.object({
  title: required(200),
  url: httpUrl,
});

/** Link rows of a form: rows left empty are dropped; a half-filled row is an error (at its own index). */
const linkRows = z.preprocess(
  (v) => (Array.isArray(v) ? v : []),
  z
    .array(
      z.union([
        z.object({ title: z.literal("").optional(), url: z.literal("").optional() }).transform(() => null),
        evidenceLinkSchema,
      ]),
    )
    .max(10)
    .transform((rows) => rows.filter((row): row is z.output<typeof evidenceLinkSchema> => row !== null)),
);

const cooperatingIds = z.preprocess(
  (v) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : []),
  z.array(id).max(50),
);

// ——— Review of what was extracted ———

export const commitmentFieldsSchema = z.object({
  metric: required(300),
  kind: z.enum(KINDS, { error: "v.required" }),
  target: optionalNumber,
  unit: optionalText(50),
  comparator: z.preprocess(blankToNull, z.enum(COMPARATORS).nullable()),
  growth: checkbox,
  deadline: optionalYear,
  sector: optionalText(100),
});

export const commitmentEditSchema = commitmentFieldsSchema.extend({
  id,
  version: id,
  quote: required(5000),
});

export const commitmentAddSchema = commitmentFieldsSchema.extend({
  quote: required(5000),
  /** Offsets of a selection in the report (set by the page's script); without them the quote is looked up. */
  quoteStart: optionalNumber,
  quoteEnd: optionalNumber,
});

export const splitSchema = z.object({
  id,
  version: id,
  /** One task per line: the first stays with the item, each further line becomes a new item on the same quote. */
  parts: plainString()
    .max(5000, { error: "v.tooLong" })
    .transform((v) =>
      v
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(plainString().max(300, { error: "v.tooLong" }))
        .min(2, { error: "ledger.v.splitTwo" })
        .max(20),
    ),
});

export const mergeSchema = z.object({
  ids: z.preprocess(
    (v) => (Array.isArray(v) ? v : v ? [v] : []),
    z.array(id).min(2, { error: "ledger.v.mergeTwo" }).max(50),
  ),
});

export const reviewDecisionSchema = z.object({ id, version: id });

// ——— Assignment and sub-tasks ———

export const assignSchema = z.object({
  version: id,
  leadDepartmentId: optionalId,
  cooperatingIds,
  dueDate: optionalDate,
  responsiblePerson: optionalText(100),
  sector: optionalText(100),
  reason: optionalText(500),
});

export const subTaskSchema = z.object({
  metric: required(300),
  leadDepartmentId: optionalId,
  dueDate: optionalDate,
});

export const attachSchema = z.object({ childId: id });

// ——— Department updates ———

const updateFields = {
  status: z.enum(STATUSES, { error: "ledger.v.status" }),
  progress: z.preprocess(blankToUndefined, progress.optional()),
  actualValue: optionalNumber.optional(),
  actualUnit: optionalText(50),
  note: optionalText(2000),
};

const reasonForChanged = <T extends { status: string; note?: string | null }>(value: T, ctx: z.RefinementCtx) => {
  if (value.status === "changed" && !value.note?.trim())
    ctx.addIssue({ code: "custom", path: ["note"], message: "ledger.rule.reasonRequired" });
};

export const updateFormSchema = z.object({ ...updateFields, links: linkRows }).superRefine(reasonForChanged);

export const bulkUpdateSchema = z.object({
  rows: z
    .array(
      z.object({
        id,
        status: z.enum(STATUSES, { error: "ledger.v.status" }),
        progress: z.preprocess(blankToUndefined, progress.optional()),
        note: optionalText(2000),
      }),
    )
    .max(500),
});

export const reviewUpdateSchema = z
  .object({
    updateId: id,
    decision: z.enum(["publish", "return"], { error: "v.required" }),
    reason: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "return" && !value.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "ledger.verify.reasonRequired" });
  });

export const verifySchema = z.object({ version: id, note: optionalText(1000) });

// ——— Report import ———

export const importAnalyseSchema = z.object({
  // Not trimmed: the report text is stored as given (offsets and the re-import hash depend on it).
  text: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z.string().max(5_000_000, { error: "v.tooLong" }).nullable().optional(),
  ),
});

export const importConfirmSchema = z.object({
  staged: z.string().regex(/^[0-9a-f]{32}$/, { error: "v.required" }),
  jurisdiction: required(100),
  year: z.coerce
    .number({ error: "v.number" })
    .int()
    .min(1949, { error: "ledger.v.year" })
    .max(2100, { error: "ledger.v.year" }),
});

// ——— JSON API ———

export const apiReportSchema = z.strictObject({
  jurisdiction: plainString().trim().min(1, { error: "v.required" }).max(100),
  year: z.number().int().min(1949).max(2100).optional(),
  text: z.string().min(1, { error: "v.required" }).max(5_000_000),
});

const department = z.union([z.number().int().positive(), plainString().trim().min(1).max(100)]);

export const apiCommitmentPatchSchema = z
  .strictObject({
    version: z.number().int().positive().optional(),
    leadDepartment: department.nullable().optional(),
    cooperating: z.array(department).max(50).optional(),
    dueDate: isoDate.nullable().optional(),
    responsiblePerson: plainString().trim().max(100).nullable().optional(),
    sector: plainString().trim().max(100).nullable().optional(),
    metric: plainString().trim().min(1).max(300).optional(),
    status: z.enum(STATUSES).optional(),
    progress: z.number().int().min(0).max(100).optional(),
    reason: plainString().trim().max(1000).optional(),
  })
  .refine((v) => Object.keys(v).some((k) => k !== "version" && k !== "reason"), {
    error: "http.nothingToChange",
  });

export const apiUpdateSchema = z.strictObject({
  status: z.enum(STATUSES),
  progress: z.number().int().min(0).max(100).optional(),
  actualValue: z.number().finite().nullable().optional(),
  actualUnit: plainString().trim().max(50).nullable().optional(),
  note: plainString().trim().max(2000).nullable().optional(),
  evidence: z
    .array(
      z.strictObject({
        url: plainString()
          .trim()
          .max(2000)
          .pipe(z.url({ protocol: /^https?$/, error: "v.url" })),
        title: plainString().trim().min(1, { error: "v.required" }).max(200),
      }),
    )
    .max(10)
    .optional(),
});

export const apiReviewSchema = z
  .strictObject({
    decision: z.enum(["publish", "return"]),
    reason: plainString().trim().max(1000).optional(),
  })
  .refine((v) => v.decision === "publish" || !!v.reason, {
    error: "v.returnReason",
    path: ["reason"],
  });
export type AssignInput = z.output<typeof assignSchema>;
export type CommitmentFields = z.output<typeof commitmentFieldsSchema>;

// ——— Bulk assignment ———

const keepOr = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === undefined || v === null ? "keep" : v), z.union([z.literal("keep"), schema]));

export const bulkAssignSchema = z.object({
  ids: z.preprocess(
    (v) => (Array.isArray(v) ? v : v ? [v] : []),
    z.array(id).min(1, { error: "ledger.bulkAssign.chooseItems" }).max(500, { error: "v.tooLong" }),
  ),
  /** "keep", "none" (no lead department) or a department id. */
  leadDepartmentId: keepOr(z.union([z.literal("none"), id])),
  cooperatingMode: z.enum(["keep", "set"]).catch("keep"),
  cooperatingIds,
  dueDate: keepOr(isoDate),
  responsiblePerson: keepOr(text(100)),
  reason: optionalText(500),
});
