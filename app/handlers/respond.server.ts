// JSON answers of the ledger API: model errors to `{"error": "…"}` with their status.
import { ConflictError, LedgerError } from "~/models/ledger-errors.server";
import { httpError } from "~/utils/http.server";

/** Runs a write and turns ledger errors into JSON responses (409 conflicts carry the current version). */
export async function answer(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ConflictError) {
      return Response.json(
        { error: error.englishMessage, ...(error.currentVersion !== null ? { version: error.currentVersion } : {}) },
        { status: 409 },
      );
    }
    if (error instanceof LedgerError) return httpError(error.status, error.englishMessage);
    throw error;
  }
}

export function requireMethod(request: Request, method: string): void {
  if (request.method.toUpperCase() !== method) {
    throw httpError(405, `Method not allowed; use ${method}`, { Allow: method });
  }
}
