// Rebuilds paragraphs from raw report text (web text or PDF-broken lines) with a map back to the raw offsets.
import { endsSentence, fold, foldCode, isSpaceCode, isWideCode } from "~/domain/text/chars";

export interface Paragraph {
  /** Offsets into the clean text, [start, end). */
  start: number;
  end: number;
  /** Part of the title block (before the salutation): one line each, never joined. */
  title: boolean;
}

export interface CleanText {
  /** Paragraphs separated by "\n", line breaks inside paragraphs and layout spaces removed. */
  text: string;
  /** `text` with full-width ASCII folded to ASCII, same length. */
  folded: string;
  /** origin[i] is the raw offset of text[i]. */
  origin: Int32Array;
  paragraphs: Paragraph[];
  layout: "wrapped" | "flowed";
  /** False when a caption was moved out of a sentence, so clean order is not raw order everywhere. */
  monotonic: boolean;
}

interface Line {
  start: number;
  end: number;
  text: string;
  width: number;
  letterSpaced: boolean;
  /** Starts with an indent (two spaces or an ideographic space): the first line of a paragraph in many PDFs. */
  indented: boolean;
}

const HEADING_START =
  /^(?:第[一二三四五六七八九十]+(?:部分|章|篇)|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)]|[①-⑳⑴-⒛㈠-㈩]|——)/;
const RUN_IN_ORDINAL = /^[一二三四五六七八九十]+是/;
const SALUTATION = /^(?:各位代表|同志们|各位委员|尊敬的)/;
const PART_HEADING = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]/;
/** An unnumbered review part's heading line: 2024年工作回顾, 过去五年工作回顾, “十三五”时期和2020年工作回顾. */
const REVIEW_HEADING = /^[^，。；！]{0,24}(?:工作回顾|工作总结|成绩回顾)$/;
/** The salutation is a line of its own, or runs straight on into 现在，我代表…; 各位代表！一年来… opens a paragraph. */
const SALUTATION_WIDTH = 40;

function isSalutation(line: Line): boolean {
  return (
    SALUTATION.test(line.text) &&
    ((line.width <= SALUTATION_WIDTH && !/[。；]/.test(line.text)) ||
      /^[^。，,！!]{0,16}[：:，,！!]\s*(?:现在|我代表|受)/.test(line.text))
  );
}
const FOOTER =
  /^(?:[-—–－_·•]+\s*\d{1,4}\s*[-—–－_·•]+|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,3}(?:\s*[/／]\s*\d{1,4})?)$/;
const TITLE_LINE =
  /政府工作报告|人民代表大会|[区县市旗]长\s*[\u4e00-\u9fa5]{2,3}$|^——|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
/** A table-of-contents entry: dot leaders or a wide gap, then a page number. */
const CONTENTS_ENTRY = /(?:[.．…·・]{2,}|\s{3,})\s*\d{1,3}$/;
const LETTER_SPACED = /^(?:[\u3400-\u9fff][ \t\u3000\u00a0]+){2,}[\u3400-\u9fff]$/;
const LONG_LINE = 40;
const CAPTION_WIDTH = 30;

export function normalise(raw: string): CleanText {
  const lines = contentLines(raw);
  const titleCount = titleZoneLength(lines);
  const body = lines.slice(titleCount);
  const layout = detectLayout(body);
  const groups: Line[][] = lines.slice(0, titleCount).map((line) => [line]);
  groups.push(...(layout === "wrapped" ? joinWrapped(body) : joinFlowed(body)));
  return emit(raw, groups, titleCount, layout);
}

/** Raw offsets of a clean span (a caption moved out of a sentence can make the map non-monotonic). */
export function rawSpan(clean: CleanText, start: number, end: number): { start: number; end: number } {
  const { origin } = clean;
  if (end <= start) return { start: origin[start] ?? 0, end: origin[start] ?? 0 };
  let low = origin[start];
  let high = origin[end - 1];
  if (clean.monotonic) return { start: low, end: high + 1 };
  for (let i = start; i < end; i++) {
    if (origin[i] < low) low = origin[i];
    if (origin[i] > high) high = origin[i];
  }
  return { start: low, end: high + 1 };
}

export function startsHeading(text: string): boolean {
  return HEADING_START.test(fold(text));
}

