// Results of a review paragraph: reported values (with growth, period, 预计 = estimated) and named deliverables completed.
import type { CleanText } from "~/domain/text/normalise";
import { formatSpan } from "~/domain/report/parts";
import type { ParagraphContext } from "~/domain/report/structure";
import { inSpan, quotedMask, splitSentences, type Span } from "~/domain/text/sentences";
import { entitiesIn } from "~/domain/extraction/entities";
import { metricOf, subjectOf } from "~/domain/extraction/metric";
import { scanQuantities } from "~/domain/quantities/scan";
import { rejectQuantity } from "~/domain/extraction/targets";
import type { Result } from "~/domain/extraction/types";
import { completeBareMagnitude } from "~/domain/quantities/units";
import { stagePattern, stageWordFinder } from "~/domain/lexicon/stages";
import { ABSTRACT_OBJECT, VAGUE } from "~/domain/lexicon/verbs";

/** A named thing reported done, or a milestone of it reached: the lexicon's words (建成, 通车, 获评, 封顶 …). */
const findDone = stageWordFinder("done", "structurally_complete");
const NO_QUOTES = new Uint8Array(0);
const UNDER_WAY = /加快|推进|推动|启动|开工建设|正在|有序|稳步|力争|争取|谋划|筹备|编制/;

export function extractResults(clean: CleanText, paragraph: ParagraphContext): Result[] {
  const found: Result[] = [];
  const period = formatSpan(paragraph.period);
  for (const sentence of splitSentences(clean.folded, paragraph.start, paragraph.end)) {
    const text = clean.folded.slice(sentence.start, sentence.end);
    const quantities = scanQuantities(text);
    const quoted = quantities.length ? quotedMask(text) : NO_QUOTES;
    const estimatedFrom = text.indexOf("预计");
    let previousMetric: string | null = null;
    let subjectClause: string | null = null;
    for (const absolute of sentence.clauses) {
      const clause = { start: absolute.start - sentence.start, end: absolute.end - sentence.start };
      const clauseText = text.slice(clause.start, clause.end);
      const inClause = inSpan(quantities, clause);
      if (inClause.length === 0) {
        if (previousMetric === null && subjectClause === null) subjectClause = clauseText;
        const done = doneDeliverable(clauseText);
        if (done)
          found.push(result(clean, absolute, paragraph.section, period, "deliverable", done, null, null, false, false));
        continue;
      }
      if (previousMetric === null && subjectClause !== null) previousMetric = subjectOf(subjectClause);
      const view = { text, quoted, clauseStart: clause.start, clauseEnd: clause.end, quantities: inClause };
      let numeric = 0;
      const counted = inClause.filter((_, index) => !rejectQuantity(view, index, "review"));
      inClause.forEach((quantity, index) => {
        if (!counted.includes(quantity)) return;
        const metric = metricOf({
          text,
          clauseStart: clause.start,
          clauseEnd: clause.end,
          quantities: inClause,
          index,
          previousMetric,
          counted,
        });
        previousMetric = metric.replace(/(?:增速|降幅)$/, "");
        numeric++;
        const unit = completeBareMagnitude(quantity.unit, metric) || null;
        const estimated = estimatedFrom >= 0 && estimatedFrom < quantity.start;
        found.push(
          result(
            clean,
            absolute,
            paragraph.section,
            period,
            "numeric",
            metric,
            quantity.value,
            unit,
            quantity.growth,
            estimated,
          ),
        );
      });
      if (numeric === 0) {
        const done = doneDeliverable(clauseText);
        if (done)
          found.push(result(clean, absolute, paragraph.section, period, "deliverable", done, null, null, false, false));
      }
    }
  }
  return found;
}

/** One result, every field in the same order so that all results share one shape. */
function result(
  clean: CleanText,
  clause: Span,
  section: string,
  period: string | null,
  kind: Result["kind"],
  metric: string,
  value: number | null,
  unit: string | null,
  growth: boolean,
  estimated: boolean,
): Result {
  const quote = clean.text.slice(clause.start, clause.end);
  return {
    quote,
    start: clause.start,
    end: clause.end,
    section,
    kind,
    metric,
    value,
    unit,
    growth,
    period,
    estimated,
    entities: entitiesIn(quote),
  };
}

/** A done word inside a delay or a stop (未完成, 停建) reports no result. */
const SHORT_OF_DONE = stagePattern("delayed", "dropped");

/** A clause that reports a named thing (or a milestone of it, 主体完工) as done (建成, 通车, 获评…), not as under way or delayed. */
export function doneDeliverable(clause: string): string | null {
  const match = findDone(clause);
  if (!match || SHORT_OF_DONE.test(clause)) return null;
  const before = clause.slice(0, match.index);
  if (UNDER_WAY.test(before) || /基本|加快|即将/.test(before.slice(-4))) return null;
  const object = (before.length >= 2 ? before : clause.slice(match.index + match.word.length)).replace(
    /^(?:其中|并|同时|全年|年内)+/,
    "",
  );
  if (object.length < 2 || (VAGUE.test(object) && !/[“"、]|等/.test(object)) || ABSTRACT_OBJECT.test(object))
    return null;
  return clause.slice(0, 60);
}
