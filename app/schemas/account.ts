// Forms of /account and the admin pages, shared by browser and server. Messages are i18n keys.
import { z } from "zod";
import { ROLES } from "~/domain/vocab";
import { EMAIL_GROUPS } from "~/models/notification-kinds";
import { plainString } from "~/schemas/plain-text";
import { emailSchema, passwordSchema } from "~/schemas/user";

const name = (max: number) =>
  plainString({ error: "v.required" }).trim().min(1, { error: "v.required" }).max(max, { error: "v.tooLong" });
const id = z.coerce.number({ error: "v.number" }).int().positive({ error: "v.required" });
const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), id.nullable());

export const passwordChangeSchema = z
  .object({
    current: z.string().min(1, { error: "v.required" }).max(200),
    next: passwordSchema,
    repeat: z.string().max(200),
  })
  .refine((v) => v.next === v.repeat, { path: ["repeat"], error: "account.password.mismatch" });

export const TOKEN_DAY_CHOICES = ["7", "30", "90", "365"] as const;

export const tokenCreateSchema = z.object({
  label: name(100),
  days: z.enum(TOKEN_DAY_CHOICES, { error: "account.tokens.daysInvalid" }).transform(Number),
});

export const tokenRevokeSchema = z.object({ tokenId: id });

/** Checked groups arrive as repeated `email` fields; an unknown group is refused. */
export const emailSettingsSchema = z.object({
  email: z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" ? [v] : []),
    z.array(z.enum(EMAIL_GROUPS)).max(EMAIL_GROUPS.length),
  ),
});

export const inviteSchema = z.object({
  email: emailSchema,
  name: name(100),
  role: z.enum(ROLES, { error: "v.role" }),
  jurisdictionId: id,
  departmentId: optionalId,
});

export const userEditSchema = z.object({
  name: name(100),
  role: z.enum(ROLES, { error: "v.role" }),
  departmentId: optionalId,
});

export const departmentCreateSchema = z.object({ jurisdictionId: id, name: name(100) });
export const departmentRenameSchema = z.object({ id, name: name(100) });

export const jurisdictionCreateSchema = z.object({
  parentId: id,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, { error: "admin.jurisdictions.slugFormat" }),
  name: name(100),
});
export const jurisdictionRenameSchema = z.object({ id, name: name(100) });
