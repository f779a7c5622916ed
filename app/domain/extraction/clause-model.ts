// A learned commitment-or-not decision for the clauses a rule looked at and kept out: logistic regression over
// features that hold across places (the clause's verbs and their classes, the ending of its object, signs of a
// name, effort words, its edges as character n-grams, its length and position, the rule that decided on it, the
// heading above it). Weights are trained by `npm run train:clauses` into clause-model.json; the analyser only
// scores (a few hashed lookups per clause).
import {
  ABSTRACT_OBJECT,
  EFFORT,
  firstCompletion,
  leadingCompletion,
  ONGOING_ENDING,
  PREPARATION,
  RECURRING,
  VAGUE,
  withoutOpeners,
} from "~/domain/lexicon/verbs";
import { PLACE_NAMED } from "~/domain/lexicon/names";
import { charSet } from "~/domain/text/char-set";
import { keepingLast } from "~/domain/text/last-answer";

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

export function clauseProbability(model: ClauseModel, features: readonly number[]): number {
  let z = model.bias;
  const mask = model.dimensions - 1;
  for (const f of features) z += model.weights[f & mask]!;
  return 1 / (1 + Math.exp(-z));
}

const EFFORT_WORDS = ["加快", "推进", "深化", "强化", "持续", "积极", "加强", "推动", "提升", "完善", "健全", "优化"];
/** Whether any of EFFORT_WORDS is in a clause: one look before the words are named one by one. */
const ANY_EFFORT_WORD = new RegExp(EFFORT_WORDS.join("|"));
/** Head nouns: what kind of thing the clause's object is. */
const HEAD_NOUN =
  /(?:路|街|大道|桥|隧道|园|园区|中心|馆|厂|站|场|库|院|校|中学|小学|幼儿园|医院|公园|广场|基地|工程|项目|规划|方案|办法|意见|条例|制度|机制|体系|平台|系统|网|线|活动|行动|会|节|赛|展|论坛|试点|改革|建设|改造|整治|治理|工作|任务|目标|水平|能力|环境|服务|政策|措施|产业|经济|发展|品牌|称号|城市|县|区|镇|村)$/;
/**
 * PLACE_NAMED read from the end of the name: two Han characters before one of its endings (the same matches, without
 * trying every start of the run).
 */
