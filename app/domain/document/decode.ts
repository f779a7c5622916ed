// Bytes of a plain-text file to a string: BOMs, UTF-8, UTF-16 and GB18030/GBK, detected from the bytes alone.
import { DocumentError, MAX_TEXT_CHARS, assertTextSize } from "~/domain/document/errors";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Decodes pasted or plain-text bytes; throws DocumentError (empty, binary, too_large) when they are not text. */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextWithEncoding(bytes).text;
}

export function decodeTextWithEncoding(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new DocumentError("empty", "The file is empty.");
  if (bytes.length > MAX_TEXT_CHARS) {
    throw new DocumentError("too_large", `The text file is too large (${bytes.length} bytes; the limit is 20 MB).`);
  }
  const encoding = detectEncoding(bytes);
  const text = decodeAs(bytes, encoding);
  if (looksBinary(text)) throw new DocumentError("binary", "The file is binary, not text.");
  return { text: assertTextSize(text), encoding };
}

function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return utf16;
  if (hasNulBytes(bytes)) throw new DocumentError("binary", "The file is binary, not text.");
  if (isValid(bytes, "utf-8")) return "utf-8";
  if (isValid(bytes, "gb18030")) return "gb18030";
  throw new DocumentError("binary", "The file is neither UTF-8 nor GB18030/GBK text.");
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentError("binary", `The file is not valid ${encoding.toUpperCase()} text.`);
  }
}

function isValid(bytes: Uint8Array, encoding: TextEncodingName): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNulBytes(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return true;
  return false;
}

/** UTF-16 without BOM: ASCII-range text puts a zero in every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 8) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return "utf-16le";
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return "utf-16be";
  return null;
}

/** Text with many control characters is really a binary file that happened to decode. */
function looksBinary(text: string): boolean {
  const limit = Math.min(text.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) control++;
  }
  return control > Math.max(2, limit * 0.01);
}
