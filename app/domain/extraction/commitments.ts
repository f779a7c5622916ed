// Commitments of a plan paragraph: numeric targets (one per number, each with its own metric), rank targets and deliverables.
import type { CleanText } from "~/domain/text/normalise";
import type { ParagraphContext } from "~/domain/report/structure";
import { inSpan, quotedMask, splitSentences, type Span } from "~/domain/text/sentences";
import { deadlineAt, deadlineMarks, type DeadlineMark } from "~/domain/extraction/deadlines";
import {
  carriedDeliverable,
  findDeliverable,
  listedBefore,
  mayListBefore,
  namedListItem,
  type Deliverable,
} from "~/domain/extraction/deliverables";
import { DEFAULT_RULES, type RuleContext } from "~/domain/extraction/rules";
import { entitiesIn } from "~/domain/extraction/entities";
import { metricOf, subjectOf } from "~/domain/extraction/metric";
import { scanQuantities, type Quantity } from "~/domain/quantities/scan";
import { findRankTargets, type RankTarget } from "~/domain/extraction/ranks";
import { rejectQuantity } from "~/domain/extraction/targets";
import type { Commitment } from "~/domain/extraction/types";
import { isHanCode } from "~/domain/text/chars";
import { matchesOf } from "~/domain/text/matches";
import { sectorOfText, weakSectorOf } from "~/domain/report/sectors";
import { completeBareMagnitude, isMoneyUnit, isPercentUnit } from "~/domain/quantities/units";
import { firstCompletion, LEADING_COMPLETION, leadingCompletion, withoutOpeners } from "~/domain/lexicon/verbs";
import {
  clauseFeatures,
  clauseProbability,
  clauseScore,
  modelGate,
  type ClauseModel,
  type ClauseView,
} from "~/domain/extraction/clause-model";
import { SHIPPED_CLAUSE_MODEL } from "~/domain/extraction/shipped-clause-model";

/**
 * Sentences put to the deputies (审议, 票决 of candidate projects) or about the session (应到代表215名) promise nothing;
 * 落实好…票决确定的民生事项 names matters already decided and goes on promising.
 */
export const PROCEDURAL =
  /票决(?!确定的)|候选项目|提请(?=[^，。]{0,8}(?:大会|会议|代表))|请各位代表|审议|应到代表|实到代表/;

/** A question (又有多少条道路通车？) asks; it promises nothing. */
const QUESTION = /[？?]$|多少|几[个条所家项]/;

const NO_QUOTES = new Uint8Array(0);
/** Shared by every clause without numbers or ranks: read, never added to. */
const NO_COMMITMENTS: Commitment[] = [];
/** A clause opening on 以及/及/和/与/并 goes on with the verb of a clause before it. */
const CONTINUES = /^(?:以及|及|和|与|并)/;

/** （2）城内大街南延工程: an item numbered inside a sentence carries the verb of the list's lead (年内完成15项…). */
function listItem(sentence: string, clauseStart: number): boolean {
  const before = sentence.charCodeAt(clauseStart - 1);
  if (before !== 0x29 && before !== 0xff09) return false;
  return /[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]$/.test(
    sentence.slice(Math.max(0, clauseStart - 4), clauseStart),
  );
}

function verbBefore(clauses: string[], index: number): string | null {
  for (let i = index - 1; i >= 0; i--) {
    const opened = clauses[i].replace(/^(?:力争|确保|年内|全面|全力|积极)+/, "");
    // 举办…第四届…活动，以及…第二届…演出: an event verb holds the events listed after it too.
    const verb = LEADING_COMPLETION.exec(opened)?.[0] ?? /^(?:举办|筹办|承办|办好)/.exec(opened)?.[0];
    if (verb) return verb;
  }
  return null;
}

interface SentenceScope {
  rules: RuleContext;
  clean: CleanText;
  paragraph: ParagraphContext;
  sentence: string;
  sentenceStart: number;
  quoted: Uint8Array;
  /** The sentence's deadline marks, read when its first commitment needs them (most sentences make none). */
  marks?: DeadlineMark[];
  defaultDeadline: number | null;
  /** The sector the sentence's own specific words give, read once for all its commitments. */
  sentenceSector?: string | null;
  /** The last quote's sector: the targets of one clause share their quote. */
  quoteSector?: { quote: string; sector: string | null };
}

