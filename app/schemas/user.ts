// Account fields, shared by the CLI and the forms.
import { z } from "zod";
import { ROLES } from "../domain/vocab";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: "Enter a valid email address" }));
export const passwordSchema = z
  .string()
  .min(8, { error: "The password needs at least 8 characters" })
  .max(200, { error: "The password is too long" });

export const newUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, { error: "Enter a name" }).max(100),
  role: z.enum(ROLES, { error: `The role must be one of ${ROLES.join(", ")}` }),
  jurisdiction: z.string().trim().min(1, { error: "Give a jurisdiction (slug or name)" }),
  department: z.string().trim().min(1).max(100).optional(),
  password: passwordSchema,
});

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "Enter your password" }).max(200),
  redirectTo: z.string().optional(),
});