function contentLines(raw: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  // Wide characters of the line read so far: its width is measured in the same pass that finds its end.
  let wide = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x2e80) wide++;
    else if (!isLineBreak(code)) {
      if (isWideCode(code)) wide++;
    } else {
      addLine(raw, lineStart, i, wide, lines);
      if (code === 0x0d && raw.charCodeAt(i + 1) === 0x0a) i++;
      lineStart = i + 1;
      wide = 0;
    }
  }
  addLine(raw, lineStart, raw.length, wide, lines);
  return withoutRunningHeaders(lines);
}

/** \n, \r (alone or before \n), the line and the paragraph separator. */
function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** The raw line [lineStart, lineEnd) with `wide` wide characters, trimmed, unless it is empty or page furniture. */
function addLine(raw: string, lineStart: number, lineEnd: number, wide: number, lines: Line[]): void {
  let start = lineStart;
  let end = lineEnd;
  for (let code = raw.charCodeAt(start); start < end && isSpaceCode(code); code = raw.charCodeAt(++start))
    if (isWideCode(code)) wide--;
  for (let code = raw.charCodeAt(end - 1); end > start && isSpaceCode(code); code = raw.charCodeAt(--end - 1))
    if (isWideCode(code)) wide--;
  if (end <= start) return;
  const text = raw.slice(start, end);
  const previous = lines[lines.length - 1];
  // 广义货币M / 2 / 预期增长: a subscript put on its own line by a web page is part of the word, not a page number.
  const subscript = previous !== undefined && /[A-Za-z]$/.test(previous.text) && /^\d{1,2}$/.test(text);
  if (!subscript && (FOOTER.test(text) || isContentsEntry(text))) return;
  lines.push({
    start,
    end,
    text,
    width: wide + (end - start - wide) / 2,
    letterSpaced: LETTER_SPACED.test(text),
    indented: /^(?:\u3000|[ \t\u00a0]{2,})/.test(raw.slice(lineStart, start)),
  });
}

/** A table-of-contents entry ends on its page number: a cheap look at the last character first. */
function isContentsEntry(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return last >= 0x30 && last <= 0x39 && CONTENTS_ENTRY.test(line);
}

/** A short line without a full stop that comes back three times or more is a page header or footer. */
function withoutRunningHeaders(lines: Line[]): Line[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.width <= 30 && !endsSentence(line.text) && !/^\d{1,2}$/.test(line.text))
      counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  }
  const repeated = new Set([...counts].filter(([, count]) => count >= 3).map(([text]) => text));
  if (!repeated.size) return lines;
  // The title block keeps its own title (政府工作报告) though the pages, or the saved page's tags, repeat it.
  const salutation = lines.slice(0, TITLE_ZONE_LINES).findIndex(isSalutation);
  const kept = new Set<string>();
  return lines.filter((line, i) => {
    if (!repeated.has(line.text)) return true;
    if (i >= salutation || kept.has(line.text)) return false;
    kept.add(line.text);
    return true;
  });
}

const TITLE_ZONE_LINES = 40;

/**
 * Lines before the salutation (各位代表：) are the title block. Without one: the leading lines that read like a
 * title block (report title, meeting, speaker, date), or a lone headline above the first long line.
 */
function titleZoneLength(lines: Line[]): number {
  const limit = Math.min(lines.length, TITLE_ZONE_LINES);
  for (let i = 0; i < limit; i++) {
    if (isSalutation(lines[i])) return i;
    // A report's first part (一、2018年工作回顾, 2024年工作回顾) ends any title block: a 各位代表 further on opens a
    // paragraph.
    if (PART_HEADING.test(lines[i].text) || REVIEW_HEADING.test(lines[i].text)) break;
  }
  let count = 0;
  while (count < Math.min(lines.length - 1, 6) && (lines[count].letterSpaced || TITLE_LINE.test(lines[count].text)))
    count++;
  if (count > 0) return count;
  const [first, second] = lines;
  const headline =
    first &&
    second &&
    first.width <= LONG_LINE &&
    second.width > LONG_LINE &&
    !endsSentence(first.text) &&
    !startsHeading(first.text);
  return headline && !/回顾|目标|任务|安排/.test(first.text) ? 1 : 0;
}

/** Text copied from a PDF breaks most lines in mid-sentence; web text ends nearly every line with a full stop. */
function detectLayout(lines: Line[]): "wrapped" | "flowed" {
  const measured = lines.filter((line) => line.width >= 10);
  if (measured.length < 6) return "flowed";
  const open = measured.filter((line) => !endsSentence(line.text)).length;
  const widths = measured.map((line) => line.width).sort((a, b) => a - b);
  const wide = widths[Math.floor(widths.length * 0.75)];
  return open / measured.length >= 0.5 && wide <= 80 && openLinesShareWidth(measured) ? "wrapped" : "flowed";
}

