// Metric names compared across rewordings (新增城镇就业 ≈ 城镇新增就业 ≈ 新增就业), never across contrasts (城镇 ≠ 农村).
import { metricKey } from "~/domain/extraction/metric";
import { memoised } from "~/domain/text/memo";

/**
 * Words of one act or thing in other words: bringing in projects (招引, 引入), afforestation (营造林, 植树造林),
 * public toilets (公共厕所), rural roads (“四好农村路”), relocation out of poverty (易地搬迁脱贫); short forms:
 * technical upgrading (技改), household toilets (户厕, 卫生厕所 of households).
 */
const SYNONYMS: readonly [string, string][] = [
  ["招引|引入", "引进"],
  ["营造林|植树造林|造林绿化", "造林"],
  ["公共厕所", "公厕"],
  ["“?四好农村路”?", "农村公路"],
  ["易地搬迁脱贫|易地扶贫搬迁", "易地扶贫搬迁"],
  ["技术改造", "技改"],
  ["(?:农户|户用|农村)?卫生厕所|农户厕所", "户厕"],
];
const SYNONYM_PATTERN = new RegExp(SYNONYMS.map(([words]) => `(${words})`).join("|"), "g");

/** The one word for a synonym matched by SYNONYM_PATTERN (its group tells which). */
function synonymOf(...groups: unknown[]): string {
  const at = groups.slice(1, SYNONYMS.length + 1).findIndex((g) => g !== undefined);
  return SYNONYMS[at]![1];
}