/** What one paragraph leaves open for the next: the verb of a list of named works whose items stand on lines below. */
export interface ListCarry {
  verb: string | null;
  /** The section the list was opened in. */
  section: string | null;
}

export function extractCommitments(
  clean: CleanText,
  paragraph: ParagraphContext,
  rules: RuleContext = DEFAULT_RULES,
  carry: ListCarry = { verb: null, section: null },
): Commitment[] {
  const found: Commitment[] = [];
  const defaultDeadline = paragraph.horizon ?? paragraph.planYear;
  let reporting = false;
  /** The verb of a list of named works still open (年内完成15项民生工程，其中…：): its category heads go on with it. */
  let openList: string | null =
    carry.verb ??
    (rules.on("deliverable.named-list-item") && LIST_HEADING.test(paragraph.section.replace(/\s+/g, ""))
      ? "实施"
      : null);
  for (const sentence of splitSentences(clean.folded, paragraph.start, paragraph.end)) {
    const text = clean.folded.slice(sentence.start, sentence.end);
    reporting = rules.on("sentence.reports-past") && reportsPast(text, paragraph.planYear, reporting);
    const skip =
      reporting || (rules.on("sentence.reports-past") && onlyStanding(text))
        ? "sentence.reports-past"
        : rules.on("sentence.procedural") && PROCEDURAL.test(text)
          ? "sentence.procedural"
          : rules.on("sentence.question") && QUESTION.test(text)
            ? "sentence.question"
            : null;
    if (skip) {
      rules.record(skip, sentence.start, sentence.end);
      continue;
    }
    const scope: SentenceScope = {
      rules,
      clean,
      paragraph,
      sentence: text,
      sentenceStart: sentence.start,
      quoted: NO_QUOTES,
      defaultDeadline,
    };
    const quantities = scanQuantities(text);
    const ranks = rules.on("numeric.rank") ? findRankTargets(text) : [];
    if (quantities.length || ranks.length) scope.quoted = quotedMask(text);
    let previousMetric: string | null = null;
    let subjectClause: string | null = null;
    let previousClause: Span | null = null;
    let previousPromised = true;
    let madeBefore: { span: Span; deliverable: Deliverable } | null = null;
    const promisedAt: boolean[] = [];
    const sentenceClauses = sentence.clauses.map((c) => text.slice(c.start - sentence.start, c.end - sentence.start));
    const itemTopic = ITEM_START.test(text) ? { at: found.length, numbersAfter: false } : null;
    const list = rules.on("deliverable.named-list-item")
      ? namedList(text, sentence.start, sentence.clauses, sentenceClauses, openList)
      : null;
    openList =
      list?.verb ??
      (rules.on("deliverable.named-list-item") && text.length <= 30 && LIST_HEADING.test(text) ? "实施" : null);
    for (let index = 0; index < sentence.clauses.length; index++) {
      const absolute = sentence.clauses[index]!;
      const before = found.length;
      const clause = { start: absolute.start - sentence.start, end: absolute.end - sentence.start };
      const inClause = inSpan(quantities, clause);
      if (inClause.length && previousMetric === null && subjectClause !== null)
        previousMetric = subjectOf(subjectClause);
      const numeric = numericTargets(scope, clause, inClause, previousMetric, previousClause);
      const rankTargets = ranks.length
        ? inSpan(ranks, clause).map((r) => rankCommitment(scope, clause, r))
        : NO_COMMITMENTS;
      for (const commitment of numeric) found.push(commitment);
      for (const commitment of rankTargets) found.push(commitment);
      if (itemTopic && index > 0 && numeric.length) itemTopic.numbersAfter = true;
      if (numeric.length) previousMetric = numeric[numeric.length - 1].metric.replace(/(?:增速|降幅)$/, "");
      const clauseText = sentenceClauses[index];
      if (inClause.length === 0 && previousMetric === null && subjectClause === null) subjectClause = clauseText;
      // 总投资13.6亿元的博兴水库年内开工建设: a project's investment and its milestone are two promises.
      const investmentOnly = numeric.length > 0 && numeric.every((n) => isMoneyUnit(n.unit ?? ""));
      const made = madeBefore;
      madeBefore = null;
      // 对…旧址开展修复，力争6月底全部完成: a milestone alone after a deliverable is that deliverable's deadline.
      if (
        made &&
        !numeric.length &&
        !rankTargets.length &&
        rules.on("deliverable.milestone-after") &&
        BARE_MILESTONE.test(clauseText) &&
        found[found.length - 1]?.start === scope.sentenceStart + made.span.start
      ) {
        found[found.length - 1] = deliverableCommitment(
          scope,
          { start: made.span.start, end: clause.end },
          made.deliverable,
        );
        rules.record("deliverable.milestone-after", sentence.start + clause.start, sentence.start + clause.end);
      } else if ((!numeric.length || investmentOnly) && !rankTargets.length) {
        const inherited =
          CONTINUES.test(clauseText) || listItem(text, clause.start) ? verbBefore(sentenceClauses, index) : null;
        const deliverable = findDeliverable(clauseText, inherited, rules);
        const carried =
          (!deliverable || "rejected" in deliverable) && !numeric.length && previousClause && !previousPromised
            ? carriedDeliverable(clauseText, sentenceClauses[index - 1], rules)
            : null;
        const listed =
          !carried && !numeric.length && mayListBefore(clauseText)
            ? listedBefore(clauseText, unpromised(sentenceClauses, promisedAt, index), rules)
            : null;
        if (carried) {
          found.push(deliverableCommitment(scope, { start: previousClause!.start, end: clause.end }, carried));
        } else if (listed) {
          const from = sentence.clauses[index - listed.back]!.start - sentence.start;
          found.push(deliverableCommitment(scope, { start: from, end: clause.end }, listed.deliverable));
        } else if (deliverable && "rejected" in deliverable) {
          rules.record(deliverable.rule, sentence.start + clause.start, sentence.start + clause.end);
        } else if (
          deliverable &&
          investmentOnly &&
          !MILESTONE.test(deliverable.verb) &&
          rules.on("deliverable.invested-project") &&
          INVESTED_PROJECT.test(clauseText)
        ) {
          const object = deliverable.object.replace(INVESTMENT_BEFORE, "");
          const metric = `${object}${deliverable.verb}`.slice(0, 60);
          found.push(
            deliverableCommitment(scope, clause, {
              ...deliverable,
              object,
              metric,
              rule: "deliverable.invested-project",
            }),
          );
        } else if (
          deliverable &&
          (!investmentOnly || MILESTONE.test(deliverable.verb) || deliverable.rule === "deliverable.prefixed-verb")
        ) {
          const halves = deliverable.rule === "deliverable.completion-verb" ? completedHalves(clauseText, rules) : null;
          if (halves)
            for (const [offset, end, half] of halves)
              found.push(deliverableCommitment(scope, { start: clause.start + offset, end: clause.start + end }, half));
          else {
            found.push(deliverableCommitment(scope, clause, deliverable));
            madeBefore = { span: clause, deliverable };
          }
        }
        // 其中交通工程4项：（1）某某路南延工程: a name in a list whose lead gives the obligation.
        if (
          list &&
          index > list.lead &&
          !deliverable &&
          !rankTargets.length &&
          !found.slice(before).some((c) => c.kind === "deliverable")
        ) {
          const listed = !numeric.length || investmentOnly ? namedListItems(clauseText, list.verb) : null;
          for (const [offset, end, item] of listed ?? [])
            found.push(deliverableCommitment(scope, { start: clause.start + offset, end: clause.start + end }, item));
        }
        const accepted = found.length > before;
        const decidedBy = accepted
          ? found[found.length - 1]!.rule
          : (deliverable?.rule ?? (numeric.length ? null : modelGate(clauseText)));
        if (
          !numeric.length &&
          !(sentenceClauses.length === 1 && RUN_IN_HEADING.test(text)) &&
          learnedDecisionWanted(rules, accepted, decidedBy) &&
          hanCount(clauseText) >= 4
        ) {
          const view: ClauseView = {
            clause: clauseText,
            index,
            clauses: sentenceClauses.length,
            itemStart: itemTopic !== null,
            inherited,
            rule: decidedBy,
            section: paragraph.section,
            sector: paragraph.sector,
          };
          learnedDecision(scope, clause, view, accepted, found);
        }
      }
      previousPromised = found.length > before;
      promisedAt.push(previousPromised);
      previousClause = clause;
    }
    // 一是实施农村公路建设项目，新建农村公路300公里: the item's first clause names the programme its numbers spell out.
    if (
      rules.on("item.programme-lead") &&
      itemTopic?.numbersAfter &&
      found[itemTopic.at]?.kind === "deliverable" &&
      !found[itemTopic.at].target
    ) {
      const lead = found[itemTopic.at];
      const leadClause = sentenceClauses[0].replace(/\s+/g, "");
      if (lead.quote === leadClause && PROGRAMME_LEAD.test(leadClause)) {
        found.splice(itemTopic.at, 1);
        rules.record("item.programme-lead", lead.start, lead.end);
      }
    }
  }
  carry.verb = openList;
  return found;
}

