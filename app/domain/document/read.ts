// Any supported file (txt, pdf, docx, html) to text; the type is sniffed from the bytes, the file name is only a hint.
import JSZip from "jszip";
import { decodeText } from "~/domain/document/decode";
import { docxToText } from "~/domain/document/docx";
import { DocumentError, MAX_FILE_BYTES, assertTextSize } from "~/domain/document/errors";
import { htmlToText } from "~/domain/document/html";
import { pdfToText } from "~/domain/document/pdf";
import { checkZip } from "~/domain/document/zip";

export { DocumentError } from "~/domain/document/errors";

export type DocumentSourceType = "txt" | "pdf" | "docx" | "html";

export interface ReadDocument {
  text: string;
  sourceType: DocumentSourceType;
}

export async function readDocument(bytes: Uint8Array, fileName?: string): Promise<ReadDocument> {
  if (bytes.length === 0) throw new DocumentError("empty", "The file is empty.");
  if (bytes.length > MAX_FILE_BYTES) {
    throw new DocumentError("too_large", `The file is too large (${bytes.length} bytes; the limit is 50 MB).`);
  }
  const kind = sniff(bytes);
  if (kind === "pdf") return { text: assertTextSize(await pdfToText(bytes)), sourceType: "pdf" };
  if (kind === "zip") return { text: assertTextSize(await readZip(bytes)), sourceType: "docx" };
  if (kind === "ole") {
    throw new DocumentError(
      "unsupported",
      "Old binary Word/Office files (.doc) are not supported; save the file as .docx or PDF.",
    );
  }
  if (kind === "binary") {
    const hint = /\.pdf$/i.test(fileName ?? "") ? " (it is not a valid PDF)" : "";
    throw new DocumentError("binary", `The file is binary, not a text, PDF, Word or HTML document${hint}.`);
  }
  const text = decodeText(bytes);
  if (looksLikeHtml(text, fileName)) return { text: assertTextSize(htmlToText(text)), sourceType: "html" };
  return { text, sourceType: "txt" };
}

type Sniffed = "pdf" | "zip" | "ole" | "binary" | "text";

const BINARY_SIGNATURES: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows executable
  [0x25, 0x21, 0x50, 0x53], // PostScript
];

function sniff(bytes: Uint8Array): Sniffed {
  const head = latin1(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "ole";
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) return "binary";
  return "text";
}

async function readZip(bytes: Uint8Array): Promise<string> {
  const size = await checkZip(bytes);
  if (!size.ok)
    throw new DocumentError(
      size.damaged ? "unreadable_docx" : "inflates_too_large",
      `The file cannot be opened: ${size.reason}.`,
    );
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new DocumentError(
      "unreadable_docx",
      `The file looks like a zip archive but cannot be opened: ${String(error).split("\n")[0]}`,
    );
  }
  if (!zip.file("word/document.xml")) {
    throw new DocumentError(
      "unsupported",
      "The zip archive is not a Word (.docx) document; only .txt, .pdf, .docx and .html are supported.",
    );
  }
  return docxToText(bytes);
}

function looksLikeHtml(text: string, fileName?: string): boolean {
  const start = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<!doctype html|<head[\s>]|<body[\s>])/.test(start)) return true;
  const tags =
    text.slice(0, 64 * 1024).match(/<\/?(p|div|br|span|table|td|h[1-6]|body|html|meta|a)\b[^>]*>/gi)?.length ?? 0;
  if (/\.x?html?$/i.test(fileName ?? "")) return tags > 0;
  return start.startsWith("<") && tags >= 3;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}
