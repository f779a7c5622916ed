// Irreversible actions are confirmed on the server: without `confirm=yes` an action changes nothing
// and answers with what would happen (see app/components/confirm-panel.tsx).
import { data } from "@remix-run/node";
import type { ConfirmRequest } from "~/components/confirm-panel";

export function isConfirmed(form: FormData): boolean {
  return form.get("confirm") === "yes";
}

export function isAcknowledged(form: FormData): boolean {
  return form.get("acknowledge") === "yes";
}

/** Every field of the form except the confirmation itself and files, to post again. */
export function fieldsOf(form: FormData): [string, string][] {
  const fields: [string, string][] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && name !== "confirm" && name !== "acknowledge") fields.push([name, value]);
  }
  return fields.slice(0, 500);
}

/** The answer to an unconfirmed post: 200 with the confirmation to show; nothing was written. */
export function askToConfirm(request: Omit<ConfirmRequest, "fields">, form: FormData) {
  return data({ intent: request.intent, confirm: { ...request, fields: fieldsOf(form) } as ConfirmRequest });
}
