// The one error type of document reading: a code the caller can branch on and a one-line message.

export type DocumentErrorCode =
  | "empty"
  | "binary"
  | "too_large"
  | "inflates_too_large"
  | "too_many_pages"
  | "unreadable_pdf"
  | "unreadable_docx"
  | "unsupported";

export class DocumentError extends Error {
  readonly code: DocumentErrorCode;

  constructor(code: DocumentErrorCode, message: string) {
    super(message);
    this.name = "DocumentError";
    this.code = code;
  }
}

/** Files larger than this are refused before any parsing. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Extracted or decoded text longer than this is refused. */
export const MAX_TEXT_CHARS = 20 * 1024 * 1024;

export function assertTextSize(text: string): string {
  if (text.length > MAX_TEXT_CHARS) {
    throw new DocumentError("too_large", `The text is too long (${text.length} characters; the limit is 20 MB).`);
  }
  if (!/\S/.test(text)) throw new DocumentError("empty", "The document contains no text.");
  return text;
}