/** A list's lead names works or projects (民生工程, 重点项目, 以下项目, 项目清单, 民生实事), not 以下几方面工作. */
const LIST_NOUN = /工程|项目|实事/;
/**
 * 民生实事, 2025年重点项目清单: a sentence or a heading that is only the name of a list of works to be done leads the
 * lines below.
 */
const LIST_HEADING =
  /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?[\u4e00-\u9fa5\d]{0,8}(?:重点项目|重点工程|民生工程|民生实事|实事项目)(?:清单|计划|安排)?$/;
/** The lead's verb: what is to be done with every item (重点推进 as much as 完成). */
const LIST_VERB = /开工建设|建成投用|完成|实施|启动|开工|建成|竣工|新建|建设|建好|推进|抓好|办好|办成|办实/;
/** 其中交通工程4项, 城建工程5项, 教育项目3个: a category of the list before, with its count. */
const LIST_CATEGORY = /^(?:其中)?[\u4e00-\u9fa5]{2,10}(?:工程|项目|实事)[\d一二三四五六七八九十]{1,3}[项个件]$/;

/**
 * 年内完成15项民生工程，其中交通工程4项：…, 今年重点实施以下项目：…: the clause ending on a colon that leads a list
 * of named works, and the verb its items are promised with; a later sentence opening on a category of the list
 * (教育工程2项：…) or on an item number goes on with it.
 */
