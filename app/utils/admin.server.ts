// The admin pages: their guard (an administrator, acting within their own place's subtree), and the one
// shape of their simple forms (an intent, a schema, a model call, back to the page).
import { redirect } from "@remix-run/node";
import type { z } from "zod";
import { requirePermission, requireRole, type SessionUser } from "~/utils/auth.server";
import { formFailure } from "~/utils/form-failure.server";
import { formValues, parseForm, readForm } from "~/utils/forms";
import { dispatchIntent } from "~/utils/intents.server";

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
  const handlers = Object.fromEntries(
    Object.entries(intents).map(([name, chosen]) => [name, () => runIntent(admin, form, page, name, chosen)]),
  );
  return dispatchIntent(form, handlers, null);
}

async function runIntent(admin: SessionUser, form: FormData, page: string, intent: string, chosen: AdminIntent) {
  const values = formValues(form);
  const parsed = parseForm(chosen.schema, form);
  if (!parsed.ok) return formFailure(intent, parsed.errors, values);
  try {
    await chosen.run(admin, parsed.data as never);
  } catch (error) {
    return formFailure(intent, error, values);
  }
  return redirect(`${page}?saved=${chosen.saved}`);
}
