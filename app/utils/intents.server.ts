// The one way an action with several buttons picks its work: the form's `intent` names a handler in a
// table; an intent the table does not hold is a 400 on the form (never a property of Object.prototype).
import { formFailure } from "~/utils/form-failure.server";

type Handlers<C> = Record<string, (ctx: C, intent: string) => unknown>;

export function dispatchIntent<C, H extends Handlers<C>>(
  form: FormData,
  handlers: H,
  ctx: C,
): ReturnType<H[keyof H]> | ReturnType<typeof unknownIntent> {
  const intent = String(form.get("intent") ?? "");
  if (!Object.hasOwn(handlers, intent)) return unknownIntent(intent);
  return handlers[intent](ctx, intent) as ReturnType<H[keyof H]>;
}

const unknownIntent = (intent: string) => formFailure(intent, { form: "ledger.unknownIntent" });
