// What crosses the thread boundary of app/workers/heavy.ts: task names, and errors as plain objects
// that become the same classes again, so routes handle them as before.
import { DocumentError, type DocumentErrorCode } from "~/domain/document/errors";
import { NotAReportError } from "~/domain/report/analyse";
import { ConflictError, LedgerError } from "~/models/ledger-errors.server";
import { ImportError, type ImportErrorCode } from "~/models/report-import.server";

export type HeavyTask = "analyseSource" | "importReport" | "importLedgerSheet";

export interface HeavyRequest {
  id: number;
  task: HeavyTask;
  args: unknown;
}

export type ErrorMessage = {
  name: string;
  message: string;
  code?: string;
  status?: number;
  field?: string;
  currentVersion?: number | null;
};

export function errorToMessage(error: unknown): ErrorMessage {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const e = error as Error & Partial<ErrorMessage>;
  return {
    name: e.name,
    message: e.message,
    code: e.code,
    status: e.status,
    field: e.field,
    currentVersion: e.currentVersion,
  };
}

export function messageToError(m: ErrorMessage): Error {
  switch (m.name) {
    case "DocumentError":
      return new DocumentError(m.code as DocumentErrorCode, m.message);
    case "NotAReportError":
      return new NotAReportError(m.message);
    case "ImportError":
      return new ImportError(m.code as ImportErrorCode, m.message);
    case "ConflictError":
      return new ConflictError(m.currentVersion ?? null);
    case "LedgerError":
      return new LedgerError(m.code ?? "ledger.error", (m.status ?? 422) as LedgerError["status"], m.field);
    default:
      return Object.assign(new Error(m.message), { name: m.name });
  }
}
