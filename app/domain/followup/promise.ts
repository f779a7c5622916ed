// How the matcher reads an earlier promise: what it measures and in what words, a rate or a level, a range, when it
// is due, the things it names, and what its verbs aim at — read again from its own quote through the reading core.
import type { Commitment } from "~/domain/extraction/types";
import { thingOf } from "~/domain/followup/facts";
import { isLifetimeTotal, normaliseMetric } from "~/domain/followup/metric";
import { coreOf, namesOf, type Names } from "~/domain/followup/names";
import { numbersIn, type NumberMention } from "~/domain/followup/numbers";
import { goalOf, type Goal } from "~/domain/followup/stage";
import { measureOf, type PromiseTiming } from "~/domain/followup/timing";
import { lowerIsBetter } from "~/domain/followup/verdict";
import { isActOnly } from "~/domain/followup/evidence";

/** An extracted commitment's fields the matcher reads (from the analyser, or from the stored row). */
export interface PromiseInput
  extends Pick<Commitment, "quote" | "kind" | "metric" | "target" | "unit" | "comparator" | "growth" | "deadline"> {
  entities: readonly string[];
  /** Plan year of the report that made the promise (for multi-year targets and open deadlines). */
  year?: number | null;
  /** The words before the quote in its sentence ("实施重点项目73个，" before "年度计划投资130亿元"). */
  lead?: string;
}

