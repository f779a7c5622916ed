// A second, looser reading of two metric names, trusted only when the figure itself fits the target: the same unit,
// a count (not a rate), and a size within a quarter of it. The names are compared as multisets of characters and
// character pairs (order-free: 城镇新增就业 = 新增城镇就业) once the words that do not change the quantity are gone —
// acts of the plan (打造, 实施, 拟安排), time (去年), how it is summed (总, 综合) — while contrasts (城镇 / 农村,
// 增加值 / 产值, 开工 / 建成) still refuse outright, and the two must end in the same thing (…收入, …园, …路).
import { contrasted, metricSimilarity, normaliseMetric, VAGUE_HEADS } from "~/domain/followup/metric";
import { memoised } from "~/domain/text/memo";

/** Words of the plan or of the act around the thing measured, not the thing (重点实施农村公路, 打造标准化示范园). */
const ACTS =
  /^(重点|着力|加快|积极|大力|全力|拟|安排|拟安排|新建|建成|改造|打造|创建|实施|推进|建设|提升|发展|组织|实现|完成)+|(发展到?|达到?|去年|上年|当年)+$/g;
/** What is done to the thing, said after it (保障性住房新开工建设): not the thing it ends in. */
const DONE_AFTER = /(新?开工|建设|改造|提升|完工|建成|投用|任务)+$/;
/** The year's stub (2012年 → 年) and 总 / 综合 — dropped. */
const SUMMED = /^年|(?<=[\u4e00-\u9fff])(总|综合)(?=收入|产值|面积|规模|效益)/g;

/** 新增 says the year's addition of any kind, 市级以上 and 规上 a threshold: no word of what kind. */
const NEW = /新增|新|以上|以下|规模|规上|[省市县区]级/g;

/** Endings that name no thing of their own: a common head (收入, 企业) or an output (粮食产量 / 蔬菜产量). */
const vagueEnding = (name: string) => VAGUE_HEADS.has(name.slice(-2)) || name.endsWith("产量");
const qualifier = (name: string) => name.slice(0, -2).replace(NEW, "");

/** The thing measured without the words of the plan, the act, the year and the kind of sum. */
export const metricCore = memoised((text: string): string => {
  let core = normaliseMetric(text);
  for (let i = 0; i < 3; i++) {
    const next: string = core.replace(SUMMED, "").replace(ACTS, "");
    if (next === core) break;
    core = next;
  }
  return core;
});

function bag(items: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

function dice(a: string[], b: string[]): number {
  const x = bag(a);
  const y = bag(b);
  let common = 0;
  for (const [item, n] of x) common += Math.min(n, y.get(item) ?? 0);
  return a.length + b.length ? (2 * common) / (a.length + b.length) : 0;
}

const pairsOf = (chars: string[]) => chars.slice(1).map((c, i) => chars[i]! + c);

/**
 * How alike two metric names read as pieces, order-free, in [0, 1]; 0 when a contrast tells them apart, when either
 * names less than two characters of its own, or when they do not end in the same thing (its last character).
 */
export function alignedSimilarity(a: string, b: string): number {
  if (contrasted(a, b)) return 0;
  const x = metricCore(a);
  const y = metricCore(b);
  const hx = x.replace(DONE_AFTER, "");
  const hy = y.replace(DONE_AFTER, "");
  if (hx.length < 2 || hy.length < 2 || VAGUE_HEADS.has(hx) || VAGUE_HEADS.has(hy)) return 0;
  if (!/[\u4e00-\u9fff]$/.test(hx) || hx.at(-1) !== hy.at(-1)) return 0;
  // A common ending (企业, 收入) names the thing only with a word of its qualifier shared: 旅游业收入 / 旅游收入, not
  // 上市企业 / 入统服务业企业.
  if (vagueEnding(hx) || vagueEnding(hy)) {
    const [qx, qy] = [qualifier(hx), qualifier(hy)];
    if (![...qx].some((c) => /[\u4e00-\u9fff]/.test(c) && qy.includes(c))) return 0;
  }
  const cx = [...x];
  const cy = [...y];
  return Math.max(metricSimilarity(a, b), 0.6 * dice(cx, cy) + 0.4 * dice(pairsOf(cx), pairsOf(cy)));
}