function namedList(
  text: string,
  base: number,
  clauses: Span[],
  texts: string[],
  open: string | null,
): { lead: number; verb: string } | null {
  // Most sentences have no colon and follow no list: one look spares them the rest.
  if (open === null && !text.includes(":") && !text.includes("：")) return null;
  const colon = clauses.findIndex((c) => /[：:]/.test(text.charAt(c.end - base)));
  // 1.某某路改造工程; 某某公园建设项目。: a sentence that opens on an item number or a name goes on with the list.
  if (colon < 0) return open && (ITEM_START.test(text) || namedListItem(texts[0]!)) ? { lead: -1, verb: open } : null;
  if (open && colon === 0 && LIST_CATEGORY.test(texts[0]!)) return { lead: 0, verb: open };
  const lead = texts.slice(0, colon + 1).join("，");
  if (!LIST_NOUN.test(texts[colon]!)) return null;
  const verb = LIST_VERB.exec(lead)?.[0];
  return verb ? { lead: colon, verb } : null;
}

/** The named works of one clause of a list: the clause itself, or each of its parts joined by 、. */
function namedListItems(clause: string, verb: string): Array<[number, number, Deliverable]> | null {
  const parts = clause.split("、");
  const names = parts.map((part) => namedListItem(part));
  if (names.some((name) => name === null)) return null;
  const items: Array<[number, number, Deliverable]> = [];
  let at = 0;
  parts.forEach((part, i) => {
    const object = names[i]!;
    items.push([
      at,
      at + part.length,
      { verb, object, metric: `${object}${verb}`.slice(0, 60), rule: "deliverable.named-list-item" },
    ]);
    at += part.length + 1;
  });
  return items;
}

/** 力争6月底全部完成, 确保年内建成投用: a milestone with no object of its own. */
const BARE_MILESTONE =
  /^(?:并|且)?(?:力争|确保|争取|要)?(?:年内|年底前?|今年|上半年|\d{1,2}月(?:份|上旬|中旬|下旬|底|末)?前?)?(?:全部|全面|基本|如期|按期|顺利)?(?:完成|建成|竣工|完工|投用|建成投用)$/;

/** The clauses before `index` (three at most) back to the nearest one that promised something. */
function unpromised(clauses: string[], promisedAt: boolean[], index: number): string[] {
  let from = index;
  while (from > Math.max(0, index - 3) && !promisedAt[from - 1]) from--;
  return clauses.slice(from, index);
}