const PLACE_NAME_END = new RegExp(
  `(?<=[\\u4e00-\\u9fa5]{2})${PLACE_NAMED.source.replace("[\\u4e00-\\u9fa5]{2,}", "")}`,
);
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
const FNV_OFFSET = 2166136261;
function fold(h: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

/**
 * The hashed names of one clause's features, built without making the names: each is hashed as `prefix` then
 * `value` (the hash of the joined name), so a clause costs a few regular expressions and no strings.
 */
class FeatureSet {
  /** The hashes, when they are collected. */
  readonly hashes: number[] | null;
  /** The model's sum over them, when a model scores them as they come. */
  z: number;
  private readonly weights: Float32Array | null;
  private readonly mask: number;

  constructor(model: ClauseModel | null) {
    this.hashes = model ? null : [];
    this.z = model ? model.bias : 0;
    this.weights = model ? model.weights : null;
    this.mask = model ? model.dimensions - 1 : 0;
  }
  /** A feature without a value, its whole name hashed beforehand. */
  addHash(hash: number): void {
    this.push(hash);
  }
  /** `prefix` + `value`, the prefix hashed beforehand. */
  addValue(prefixHash: number, value: string): void {
    this.push(fold(prefixHash, value));
  }
  /** `prefix` + `first` + "|" + `second`: a pair of values. */
  addPair(prefixHash: number, first: string, second: string): void {
    this.push(fold(fold(fold(prefixHash, first), "|"), second));
  }
  /** `text[from, to)` after a prefix already hashed. */
  addSlice(prefixHash: number, text: string, from: number, to: number): void {
    this.push(fold(prefixHash, text, from, to));
  }
  private push(h: number): void {
    if (this.weights) this.z += this.weights[(h >>> 0) & this.mask]!;
    else this.hashes!.push(h >>> 0);
  }
}

/** The names' hashes, made once: prefixes of features with a value (P) and whole names of those without (F). */
function hashesOf<K extends string>(names: Record<K, string>): Record<K, number> {
  const hashes = {} as Record<K, number>;
  for (const key of Object.keys(names) as K[]) hashes[key] = fold(FNV_OFFSET, names[key]);
  return hashes;
}
const P = hashesOf({
  lead: "lead:",
  inherited: "inherited:",
  done: "done:",
  done_at: "done-at:",
  effort: "effort:",
  effort_word: "effort-word:",
  head: "head:",
  verb_head: "verb-head:",
  done_head: "done-head:",
  named: "named:",
  verb_named: "verb-named:",
  len: "len:",
  pos: "pos:",
  clauses: "clauses:",
  rule: "rule:",
  sector: "sector:",
});
const F = hashesOf({
  bias2: "bias2",
  preparation: "preparation",
  recurring: "recurring",
  vague: "vague",
  abstract: "abstract",
  ongoing: "ongoing",
  quoted: "quoted",
  book_title: "book-title",
  place: "place",
  listed: "listed",
  deng: "deng",
  digits: "digits",
  dated: "dated",
  item_start: "item-start",
});

/** The section kinds' hashes, in SECTION_KINDS' order. */
const SECTION_HASHES = SECTION_KINDS.map(([kind]) => fold(FNV_OFFSET, `section:${kind}`));
/** Section kinds by heading: one clause after another shares its heading, so each is read once. */
const sectionKinds = keepingLast((section) => {
  const kinds: number[] = [];
  for (let i = 0; i < SECTION_KINDS.length; i++) if (SECTION_KINDS[i]![1].test(section)) kinds.push(SECTION_HASHES[i]!);
  return kinds;
});

/** The hashed feature indices of a clause (not yet folded into the model's dimensions). */
export function clauseFeatures(view: ClauseView): number[] {
  return readClause(view, new FeatureSet(null)).hashes!;
}

/** The model's probability for a clause, its features scored as they are read (the same as over clauseFeatures). */
export function clauseScore(model: ClauseModel, view: ClauseView): number {
  return 1 / (1 + Math.exp(-readClause(view, new FeatureSet(model)).z));
}

const SPACE = /\s/;
const QUOTE = /[“"「]/;
const EDITION = /第[一二三四五六七八九十\d]+[届次期]|首届/;
const DIGIT = /\d/;
const DATED = /(?:19|20)\d{2}年|年内|年底|今年/;
const SMALL_NUMBERS = ["0", "1", "2", "3", "4", "5", "6", "7", "8"];

function readClause(view: ClauseView, names: FeatureSet): FeatureSet {
  const clause = SPACE.test(view.clause) ? view.clause.replace(/\s+/g, "") : view.clause;
  const opened = withoutOpeners(clause);
  names.addHash(F.bias2);
  const lead = leadingCompletion(opened);
  const verb = lead ?? view.inherited;
  names.addValue(P.lead, lead ?? "-");
  names.addValue(P.inherited, view.inherited ? "y" : "n");
  const completion = firstCompletion(opened);
  const done = completion?.[0] ?? null;
  names.addValue(P.done, done ?? "-");
  if (done)
    names.addValue(
      P.done_at,
      completion!.index === 0 ? "start" : completion!.index + done.length === opened.length ? "end" : "mid",
    );
  const effort = EFFORT.exec(clause)?.[0] ?? "";
  names.addValue(P.effort, effort ? effort.slice(0, 2) : "-");
  if (ANY_EFFORT_WORD.test(clause))
    for (const word of EFFORT_WORDS) if (clause.includes(word)) names.addValue(P.effort_word, word);
  if (PREPARATION.test(clause)) names.addHash(F.preparation);
  if (RECURRING.test(clause)) names.addHash(F.recurring);
  if (VAGUE.test(clause)) names.addHash(F.vague);
  if (ABSTRACT_OBJECT.test(clause)) names.addHash(F.abstract);
  if (ONGOING_ENDING.test(clause)) names.addHash(F.ongoing);
  const head = HEAD_NOUN.exec(clause)?.[0] ?? "-";
  names.addValue(P.head, head);
  names.addPair(P.verb_head, verb ?? "-", head);
  names.addPair(P.done_head, done ? "y" : "n", head);
  const quoted = QUOTE.test(clause);
  const booked = clause.includes("《");
  const place = PLACE_NAME_END.test(opened);
  const named = quoted || booked || place || EDITION.test(clause);
  if (quoted) names.addHash(F.quoted);
  if (booked) names.addHash(F.book_title);
  if (place) names.addHash(F.place);
  if (clause.includes("、")) names.addHash(F.listed);
  if (clause.includes("等")) names.addHash(F.deng);
  if (DIGIT.test(clause)) names.addHash(F.digits);
  if (DATED.test(clause)) names.addHash(F.dated);
  names.addValue(P.named, named ? "y" : "n");
  names.addPair(P.verb_named, verb ?? "-", named ? "y" : "n");
  names.addValue(P.len, SMALL_NUMBERS[Math.min(8, clause.length >> 2)]);
  names.addValue(P.pos, view.index === 0 ? "first" : view.index === view.clauses - 1 ? "last" : "mid");
  names.addValue(P.clauses, SMALL_NUMBERS[Math.min(6, view.clauses)]);
  if (view.itemStart) names.addHash(F.item_start);
  names.addValue(P.rule, view.rule ?? "-");
  for (const kind of sectionKinds(view.section)) names.addHash(kind);
  names.addValue(P.sector, view.sector ?? "-");
  const start = Math.min(4, opened.length);
  const end = Math.max(0, clause.length - 4);
  const width = clause.length - end;
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= start; i++) names.addSlice(START_AT[i]!, opened, i, i + n);
    for (let i = 0; i + n <= width; i++) names.addSlice(END_AT[width - i]!, clause, end + i, end + i + n);
  }
  return names;
}

