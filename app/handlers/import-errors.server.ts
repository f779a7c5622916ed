// Import refusals in the reader's language: the domain's errors carry codes, this maps them to message keys.
import { DocumentError, type DocumentErrorCode } from "~/domain/document/errors";
import { NotAReportError } from "~/domain/report/analyse";
import type { MessageKey } from "~/i18n";
import { ImportError, type ImportErrorCode } from "~/models/report-import.server";
import { HeavyWorkError } from "~/utils/heavy-work.server";

const DOCUMENT: Record<DocumentErrorCode, MessageKey> = {
  empty: "import.error.empty",
  binary: "import.error.binary",
  too_large: "import.error.too_large",
  inflates_too_large: "import.error.inflates_too_large",
  too_many_pages: "import.error.too_many_pages",
  unreadable_pdf: "import.error.unreadable_pdf",
  unreadable_docx: "import.error.unreadable_docx",
  unsupported: "import.error.unsupported",
};

const IMPORT: Record<ImportErrorCode, MessageKey> = {
  jurisdiction_unknown: "import.error.jurisdiction_unknown",
  year_unknown: "import.error.year_unknown",
  invalid_analysis: "import.error.invalid_analysis",
  too_many_commitments: "import.error.too_many_commitments",
};

/** The message key of a refusal to read or import a report, or null for any other error. */
export function importErrorKey(error: unknown): MessageKey | null {
  if (error instanceof DocumentError) return DOCUMENT[error.code];
  if (error instanceof ImportError) return IMPORT[error.code];
  if (error instanceof NotAReportError) return "import.error.notAReport";
  if (error instanceof HeavyWorkError) return error.code === "timeout" ? "import.error.timeout" : "import.error.failed";
  return null;
}
