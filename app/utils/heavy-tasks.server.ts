// What crosses the thread boundary of app/workers/heavy.ts: task names, and errors as plain objects
// that become the same classes again (AppError, the domain's reading errors), so routes handle them as before.
import { DocumentError, type DocumentErrorCode } from "~/domain/document/errors";
import { NotAReportError } from "~/domain/report/analyse";
import type { MessageKey } from "~/i18n";
import { AppError, type AppErrorOptions } from "~/utils/app-error";

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
  options?: AppErrorOptions;
};

export function errorToMessage(error: unknown): ErrorMessage {
  if (error instanceof AppError)
    return { name: error.name, message: error.message, code: error.code, options: error.options() };
  if (error instanceof DocumentError) return { name: error.name, message: error.message, code: error.code };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

export function messageToError(m: ErrorMessage): Error {
  switch (m.name) {
    case "AppError":
      return new AppError(m.code as MessageKey, m.options);
    case "DocumentError":
      return new DocumentError(m.code as DocumentErrorCode, m.message);
    case "NotAReportError":
      return new NotAReportError(m.message);
    default:
      return Object.assign(new Error(m.message), { name: m.name });
  }
}
