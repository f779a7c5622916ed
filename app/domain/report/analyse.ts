// Entry point of report analysis: raw report text to sections, commitments (plan parts) and results (review parts).
import { extractCommitments, type ListCarry } from "~/domain/extraction/commitments";
import { extractResults } from "~/domain/extraction/results";
import { DEFAULT_RULES, RuleContext, type RuleOptions } from "~/domain/extraction/rules";
import type { AnalysedReport, Commitment, ReportMeta, Result, Section } from "~/domain/extraction/types";
import { normalise, rawSpan, type CleanText } from "~/domain/text/normalise";
import {
  readStructure,
  type ParagraphContext,
  type ReportStructure,
  type StructuredHeading,
} from "~/domain/report/structure";
import { isHanCode } from "~/domain/text/chars";

/** The text has none of a government work report's structure (title, salutation, review or plan parts, targets). */
export class NotAReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAReportError";
  }
}

/** `options` switch rules off or record every decision (quality reports); analysis needs neither. */
export function analyseReport(text: string, options?: RuleOptions): AnalysedReport {
  const rules = options ? new RuleContext(options) : DEFAULT_RULES;
  const traced = rules.trace?.length ?? 0;
  const clean = normalise(text);
  if (countHan(clean.text, 20) < 20) {
    throw new NotAReportError("Not a government work report: it has fewer than 20 Chinese characters.");
  }
  const structure = readStructure(clean);
  const commitments: Commitment[] = [];
  const results: Result[] = [];
  const runInHeadings = new Map(
    structure.headings.filter((h) => h.runIn && h.part === "plan").map((h) => [h.paragraph, h] as const),
  );
  const carry: ListCarry = { verb: null, section: null };
  for (const paragraph of structure.paragraphs) {
    if (paragraph.glossary) continue;
    const heading = paragraph.part === "plan" ? runInHeadings.get(paragraph.index) : undefined;
    if (heading) append(commitments, headingDeliverables(clean, paragraph, heading, rules));
    // A list left open goes on in the next paragraphs of its own section only.
    if (paragraph.part !== "plan" || paragraph.section !== carry.section) carry.verb = null;
    carry.section = paragraph.section;
    if (paragraph.part === "plan") append(commitments, extractCommitments(clean, paragraph, rules, carry));
    else if (paragraph.part === "review") append(results, extractResults(clean, paragraph));
  }
  assertReportLike(clean, structure, commitments.length + results.length);
  for (const item of [...commitments, ...results, ...(rules.trace?.slice(traced) ?? [])]) {
    const span = rawSpan(clean, item.start, item.end);
    item.start = span.start;
    item.end = span.end;
  }
  return { report: meta(structure), sections: sections(clean, structure), commitments, results };
}

function append<T>(to: T[], items: T[]): void {
  for (const item of items) to.push(item);
}

/**
 * 3.开工建设市一中新校区。确保…, 启动实施小方正湖综合利用开发。对…: an item's run-in heading that is a whole
 * sentence can itself be a deliverable; numbers in headings are left to the body.
 */
function headingDeliverables(
  clean: CleanText,
  paragraph: ParagraphContext,
  heading: StructuredHeading,
  rules: RuleContext,
): Commitment[] {
  if (!/^[。.]/.test(clean.folded.slice(heading.end, heading.end + 1))) return [];
  return extractCommitments(clean, { ...paragraph, start: heading.start, end: heading.end }, rules).filter(
    (c) => c.kind === "deliverable",
  );
}

function countHan(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) if (isHanCode(text.charCodeAt(i))) count++;
  return count;
}

function meta(structure: ReportStructure): ReportMeta {
  const { title, year } = structure;
  const date = title.date && (title.date.year ?? year);
  return {
    jurisdiction: title.jurisdiction,
    level: title.level,
    year,
    title: title.title === "政府工作报告" && year ? composedTitle(year, title.jurisdiction, title.level) : title.title,
    reviewPeriod: structure.reviewPeriod,
    planYear: structure.planYear,
    meeting: title.meeting,
    speaker: title.speaker,
    date: title.date && date ? `${date}-${pad(title.date.month)}-${pad(title.date.day)}` : null,
  };
}

/** 政府工作报告 under a meeting line: the year and the place that gives it (2026年河北省政府工作报告). */
function composedTitle(year: number, jurisdiction: string | null, level: string | null): string {
  return `${year}年${jurisdiction && level !== "national" ? jurisdiction : ""}政府工作报告`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function sections(clean: CleanText, structure: ReportStructure): Section[] {
  return structure.headings.map((heading) => ({
    heading: heading.text,
    level: heading.level,
    part: heading.part,
    ...rawSpan(clean, heading.start, heading.sectionEnd),
  }));
}

const REPORT_WORDS = /政府工作报告|各位代表|人民代表大会|工作回顾|主要预期目标|重点任务|工作安排/;
const GOVERNMENT_WORDS = /全区|全县|全市|全省|区委|县委|市委|政府|人大|政协|推进|实施|项目建设|高质量发展|民生|招商/g;

function assertReportLike(clean: CleanText, structure: ReportStructure, findings: number): void {
  if (REPORT_WORDS.test(clean.text)) return;
  if (structure.headings.some((h) => h.level === 1 && /回顾|目标|任务|安排|计划/.test(h.text))) return;
  const governmentWords = new Set(clean.text.match(GOVERNMENT_WORDS) ?? []).size;
  if (findings >= 3 && governmentWords >= 3) return;
  throw new NotAReportError(
    "Not a government work report: no title, no salutation to the deputies, no review or plan part and too few targets.",
  );
}