/**
 * 过去的一年实现…, 刚刚过去的2020年…, 预计全年…, 2017成绩增长8%: a sentence about the year before the plan; 五年来…,
 * 近五年… (after a news lead: 报告显示，/ 记者从…获悉，) about the five years before it.
 */
const PAST_OPENING =
  /^(?:[^，,]{0,12}[，,])?(?:[^，,。]{0,60}?(?:获悉|了解到|显示)[，,])?(?:刚刚过去的|过去的?一年|过去的?五年|五年来|近五年(?!内)|这五年|去年|上一年|一年来|回顾|近日|此前)/;
const PAST_ANYWHERE = /预计全年|首先回顾|回顾了/;
/**
 * 居全国第二, 均居全国第2位, 位列全省第一: a standing stated with no word of aiming or holding (力争, 保持, 进入,
 * 将 …) reports where the place stands, it does not promise.
 */
const STANDING =
  /(?:居|位列|排名?|列)(?:全国|全省|全区|全市|全州|全球|世界|西部|中部|东部)[\u4e00-\u9fa5]{0,4}?第[一二三四五六七八九十\d]/;
const AIMING =
  /力争|确保|争取|努力|保持|巩固|稳居|稳定|进入|跻身|迈入|挺进|冲刺|实现|达到|晋位|提升|将|要|目标|今年|明年|到20\d{2}/;
const YEAR_OPENING =
  /^(?:[^，,]{0,12}[，,])?(?:[\u4e00-\u9fa5]{1,8}?[省市区县旗州盟])?((?:19|20)\d{2})(?:年(?![底末内前])|(?=[\u4e00-\u9fa5]))/;
/** 今年, 新的一年, the plan year, 将…: the text turns to the plan again. */
const PLAN_TURN = /今年|明年|新的一年|新一年|预期|目标|将|要/;

/**
 * Whether a plan paragraph's sentence reports on the past (news stories put last year's results beside the
 * targets): a sentence opening on a past period starts such a run, which lasts until a sentence turns to the plan.
 */
export function reportsPast(sentence: string, planYear: number | null, before: boolean): boolean {
  if (planYear === null) return false;
  const year = YEAR_OPENING.exec(sentence);
  if (year) return Number(year[1]) < planYear && Number(year[1]) >= planYear - 5;
  if (PAST_OPENING.test(sentence) || PAST_ANYWHERE.test(sentence)) return true;
  if (!before) return false;
  return !PLAN_TURN.test(sentence) && !yearsAtLeast(sentence, planYear);
}

/**
 * A sentence that only says where the place stands (…超过300公顷 居全省第二): it reports, but it starts no run of
 * past sentences, and a sentence that also plans or builds (开工建设南湖大桥，建成后主跨居全国第一) is not one.
 */
function onlyStanding(sentence: string): boolean {
  if (!sentence.includes("第") || !STANDING.test(sentence) || AIMING.test(sentence)) return false;
  return firstCompletion(sentence) === null && !/建设|新建|实施|推进|开工|改造/.test(sentence);
}

const YEAR_BEFORE_NIAN = /(?:19|20)\d{2}(?=年)/g;

function yearsAtLeast(sentence: string, planYear: number): boolean {
  for (const match of matchesOf(YEAR_BEFORE_NIAN, sentence)) if (Number(match[0]) >= planYear) return true;
  return false;
}

/**
 * 贫困人口全部脱贫、贫困县全部摘帽: two things, each with its own completion verb, joined by 、 in one clause are two
 * deliverables.
 */
