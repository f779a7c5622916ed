// Character classes and width-preserving folding for Chinese report text.
import { RADICALS_TO, radicalToIdeograph } from "~/domain/text/radicals";

/** Item numbers of one character: ⑴–⒇, ⒈–⒛ (U+2474–U+249B) and ㈠–㈩ (U+3220–U+3229); patterns say them ⑴-⒛㈠-㈩. */
export const ITEM_NUMBER_CHARS = String.fromCharCode(
  ...Array.from({ length: 0x249b - 0x2474 + 1 }, (_, i) => 0x2474 + i),
  ...Array.from({ length: 0x3229 - 0x3220 + 1 }, (_, i) => 0x3220 + i),
);

export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export function isHan(char: string | undefined): boolean {
  return char !== undefined && char !== "" && isHanCode(char.charCodeAt(0));
}

/** Han characters, CJK punctuation, full-width forms and curly quotes: text between which a space is an artefact. */
export function isWideCode(code: number): boolean {
  return code >= 0x2e80 || (code >= 0x2010 && code <= 0x206f);
}

export function isWide(char: string | undefined): boolean {
  return char !== undefined && char !== "" && isWideCode(char.charCodeAt(0));
}

/** Spaces, and the zero-width characters web pages leave after words (ZWSP, ZWNJ, ZWJ, word joiner, BOM). */
export function isSpaceCode(code: number): boolean {
  if (code > 0x3000) return code === 0xfeff;
  return (
    code === 0x20 ||
    code === 0x3000 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x0b ||
    code === 0x0c ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2060
  );
}

export function isAsciiAlnum(char: string | undefined): boolean {
  return char !== undefined && /^[0-9A-Za-z]$/.test(char);
}

/**
 * Full-width ASCII forms to ASCII, the ideographic space to a space and radical code points to their
 * ideographs (text that did not come through the import door), one character for one, so offsets into the
 * folded text are offsets into the original.
 */
export function fold(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}

const FOLDABLE = /[\u2e80-\u2fd5\u3000\uff01-\uff5e]/g;

function foldChar(char: string): string {
  return String.fromCharCode(foldCode(char.charCodeAt(0)));
}

/** The code `fold` gives for a code (the same code when it is not folded). */
export function foldCode(code: number): number {
  // Most codes of a report (ideographs, ASCII) are not folded: two comparisons.
  if (code < 0x2e80 || (code > 0x3000 && code < 0xff01)) return code;
  if (code <= RADICALS_TO) return radicalToIdeograph(code);
  if (code === 0x3000) return 0x20;
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/** Approximate printed width: wide characters 1, ASCII ½ (what a PDF line holds). */
export function visualWidth(text: string): number {
  return widthBetween(text, 0, text.length);
}

/** visualWidth of text.slice(start, end), read in place. */
export function widthBetween(text: string, start: number, end: number): number {
  let wide = 0;
  for (let i = start; i < end; i++) if (isWideCode(text.charCodeAt(i))) wide++;
  return wide + (end - start - wide) / 2;
}

const CLOSERS = "”’」』）)》〉】\"'";
const SENTENCE_ENDS = "。！？；：!?;:…";

/** Whether the text ends a sentence (closing quotes and brackets after the mark are allowed). */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (CLOSERS.includes(text[i]) || text[i] === " ")) i--;
  if (i < 0) return false;
  return SENTENCE_ENDS.includes(text[i]) || (text[i] === "." && isHan(text[i - 1]));
}

/** Index of the first full stop (。！？, or an ASCII full stop after Chinese text), or -1. */
export function firstFullStop(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "。" || char === "！" || char === "？" || char === "!" || char === "?") return i;
    if (char === "." && isHan(text[i - 1]) && !/\d/.test(text[i + 1] ?? "")) return i;
  }
  return -1;
}

/** Full-width digits (１２．５) as ASCII digits, the rest of the text as written (quotes keep their punctuation). */
export function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/(\d)．(?=\d)/g, "$1.");
}
