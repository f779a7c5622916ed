// A learned commitment-or-not decision for the clauses no rule made a deliverable of: logistic regression over
// features that hold across places (the clause's verbs and their classes, the ending of its object, signs of a
// name, effort words, its edges as character n-grams, its length and position, the rule that decided on it, the
// heading above it). Weights are trained by `npm run train:clauses` into clause-model.json; the analyser only
// scores (a few hashed lookups per clause).
import {
  ABSTRACT_OBJECT,
  CLAUSE_OPENERS,
  COMPLETION,
  EFFORT,
  LEADING_COMPLETION,
  ONGOING_ENDING,
  PREPARATION,
  RECURRING,
  VAGUE,
} from "~/domain/lexicon/verbs";
import { PLACE_NAMED } from "~/domain/lexicon/names";

export interface ClauseModel {
  /** Size of the hashed feature space (a power of two). */
  dimensions: number;
  bias: number;
  /** A clause is taken when its probability reaches this. */
  threshold: number;
  weights: Float32Array;
}

/** The stored form: only the weights that are not zero, as [index, weight] pairs. */
export interface StoredClauseModel {
  dimensions: number;
  bias: number;
  threshold: number;
  weights: Array<[number, number]>;
}

/** What the scorer sees of a clause: its text, where it stands and what the rules said about it. */
export interface ClauseView {
  /** Folded clause text. */
  clause: string;
  /** Position among the sentence's clauses. */
  index: number;
  clauses: number;
  /** The sentence opens an enumerated item (一是, 1., （一）). */
  itemStart: boolean;
  /** The verb a continuation or list item carries from an earlier clause. */
  inherited: string | null;
  /** The rule that decided on the clause (accepted or kept out), or null when none had anything to say. */
  rule: string | null;
  /** The heading of the section above. */
  section: string;
  sector: string | null;
}

export function modelFrom(stored: StoredClauseModel): ClauseModel {
  const weights = new Float32Array(stored.dimensions);
  for (const [index, weight] of stored.weights) weights[index] = weight;
  return { dimensions: stored.dimensions, bias: stored.bias, threshold: stored.threshold, weights };
}

export function storedFrom(model: ClauseModel): StoredClauseModel {
  const weights: Array<[number, number]> = [];
  model.weights.forEach((w, i) => {
    if (Math.abs(w) >= 1e-3) weights.push([i, Math.round(w * 1e4) / 1e4]);
  });
  return { dimensions: model.dimensions, bias: model.bias, threshold: model.threshold, weights };
}

export function clauseProbability(model: ClauseModel, features: Uint32Array): number {
  let z = model.bias;
  const mask = model.dimensions - 1;
  for (const f of features) z += model.weights[f & mask]!;
  return 1 / (1 + Math.exp(-z));
}

const EFFORT_WORDS = ["加快", "推进", "深化", "强化", "持续", "积极", "加强", "推动", "提升", "完善", "健全", "优化"];
/** Head nouns: what kind of thing the clause's object is. */
const HEAD_NOUN =
  /(?:路|街|大道|桥|隧道|园|园区|中心|馆|厂|站|场|库|院|校|中学|小学|幼儿园|医院|公园|广场|基地|工程|项目|规划|方案|办法|意见|条例|制度|机制|体系|平台|系统|网|线|活动|行动|会|节|赛|展|论坛|试点|改革|建设|改造|整治|治理|工作|任务|目标|水平|能力|环境|服务|政策|措施|产业|经济|发展|品牌|称号|城市|县|区|镇|村)$/;
const SECTION_KINDS: Array<[string, RegExp]> = [
  ["livelihood", /民生|实事|为民/],
  ["project", /项目|工程|重点|建设/],
  ["reform", /改革|开放|营商/],
  ["goals", /目标|预期|总体要求/],
  ["rural", /乡村|农业|农村/],
  ["city", /城市|城乡|城镇/],
  ["environment", /生态|环境|绿色/],
  ["government", /政府|自身建设|作风/],
];

/** FNV-1a: stable across runs and places, so the stored weights keep their meaning. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The hashed feature indices of a clause (not yet folded into the model's dimensions). */
export function clauseFeatures(view: ClauseView): Uint32Array {
  const clause = view.clause.replace(/\s+/g, "");
  const opened = clause.replace(CLAUSE_OPENERS, "");
  const names: string[] = ["bias2"];
  const lead = LEADING_COMPLETION.exec(opened)?.[0] ?? null;
  const verb = lead ?? view.inherited;
  names.push(`lead:${lead ?? "-"}`, `inherited:${view.inherited ? "y" : "n"}`);
  COMPLETION.lastIndex = 0;
  const completion = COMPLETION.exec(opened);
  COMPLETION.lastIndex = 0;
  const done = completion?.[0] ?? null;
  names.push(`done:${done ?? "-"}`);
  if (done)
    names.push(
      `done-at:${completion!.index === 0 ? "start" : completion!.index + done.length === opened.length ? "end" : "mid"}`,
    );
  const effort = EFFORT.exec(clause)?.[0] ?? "";
  names.push(`effort:${effort ? effort.slice(0, 2) : "-"}`);
  for (const word of EFFORT_WORDS) if (clause.includes(word)) names.push(`effort-word:${word}`);
  if (PREPARATION.test(clause)) names.push("preparation");
  if (RECURRING.test(clause)) names.push("recurring");
  if (VAGUE.test(clause)) names.push("vague");
  if (ABSTRACT_OBJECT.test(clause)) names.push("abstract");
  if (ONGOING_ENDING.test(clause)) names.push("ongoing");
  const head = HEAD_NOUN.exec(clause)?.[0] ?? "-";
  names.push(`head:${head}`, `verb-head:${verb ?? "-"}|${head}`, `done-head:${done ? "y" : "n"}|${head}`);
  const quoted = /[“"「]/.test(clause);
  const booked = clause.includes("《");
  const place = PLACE_NAMED.test(opened);
  const named = quoted || booked || place || /第[一二三四五六七八九十\d]+[届次期]|首届/.test(clause);
  if (quoted) names.push("quoted");
  if (booked) names.push("book-title");
  if (place) names.push("place");
  if (/[、]/.test(clause)) names.push("listed");
  if (/等/.test(clause)) names.push("deng");
  if (/\d/.test(clause)) names.push("digits");
  if (/(?:19|20)\d{2}年|年内|年底|今年/.test(clause)) names.push("dated");
  names.push(`named:${named ? "y" : "n"}`, `verb-named:${verb ?? "-"}|${named ? "y" : "n"}`);
  names.push(`len:${Math.min(8, clause.length >> 2)}`);
  names.push(`pos:${view.index === 0 ? "first" : view.index === view.clauses - 1 ? "last" : "mid"}`);
  names.push(`clauses:${Math.min(6, view.clauses)}`);
  if (view.itemStart) names.push("item-start");
  names.push(`rule:${view.rule ?? "-"}`);
  for (const [kind, pattern] of SECTION_KINDS) if (pattern.test(view.section)) names.push(`section:${kind}`);
  names.push(`sector:${view.sector ?? "-"}`);
  const start = opened.slice(0, 4);
  const end = clause.slice(-4);
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= start.length; i++) names.push(`s${i}:${start.slice(i, i + n)}`);
    for (let i = 0; i + n <= end.length; i++) names.push(`e${end.length - i}:${end.slice(i, i + n)}`);
  }
  const features = new Uint32Array(names.length);
  for (let i = 0; i < names.length; i++) features[i] = hash(names[i]!);
  return features;
}