function completedHalves(clause: string, rules: RuleContext): Array<[number, number, Deliverable]> | null {
  const at = clause.indexOf("、");
  if (at < 4 || clause.indexOf("、", at + 1) >= 0 || /[“"《（(]/.test(clause)) return null;
  const halves: Array<[number, number, Deliverable]> = [];
  for (const [start, end] of [
    [0, at],
    [at + 1, clause.length],
  ]) {
    const part = clause.slice(start, end);
    const found = findDeliverable(part, null, rules);
    if (!found || "rejected" in found || found.rule !== "deliverable.completion-verb" || part.startsWith(found.verb))
      return null;
    halves.push([start, end, found]);
  }
  return halves;
}

/** Completion verbs that mark a project's milestone beside its investment figure. */
const MILESTONE = /开工|竣工|建成|投产|投用|投入使用|封顶|完工|落成/;
/**
 * 启动投资2.6亿元的县医院新院区建设, 完成投资800万元的南河治理工程验收: starting or completing one project whose
 * investment is said before 的 is a milestone beside the amount (not 完成投资5亿元, nor …的12个项目).
 */
const INVESTED_PROJECT =
  /^(?:力争|确保|年内|今年)*(?:启动|完成)(?:总)?投资[\d.]+[万亿]?元的(?![\d一二三四五六七八九十]+[个项])/;
const INVESTMENT_BEFORE = /^(?:总)?投资[\d.]+[万亿]?元的/;

/** A programme named by its carrying-out verb (实施…项目), not a thing completed (建成…中心). */
const PROGRAMME_LEAD = /^(?:组织|全面|继续|大力|深入)?实施/;

/** An item number: 1. 1、 (1) （一） and the one-character ⑴ ㈠. */
const ITEM_NUMBER = String.raw`\d{1,2}[、.．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]`;

/** A sentence that opens an enumerated item (一是, 1., （一）, ①). */
const ITEM_START = new RegExp(`^(?:[一二三四五六七八九十]{1,3}是|${ITEM_NUMBER}|[①-⑳⑴-⒛㈠-㈩])`);

/** An item's run-in heading standing alone as a sentence (一、实施重点项目建设。): a topic, never a promise of its own. */
const RUN_IN_HEADING = new RegExp(`^(?:[一二三四五六七八九十]{1,3}、|${ITEM_NUMBER}|[⑴-⒛㈠-㈩])`);

function numericTargets(
  scope: SentenceScope,
  clause: Span,
  quantities: Quantity[],
  previousMetric: string | null,
  previousClause: Span | null,
): Commitment[] {
  if (quantities.length === 0) return NO_COMMITMENTS;
  const { sentence, quoted } = scope;
  const view = { text: sentence, quoted, clauseStart: clause.start, clauseEnd: clause.end, quantities };
  const found: Commitment[] = [];
  let lastMetric = previousMetric;
  const counted = quantities.filter((quantity, index) => {
    const rejection = rejectQuantity(view, index, "plan", scope.rules);
    if (rejection && quantity.unit !== "")
      scope.rules.record(
        `quantity.${rejection}`,
        scope.sentenceStart + clause.start,
        scope.sentenceStart + clause.end,
        quantity.value,
        quantity.unit,
      );
    return !rejection;
  });
  quantities.forEach((quantity, index) => {
    if (!counted.includes(quantity)) return;
    const metric = metricOf({
      text: sentence,
      clauseStart: clause.start,
      clauseEnd: clause.end,
      quantities,
      index,
      previousMetric: lastMetric,
      counted,
    });
    lastMetric = metric.replace(/(?:增速|降幅)$/, "");
    const ownMetric = hanBetween(sentence, clause.start, quantity.start) > 2 || metric !== previousMetric;
    const quoteStart = !ownMetric && previousClause ? previousClause.start : clause.start;
    const ring = sentence.indexOf("圈", quantity.end);
    const travelTime = ring >= 0 && ring < clause.end && /分钟|小时/.test(quantity.base);
    const deadline = travelTime ? null : deadlineAt(marksOf(scope), quantity.start, scope.defaultDeadline);
    const lead = sentence.slice(clause.start, quantity.start);
    for (const single of splitShared(metric, quantity, lead, counted, listedTogether(sentence, counted))) {
      found.push(
        build(
          scope,
          { start: quoteStart, end: clause.end },
          {
            rule: "numeric.target",
            kind: "numeric",
            metric: single,
            target: quantity.value,
            // Units as written: 减少农村贫困人口1000万以上 counts people in 万 (6000万农村人口 was read as 万人).
            unit: completeBareMagnitude(quantity.unit, single, false) || null,
            comparator: quantity.comparator ?? (travelTime ? "<=" : "="),
            growth: quantity.growth,
            deadline,
          },
        ),
      );
    }
  });
  return found;
}

/** Characters U+4E00–U+9FA5 in text[start, end). */
function hanBetween(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fa5) count++;
  }
  return count;
}

/** 保持在90%和98%以上, 分别提高3分、5分和1毛钱: the clause's numbers follow one another, joined by 、 or 和. */
function listedTogether(sentence: string, counted: Quantity[]): boolean {
  return (
    counted.length > 1 &&
    counted.every((q, i) => i === 0 || /^[、，,]?(?:和|及|与)?$/.test(sentence.slice(counted[i - 1].end, q.start)))
  );
}