/**
 * A PDF breaks a line because it is full, so most lines that stop in mid-sentence have one width. Lines of a
 * list (one item a line, no full stop) stop where their item ends, at every width.
 */
function openLinesShareWidth(lines: Line[]): boolean {
  const widths = lines
    .filter((line) => !endsSentence(line.text))
    .map((line) => line.width)
    .sort((a, b) => a - b);
  const full = widths[Math.floor(widths.length * 0.75)] ?? 0;
  return widths.filter((width) => width >= full * 0.85).length >= widths.length * 0.6;
}

function joinWrapped(lines: Line[]): Line[][] {
  const fullWidth = typicalFullWidth(lines);
  const indents = lines.filter((line) => line.indented).length;
  const indentMarksParagraphs = indents >= 3 && indents < lines.length * 0.6;
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    current.push(line);
    const next = lines[i + 1];
    const breakHere =
      !next || (indentMarksParagraphs && next.indented) || endsParagraph(line, current, next, fullWidth);
    if (breakHere) {
      groups.push(current);
      current = [];
    }
  }
  return groups;
}

/**
 * A full line runs on unless it ends a sentence right before a heading or a lead sentence. A short line ends
 * its paragraph when it ends a sentence or is (the tail of) a heading; otherwise a long word was wrapped early.
 */
function endsParagraph(line: Line, current: Line[], next: Line, fullWidth: number): boolean {
  const sentenceEnd = endsSentence(line.text);
  if (line.width >= fullWidth) return sentenceEnd && (startsHeading(next.text) || startsRunIn(next.text));
  return sentenceEnd || current.length === 1 || startsHeading(current[0].text);
}

/** The width of a full line: the common width of lines that break in mid-sentence, less a margin for digits. */
function typicalFullWidth(lines: Line[]): number {
  const widths = lines.filter((line) => !endsSentence(line.text)).map((line) => line.width);
  widths.sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)] ?? 0;
  return median * 0.86;
}

/** A line opening with a short lead sentence (一是…。 or 大力发展城市经济。) starts a paragraph. */
function startsRunIn(text: string): boolean {
  if (RUN_IN_ORDINAL.test(text)) return true;
  const stop = text.indexOf("。");
  return stop >= 4 && stop <= 16 && !/[，,、；：]/.test(text.slice(0, stop));
}

function joinFlowed(lines: Line[]): Line[][] {
  const groups: Line[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const group = [lines[i]];
    const captions: Line[][] = [];
    while (
      i + 1 < lines.length &&
      (isCutShort(group[group.length - 1], group[0], group.length > 1) ||
        isSubscript(group[group.length - 1], group[group.length - 2]) ||
        isSubscript(lines[i + 1], group[group.length - 1]))
    ) {
      let j = i + 1;
      const skipped: Line[] = [];
      while (j + 1 < lines.length && skipped.length < 2 && isCaption(lines[j]) && !isSubscript(lines[j], lines[j - 1]))
        skipped.push(lines[j++]);
      const next = lines[j];
      if (startsHeading(next.text) || (next.width < 2 && !isSubscript(next, group[group.length - 1]))) break;
      group.push(next);
      captions.push(...skipped.map((caption) => [caption]));
      i = j;
    }
    groups.push(group, ...captions);
  }
  return groups;
}

/**
 * A body line of web text that stops in mid-sentence (a copy-and-paste break), not a heading; once a paragraph runs
 * on, a short piece of its sentence (a link a web page put on its own line: 高速铁路) runs on too.
 */
function isCutShort(line: Line, first: Line, running = false): boolean {
  // # source: …, # note: … lines are a saved file's own notes: they never run on into the text.
  if (endsSentence(line.text) || isHeadingLine(first.text) || first.text.startsWith("#")) return false;
  return running || line.width > LONG_LINE || /[。！？；]/.test(line.text);
}

/** A heading, not a dashed paragraph (——经济运行缓中趋稳、稳中向好。国内生产总值达到…) that holds a sentence. */
function isHeadingLine(text: string): boolean {
  return startsHeading(text) && !(text.startsWith("——") && /[。！？；]/.test(text));
}

/** A number of one or two digits alone on its line right after a word ending in a Latin letter (M / 2). */
function isSubscript(line: Line, previous: Line | undefined): boolean {
  return previous !== undefined && /^\d{1,2}$/.test(line.text) && /[A-Za-z]$/.test(previous.text);
}

