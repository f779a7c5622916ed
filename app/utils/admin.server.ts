// The admin pages: their guard (an administrator, acting within their own place's subtree), and the one
// shape of their simple forms (an intent, a schema, a model call, back to the page).
import { data, redirect } from "@remix-run/node";
import type { z } from "zod";
import { AdminError } from "~/models/admin.server";
import { requirePermission, requireRole, type SessionUser } from "~/utils/auth.server";
import { formValues, parseForm, readForm } from "~/utils/forms";

export async function requireAdmin(request: Request) {
  const user = await requireRole(request, "admin");
  requirePermission(user, "admin.manage", { jurisdictionId: user.jurisdictionId });
  return user;
}

export interface AdminIntent {
  schema: z.ZodType;
  run: (admin: SessionUser, input: never) => Promise<unknown>;
  /** The `?saved=` the page shows after it. */
  saved: string;
}

/** Typed pairing of a schema and the model call it feeds. */
export function adminIntent<S extends z.ZodType>(
  schema: S,
  run: (admin: SessionUser, input: z.output<S>) => Promise<unknown>,
  saved: string,
): AdminIntent {
  return { schema, run: run as AdminIntent["run"], saved };
}

export async function adminFormAction(request: Request, page: string, intents: Record<string, AdminIntent>) {
  const admin = await requireAdmin(request);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const values = formValues(form);
  const fail = (errors: Record<string, string>, status = 400) => data({ intent, errors, values }, { status });
  const chosen = intents[intent];
  if (!chosen) return fail({ form: "ledger.unknownIntent" });
  const parsed = parseForm(chosen.schema, form);
  if (!parsed.ok) return fail(parsed.errors);
  try {
    await chosen.run(admin, parsed.data as never);
  } catch (error) {
    if (error instanceof AdminError) return fail({ [error.field]: error.key }, error.status);
    throw error;
  }
  return redirect(`${page}?saved=${chosen.saved}`);
}
