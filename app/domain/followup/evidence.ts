// What makes a review's figure specific to a promise, beyond a verb, a unit or a generic noun: the promise's object,
// the same size threshold (过10亿元企业 is not 过亿元企业), and the same kind of quantity (a count added this year is
// not a stock reached).
import { normaliseMetric, VAGUE_HEADS } from "~/domain/followup/metric";
import { parseChineseNumeral } from "~/domain/quantities/chinese-numerals";
import { memoised } from "~/domain/text/memo";

/** Acts and stages that name no thing (启动建设, 建成启用): a wording made only of them says nothing of the object. */
const ACT_ONLY =
  /^(新|再|全面|加快|积极|有序|扎实|大力|着力|强力|稳步|全力|重点)*(启动|建设|建成|启用|新建|改建|扩建|改扩建|新改扩建|开工|实施|完成|推进|打造|创建|培育|引进|招引|新增|新上|落地|投用|投产|竣工|实现|开展|改造|提升|争取|解决|帮助|带动|惠及|覆盖|减少|增加|提供|培训|救助|资助|开发|研发|入驻|进驻|落户|签约)+$/;

/** Memoised: matching asks for the same few hundred wordings many times. */
export const isActOnly = memoised((wording: string): boolean => {
  const norm = normaliseMetric(wording);
  return norm.length === 0 || ACT_ONLY.test(norm);
});

/** A size that picks out members of a kind (过10亿元企业, 亿元以上项目, 超百亿级产业): a threshold before a noun. */
const THRESHOLD =
  /(?:过|超过?|达)?(\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)?([万亿])元(?:以上|级)?(?=[\u4e00-\u9fff])/g;

/** The thresholds a wording names, in yuan (过百亿元企业 → 1e10). */
export function thresholdsOf(wording: string): number[] {
  return [...wording.replace(/\s+/g, "").matchAll(THRESHOLD)].flatMap((m) => {
    const count = m[1] === undefined ? 1 : /^\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
    return count === null ? [] : [count * (m[2] === "亿" ? 1e8 : 1e4)];
  });
}

/** Both name the same thresholds, or neither names one: 过亿元企业 is not 过百亿元企业, nor every 企业. */
export function sameThresholds(promised: string, reported: string): boolean {
  const a = thresholdKey(promised);
  return a === thresholdKey(reported);
}

const ABOVE_QUOTA = /限上|限额以上/;

const thresholdKey = memoised((wording: string): string => {
  const key = [...new Set(thresholdsOf(wording))].sort((x, y) => x - y).join(",");
  // 限上 (above the statistical quota) picks out members of a kind as a size does: 限上零售额 is not 零售总额.
  return ABOVE_QUOTA.test(wording) ? `${key}|quota` : key;
});

/** A count of things (家, 个, 座), not an amount of money or a ratio. */
const isCount = (unit: string | null) => unit !== null && !/元$|%|‰/.test(unit);

const LEADING_ACTS =
  /^(新|再|全面|加快|积极)?(启动|建设|建成|启用|新建|改建|扩建|改扩建|新改扩建|开工|实施|完成|推进|打造|创建|培育|引进|招引|新增|新上|落地|投用|投产|竣工|实现|开展|改造|提升|争取)+/;

/** The thing a wording counts, without the acts before it (新上企业 → 企业). */
function objectOf(wording: string): string {
  return normaliseMetric(wording).replace(LEADING_ACTS, "");
}

/**
 * A count of a generic noun alone (新上企业8家, 在建项目57个) names no kind: it does not report a promised kind of it
 * (规模以上工业企业, 农业产业化企业). Amounts (投资, 产值) are left to the metric's other words.
 */
export function sameKind(promised: string, reported: string, unit: string | null): boolean {
  if (!isCount(unit)) return true;
  const b = objectOf(reported);
  return !VAGUE_HEADS.has(b) || objectOf(promised) === b;
}

/** Words of a count added (建设, 新增): a flow. */
const ADDED =
  /新增|新建|新上|新发展|新种植|建设|建成|改造|培育|引进|新培育|新引进|创建|打造|开工|完成|实施|招引|认定|新认定/;
/** Words of a stock reached (标准化村卫生室达到90家, 累计, 总数): the level, not this year's additions. */
const STOCK = /达到|达|累计|总数|总量|共有|拥有|保有量|总计|^全(县|区|市|省|国)/;

/**
 * A promise to add so many (建设村卫生室23个) is not reported by the stock reached (村卫生室达到90家): the figure must
 * not read as a level while the promise reads as additions.
 */
export function sameQuantityKind(
  promised: string,
  flow: boolean,
  reportedBefore: string,
  unit: string | null,
): boolean {
  if (!flow || !isCount(unit) || !ADDED.test(promised)) return true;
  return ADDED.test(reportedBefore) || !STOCK.test(reportedBefore);
}

/** A title awarded (获批…示范县, 评为…试点): news of an honour, not of the works or the figure. */
const AWARD =
  /(获批|获评|评为|评定为|认定为|授予|命名为|列为|入选|荣获)[^，；。]*(示范|试点|先进|称号|标杆|样板|重点县|强县|百强)/;
/** A promise whose aim is itself a title (创建…示范区, 争创…): a title is its report. */
const AIMS_AT_TITLE =
  /创建|争创|创成|申报|申创|争取|获批|评为|称号|试点|示范(县|区|市|镇|乡|村|单位|基地|园区)|百强|强县/;

/** A clause that only reports a title cannot report a promise that does not aim at one (高标准农田10万亩). */
export function onlyTitle(promiseQuote: string, clause: string): boolean {
  return AWARD.test(clause) && !AIMS_AT_TITLE.test(promiseQuote);
}