/**
 * A photo caption spliced into the text: one short sentence on its own line. A short piece without a full stop is
 * a word of the sentence a web page put on its own line (a link: 新开通 / 城际铁路 / 四条).
 */
function isCaption(line: Line): boolean {
  return (
    line.width < CAPTION_WIDTH && endsSentence(line.text) && !/[，,、；;]/.test(line.text) && !startsHeading(line.text)
  );
}

function emit(raw: string, groups: Line[][], titleCount: number, layout: CleanText["layout"]): CleanText {
  const size = raw.length + groups.length;
  const out: Output = {
    codes: new Uint16Array(size),
    folded: new Uint16Array(size),
    origin: new Int32Array(size),
    length: 0,
    last: -1,
    monotonic: true,
    surrogates: false,
  };
  const paragraphs: Paragraph[] = [];
  for (let index = 0; index < groups.length; index++) {
    if (index > 0) put(out, 0x0a, groups[index - 1]!.at(-1)!.end);
    const start = out.length;
    const lineLayout = index < titleCount ? "flowed" : layout;
    for (const line of groups[index]!) emitLine(raw, line, lineLayout, out);
    paragraphs.push({ start, end: out.length, title: index < titleCount });
  }
  return {
    text: stringOf(out.codes, out.length, out.surrogates),
    folded: stringOf(out.folded, out.length, out.surrogates),
    origin: out.origin.slice(0, out.length),
    paragraphs,
    layout,
    monotonic: out.monotonic,
  };
}

/** The clean text is written once, code by code, with its folded form and its map beside it. */
interface Output {
  codes: Uint16Array;
  folded: Uint16Array;
  origin: Int32Array;
  length: number;
  /** The raw offset mapped last, and whether every one so far was greater than the one before. */
  last: number;
  monotonic: boolean;
  /** A surrogate was written: the decoder would replace a lone one, so the text is then built code by code. */
  surrogates: boolean;
}

/** Writes a character that is its own fold (a space, a line break). */
function put(out: Output, code: number, rawOffset: number): void {
  if (rawOffset <= out.last) out.monotonic = false;
  out.codes[out.length] = code;
  out.folded[out.length] = code;
  out.origin[out.length++] = rawOffset;
  out.last = rawOffset;
}

/** Copies a line, deciding at each run of spaces whether one is kept. */
function emitLine(raw: string, line: Line, layout: CleanText["layout"], out: Output): void {
  const { codes, folded, origin } = out;
  let { length, surrogates } = out;
  // A line is trimmed: its first and last characters are written, and offsets grow along it.
  if (line.start <= out.last) out.monotonic = false;
  for (let i = line.start; i < line.end; i++) {
    const code = raw.charCodeAt(i);
    if (!isSpaceCode(code)) {
      if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
      codes[length] = code;
      folded[length] = foldCode(code);
      origin[length++] = i;
      continue;
    }
    let j = i + 1;
    while (j < line.end && isSpaceCode(raw.charCodeAt(j))) j++;
    if (keepSpace(length > 0 ? codes[length - 1]! : -1, raw.charCodeAt(j), line, layout)) {
      codes[length] = 0x20;
      folded[length] = 0x20;
      origin[length++] = i;
    }
    i = j - 1;
  }
  out.length = length;
  out.last = line.end - 1;
  out.surrogates = surrogates;
}

const UTF16 = new TextDecoder("utf-16le", { ignoreBOM: true });
const CHUNK = 8192;

function stringOf(codes: Uint16Array, length: number, surrogates: boolean): string {
  if (!surrogates) return UTF16.decode(codes.subarray(0, length));
  let text = "";
  for (let i = 0; i < length; i += CHUNK)
    text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[]);
  return text;
}

/** Spaces next to Chinese text are layout artefacts, except a single space between two words of web text. */
function keepSpace(before: number, after: number, line: Line, layout: CleanText["layout"]): boolean {
  // -1: nothing written yet.
  if (line.letterSpaced || before === -1 || before === 0x0a) return false;
  const wideBefore = isWideCode(before);
  const wideAfter = isWideCode(after);
  if (!wideBefore && !wideAfter) return true;
  if (layout === "wrapped") return false;
  return wideBefore && wideAfter && isIdeographCode(before) && isIdeographCode(after);
}

/** U+3400–U+9FFF: CJK extension A and the unified ideographs. */
function isIdeographCode(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}
