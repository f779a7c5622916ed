// Public entry of document reading: bytes of a report file to its text.
export { decodeText, decodeTextWithEncoding, type TextEncodingName } from "./decode";
export { DocumentError, MAX_FILE_BYTES, MAX_TEXT_CHARS, type DocumentErrorCode } from "./errors";
export { htmlToText } from "./html";
export { readDocument, type DocumentSourceType, type ReadDocument } from "./read";