/** Spellings of one metric, folded to one form before comparing. */
const CANONICAL: readonly [RegExp, string | ((...groups: unknown[]) => string)][] = [
  [/单位(GDP|国内生产总值|地区生产总值|生产总值)能耗|能源消耗强度/gi, "能耗强度"],
  [/单位(GDP|国内生产总值|地区生产总值|生产总值)二氧化碳排放(量)?/gi, "二氧化碳排放强度"],
  [/GDP|国内生产总值|(?<!地区)生产总值/gi, "地区生产总值"],
  // The economy's size and growth are GDP's (经济总量超过90万亿元; “十三五”时期经济年均增长6.5%).
  [
    /经济总量|(?<![\u4e00-\u9fff])经济(?=$|年均|增长|增速)|(?<=时期|我国|全国|全省|全市|全区|全县)经济(?=$|年均|增长|增速)/g,
    "地区生产总值",
  ],
  // The deficit as a share of GDP is the deficit rate (赤字占国内生产总值的比重 / 赤字率).
  [/赤字占(地区生产总值|国内生产总值|GDP)的?比重/gi, "赤字率"],
  // The rural scheme with the urban residents' one is the residents' scheme of town and country.
  [
    /(新农合|新型农村合作医疗)(和|与|、)城镇居民|城镇居民(基本)?(医保|医疗保险)?(和|与|、)(新农合|新型农村合作医疗)/g,
    "城乡居民",
  ],
  // Money put in (投入) is money spent (支出): a plan's 投入拟安排, a review's 支出.
  [/投入(?!使用|运营|运行|生产|试运行)/g, "支出"],
  // Tourist arrivals, however counted (旅游人数, 接待国内外游客, 游客接待量).
  [/接待(国内外|海内外|中外)?游客(人数|人次)?|游客接待(量|人数|人次)?|旅游(接待)?(人数|人次)/g, "接待游客"],
  [/规上/g, "规模以上"],
  [/社零额?(?!售)/g, "社会消费品零售总额"],
  [/社会消费品零售额/g, "社会消费品零售总额"],
  [/实际利用外资|实际到账外资|利用外资/g, "实际使用外资"],
  [/(外贸)?进出口(总额|总值|额)?/g, "进出口总额"],
  [/固投/g, "固定资产投资"],
  [/R&D|研究与试验发展/gi, "研发"],
  // 全部财政收入 (taxes passed up included) is wider than the budget revenue: not folded.
  [/(地方)?(一般公共)?(财政)?预算收入|地方财政收入|(?<!全部)财政收入/g, "一般公共预算收入"],
  [/一产/g, "第一产业"],
  [/二产/g, "第二产业"],
  [/三产/g, "第三产业"],
  [/竣工|完工/g, "建成"],
  // Words of one act or thing in other words, in one pass (see SYNONYMS).
  [SYNONYM_PATTERN, synonymOf],
  [/（|）|\(|\)|“|”|"|、|，|,|。|；|：|\s/g, ""],
];

/** Words around a metric that do not change what is measured. */
const LEADING =
  /^(十[一二三四五六]五(时期|期间)?|我国|大规模|全年|年内|今年|明年|当年|去年|全区|全县|全市|全镇|全旗|全省|我区|我县|我市|其中|累计|预计|力争|确保|努力|计划|实现|完成|共|总计|合计|全部|进一步|持续|稳定|稳步|实施|同口径|可比口径|按可比价格计算|按可比价计算)/;
/** Words that separate a plan from its outcome (计划投资 / 完成投资) but not what is measured. */
const ANYWHERE = /年度|计划|完成/g;
const TRAILING =
  /(同比|比上年|较上年|比去年|较去年|增长率|增长|增速|增幅|降幅|提高|提升|下降|降低|减少|增加|实现|完成|达到|达|突破|超过|超|为|约|分别|年均|均|保持|稳定在|控制在|不低于|不少于|以上|左右|以内|以下|总量|规模|目标|任务|的)$/;

/** Mutually exclusive words: two metrics naming different members of one group never match. */
const CONTRASTS: readonly string[][] = [
  ["城镇", "农村", "城乡"],
  ["收入", "支出"],
  ["进出口总额", "出口", "进口"],
  ["存款", "贷款"],
  ["第一产业", "第二产业", "第三产业"],
  ["增加值", "营业收入", "产值", "利润", "销售收入", "税收"],
  ["国家级", "省级", "市级", "区级", "县级", "省市"],
  ["幼儿园", "小学", "初中", "高中", "中学", "高校"],
  ["养老", "医疗", "失业", "工伤", "生育"],
  ["一般公共预算", "政府性基金"],
  ["工业", "服务业", "农业", "农牧业", "畜牧业", "林业", "旅游业", "文旅", "商贸"],
  // Works started are not works finished (新开工1043万套 / 基本建成432万套).
  ["开工", "建成"],
];
const CONTRAST_PATTERNS = CONTRASTS.map(
  (group) => new RegExp([...group].sort((a, b) => b.length - a.length).join("|"), "g"),
);

/** 省市级 counts the province's and the city's (创建省市级美丽乡村20个 reports 11个省级 among them). */
const levelsOf = (token: string): string[] => (token === "省市" ? ["省市", "省级", "市级"] : [token]);

/** Memoised: the matcher asks for the same clauses' canonical form once per promise. */
export const canonicalMetric = memoised((text: string): string => {
  let s = text;
  for (const [pattern, replacement] of CANONICAL)
    s = typeof replacement === "string" ? s.replace(pattern, replacement) : s.replace(pattern, replacement);
  return s;
});

/** The measured thing without filler (全年…同比增长 → 地区生产总值). Memoised: matching asks for the same few hundred. */
export const normaliseMetric = memoised(normaliseUncached);

function normaliseUncached(text: string): string {
  let s = canonicalMetric(text)
    .replace(/[0-9.]+(%|％)?/g, (m) => (/^\d{4}$/.test(m) ? "" : m))
    .replace(ANYWHERE, "");
  for (let i = 0; i < 6; i++) {
    const next = s.replace(LEADING, "").replace(TRAILING, "");
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Direction a context states: 增长/提高 up, 下降/减少 down. */
export function direction(context: string): "up" | "down" | null {
  if (/下降|降低|减少|压减|回落|削减|缩减/.test(context)) return "down";
  if (/增长|提高|提升|增加|增速|增幅|上升/.test(context)) return "up";
  return null;
}

/** A metric read once: its normal form, characters, bigrams and contrast words (matching compares each many times). */
interface Prepared {
  norm: string;
  chars: Map<string, number>;
  bigrams: Map<string, number>;
  tokens: Set<string>[];
  key: string;
}

function counts(items: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

const prepare = memoised((text: string): Prepared => {
  const norm = normaliseMetric(text);
  const chars = [...norm];
  return {
    norm,
    chars: counts(chars),
    bigrams: counts(chars.length < 2 ? chars : chars.slice(1).map((c, i) => chars[i]! + c)),
    tokens: CONTRAST_PATTERNS.map((pattern) => new Set((norm.match(pattern) ?? []).flatMap(levelsOf))),
    key: metricKey(canonicalMetric(text)),
  };
});

/** Every character similarity can see in a metric (its normal form and its matching key). */
export function metricChars(text: string): string {
  const p = prepare(text);
  return p.norm + p.key;
}

/** 0 when the two name different members of a contrast group; 0.9 per group only one of them names. */
function contrastFactor(ta: Set<string>[], tb: Set<string>[]): number {
  let factor = 1;
  for (let i = 0; i < ta.length; i++) {
    const x = ta[i]!;
    const y = tb[i]!;
    if (x.size && y.size) {
      if (![...x].some((token) => y.has(token))) return 0;
    } else if (x.size || y.size) factor *= 0.9;
  }
  return factor;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const [item, n] of a) {
    common += Math.min(n, b.get(item) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total ? (2 * common) / total : 0;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** Outcome words after the thing counted (背街巷道全部完工): not part of its name. */
const HEAD_TRAILING =
  /(全部|全面|顺利|基本|正式|已|均)?(完工|建成|完成|竣工|投用|投产|通车|开工|建设|改造|实施|运营|开放|投入使用|落地)+$/;
/** Heads too common to tell two counts apart by themselves (企业, 项目): a figure of one alone is no kind of it. */
export const VAGUE_HEADS = new Set(
  `收入 总值 投资 企业 项目 人数 面积 产值 规模 总额 增速 比重 数量 金额 资金 工程 人次 个数 家数 任务 指标 平台 基地
  中心 产业 经济 增长 加值 增加值 总量 人口 户数 套数 标准 费用 价格 效益 能力 水平 比例 工作 建设 设施 服务`.split(
    /\s+/,
  ),
);

/** A shared character; of two qualifiers of three characters or more, two in a row (not 三品一标 / 名特优新). */
function sharesWord(x: string, y: string): boolean {
  if (x.length >= 3 && y.length >= 3) {
    for (let i = 0; i + 2 <= x.length; i++) if (y.includes(x.slice(i, i + 2))) return true;
    return false;
  }
  return [...x].some((c) => /[\u4e00-\u9fff]/.test(c) && y.includes(c));
}

/**
 * Two counts of one thing named with other words before it (新建蔬菜大棚 / 建成大棚; 改造…等背街巷道 / 集中改造的
 * 背街巷道全部完工): the same head noun, not a vague one.
 */
function headSimilarity(x: string, y: string): number {
  const a = x.replace(HEAD_TRAILING, "");
  const b = y.replace(HEAD_TRAILING, "");
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  const head = a.slice(a.length - n);
  if (n < 2 || VAGUE_HEADS.has(head) || VAGUE_HEADS.has(head.slice(-2)) || !/^[\u4e00-\u9fff]+$/.test(head)) return 0;
  // What qualifies the head must not differ (热力主管网 / 雨水管网): one side says nothing, or they share a word.
  const [qa, qb] = [a.slice(0, a.length - n), b.slice(0, b.length - n)];
  if (qa && qb && !sharesWord(qa, qb)) return 0;
  return Math.min(0.85, 0.6 + 0.06 * n);
}

const similarities = new Map<string, Map<string, number>>();
let remembered = 0;

/** Similarity in [0, 1] of two metric names (or the words before two numbers). Memoised: matching asks often. */
export function metricSimilarity(a: string, b: string): number {
  let row = similarities.get(a);
  if (!row) {
    if (remembered > 200_000) {
      similarities.clear();
      remembered = 0;
    }
    row = new Map();
    similarities.set(a, row);
  }
  let cached = row.get(b);
  if (cached === undefined) {
    cached = similarityUncached(a, b);
    row.set(b, cached);
    remembered++;
  }
  return cached;
}

/** 居民人均可支配收入 against 城镇居民人均…: a figure of urban or rural residents is not one of all residents. */
const oneGroupOfAll = (all: string, group: string) =>
  /居民/.test(all) && !/城镇|农村|城乡|城市|农民/.test(all) && /(城镇|农村|城市)居民/.test(group);

/** 示范村 against 示范性村级综合文化服务中心, 和美乡村 against 和美乡村示范区: the longer names a place or facility of its own. */
function otherPlace(short: string, long: string): boolean {
  const head = OWN_PLACE.exec(long.replace(HEAD_TRAILING, ""));
  return head !== null && !short.replace(HEAD_TRAILING, "").endsWith(head[0]);
}
const OWN_PLACE = /(示范区|园区|中心|基地|服务站|示范点)$/;

/** Two metrics that name different members of a contrast group (城镇 / 农村, 增加值 / 产值), or one group against all. */
export function contrasted(a: string, b: string): boolean {
  const pa = prepare(a);
  const pb = prepare(b);
  return (
    contrastFactor(pa.tokens, pb.tokens) === 0 || oneGroupOfAll(pa.norm, pb.norm) || oneGroupOfAll(pb.norm, pa.norm)
  );
}

function similarityUncached(a: string, b: string): number {
  const pa = prepare(a);
  const pb = prepare(b);
  const x = pa.norm;
  const y = pb.norm;
  if (x.length < 2 || y.length < 2) return 0;
  const contrast = contrastFactor(pa.tokens, pb.tokens);
  if (contrast === 0 || oneGroupOfAll(x, y) || oneGroupOfAll(y, x)) return 0;
  // Three characters or fewer (总投资, 造林) say little about what is measured.
  const vague = Math.min(x.length, y.length) <= 3 ? 0.85 : 1;
  if (x === y) return vague;
  let score = 0.6 * dice(pa.chars, pb.chars) + 0.4 * dice(pa.bigrams, pb.bigrams);
  // The analyser's own key for one metric across reports (新增城镇就业 and 城镇新增就业 both give 城镇就业).
  if (pa.key.length >= 3 && pa.key === pb.key) score = Math.max(score, 0.9);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (
    (short.length >= 3 || short.length * 2 >= long.length) &&
    !otherPlace(short, long) &&
    isSubsequence(short, long)
  ) {
    score = Math.max(score, 0.75 + (0.25 * short.length) / long.length);
  }
  score = Math.max(score, headSimilarity(x, y));
  return Math.min(1, score * contrast * vague);
}

/**
 * 总投资 not qualified by a year (年度总投资): what projects cost over their life, reported only as another 总投资.
 * A year before the verb (全年共实施总投资…的项目) dates the work, not the amount.
 */
export const isLifetimeTotal = (metric: string) =>
  !/(年度|全年|当年)(计划)?(总投资|投资总额)/.test(metric) && /(总投资|投资总额)$/.test(normaliseMetric(metric));