/**
 * 工业产值、固定资产投资对全区的贡献度达到50%以上: rates and amounts said once for several metrics give one target
 * each (so does 各: 两个基地各9000亩); with 分别 and as many numbers as metrics (事故起数和死亡人数分别下降10%和8%), each number has its own metric.
 */
function splitShared(metric: string, quantity: Quantity, lead: string, counted: Quantity[], listed: boolean): string[] {
  const suffix = /(?:增速|降幅)$/.exec(metric)?.[0] ?? "";
  const core = (suffix ? metric.slice(0, -suffix.length) : metric).replace(/各$/, "");
  const explicit = /(?<![平年])均|都|分别|各$/.test(lead);
  const shared =
    explicit || isPercentUnit(quantity.unit) || isMoneyUnit(quantity.unit) || /^[万亿]+$/.test(quantity.unit);
  if (!shared || /[“"]/.test(core)) return [metric];
  // 研发平台及众创空间各1家: with 各, 及 joins the things counted too.
  const parts = core.split(/各$/.test(lead) ? /[、和及]/ : /[、和]/);
  if (parts.length < 2 || parts.length > 4 || parts.some((part) => part.length < 2)) return [metric];
  // 参保率保持在90%和98%以上: as many numbers listed together as metrics, one each, as with 分别.
  if ((listed || /分别/.test(lead + metric)) && counted.length === parts.length) {
    const relation = /(对|占)[\u4e00-\u9fa5]*$/.exec(parts[parts.length - 1])?.[0] ?? "";
    const metrics = parts.map((part, i) => (i < parts.length - 1 ? part + relation : part) + suffix);
    return [metrics[counted.indexOf(quantity)]];
  }
  if (!explicit && !splitsIntoMetrics(parts)) return [metric];
  const relation = /(对|占)[\u4e00-\u9fa5]*$/.exec(parts[parts.length - 1])?.[0] ?? "";
  return parts.map((part, i) => (i < parts.length - 1 ? part + relation : part) + suffix);
}

/** 把城镇居民医保和新农合的补助标准, 为企业和个人减税, 货物、服务进出口总额: the names share one standard, total or fee. */
const ONE_VALUE_HEAD = /(?:标准|资费|价格|收费|负担|总额|减税|降费)(?!化)/;
/** 企业和个人, 精简会议、把文件压减, 在提高质量和效益的基础上: parts that are people, clauses or a frame, not metrics. */
const NOT_A_METRIC = /^(?:企业|个人|居民|群众|农民|职工)$|把|将|基础上|带头/;

function splitsIntoMetrics(parts: string[]): boolean {
  const last = parts[parts.length - 1];
  return (
    !ONE_VALUE_HEAD.test(last) &&
    !parts.some((part, i) => NOT_A_METRIC.test(part) || (i < parts.length - 1 && part.includes("的")))
  );
}

function rankCommitment(scope: SentenceScope, clause: Span, rank: RankTarget): Commitment {
  const subject = scope.sentence
    .slice(clause.start, rank.start)
    .replace(/^(?:力争|确保|努力|争取|全力|年内|今年|到(?:19|20)\d{2}年)+/, "")
    .replace(/[“”"]/g, "")
    .replace(/(?:综合)?排名$/, "");
  const metric = `${subject}${rank.scope}${rank.unit === "%" ? "排名百分位" : "排名"}`;
  const deadline = scope.quoted[rank.start] ? null : deadlineAt(marksOf(scope), rank.start, scope.defaultDeadline);
  return build(scope, clause, {
    rule: "numeric.rank",
    kind: "numeric",
    metric,
    target: rank.value,
    unit: rank.unit,
    comparator: rank.comparator,
    growth: false,
    deadline,
  });
}

function deliverableCommitment(scope: SentenceScope, clause: Span, deliverable: Deliverable): Commitment {
  return build(
    scope,
    clause,
    {
      rule: deliverable.rule,
      kind: "deliverable",
      metric: deliverable.metric,
      target: null,
      unit: null,
      comparator: null,
      growth: false,
      deadline: deadlineAt(marksOf(scope), clause.start, scope.defaultDeadline),
    },
    deliverable.object,
  );
}

/**
 * The learned decision on a clause with no number: taken when the rules made nothing of it and the model's
 * probability reaches its threshold. When candidates are collected, every such clause is recorded with its features.
 */
function learnedDecision(
  scope: SentenceScope,
  clause: Span,
  view: ClauseView,
  accepted: boolean,
  found: Commitment[],
): void {
  const { rules } = scope;
  const model = modelOf(rules);
  const collect = rules.candidates;
  const learning = learnedDecides(rules, accepted, view.rule);
  if (!collect && !learning) return;
  // Scoring alone needs no feature list: the model sums its weights as the features are read.
  const features = collect ? clauseFeatures(view) : null;
  const taken =
    learning && (features ? clauseProbability(model!, features) : clauseScore(model!, view)) >= model!.threshold;
  const made = accepted
    ? found[found.length - 1]!
    : taken || collect
      ? deliverableCommitment(scope, clause, learnedDeliverable(view.clause))
      : null;
  collect?.push({
    start: scope.sentenceStart + clause.start,
    end: scope.sentenceStart + clause.end,
    features: features!,
    accepted,
    decidable: !accepted && view.rule !== null,
    commitment: made,
  });
  if (taken) found.push(made!);
}

function modelOf(rules: RuleContext): ClauseModel | null {
  return rules.model === undefined ? SHIPPED_CLAUSE_MODEL : rules.model;
}

/**
 * The learned decision takes a clause only when a rule looked at it and kept it out (its shape was a candidate the
 * rules refused): scoring every clause of a plan costs more time than the analysis allows, and on held-out places it
 * found no better ratio of hits to extras (README, "Round deliv12d").
 */
function learnedDecides(rules: RuleContext, accepted: boolean, decidedBy: string | null): boolean {
  return !accepted && decidedBy !== null && modelOf(rules) !== null && rules.on("deliverable.model");
}

/** Whether the learned decision has work on a clause: candidates to collect, or a model to decide on it. */
function learnedDecisionWanted(rules: RuleContext, accepted: boolean, decidedBy: string | null): boolean {
  return rules.candidates !== null || learnedDecides(rules, accepted, decidedBy);
}

function hanCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) count++;
  return count;
}

/** What a clause taken by the learned decision delivers: its own verb and what follows it. */
function learnedDeliverable(clause: string): Deliverable {
  const opened = withoutOpeners(clause);
  const verb = leadingCompletion(opened) ?? firstCompletion(opened)?.[0] ?? "";
  const object = verb && opened.startsWith(verb) ? opened.slice(verb.length) : opened;
  return { verb, object, metric: opened.slice(0, 60), rule: "deliverable.model" };
}

function marksOf(scope: SentenceScope): DeadlineMark[] {
  scope.marks ??= deadlineMarks(scope.sentence, scope.paragraph.planYear);
  return scope.marks;
}

function sentenceSector(scope: SentenceScope): string | null {
  if (scope.sentenceSector === undefined) scope.sentenceSector = sectorOfText(scope.sentence, false);
  return scope.sentenceSector;
}

/** The quote's own specific words, else the sentence's, else the quote's words that only say "a project". */
function quoteSector(scope: SentenceScope, quote: string): string | null {
  if (scope.quoteSector?.quote !== quote)
    scope.quoteSector = {
      quote,
      sector: sectorOfText(quote, false) ?? sentenceSector(scope) ?? weakSectorOf(quote),
    };
  return scope.quoteSector.sector;
}

type Fields = Pick<Commitment, "rule" | "kind" | "metric" | "target" | "unit" | "comparator" | "growth" | "deadline">;

function build(scope: SentenceScope, clause: Span, fields: Fields, object?: string): Commitment {
  const start = scope.sentenceStart + clause.start;
  const end = scope.sentenceStart + clause.end;
  const raw = scope.clean.text.slice(start, end);
  const quote = raw.includes("\n") ? raw.replace(/\s*\n\s*/g, "") : raw;
  return {
    quote,
    start,
    end,
    section: scope.paragraph.section,
    sector: quoteSector(scope, quote) ?? scope.paragraph.sector,
    rule: fields.rule,
    kind: fields.kind,
    metric: fields.metric || quote.slice(0, 60),
    target: fields.target,
    unit: fields.unit,
    comparator: fields.comparator,
    growth: fields.growth,
    deadline: fields.deadline,
    entities: entitiesIn(quote, object),
  };
}
