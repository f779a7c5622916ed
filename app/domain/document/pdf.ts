// The text layer of a PDF (pdfjs-dist): text items joined into lines top to bottom, pages separated by line breaks.
import { createRequire } from "node:module";
import path from "node:path";
import { DocumentError } from "~/domain/document/errors";

/** A work report has a few dozen pages. */
export const MAX_PDF_PAGES = 500;

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface PlacedText {
  text: string;
  x: number;
  y: number;
  end: number;
  size: number;
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let document;
  try {
    document = await pdfjs.getDocument({
      data: bytes.slice(),
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      ...resourceUrls(),
    }).promise;
  } catch (error) {
    throw new DocumentError("unreadable_pdf", `The PDF cannot be opened: ${describe(error)}`);
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new DocumentError(
        "too_many_pages",
        `The PDF has ${document.numPages} pages; the limit is ${MAX_PDF_PAGES} (a work report has a few dozen).`,
      );
    }
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items as TextItemLike[]).join("\n"));
      page.cleanup();
    }
    const text = pages.join("\n").trim();
    if (!/[\p{L}\p{N}]/u.test(text)) {
      throw new DocumentError(
        "unreadable_pdf",
        "The PDF has no text layer (a scan?); only PDFs with selectable text can be read.",
      );
    }
    return text;
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError("unreadable_pdf", `The PDF text cannot be extracted: ${describe(error)}`);
  } finally {
    await document.destroy();
  }
}

/** Groups items of one page into lines by their baseline, top to bottom, left to right. */
export function linesOf(items: TextItemLike[]): string[] {
  const placed: PlacedText[] = [];
  for (const item of items) {
    if (typeof item.str !== "string" || item.str === "") continue;
    const [a, b, c, d, x, y] = item.transform;
    const size = Math.max(Math.hypot(c, d), Math.hypot(a, b), item.height, 1);
    placed.push({ text: item.str, x, y, end: x + item.width, size });
  }
  const lines: PlacedText[][] = [];
  for (const item of placed) {
    const line = lines.find((candidate) => Math.abs(candidate[0].y - item.y) <= candidate[0].size * 0.5);
    if (line) line.push(item);
    else lines.push([item]);
  }
  lines.sort((p, q) => q[0].y - p[0].y);
  return lines.map(joinLine);
}

function joinLine(items: PlacedText[]): string {
  items.sort((p, q) => p.x - q.x);
  let text = "";
  let previous: PlacedText | null = null;
  for (const item of items) {
    if (previous && item.x - previous.end > previous.size * 0.25 && !text.endsWith(" ")) text += " ";
    text += item.text;
    previous = item;
  }
  return text.trimEnd();
}

function resourceUrls(): { cMapUrl?: string; cMapPacked?: boolean; standardFontDataUrl?: string } {
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
    return {
      cMapUrl: `${path.join(root, "cmaps")}${path.sep}`,
      cMapPacked: true,
      standardFontDataUrl: `${path.join(root, "standard_fonts")}${path.sep}`,
    };
  } catch {
    return {};
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/password/i.test(message)) return "it is password-protected.";
  return message.split("\n")[0] || "unknown error.";
}
