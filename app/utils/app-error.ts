// The one error type of the app: a refusal the caller can show. It carries a message key (translated at
// the edge, in the reader's language), the HTTP status it maps to and the form field it is about.
// Pages turn it into field errors with `formFailure`, resource routes into a JSON body with `localized`.
import { DocumentError, type DocumentErrorCode } from "~/domain/document/errors";
import { NotAReportError } from "~/domain/report/analyse";
import type { MessageKey } from "~/i18n";
import type { ErrorVars } from "~/i18n/errors";

export type AppErrorStatus = 400 | 403 | 404 | 409 | 413 | 415 | 422 | 503;

export interface AppErrorOptions {
  status?: AppErrorStatus;
  /** The form field the refusal is about; `form` for the form as a whole. */
  field?: string;
  vars?: ErrorVars;
  /** Extra fields of the JSON body (a 409's current version, say). */
  details?: Record<string, string | number | null>;
  /** A message for logs and the command line, in English; the key when absent. */
  detail?: string;
}

export class AppError extends Error {
  readonly status: AppErrorStatus;
  readonly field: string;
  readonly vars?: ErrorVars;
  readonly details?: Record<string, string | number | null>;

  constructor(
    readonly code: MessageKey,
    options: AppErrorOptions = {},
  ) {
    super(options.detail ?? code);
    this.name = "AppError";
    this.status = options.status ?? 422;
    this.field = options.field ?? "form";
    this.vars = options.vars;
    this.details = options.details;
  }

  /** The same refusal about another field (an upload's problem on the `photos` field, say). */
  on(field: string): AppError {
    return new AppError(this.code, { ...this.options(), field });
  }

  options(): AppErrorOptions {
    return { status: this.status, field: this.field, vars: this.vars, details: this.details, detail: this.message };
  }
}

/** Someone else saved the row in between (optimistic concurrency on Commitment.version). */
export function conflict(currentVersion: number | null, field = "form"): AppError {
  return new AppError("ledger.conflict", {
    status: 409,
    field,
    details: currentVersion === null ? undefined : { version: currentVersion },
  });
}

export const isConflict = (error: unknown): error is AppError =>
  error instanceof AppError && error.code === "ledger.conflict";

/**
 * The refusal an error stands for, or null for a fault (rethrow it): AppErrors as they are, and the
 * domain's reading errors (pure modules know no HTTP) as the AppError of their message key.
 */
export function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof DocumentError) return new AppError(DOCUMENT_KEYS[error.code], { detail: error.message });
  if (error instanceof NotAReportError) return new AppError("import.error.notAReport", { detail: error.message });
  return null;
}

const DOCUMENT_KEYS: Record<DocumentErrorCode, MessageKey> = {
  empty: "import.error.empty",
  binary: "import.error.binary",
  too_large: "import.error.too_large",
  inflates_too_large: "import.error.inflates_too_large",
  too_many_pages: "import.error.too_many_pages",
  unreadable_pdf: "import.error.unreadable_pdf",
  unreadable_docx: "import.error.unreadable_docx",
  unsupported: "import.error.unsupported",
};
