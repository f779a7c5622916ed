// A refusal from a deputies model, with an HTTP status and an i18n key: pages show the key translated,
// the API answers `{ "error": <English text> }` with the status.
import { data } from "@remix-run/node";
import { translator, type MessageKey } from "~/i18n";
import { httpError } from "~/utils/http.server";

export class DeputyError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    readonly key: MessageKey,
    /** The form field the refusal is about, when there is one. */
    readonly field?: string,
  ) {
    super(translator("en")(key));
  }
}

/** For API routes: a DeputyError becomes the `{ "error" }` Response; anything else is rethrown. */
export function toApiError(error: unknown): never {
  if (error instanceof DeputyError) throw httpError(error.status, error.key);
  throw error;
}

/** True for Prisma's unique-constraint violation (a second ballot raced past the check). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** For page actions: a DeputyError becomes a form-level error the page shows; anything else is rethrown. */
export function formFailure(error: unknown, values: Record<string, unknown>, intent?: string) {
  if (error instanceof DeputyError) {
    return data(
      { intent: intent ?? null, errors: { [error.field ?? "form"]: error.key } as Record<string, string>, values },
      { status: error.status },
    );
  }
  throw error;
}

export function invalidForm(errors: Record<string, string>, values: Record<string, unknown>, intent?: string) {
  return data({ intent: intent ?? null, errors, values }, { status: 400 });
}
