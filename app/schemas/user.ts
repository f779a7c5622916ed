// Account fields, shared by the CLI and the forms. Error messages are i18n keys (app/i18n).
import { z } from "zod";
import { ROLES } from "~/domain/vocab";
import { plainString } from "~/schemas/plain-text";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "v.email" }));
export const passwordSchema = z.string().min(8, { error: "v.passwordShort" }).max(200, { error: "v.tooLong" });

export const newUserSchema = z.object({
  email: emailSchema,
  name: plainString().trim().min(1, { error: "v.required" }).max(100),
  role: z.enum(ROLES, { error: "v.role" }),
  jurisdiction: z.string().trim().min(1, { error: "v.required" }),
  department: plainString().trim().min(1).max(100).optional(),
  password: passwordSchema,
});

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "v.required" }).max(200),
  redirectTo: z.string().optional(),
});