/** The hashes of the edge n-grams' prefixes: s0: … s3: from the start, e1: … e4: from the end. */
const START_AT = [0, 1, 2, 3].map((i) => fold(FNV_OFFSET, `s${i}:`));
const END_AT = [0, 1, 2, 3, 4].map((i) => fold(FNV_OFFSET, `e${i}:`));

/**
 * Clause shapes no rule looks at that the learned decision decides on too, each as the "rule" the model sees (README,
 * "Round deliv12f"): a stated quota or standard reached (…水质稳定达标, 完成上级下达任务, 达到省定评估标准) and a named
 * site opening (…3月份实现运营, 达到运营条件, 开馆试运行, 秋季开学招生, 全线贯通). One test on the clause's last
 * character first, so the many clauses that end otherwise cost nothing more.
 */
const QUOTA_REACHED = /(?:达标|(?:达到|达(?!峰)|完成|符合)[^，；。]{0,16}(?:任务|目标|指标|要求|标准))$/;
const SITE_OPENS =
  /(?:(?:实现|达到|具备|启动|投入)(?:生产)?(?:运营|运行|接待)(?:条件|能力)?|开馆|开园|开业|开学|招生|试运行|投用|投入使用|贯通|完成主体)$/;
const GATE_ENDINGS = charSet("标准务求营行件力馆园业学生用通体");

export function modelGate(clause: string): string | null {
  if (!GATE_ENDINGS.has(clause.charCodeAt(clause.length - 1))) return null;
  if (QUOTA_REACHED.test(clause)) return "gate.quota-reached";
  if (SITE_OPENS.test(clause)) return "gate.site-opens";
  return null;
}
