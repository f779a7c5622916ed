// Public entry of document reading: bytes of a report file to its text.
export { decodeText, decodeTextWithEncoding, type TextEncodingName } from "~/domain/document/decode";
export { DocumentError, MAX_FILE_BYTES, MAX_TEXT_CHARS, type DocumentErrorCode } from "~/domain/document/errors";
export { htmlToText } from "~/domain/document/html";
export { readDocument, type DocumentSourceType, type ReadDocument } from "~/domain/document/read";
