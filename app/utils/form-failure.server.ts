// The one way an action answers a refused form: a 4xx with `{ intent, errors, values, …extra }`, so the page
// shows each message by its field and the form keeps what was typed.
import { data } from "@remix-run/node";
import { asAppError } from "~/utils/app-error";
import type { FieldErrors } from "~/utils/forms";

/**
 * `problem`: field errors (400), or a caught error — a refusal (AppError, or a domain reading error)
 * answers with its status on its field; anything else is a fault and is thrown again.
 */
export function formFailure<V extends object = Record<string, string>, E extends object = object>(
  intent: string | null,
  problem: FieldErrors | unknown,
  values: V = {} as V,
  options: { status?: number; headers?: HeadersInit; extra?: E } = {},
) {
  let errors: FieldErrors;
  let status = options.status ?? 400;
  if (isFieldErrors(problem)) {
    errors = problem;
  } else {
    const refusal = asAppError(problem);
    if (!refusal) throw problem;
    errors = { [refusal.field]: refusal.code };
    status = options.status ?? refusal.status;
  }
  return data({ intent, errors, values, ...(options.extra as E) }, { status, headers: options.headers });
}

function isFieldErrors(value: unknown): value is FieldErrors {
  if (!value || typeof value !== "object") return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