export interface PromiseReading {
  promise: PromiseInput;
  numeric: boolean;
  /** The words before the target in the quote (for rewordings the analyser's metric lacks). */
  context: string;
  /** All of the quote before the target (新引进品牌首店、旗舰店等), lists included. */
  prefix: string;
  /** A short metric completed by the figure before it: 实施重点项目73个，年度计划投资 → 重点项目…计划投资. */
  subjectMetric: string | null;
  /** A rate of change, read from the analyser or again from the quote (年均增长保持在6.5%以上). */
  growth: boolean;
  /** The upper end of a range target (增长6.5%－7%). */
  upper: number | null;
  lowerIsBetter: boolean;
  timing: PromiseTiming;
  /** The things it names (projects, places), for reading their stage in the review. */
  names: Names;
  /** A numeric promise's named items (张店二中、张店九中等3所学校): reported by their stage when no figure is. */
  items: Names | null;
  /**
   * The target is what projects cost over their life (总投资141亿元的18个…项目): reported only by the same projects'
   * 总投资, never by their stage or another list's. Read from the words before the figure, since the analyser may give
   * the list's count the same metric.
   */
  lifetimeTotal: boolean;
  /** What a numeric promise measures, as words to find an outcome said without a figure (淘汰落后产能任务如期完成). */
  object: Names | null;
  /** A metric listing kinds of one thing (专精特新、瞪羚、单项冠军企业): each kind with the thing (瞪羚企业). */
  categories: string[];
  goal: Goal;
  /** One of several targets given item by item (三大产业分别实现产值500亿元、300亿元、80亿元): no combined total reports it. */
  oneOfSeveral: boolean;
  /** Promises that state the same thing twice (main targets and again in a section) may share one result. */
  sameness: string;
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

/** 6.5%－7%, 6.5—7%: a range around the target. */
function upperOf(quote: string, target: number): number | null {
  const at = quote.indexOf(String(target));
  if (at < 0) return null;
  const match = /^[\d.]+%?\s*[－—–~～\-至到]\s*(\d+(?:\.\d+)?)\s*%/.exec(quote.slice(at));
  const upper = match ? Number(match[1]) : null;
  return upper !== null && upper > target ? upper : null;
}

/** 增长保持在6.5%以上, 涨幅3%左右: a rate the scanner may have read as a level. */
function readsAsGrowth(before: string): boolean {
  return /(增长|增速|增幅|上涨|涨幅|下降|降低|减少)[^，；。\d%到至]{0,6}$/.test(before) && !/(到|至)$/.test(before);
}

/** Items named before the count of a numeric promise (张店二中、张店九中等3所学校 → 张店二中, 张店九中). */
function itemsOf(quote: string, entities: readonly string[], counted: string): Names | null {
  const found = entities.length ? namesOf(quote, entities) : null;
  const listed = found ? null : /([^，；。]*?、[^，；。]*?)等/.exec(quote);
  const names = found ?? (listed ? namesOf(listed[1]!, []) : null);
  if (!names || (!found && !names.concrete)) return null;
  // The kind counted (“专精特新”企业5家 names 专精特新) is no named item.
  const kind = normaliseMetric(counted);
  const long = names.names.filter((name) => name.length >= 4 && !kind.includes(name));
  return long.length ? { ...names, names: long } : null;
}

/** A numeric promise's measured thing as a name: the analyser's metric without filler, and its quote's object. */
function objectOf(metric: string, context: string): Names | null {
  const names = [...new Set([normaliseMetric(metric), normaliseMetric(context), coreOf(context)])].filter(
    (name) => name.length >= 4,
  );
  return names.length ? { names, declared: false, concrete: false } : null;
}

const HEAD_NOUN = /(企业|项目|平台|基地|中心|园区|机构|人才|学校|工程|公司|品牌|店|村|社区|车|产能)$/;
const LEAD_VERB = /^(新增|新建|培育|引进|新培育|新引进|招引培育|招引|认定|创建|建设|建成|实施|淘汰|改造)+/;

function categoriesOf(metric: string): string[] {
  const items = metric.replace(/\s+/g, "").split("、");
  if (items.length < 2) return [];
  const head = HEAD_NOUN.exec(items.at(-1)!)?.[0];
  if (!head) return [];
  return items
    .map((item) => item.replace(LEAD_VERB, ""))
    .map((item) => (item.endsWith(head) ? item : item + head))
    .filter((item) => item.length >= 2);
}

/**
 * 大唐700万吨露天矿完成核准, 400万吨褐煤提质建成投产: the figure sizes the thing named after it, and the promise
 * is that thing's stage — a deliverable, judged by the stage the review reports, not by the size repeated.
 */
const SIZE_OF_A_NAME =
  /^[\u4e00-\u9fff]{2,10}?(项目|工程)?(完成|建成|开工|投产|竣工|核准|投入使用|投用|落地|通车)[\u4e00-\u9fff]{0,4}$/;

/**
 * 完成投资5000万元的府河导排区加固扩容项目, 启动投资3.3亿元的区人民医院新院区建设: an amount before 的 and one named
 * works (no count between) is the works' size; the promise is the works' stage.
 */
const SIZED_WORKS = /^的([^，；。、\d]{3,30}?(项目|工程|建设|园|院区|中心|基地|场馆))/;

function sizedWorks(quote: string, mention: NumberMention | undefined): string | null {
  if (!mention || !/元$/.test(mention.unit ?? "")) return null;
  return SIZED_WORKS.exec(quote.slice(mention.index + mention.length))?.[1] ?? null;
}

/** Words before a metric that only say when or how firmly (今年要淘汰钢铁 measures 淘汰钢铁). */
const MODAL = /^(今年|年内|全年|力争|确保|努力|要|再|将|并)+/;

/**
 * The analyser's metric, or when it is only acts (解决, 启动建设), the acts with the thing after the figure
 * (解决6000万农村人口的饮水安全问题, 启动建设2个景区化村庄).
 */
function metricWithThing(metric: string, mention: NumberMention | undefined): string {
  const thing = mention?.after.replace(/^的/, "") ?? "";
  return isActOnly(metric) && thing.length >= 2 ? metric + thing : metric;
}

/**
 * The quote before the target, lists included (新引进品牌首店、旗舰店等); after another figure only the words since
 * it (基本建成470万套、新开工630万套: 新开工 — the other item's stage is not this one's).
 */
function prefixOf(quote: string, mentions: readonly NumberMention[], mention: NumberMention): string {
  const previous = mentions.filter((m) => m.index < mention.index).at(-1);
  const from = previous ? previous.index + previous.length : 0;
  return quote
    .slice(from, mention.index)
    .replace(/^[、，,和及与]+/, "")
    .replace(/^(今年|年内|全年|力争|确保|努力|要|再|并)+/, "");
}

/** Two years from the plan year (今明两年, 用两年时间): said in the quote or in the words before it in its sentence. */
const TWO_YEARS = /今明两年|用两年(左右)?时间|两年内/;
const THIS_YEAR = /今年|年内|当年/;

/**
 * When the promise is due: the analyser's deadline, unless the quote or its sentence's words before it give two
 * years (今明两年职业技能培训…，高职院校扩招200万人) and the quote names no nearer time.
 */
function deadlineOf(input: PromiseInput, quote: string): number | null {
  const { year, deadline } = input;
  if (year == null || (deadline !== null && deadline > year) || THIS_YEAR.test(quote)) return deadline;
  return TWO_YEARS.test(quote) || TWO_YEARS.test(input.lead ?? "") ? year + 1 : deadline;
}

export function readPromise(input: PromiseInput): PromiseReading {
  const quote = squeeze(input.quote);
  const mentions = input.kind === "numeric" && input.target !== null ? numbersIn(quote) : [];
  const mention =
    mentions.find((m) => m.value === input.target && m.unit === input.unit) ??
    mentions.find((m) => m.value === input.target) ??
    mentions[0];
  const metric = metricWithThing(input.metric.replace(MODAL, ""), mention);
  const p = metric.length >= 2 ? { ...input, metric } : input;
  const sizeOfAName =
    mentions.length === 1 && mention !== undefined && SIZE_OF_A_NAME.test(quote.slice(mention.index + mention.length));
  const works = mentions.length === 1 ? sizedWorks(quote, mention) : null;
  const numeric = p.kind === "numeric" && p.target !== null && !sizeOfAName && !works;
  const context = mention?.before ?? "";
  const leadMetric = p.lead ? numbersIn(squeeze(p.lead)).at(-1)?.metric : undefined;
  // 人才公寓基本建成300套、新开工500套: a stage alone counts the thing the figure before it named.
  const previous = mention ? mentions[mentions.indexOf(mention) - 1] : undefined;
  const listThing = previous && isActOnly(p.metric) ? thingOf(previous.metric, p.metric) : null;
  // 剩余贫困人口322户677人: a figure right after another in another unit measures the same thing.
  const secondMeasure =
    previous &&
    mention &&
    previous.unit !== mention.unit &&
    /^、?$/.test(quote.slice(previous.index + previous.length, mention.index)) &&
    !/分别/.test(quote)
      ? previous.metric
      : null;
  const subjectMetric =
    leadMetric && normaliseMetric(p.metric).length <= 6 ? leadMetric + p.metric : (listThing ?? secondMeasure);
  const growth = p.growth || (numeric && p.unit === "%" && readsAsGrowth(context));
  const names = works && !p.entities.length ? namesOf(works, []) : namesOf(p.quote, p.entities);
  return {
    promise: p,
    numeric,
    context,
    prefix: mention ? prefixOf(quote, mentions, mention) : "",
    subjectMetric,
    growth,
    upper: numeric ? upperOf(quote, p.target!) : null,
    lifetimeTotal: numeric && isLifetimeTotal(context || p.metric),
    lowerIsBetter: lowerIsBetter(`${p.metric}${context}`),
    timing: { year: p.year ?? null, deadline: deadlineOf(p, quote), measure: measureOf(quote, growth) },
    names,
    items: numeric ? itemsOf(quote, p.entities, `${p.metric}|${context}`) : null,
    object: numeric ? objectOf(p.metric, context) : null,
    categories: numeric ? categoriesOf(p.metric) : [],
    goal: goalOf(p.quote),
    oneOfSeveral: numeric && /分别/.test(quote) && mentions.filter((m) => m.unit === p.unit).length >= 2,
    sameness: numeric
      ? `n:${normaliseMetric(p.metric)}:${p.target}:${p.unit}:${growth}:${p.comparator}`
      : `d:${names.names.join("|")}`,
  };
}
