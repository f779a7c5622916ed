// JSON answers of the ledger API: model errors to `{"error": "…"}` with their status.
import { isMessageKey } from "~/i18n";
import { ConflictError, LedgerError } from "~/models/ledger-errors.server";
import { errorBody, httpError } from "~/utils/http.server";
import { DEFAULT_LOCALE } from "~/i18n";

/** Runs a write and turns ledger errors into JSON responses (409 conflicts carry the current version). */
export async function answer(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ConflictError) {
      return Response.json(
        {
          ...errorBody(DEFAULT_LOCALE, "ledger.conflict"),
          ...(error.currentVersion !== null ? { version: error.currentVersion } : {}),
        },
        { status: 409 },
      );
    }
    if (error instanceof LedgerError)
      return httpError(error.status, isMessageKey(error.code) ? error.code : "http.invalidInput");
    throw error;
  }
}

export function requireMethod(request: Request, method: string): void {
  if (request.method.toUpperCase() !== method) {
    throw httpError(405, "http.method", { allowed: method }, { Allow: method });
  }
}
