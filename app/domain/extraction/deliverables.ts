// Deliverables: a named project, place or event with a completion verb (建成投产, 开工, 创建…), not mere effort (加快, 推进).
import {
  ABSTRACT_OBJECT,
  CLAUSE_OPENERS,
  EFFORT,
  firstCompletion,
  LEADING_COMPLETION,
  leadingCompletion,
  ONGOING_ENDING,
  PREPARATION,
  RECURRING,
  VAGUE,
  withoutOpeners,
} from "~/domain/lexicon/verbs";
import { PLACE_NAMED } from "~/domain/lexicon/names";
import { DEFAULT_RULES, type RuleContext } from "~/domain/extraction/rules";
import { policyAct } from "~/domain/extraction/policy";
import { charSet } from "~/domain/text/char-set";

export interface Deliverable {
  verb: string;
  object: string;
  /** The metric: the object and its verb (民祥科技产业园建成投产). */
  metric: string;
  /** The rule that accepted it. */
  rule: string;
}

/** 支持企业上市: a kind of thing, not a named one, cannot be delivered. */
const GENERIC_SUBJECT =
  /^(?:更多|一批|优质|民营|骨干|本土|本地|重点|有条件的?|中小|科技型|规上|规模以上|龙头|各类|相关)*(?:企业|公司|项目|园区|学校|医院|机构|主体|单位)$/;
const TITLE_OBJECT =
  /(?:示范[\u4e00-\u9fa5]{0,3}|试点[\u4e00-\u9fa5]{0,3}|城市|基地|园|园区|区|县|镇|村|乡|城|街区|景区|医院|学校|高中|中学|小学|幼儿园|单位|称号|品牌|集群|样板|标杆|典型|模范|先进|中心|平台)$/;
const EVENT_OBJECT =
  /活动|赛|节|会|展|论坛|联赛|大会|季|普查|详查|换届|评估|验收|申办|演出|马拉松|(?:文化|活动|宣传|艺术|电影)周/;
const EVENT_ENDING = new RegExp(`(?:${EVENT_OBJECT.source})$`.replace("|展|", "|(?<![发进拓扩开])展|"));
const DOCUMENT_OBJECT =
  /办法|方案|意见|规划|细则|若干(?:措施|政策)|条例|标准|规定|清单|纲要|指南|行动计划|三年计划|目录|战略|法律|[\u4e00-\u9fa5]{2}法$|《[^》]+》$/;
const DOCUMENT_ENDING = new RegExp(`(?:${DOCUMENT_OBJECT.source})$`);
const NAMED = new RegExp(`[“"《、]|等|${PLACE_NAMED.source}`);
const PHYSICAL_WORK = /治理|改造|大修|修复|整治|引水|蓄水|管网|道路|供水|排水|污水|河道|桥|隧道|绿化|仓储|路网/;
/** 重大工程, 惠民工程, 一批示范项目: programmes carried on, not one project. */
const PROGRAMME = /重大|惠民|一批|专项|示范/;
const EVENT_NAMED = new RegExp(
  `[“"《]|第[一二三四五六七八九十\\d]+[届次]|首届|(?:19|20)\\d{2}|\\d+周年|周年|峰会|领导人|博览会|(?:世博|亚运|全运|省运|民运)会|旅发大会|旅游(?:产业)?发展大会|(?:全国|全省|国际|世界|亚洲)[\\u4e00-\\u9fa5]{0,8}(?:赛|会|节|展|论坛)|${PLACE_NAMED.source}`,
);
/** 第八届…洽谈会: a numbered edition is one event, even when the series goes on every year. */
const EDITION = /第[一二三四五六七八九十\d]+届|首届/;
const BUILT_NAMED = /^[^，]*[“"][^”"]+[”"][\u4e00-\u9fa5]{0,10}(?:平台|中心|园|馆|基地|系统|街区|公园|广场|站)$/;
/** 建设县城第二水源地, 建设老城区城市综合广场: a facility, bounded by a place or qualifier in front of it. */
const FACILITY =
  /(?:中心|基地|平台|中台|广场|步道|绿道|水源地|公园|乐园|冰场|场馆|馆|水厂|电站|泵站|中转站|厂|大楼|水库|大桥|隧道|医院|卫生院|学校|中学|小学|幼儿园)$/;
/** 实施王舍路排水管网改造, 实施彭家庄和正莫卫生院升级改造: renovation of a named site. */
const RENOVATION =
  /(?:改造|整治|治理|修复|改建|扩建|迁建|新建|提档升级|提质升级|修缮)(?:工程|项目|工作)?$|(?:改造|整治)[^，]*段建设$/;
const SITE_NAMED = new RegExp(
  `${PLACE_NAMED.source}|[\u4e00-\u9fa5]{2,}(?:水库|水源地|卫生院|大桥|桥|小学|中学|学校|公园|广场|市场|站)|\\d+[国省县]道|[国省县]道\\d+线?|至[\u4e00-\u9fa5]{1,8}段`,
);
/** 湖滨一里至四里, 曲塘路至长沙大道: a stretch named by its two ends (not 至少, 至今, 至于). */
const SPAN_NAMED = /[\u4e00-\u9fa5]{2,}(?<![甚以直])至(?![少今于此])[\u4e00-\u9fa5]{2,}/;
/** 将207国道双牌至零陵段作为一级公路进行改造: the 将…进行 shape puts the object before the verb. */
const BA_WORK = /^将([^，]{2,}?)(?:作为[^，]+?)?进行((?:提升)?改造|改扩建|改建|扩建|整治|修缮)$/;
/**
 * 对城南中学、北关小学等校舍进行加固改造, 对西河县城段进行综合整治: 对 puts the named sites before the works done
 * on them, as 将…进行 does (对…进行审计, 对…实施保险 are not works).
 */
const DUI_WORK =
  /^对([^，]{2,}?)(?:进行|开展|实施)((?:全面|综合|集中|拓宽|提升|提档|升级|加固|环境综合)?(?:改造提升|提升改造|改扩建|改造|改建|扩建|整治|修缮|修复|整修|维修|翻建))$/;
/** 甲、乙等一批小街小巷: sites listed by name, then their kind. */
const SITE_LIST = /[\u4e00-\u9fa5]{2,}、[\u4e00-\u9fa5]{2,}/;
/** 部分老旧管网, 城区主次干道、便道, 农村中小学校厕所: sites picked out by kind, not named. */
const VAGUE_SITES = /^(?:城区|全县|全区|县城|市区)?(?:部分|主要|重点|所有|全部|各|有关|相关|主次|主干|背街|农村|老旧)/;
/** 出台政策要有利于稳预期, 新建居住区应配套…: a modal after the verb's object makes the phrase a topic. */
const TOPIC_MODAL = /(?:要|应当?|必须|需要?)(?:有利于|配套|坚持|符合|注重|增加|与)/;
const EVENT_MADE = /^(?:把|将)([^，]{2,24}?(?:会|赛|节|展|论坛|运动会))办(?:成|好)/;
const PROJECT_STAGE = /^(?:签约|在建|待建|续建|竣工|前期|新开工|已批待建|拟建)(?:项目)?$/;
/** 预计6月上旬, 计划4月: a subject that is only a date says when, not what. */
const DATE_ONLY = /^(?:预计|计划|力争|确保)?(?:\d{1,2}月(?:上旬|中旬|下旬|初|中|底|末)?(?:前)?)+$/;
/** 在…新征程上走在前列: a verb inside a 在…上 frame is not the clause's own. */
const FRAMED = /在[^，]*$/;
const FRAME_END = /[上中][\u4e00-\u9fa5]{0,6}$/;

/** 节能减排完成市级下达目标任务, 空气质量完成年度目标任务, 能耗控制在省市下达目标之内: meeting a quota set from above is a task done. */
const QUOTA =
  /^([\u4e00-\u9fa5、“”"]{2,}?)(?:全面)?(?:完成|控制在|达到)(?:[\u4e00-\u9fa5]{0,4}?下达(?:的)?|年度|上级|省市|考核)(?:目标任务|目标|任务|指标|要求)(?:之内|以内|范围内)?$/;
/**
 * 细颗粒物浓度下降率完成省定任务, 单位GDP能耗降幅、森林覆盖率等达到市定标准, 出境断面水质达到或好于考核目标: a quota
 * fixed by the level above (省定, 市定, 考核), met or bettered, named by the indicators before the verb.
 */
const QUOTA_FIXED =
  /^([\u4e00-\u9fa5、“”"A-Za-z\d.]{2,}?)(?:全部|均|稳定)?(?:完成|达到)(?:或(?:好于|优于|超过))?(?:[省市区县]定|考核|上级)(?:的)?(?:目标任务|目标|任务|指标|标准|要求)$/;

/** 完成国家下达的单位生产总值能耗降低目标, 按照省要求完成节能减排任务: a quota named between the verb and 目标. */
const QUOTA_NAMED =
  /^(?:按照?[\u4e00-\u9fa5]{1,6}要求)?(?:全面)?完成([\u4e00-\u9fa5]{0,6}下达的?)([\u4e00-\u9fa5、]{2,}?)(?:各项)?(?:约束性)?(?:目标任务|目标|任务|指标)$/;
const QUOTA_REQUIRED =
  /^按照?([\u4e00-\u9fa5]{1,6})要求(?:全面)?完成([\u4e00-\u9fa5、]{2,}?)(?:目标任务|目标|任务|指标)$/;

/** 全面建成小康社会, 建成现代化强国: the goal of a whole nation is rhetoric, not a thing this year's plan delivers. */
const NATIONAL_GOAL = /^[\u4e00-\u9fa5]{0,16}?(?:小康社会|现代化国家|强国|中国梦|民族(?:伟大)?复兴)/;
/** 建成山清水秀的美丽东湖, 建成宜居宜业的品质之城: a described vision of the place is rhetoric, not a thing built. */
const VISION = /的(?:美丽|幸福|和谐|魅力|活力|品质|宜居|现代化|文明|富裕|繁荣|开放|创新|生态)[\u4e00-\u9fa5]{1,8}$/;
/** 今年是“十二五”收官之年: a clause saying what the year is frames the plan. */
const YEAR_FRAME = /是[^，]*(?:之年|一年)$/;

const NOTE_MARK = /\[\d{1,2}\]|〔\d{1,2}〕|【\d{1,2}】/g;

const NOTE_OPENERS = /[[〔【]/;

function withoutNoteMarks(text: string): string {
  return NOTE_OPENERS.test(text) ? text.replace(NOTE_MARK, "") : text;
}

/** 确保完成, 力争年内开工建设: a clause that is only its completion verb takes its object from the clause before. */
const BARE_COMPLETION =
  /^(?:力争|确保|争取|要|年内|今年|年底前?|\d{1,2}月(?:底|末)?前?|尽快|早日|及早|全部|全面|基本|按期|按时|如期|同步|保质保量|主体)*(?:启动实施|开工建设|建成投用|建成投产|竣工投产|建成|开工|竣工|投用|投产|完工|启动|完成任务|完成|投入使用|投入运营|交付使用|落户[\u4e00-\u9fa5]{0,4})$/;

/** Every quota shape has one of these verbs: a cheap look before the patterns. */
function saysQuotaVerb(text: string): boolean {
  return /完成|达到|控制在/.test(text);
}

export interface Rejected {
  rule: string;
  rejected: true;
}

/**
 * Every shape below needs one of these words in the clause (or 以 opening it, a means clause): a verb of COMPLETION,
 * LEADING_COMPLETION, RECURRING or policyAct, or a word a shape's own pattern asks for (达到, 控制在, 将/把, 纳入, 具备,
 * 进入, 升至, 关闭 …). Each word of a pattern that may match is a part of the clause (the clause's openers, a
 * conjunction or a prefix are only cut from its start), except where a note mark is taken out ([1], 〔2〕, 【3】).
 * may-deliver.test.ts checks that no clause of the repository's reports that the rules decide on is kept out.
 */
const DELIVERY_WORDS = [
  "常态化 每年 定期 常年 持续 继续 完成 达到 控制在",
  "建成 竣工 投产 投用 投入 交付 通车 开通 开业 开街 开园 启用 上市 挂牌 登陆 创建 争创 创成 获批 入选 通过 晋升为",
  "收官 开工 启动 搭建 上线 揭牌 落成 封顶 完工 投运 并网 攻克 脱贫 淘汰 摘帽 出列 入驻 开放 出台 印发",
  "举办 筹办 承办 办好 将 把 纳入 都 实现 做到 全覆盖 延长 对",
  "建立 推出 公布 签署 商签 签订 取消 免除 停止 放开 实行 推行 推开 实施 推广 统一 整合",
  "具备 进入 升至 升格为 申报 列入 关闭 关停 取缔 落地 正式",
  "组织 做好 作好 搞好 新建 改建 扩建 迁建 改造 提档升级 打通 设立 增设 成立 组建 制定 编制 试编 制订 修订 修编",
  "颁布 发布 开展 建设 建好 铺设",
]
  .join(" ")
  .split(" ");
/** The words by the code of their first character; a word of one character is found by its code alone. */
const DELIVERY_WORDS_BY_FIRST = new Map<number, string[]>();
for (const word of DELIVERY_WORDS) {
  const first = word.charCodeAt(0);
  DELIVERY_WORDS_BY_FIRST.set(first, [...(DELIVERY_WORDS_BY_FIRST.get(first) ?? []), word]);
}
const DELIVERY_FIRST = charSet(DELIVERY_WORDS.map((word) => word[0]).join(""));
const DELIVERY_ALONE = charSet(DELIVERY_WORDS.filter((word) => word.length === 1).join(""));
/** The words' first two characters, folded to 16 bits: most pairs that open with a first character (推进) open none. */
const DELIVERY_PAIRS = new Uint8Array(0x10000);
for (const word of DELIVERY_WORDS)
  if (word.length > 1) DELIVERY_PAIRS[pairKey(word.charCodeAt(0), word.charCodeAt(1))] = 1;

function pairKey(first: number, second: number): number {
  return ((first << 5) ^ second) & 0xffff;
}

/** One look at each character (a table), not a pattern of a hundred words: most characters start none. */
function saysDeliveryWord(clause: string): boolean {
  if (clause.startsWith("以")) return true;
  for (let i = 0; i < clause.length; i++) {
    const code = clause.charCodeAt(i);
    if (!DELIVERY_FIRST.has(code)) continue;
    if (DELIVERY_ALONE.has(code)) return true;
    if (DELIVERY_PAIRS[pairKey(code, clause.charCodeAt(i + 1))] === 0) continue;
    for (const word of DELIVERY_WORDS_BY_FIRST.get(code)!) if (clause.startsWith(word, i)) return true;
  }
  return false;
}

/**
 * Whether any rule may have something to say about the clause: a cheap look that spares most clauses of a plan
 * (加快推进…, 深化…改革) the dozens of patterns that would each find nothing.
 */
export function mayDeliver(clause: string, inherited: string | null): boolean {
  return inherited !== null || NOTE_OPENERS.test(clause) || saysDeliveryWord(clause);
}

/**
 * `clause` is folded clause text; `inherited` is the verb of an earlier clause for 以及/及/和 continuations and for
 * the numbered items of a list.
 * Null when no rule has anything to say about the clause (no verb that could deliver).
 */
export function findDeliverable(
  clause: string,
  inherited: string | null,
  rules: RuleContext = DEFAULT_RULES,
): Deliverable | Rejected | null {
  return mayDeliver(clause, inherited) ? readDeliverable(clause, inherited, rules) : null;
}

/** findDeliverable without its cheap look first (exported for the test that checks the look). */
export function readDeliverable(
  clause: string,
  inherited: string | null,
  rules: RuleContext = DEFAULT_RULES,
): Deliverable | Rejected | null {
  const reject = (rule: string): Rejected => ({ rule, rejected: true });
  if (rules.on("deliverable.recurring") && RECURRING.test(clause) && !EDITION.test(clause))
    return reject("deliverable.recurring");
  if (rules.on("deliverable.means-clause") && /^以(?!及)/.test(clause)) return reject("deliverable.means-clause");
  // 工程[7], 行动〔12〕: a note's mark is not part of the words.
  const opened = withoutNoteMarks(withoutOpeners(clause));
  const quotaVerb = saysQuotaVerb(opened);
  const quota = quotaVerb && rules.on("deliverable.quota") ? QUOTA.exec(opened) : null;
  if (quota) {
    const set = opened.includes("下达") ? "下达目标" : /要求$/.test(opened) ? "上级要求" : "年度目标";
    return accept("deliverable.quota", "完成", quota[1], quota[1], `${quota[1]}完成${set}`);
  }
  const fixed =
    quotaVerb && rules.on("deliverable.quota-fixed") && /(?:任务|目标|标准|要求)$/.test(opened)
      ? QUOTA_FIXED.exec(opened)
      : null;
  if (fixed && /[\u4e00-\u9fa5]{2}/.test(fixed[1]) && !/^(?:各项|全年|年度)/.test(fixed[1]))
    return accept("deliverable.quota-fixed", "完成", fixed[1], fixed[1], `${fixed[1]}完成上级目标`);
  const named =
    quotaVerb && rules.on("deliverable.quota") ? (QUOTA_NAMED.exec(opened) ?? QUOTA_REQUIRED.exec(opened)) : null;
  if (named)
    return accept("deliverable.quota", "完成", named[2], named[2], `${named[2]}完成${named[1] ? "下达目标" : "任务"}`);
  const completion = rules.on("deliverable.completion-verb")
    ? (completionIn(hideQuoted(opened)) ?? trailingCompletion(opened) ?? wholeCompletion(clause, opened))
    : null;
  if (completion) {
    const before = opened.slice(0, completion.index);
    // 开展省级卫生城市创建工作, 推进…镇创建国家级生态乡镇工作: the work of winning a named title is winning it.
    const titleWork =
      rules.on("deliverable.title-work") &&
      /^(?:创建|争创)$/.test(completion.text) &&
      /(?<!的)工作$/.test(opened) &&
      TITLE_OBJECT.test(
        (opened.slice(completion.index + completion.text.length).replace(/工作$/, "") || before).replace(
          /[”"》]+$/,
          "",
        ),
      );
    if (titleWork)
      return titleWorkDeliverable(
        before.replace(/^(?:做好|作好|抓好)/, ""),
        completion.text,
        opened.slice(completion.index + completion.text.length).replace(/工作$/, ""),
      );
    if (rules.on("deliverable.preparation") && PREPARATION.test(before)) return reject("deliverable.preparation");
    const subject = before
      .replace(EFFORT, "")
      // 年底前把永久基本农田…建成, 2027年底前将水厂建成: what is left of a time frame, and the marker of the thing made.
      .replace(/^(?:[年月]?[底末]?前)?(?:把|将(?![军乐]))/, "")
      .replace(
        /(?:\d{1,2}月(?:底|末)前?|\d{1,2}月前|年内|年底前|年底|今年|上半年|下半年|[春夏秋冬]季|主体|全部|全面|基本|顺利|圆满|正式|率先|如期|按期|尽快|高质量|高水平|成功|要|将|必须|按时|保质保量|分别|于今明两年|于(?:19|20)\d{2}年(?:底|前)?|提前[一两二三]年|启动|力促|力争|争取|确保|按计划)+$/,
        "",
      );
    // 在建项目力促竣工, 签约项目抓开工, 签约开工一批: projects by their stage, a milestone for all of them.
    if (rules.on("deliverable.project-stage") && (PROJECT_STAGE.test(subject) || /抓$/.test(before)))
      return reject("deliverable.project-stage");
    if (
      rules.on("deliverable.generic-subject") &&
      (GENERIC_SUBJECT.test(subject) ||
        DATE_ONLY.test(subject) ||
        (completion.text === "上市" && /(?:企业|公司)(?:在国内|在境[内外])?$/.test(subject) && !NAMED.test(subject)))
    )
      return reject("deliverable.generic-subject");
    // 支持交通银行、兴业银行等入驻: named firms moving in, not firms still to be attracted (引进…入驻).
    if (
      rules.on("deliverable.generic-subject") &&
      completion.text === "入驻" &&
      (!NAMED.test(subject) || /引进|引入|引导|招引|吸引|争取|推动|鼓励/.test(before))
    )
      return reject("deliverable.generic-subject");
    // 新图书馆要尽快对外开放: a facility opened to the public (not 扩大对外开放, an economy opening up).
    if (rules.on("deliverable.generic-subject") && /开放$/.test(completion.text) && !FACILITY.test(subject))
      return reject("deliverable.generic-subject");
    // 开通 a bus line, a flight route, a railway: a hotline or a service platform is opened every year.
    if (
      rules.on("deliverable.route-needed") &&
      completion.text === "开通" &&
      !/线|路|航|班列|公交|铁|站|口岸|港/.test(opened.replace(/热线/g, ""))
    )
      return reject("deliverable.route-needed");
    const after = opened.slice(completion.index + completion.text.length);
    // 建成以下重点项目：…: the lead of a list names no work itself; its items do.
    if (rules.on("deliverable.generic-subject") && /^以下/.test(after)) return reject("deliverable.generic-subject");
    // 出台的政策, 严格控制新开工项目, 出台政策和举措要有利于…: the verb describes or heads a topic, it delivers nothing.
    if (
      rules.on("deliverable.attributive-verb") &&
      (after.startsWith("的") ||
        (/新$/.test(before) && /^项目/.test(after)) ||
        TOPIC_MODAL.test(after) ||
        /(?:契机|机遇)$/.test(after))
    )
      return reject("deliverable.attributive-verb");
    // 借助…意见的出台: the verb made a noun (…的出台) says what helps, not what is done.
    if (
      rules.on("deliverable.means-clause") &&
      before.endsWith("的") &&
      after === "" &&
      !/^(?:抓好|做好|确保|力争|争取|推进|加快推进|完成)/.test(opened)
    )
      return reject("deliverable.means-clause");
    if (rules.on("deliverable.framed") && ((FRAMED.test(before) && FRAME_END.test(after)) || YEAR_FRAME.test(opened)))
      return reject("deliverable.framed");
    if (rules.on("deliverable.national-goal") && NATIONAL_GOAL.test(after)) return reject("deliverable.national-goal");
    if (rules.on("deliverable.vision") && /^建成|^基本建成/.test(completion.text + after) && VISION.test(after))
      return reject("deliverable.vision");
    if (rules.on("deliverable.ongoing-or-abstract") && (ONGOING_ENDING.test(after) || ABSTRACT_OBJECT.test(after)))
      return reject("deliverable.ongoing-or-abstract");
    // 通过省级技术核查: the verb's match holds its own object.
    const own = completion.text.startsWith("通过") ? completion.text.slice(2) : "";
    const object = subject.length >= 2 ? subject : after.replace(/^好/, "") || own;
    const metric =
      subject.length >= 2 ? `${subject}${completion.text}${after}` : `${after.replace(/^好/, "")}${completion.text}`;
    return accept("deliverable.completion-verb", completion.text, object, after || object, metric, rules);
  }
  const policy = rules.on("deliverable.lead-policy") ? policyAct(clause.replace(/^(?:以及|及|和|与|并且?)/, "")) : null;
  if (policy)
    return {
      verb: policy.verb,
      object: policy.object,
      metric: `${policy.object}${policy.verb}`.slice(0, 60),
      rule: "deliverable.lead-policy",
    };
  // 把上海世博会办成一届成功的盛会: an event made a success is an event held.
  const event = rules.on("deliverable.lead-event") ? EVENT_MADE.exec(opened) : null;
  if (event && EVENT_NAMED.test(event[1]))
    return accept("deliverable.lead-event", "办好", event[1], event[1], `${event[1]}办好`, rules);
  const ba = rules.on("deliverable.ba-work") ? BA_WORK.exec(opened) : null;
  if (ba && SITE_NAMED.test(ba[1])) return accept("deliverable.ba-work", ba[2], ba[1], ba[1], `${ba[1]}${ba[2]}`);
  const dui = rules.on("deliverable.dui-work") && opened.startsWith("对") ? DUI_WORK.exec(opened) : null;
  if (dui && (SITE_NAMED.test(dui[1]) || SITE_LIST.test(dui[1])) && !VAGUE_SITES.test(dui[1]))
    return accept("deliverable.dui-work", dui[2], dui[1], dui[1], `${dui[1]}${dui[2]}`);
  const milestone = rules.on("deliverable.named-milestone") ? namedMilestone(opened) : null;
  if (milestone) return milestone;
  const status = rules.on("deliverable.status-reached") ? statusReached(opened) : null;
  if (status) return status;
  const phaseOut = rules.on("deliverable.phase-out") ? PHASE_OUT.exec(opened) : null;
  if (phaseOut && BOUNDED_CLASS.test(phaseOut[2]) && !UNBOUNDED_CLASS.test(phaseOut[2]) && !GRADUAL.test(clause))
    return accept("deliverable.phase-out", phaseOut[1], phaseOut[2], phaseOut[2], `${phaseOut[2]}${phaseOut[1]}`);
  const prefixed =
    rules.on("deliverable.prefixed-verb") && leadingCompletion(opened) === null ? afterPrefix(opened) : null;
  const body = prefixed ?? opened;
  const verb = leadingCompletion(body) ?? inherited;
  if (!verb) return null;
  // 加快建设成都西部区域中心: 建设 after an effort verb is work going on, not a thing delivered.
  if (
    rules.on("deliverable.effort-build") &&
    verb === "建设" &&
    /(?:加快|加速|推进|推动|抓紧|持续|全力)建设/.test(clause)
  )
    return reject("deliverable.effort-build");
  // 加快实施城东路网工程: a programme carried on, not a thing delivered this year.
  if (
    rules.on("deliverable.effort-implement") &&
    /实施/.test(verb) &&
    /(?:加快|加速|推进|推动|抓紧|持续|深入|继续|全力)(?:组织)?实施/.test(clause)
  )
    return reject("deliverable.effort-implement");
  const written = (body.startsWith(verb) ? body.slice(verb.length) : body.replace(/^(?:以及|及|和|与|并)/, "")).trim();
  // 广泉大街拓宽改造工程(从中心路至前泉坊转盘): the stretch in brackets after the works says where, not what (the
  // bracket may still name the road: 打通西二环北延（北三环至建业路）).
  const object = written.replace(/(?<=[\u4e00-\u9fa5]{4})[（(][^（()）]{2,24}[）)]$/, "");
  if (rules.on("deliverable.attributive-verb") && TOPIC_MODAL.test(object))
    return reject("deliverable.attributive-verb");
  const bare = leadRule(verb, object);
  const rule = bare.concrete || object === written ? bare : leadRule(verb, written);
  if (!rules.on(rule.id)) return null;
  if (!rule.concrete) {
    const id = rule.rejectAs ?? "deliverable.unnamed-object";
    return rules.on(id) ? reject(id) : null;
  }
  // 做好第四次全国农业普查工作: the census is the thing; 工作 after it adds nothing.
  const thing = /lead-event|lead-complete|lead-renovate-site|lead-start/.test(rule.id)
    ? object.replace(/的?工作$/, "")
    : rule.id === "deliverable.lead-document"
      ? object.replace(/^(?:和|并)?实施/, "")
      : object;
  const made = accept(
    rule.id,
    verb,
    thing,
    thing,
    `${thing}${verb.replace(/^[\u4e00-\u9fa5]{1,3}化(?=改造)/, "")}`,
    rules,
  );
  return prefixed && made && !("rejected" in made) ? { ...made, rule: "deliverable.prefixed-verb" } : made;
}

/**
 * 县城外完成…, “五一”前完成…, 投资2500万元完成…, 坚决按时限、高质量完成…, 结合总体规划编制完成…: a place or time
 * frame, the investment, a manner adverb or the work it goes along with before the clause's own verb leaves the verb
 * the clause's own.
 */
const VERB_PREFIX =
  /^(?:(?:总)?投资[\d.]+[万亿]?元(?=完成|启动)|[“"]?[\u4e00-\u9fa5]{1,4}[”"]?前|[\u4e00-\u9fa5]{2,3}[外内]|坚决|按时限|切实|认真|及时|彻底|稳妥|依法|依规|同步|结合[\u4e00-\u9fa5]{2,12}?(?:编制|修编|建设|工作))[、，]?/;

/** The clause after its prefixes, when its own verb follows them. */
function afterPrefix(opened: string): string | null {
  let rest = opened;
  for (let i = 0; i < 3; i++) {
    const prefix = VERB_PREFIX.exec(rest);
    if (!prefix) break;
    rest = rest.slice(prefix[0].length).replace(CLAUSE_OPENERS, "");
    if (LEADING_COMPLETION.test(rest)) return rest;
  }
  return null;
}

/**
 * “某某”项目投产达效, 某某污水处理厂年内具备运营条件, 某某厂房完成主体, 启动运营某某养老中心: a milestone of a named
 * project or facility that the completion verbs do not name (一大批项目投产达效 names none); 某某产业园尽快落地,
 * 某某中心正式运营, 实现某某小镇一期运营: a named project or site settling or opening (a bare 落地 or 运营 is a
 * policy carried out or a way of running things, so the adverb that makes it an event is part of the milestone).
 */
const MILESTONE_AFTER =
  /^([^，]{2,}?)(?:年内|力争|确保|尽快|年底前?|\d{1,2}月(?:份|底)?前?)*(投产达效|投产见效|具备(?:运营|投用|使用|通车|招生|开园)条件|完成主体(?:工程|施工|建设)?|(?:尽快|早日)(?:签约)?落地|正式(?:运营|开业))$/;
const MILESTONE_BEFORE = /^(启动运营)([^，]{2,})$/;
/** 实现某某小镇一期运营: the site named between 实现 and its opening. */
const OPENING_REACHED = /^实现([^，]{2,}?)(?:正式)?(运营|开业)$/;
const BUILT_THING = /(?:园区?|厂房|楼|项目|工程|小镇|景区|市场)(?:[一二三四五]期)?$/;

function namedMilestone(opened: string): Deliverable | null {
  // Each shape needs a word of its own: a cheap look before its pattern.
  const after = /投产|具备|完成主体|落地|正式/.test(opened) ? MILESTONE_AFTER.exec(opened) : null;
  const reached = after || !opened.startsWith("实现") ? null : OPENING_REACHED.exec(opened);
  const before = after || reached ? null : MILESTONE_BEFORE.exec(opened);
  const [subject, verb] = after
    ? [after[1], after[2]]
    : reached
      ? [reached[1], reached[2]]
      : before
        ? [before[2], before[1]]
        : [];
  if (!subject || !verb) return null;
  const named =
    NAMED.test(subject) || FACILITY.test(subject) || (BUILT_THING.test(subject) && !GENERIC_SUBJECT.test(subject));
  if (!named || VAGUE.test(subject) || /大批/.test(subject) || (before && !FACILITY.test(subject))) return null;
  return { verb, object: subject, metric: `${subject}${verb}`.slice(0, 60), rule: "deliverable.named-milestone" };
}

/**
 * 电站纳入国家…规划, 职教中心升格为高职院校, 将…遗址申报为国家级文物保护单位, …园区进入省级农业园区: a named place,
 * facility or list of them entering a list or status fixed above (国家, 省级, 5A级, …规划); 考核进入B以上等次: a grade.
 */
const STATUS = /^(?:将|把)?([^，]{2,}?)(?:力争|确保|争取|年内|要)*(纳入|进入|升格为|申报为|列入)([^，]{2,})$/;
const STATUS_VERB = /纳入|进入|升格为|申报为|列入/;
const STATUS_LEVEL = /国家|省|市级|[\dA-Z]A级|规划|名录|院校/;
const GRADE = /(?:进入|升至|跃升至)(?:全省|全市|全国)?[A-D](?:以上)?(?:类等次|类|等次|档)$/;

/**
 * 某某纪念馆年内申报国家4A级景区, 申报某某湖、某某山国家5A级景区: a named site applying for a scenic-area grade is the
 * grade sought, as 创建 it is (积极申报…示范基地, a title with no site named, is an application).
 */
const SCENIC_GRADE_APPLIED =
  /^([^，]*?)(?:年内|年底前?|力争|确保|争取|积极)*申报([^，]*?)((?:国家|省级?)?[1-5]A级(?:旅游)?景区)$/;

function scenicGradeApplied(opened: string): Deliverable | null {
  const match = opened.includes("申报") ? SCENIC_GRADE_APPLIED.exec(opened) : null;
  if (!match) return null;
  const site = match[1] || match[2]!;
  if (!site || (match[1] && match[2])) return null;
  const named = FACILITY.test(site) || BUILT_THING.test(site) || /、/.test(site) || PLACE_NAMED.test(site);
  if (!named || VAGUE.test(site) || KIND_QUALIFIER.test(site)) return null;
  // The grade is the thing sought: a review that names the site with another title reports on something else.
  const sought = `${site.replace(/、/g, "和")}${match[3]}`;
  return { verb: "申报", object: sought, metric: sought.slice(0, 60), rule: "deliverable.status-reached" };
}

function statusReached(opened: string): Deliverable | null {
  if (GRADE.test(opened))
    return { verb: "进入", object: opened, metric: opened.slice(0, 60), rule: "deliverable.status-reached" };
  const applied = scenicGradeApplied(opened);
  if (applied) return applied;
  // STATUS needs one of its verbs: a cheap look before the pattern's costly search for them.
  const match = STATUS_VERB.test(opened) ? STATUS.exec(opened) : null;
  if (!match) return null;
  const [, subject, verb, status] = match;
  const named = FACILITY.test(subject) || /园区?$/.test(subject) || /、/.test(subject) || PLACE_NAMED.test(subject);
  if (!named || GENERIC_SUBJECT.test(subject) || VAGUE.test(subject) || !STATUS_LEVEL.test(status)) return null;
  return {
    verb,
    object: subject,
    metric: `${subject}${verb}${status}`.slice(0, 60),
    rule: "deliverable.status-reached",
  };
}

/**
 * 全面淘汰国三及以下营运柴油货车, 关闭第一、第二水厂: closing down or phasing out a class bounded by a standard or a
 * threshold, or named plants, is done once (淘汰落后产能, 取缔非法…, 淘汰小型锅炉 name no bounded class).
 */
const PHASE_OUT = /^(?:坚决|彻底|同时|同步)?(淘汰|关闭|关停|取缔)([^，]{2,})$/;
const BOUNDED_CLASS = /[及以]下|国[一二三四五六]|第[一二三四五六七八九十\d]+/;
const UNBOUNDED_CLASS = /落后|非法|老旧|小型|不达标/;
/** 加快淘汰, 逐步关闭, 继续淘汰: the phasing out is going on, not done. */
const GRADUAL = /加快|加速|推进|推动|继续|持续|进一步|逐步|有序|分批|到期/;

/** Whether the clause could be the milestone of a list before it (it ends on one of the milestone verbs' last characters). */
export function mayListBefore(clause: string): boolean {
  return LIST_MILESTONE_ENDS.has(clause.charCodeAt(clause.length - 1));
}

/** 确保尽快开工, 力争早日签约落地, 确保投产达效: a clause that is only the milestone of projects named before it. */
const LIST_MILESTONE =
  /^(?:力争|确保|争取|要|年内|今年|年底前|尽快|及早|早日|按期|按时|如期|全部)*(?:开工建设|建成投用|建成投产|竣工投产|投产达效|签约落地|落地开工|开工|竣工|投用|投产|建成|落地)$/;
/** The last characters of LIST_MILESTONE's verbs. */
const LIST_MILESTONE_ENDS = charSet("设用产效地工成");
/** 对城东物流园、南湖科创园等续建项目, 精准对接A、B和C等项目, …等项目的推进: a named list of projects. */
const PROJECT_LIST = /[、和][^，]*等[\u4e00-\u9fa5]{0,8}项目$/;

/**
 * 对城东物流园、南湖科创园等续建项目，提供全方位服务，确保投产达效: a named list of projects earlier in the sentence
 * (with at most two clauses of service or paperwork between, promising nothing) and a clause that is only their
 * milestone. `earlier` are the clauses before, nearest last; returns how far back the list stands.
 */
export function listedBefore(
  clause: string,
  earlier: string[],
  rules: RuleContext = DEFAULT_RULES,
): { deliverable: Deliverable; back: number } | null {
  if (!rules.on("deliverable.list-before") || !LIST_MILESTONE.test(clause)) return null;
  const verb = /(?:开工建设|建成投用|建成投产|竣工投产|投产达效|签约落地|落地开工|开工|竣工|投用|投产|建成|落地)$/.exec(
    clause,
  )![0];
  for (let back = 1; back <= Math.min(3, earlier.length); back++) {
    const object = earlier[earlier.length - back]!.replace(/^(?:对|精准对接|对接|引导|督促)/, "")
      .replace(EFFORT, "")
      .replace(/的(?:推进|前期(?:工作)?)$/, "");
    if (PROJECT_LIST.test(object) && !VAGUE.test(object))
      return {
        deliverable: { verb, object, metric: `${object}${verb}`.slice(0, 60), rule: "deliverable.list-before" },
        back,
      };
  }
  return null;
}

/**
 * 其中交通工程4项：（1）某某路南延工程（2）某某大桥建设, 实施以下项目：某某路改造工程、某某公园建设项目: an item of a
 * list whose lead gives the obligation is only a name — a place, road, school or numbered phase, and a works or
 * facility head. A kind of works (农村公路建设项目, 各乡镇卫生院改造) names nothing one can count.
 */
const LIST_ITEM_HEAD =
  /(?:工程|项目|建设|改造|迁建|扩建|改建|改扩建|新建|大修|整治|整修|维修|硬化|亮化|[东南西北]延|教学楼|综合楼|楼|大楼|中心|馆|站|厂|公园|游园|广场|管网)$/;
/** Words that make a kind of works, not one named work. */
const LIST_ITEM_KIND =
  /^(?:全县|全区|全市|全镇|各|每|一批|若干|重点|部分|主要|农村|乡村|乡镇|村级|社区|城乡|老旧|背街|中小|其他|其它|相关|有关)/;
/** A name: a place, road or water, a school, a site, a numbered phase or a figure (110千伏), the town's own (城区, 县…). */
const LIST_ITEM_NAME = new RegExp(
  `${PLACE_NAMED.source}|[\u4e00-\u9fa5]{2,}(?:大街|大道|线|渠|桥|湖|公园|广场|高中|中学|小学|幼儿园|医院|水库)|[一二三四五六七八九十\\d]期|\\d|^(?:城区|县城|市区|主城区|城[东南西北]|[东南西北]城|[东南西北]关|县(?=[\u4e00-\u9fa5]{2}))|(?:职教|行政|政务服务|会展)中心|(?:人民|中)医院|[\u4e00-\u9fa5]{2,}(?:产业|工业|科技|经济|物流)?园区`,
);

/** Whether a clause of a list under an obligation is one named work (brackets after the name say where). */
export function namedListItem(item: string): string | null {
  const name = item
    .replace(/^(?:以及|及|和|与)/, "")
    .replace(/^(?:总)?投资[\d.]+[万亿]?元的/, "")
    .replace(/(?<=[\u4e00-\u9fa5]{2})[（(][^（()）]{1,30}[）)]$/, "");
  if (name.length < 4 || name.length > 40 || /[，。；：]/.test(name)) return null;
  if (!LIST_ITEM_HEAD.test(name) || LIST_ITEM_KIND.test(name) || VAGUE.test(name) || GENERIC_SUBJECT.test(name))
    return null;
  // 推动某某医院二期工程, 加快某某路建设: an item with a verb of its own says how, and other rules read it.
  if (EFFORT.test(name) || /推进|推动|加快|加大|支持|促进|做好|抓好/.test(name)) return null;
  // 某某园区 alone: the kind of park must follow a name of its own.
  const probe = name.replace(/^(?:产业|工业|科技|经济|物流)园区/, "");
  return LIST_ITEM_NAME.test(probe) ? name : null;
}

/** The title won (after the verb, or before it when the verb ends the phrase: 省级文明城市创建工作). */
function titleWorkDeliverable(before: string, verb: string, after: string): Deliverable | Rejected | null {
  const subject = before.replace(EFFORT, "");
  const title = after || subject;
  const metric = after ? `${subject}${verb}${after}` : `${subject}${verb}`;
  return accept("deliverable.title-work", verb, title, title, metric);
}

/**
 * 全力支持城东产业园建设，确保年内启动实施: a clause that is only a completion verb takes the project named by the
 * clause before it (which promised nothing by itself) as its object.
 */
export function carriedDeliverable(
  clause: string,
  previous: string,
  rules: RuleContext = DEFAULT_RULES,
): Deliverable | null {
  if (!rules.on("deliverable.object-before") || !BARE_COMPLETION.test(clause)) return null;
  const verb =
    /(?:启动实施|开工建设|建成投用|建成投产|竣工投产|建成|开工|竣工|投用|投产|完工|启动|完成|投入使用|投入运营|交付使用|落户)(?=任务$|[\u4e00-\u9fa5]{0,4}$)/.exec(
      clause,
    )![0];
  // 加快推进…项目建设进度, 加大…等项目的协调力度, 做好…建设的各项前期准备工作: the pace of the work or its groundwork
  // is said of the project; the project is the object.
  const object = previous
    .replace(CLAUSE_OPENERS, "")
    .replace(EFFORT, "")
    .replace(/^(?:做好|加大|对接|洽谈)+/, "")
    .replace(/的?(?:各项)?前期(?:准备)?(?:工作)?$/, "")
    .replace(/的?(?:建设|推进|协调)?(?:进度|速度|力度)$/, "");
  if (
    !/(?:建设|重建|项目|工程)$/.test(object) ||
    object.length < 4 ||
    VAGUE.test(object) ||
    GENERIC_SUBJECT.test(object)
  )
    return null;
  return { verb, object, metric: `${object}${verb}`.slice(0, 60), rule: "deliverable.object-before" };
}

/** `what` is what the verb makes or wins (the title after 创建, the event after 举办). */
function accept(
  rule: string,
  verb: string,
  object: string,
  what: string,
  metric: string,
  rules: RuleContext = DEFAULT_RULES,
): Deliverable | Rejected | null {
  const reject = (id: string): Rejected | null => (rules.on(id) ? { rule: id, rejected: true } : null);
  const trimmed = object.replace(/^[的、，,]+|[的、，,]+$/g, "");
  if (trimmed.length < 2 || !/[\u4e00-\u9fa5]{2}/.test(trimmed))
    return { rule: "deliverable.no-object", rejected: true };
  const namedEvent = /^(?:举办|筹办|承办|办好)$/.test(verb) && EVENT_NAMED.test(what);
  // 修订外商投资相关法律, 制定划转部分国有资本…办法: a named document, whatever its words.
  // 出台支持民营经济发展的若干措施: 若干措施 is the genre of a document, not a vague number of measures.
  const namedDocument =
    rule === "deliverable.lead-document" || (/^(?:出台|印发)$/.test(verb) && /若干(?:措施|政策)$/.test(what));
  // 城东变电站及相关线路: the lines that go with a named site are bounded by it.
  const own = trimmed.replace(/(?<=[\u4e00-\u9fa5A-Za-z\d]{2})[及和与]相关(?=[\u4e00-\u9fa5])/, "");
  const bounded = own !== trimmed && SITE_NAMED.test(trimmed);
  if (VAGUE.test(own) && !/[“"、]|等/.test(trimmed) && !namedEvent && !namedDocument && !bounded) {
    const rejected = reject("deliverable.vague-object");
    if (rejected) return rejected;
  }
  // 完成…约束性指标: a quota named by its kind is a task, even though it ends on 指标 or 目标.
  if (ABSTRACT_OBJECT.test(trimmed) && !(rule === "deliverable.lead-complete" && /约束性|下达/.test(trimmed))) {
    const rejected = reject("deliverable.abstract-object");
    if (rejected) return rejected;
  }
  const title = what.replace(/[”"》」』]+$/, "");
  // 创建“东湖大米”品牌: a brand is a title only when it is named (创建农产品品牌 names a kind).
  if (/^(?:创建|争创|创成)$/.test(verb) && (!TITLE_OBJECT.test(title) || (/品牌$/.test(title) && !NAMED.test(title)))) {
    const rejected = reject("deliverable.title-needed");
    if (rejected) return rejected;
  }
  if (/^(?:举办|筹办|承办|办好)$/.test(verb) && !(EVENT_OBJECT.test(what) && EVENT_NAMED.test(what))) {
    const rejected = reject("deliverable.named-event-needed");
    if (rejected) return rejected;
  }
  if (/^(?:出台|印发)$/.test(verb) && !DOCUMENT_OBJECT.test(what)) {
    const rejected = reject("deliverable.document-needed");
    if (rejected) return rejected;
  }
  return { verb, object: trimmed, metric: metric.slice(0, 60), rule };
}

/** Verbs inside quotation marks are part of a name or slogan (“靓鸟上市”战役). */
function hideQuoted(text: string): string {
  if (!/[“"]/.test(text)) return text;
  return text.replace(/[“"][^”"]*[”"]/g, (quoted) => "“" + "囗".repeat(Math.max(0, quoted.length - 2)) + "”");
}

/** 完成脱贫任务, 完成抢险救灾等急难险重任务: the task of a campaign or of standing duties is not one thing delivered. */
const CAMPAIGN_TASK = /(?:脱贫(?:攻坚)?|抢险救灾|反恐维稳|维和护航|急难险重)[\u4e00-\u9fa5、]*任务$/;

/** The rule for a clause's own verb (实施, 新建 …) and whether its object is named or clearly bounded. */
function leadRule(verb: string, object: string): { id: string; concrete: boolean; rejectAs?: string } {
  if (object.length < 2) return { id: "deliverable.no-object", concrete: false, rejectAs: "deliverable.no-object" };
  // 完成物流园区的审批工作: the work named before 工作 is the task; 完成全年各项工作 names none.
  if (/完成/.test(verb)) {
    // 完成全年财税收入任务: the year's task named by its field is a task; 完成全年各项任务 names none.
    const task = object
      .replace(/的?工作$/, "")
      .replace(/^(?:全年|年度|今年)(?=[\u4e00-\u9fa5]{4,}任务$)(?!各项|全部|既定|目标)/, "");
    if (CAMPAIGN_TASK.test(task))
      return { id: "deliverable.lead-complete", concrete: false, rejectAs: "deliverable.campaign-task" };
    return {
      id: "deliverable.lead-complete",
      concrete:
        task.length >= 4 &&
        (!ABSTRACT_OBJECT.test(task) || /约束性|下达/.test(task)) &&
        !/^(?:全年|年度|今年|各项|全部|既定)/.test(task),
    };
  }
  // 实施“…进乡村”活动: a campaign carried out, not a thing delivered.
  if (/实施/.test(verb) && /(?:活动|行动)$/.test(object))
    return { id: "deliverable.campaign", concrete: false, rejectAs: "deliverable.campaign" };
  // 组织第五次经济普查, 开展第四次全国农业普查(工作), but not 实施…节点改造工程 (节 inside a word).
  const event = object.replace(/工作$/, "");
  if (EVENT_ENDING.test(event) && /实施|组织|开展|[做作搞]好/.test(verb))
    return { id: "deliverable.lead-event", concrete: EVENT_NAMED.test(event) || /普查|详查|换届/.test(event) };
  if (/^(?:开展|[做作搞]好)$/.test(verb)) return { id: "deliverable.lead-event", concrete: false };
  // 举办…活动，以及…第二届…演出: an event verb carried into the next item holds a named event there too.
  if (/^(?:举办|筹办|承办|办好)$/.test(verb))
    return { id: "deliverable.lead-event", concrete: EVENT_OBJECT.test(event) && EVENT_NAMED.test(event) };
  // 建立县级应急物资储备库: a body or a store set up; rules and systems (…制度, …机制) are not delivered things.
  // 成立“铁骑”中队, 启动“春雨”人才计划, 成立徐水（大王店）经济开发区管委会: a quoted or bracketed proper name before
  // the unit or programme set up or started names one thing (实施“…”工程 is a programme carried on).
  if (/启动|成立|设立|组建/.test(verb) && PROPER_NAME_THEN_KIND.test(object))
    return { id: /启动/.test(verb) ? "deliverable.lead-start" : "deliverable.lead-set-up", concrete: true };
  if (verb === "建立")
    return {
      id: "deliverable.lead-set-up",
      concrete: /(?:基金|公司|中心|联盟|研究院|储备库)$/.test(object) || namedUnit(object),
    };
  if (/实施/.test(verb)) {
    if (RENOVATION.test(object) && SITE_NAMED.test(object))
      return { id: "deliverable.lead-renovate-site", concrete: true };
    // 实施退牧还草、天然林保护等重大生态工程: a national programme names policy fields, not a site.
    const project = object.replace(/(?<=工程|项目)建设$/, "");
    return {
      id: "deliverable.lead-implement",
      concrete:
        (/(?:工程|项目|试点)$/.test(project) &&
          !PROGRAMME.test(project) &&
          (PLACE_NAMED.test(project) || SITE_NAMED.test(project) || PHYSICAL_WORK.test(project))) ||
        newPhase(project) ||
        siteWork(object),
    };
  }
  // 建好县第二人民医院新院区: 建好 says the thing will be finished; a named one will do.
  if (verb === "建好" && (NAMED.test(object) || SITE_NAMED.test(object)))
    return { id: "deliverable.lead-build", concrete: true };
  if (verb === "建设" || verb === "建好") {
    if (/覆盖|全域|各|每|重大/.test(object) || VAGUE.test(object))
      return { id: "deliverable.lead-build", concrete: false };
    return {
      id: "deliverable.lead-build",
      concrete:
        BUILT_NAMED.test(object) || (FACILITY.test(object) && boundedFacility(object)) || siteWork(object, true),
    };
  }
  if (/启动/.test(verb)) {
    const named = NAMED.test(object) || SITE_NAMED.test(object) || /^第/.test(object);
    // 启动湖滨一里至四里改造: renovation of a stretch named by its two ends.
    if (RENOVATION.test(object) && (named || SPAN_NAMED.test(object)))
      return { id: "deliverable.lead-start", concrete: true };
    // 启动党政办公大楼建设, 启动公务用车制度改革, 启动投贷联动试点: starting a work, reform or pilot is a milestone of
    // its own; a batch (一批), a campaign (行动, 计划) or the groundwork (前期) is not one.
    const started =
      (/(?:建设|工程|项目|普查|调查|改革|试点|规划|规划调整|详规调整|修缮|搬迁|拆违)$/.test(object) ||
        /^[“"][^”"]+[”"]$/.test(object) ||
        // 启动燃煤电厂脱硝工作: a named task begun (not the groundwork, an application, a survey).
        (/^[\u4e00-\u9fa5]{4,}工作$/.test(object) && !/筹备|准备|调研|摸底|各项|相关/.test(object))) &&
      object.length >= 5 &&
      !/^(?:城市更新|基础设施|重点|重大|民生|产业)(?:建设|工程|项目)$/.test(object) &&
      !/前期|行动|计划|申报/.test(object) &&
      !VAGUE.test(object);
    return {
      id: "deliverable.lead-start",
      concrete:
        started ||
        siteWork(object) ||
        newPhase(object) ||
        ((/(?:建设|工程|项目|普查)$/.test(object) || /^(?:新建|迁建|改建|扩建)/.test(object)) && named),
    };
  }
  if (/设立|增设|成立|组建/.test(verb))
    return {
      id: "deliverable.lead-set-up",
      concrete:
        /(?:基金|公司|中心|集团|联盟|研究院|学院|协会|平台|奖学金|助学金)$/.test(object) ||
        /^[“"][^”"]+[”"]$/.test(object) ||
        // 增设自贸试验区新片区: a new zone added.
        (verb === "增设" && /(?:试验区|片区|保税区|开发区|新区)$/.test(object)),
    };
  if (/制定|编制|试编|制订|修订|修编|颁布|发布/.test(verb)) {
    const document = object.replace(/^(?:和|并)?实施/, "");
    // 全面编制政府性基金预算, 试编社会保险基金预算: a budget drawn up for the first time is a document.
    // The year's own budget (编制2026年…预算) is drawn up every year.
    const budget = /编/.test(verb) && /[\u4e00-\u9fa5]{2,}预算$/.test(document) && !/^(?:19|20)\d{2}年/.test(document);
    return { id: "deliverable.lead-document", concrete: namedDocument(document) || budget };
  }
  // 铺设将军大道(…段)供热主管网: a pipe or line laid along a named street.
  if (verb === "铺设")
    return {
      id: "deliverable.lead-lay",
      concrete: /(?:管网|管道|管线|线路|光缆)$/.test(object) && (PLACE_NAMED.test(object) || SITE_NAMED.test(object)),
    };
  if (verb === "打通") return { id: "deliverable.lead-named-work", concrete: namedRoad(object) };
  return { id: "deliverable.lead-named-work", concrete: NAMED.test(object) || siteWork(object) };
}

/** The site kinds one place has one or a few of, each a thing to build or renovate. */
const SITE_KIND =
  /电站|水厂|厂|站|市场|中心|馆|医院|卫生院|学校|中学|小学|幼儿园|公园|广场|大街|街|路|大道|桥|河|湖|渠|水库/g;
/** What is done to the site, or nothing. */
const SITE_WORK =
  /^(?:建设|改造|拓宽改造|提升改造|改造提升|整改提升|扩建|改扩建|迁建|新建|[东西南北]移|[东西南北]延段?(?:建设)?|搬迁|整治|提升)?(?:工程|项目)?$/;
/** The one of its kind a county or city has: 行政中心, 博物馆, 人民医院 … */
const ONE_OF_A_PLACE =
  /(?:行政|市民|政务服务|职教|疾控|会展)中心$|(?:博物|图书|档案|文化|体育|科技|美术|规划)馆$|(?:人民|中)医院$|妇幼保健院$|(?:火化|殡仪)[场馆]$|(?:汽车|客运|火车)站$/;
/** Qualifiers that make a kind, not a site: 农村公路, 乡镇卫生院, 社区服务中心, 各类市场. */
const KIND_QUALIFIER =
  /各|每|农村|乡镇|村级|社区|城乡|一批|若干|重点|新型|智慧|示范|公共|基层|标准化|规范化|骨干|专业|特色|现代|小型|中小|高标准|高水平/;

/**
 * 阜东110千伏电站建设, 626小河改造, 扩建东市场, 行政中心东移工程: one site, named by a place, a number or a direction
 * before its kind (or the one of its kind a place has), with the works done on it.
 */
function siteWork(object: string, nameNeeded = false): boolean {
  for (const kind of object.matchAll(SITE_KIND)) {
    const rest = object.slice(kind.index + kind[0].length);
    if (!SITE_WORK.test(rest)) continue;
    const head = object.slice(0, kind.index);
    if (KIND_QUALIFIER.test(head) || VAGUE.test(head)) return false;
    // 启动养老服务中心建设, 致远路改造, 站前广场改造提升: what stands before the kind, when it makes no kind of it,
    // names the one site; 建设养老服务中心 (a verb of work going on) needs a name.
    return (
      /^[东西南北中]$/.test(head) ||
      (!nameNeeded && /^[\u4e00-\u9fa5\d]{2,}$/.test(head)) ||
      /\d/.test(head) ||
      PLACE_NAMED.test(head) ||
      ONE_OF_A_PLACE.test(head + kind[0])
    );
  }
  return false;
}

/** 白石山景区旅游执法大队: a unit named by the place it serves. */
function namedUnit(object: string): boolean {
  const unit = /(?:大队|中队|支队)$/.exec(object);
  return unit !== null && PLACE_NAMED.test(object.slice(0, unit.index)) && !KIND_QUALIFIER.test(object);
}

/**
 * 天然林保护二期工程, 新一轮农村电网改造, 新一轮妇女儿童发展纲要: a new phase or round of a named programme begins
 * once, so starting or carrying it out is a milestone (not 重大, 一批 or a campaign).
 */
function newPhase(object: string): boolean {
  return (
    (/^新一轮[\u4e00-\u9fa5“”]{4,}/.test(object) || /[\u4e00-\u9fa5]{4,}[二三四五六七八九\d]期/.test(object)) &&
    /(?:工程|项目|改造|建设|纲要|规划)$/.test(object) &&
    !PROGRAMME.test(object) &&
    !VAGUE.test(object)
  );
}

/**
 * 制定收入分配体制改革总体方案, 修订外商投资产业目录: the document's genre ends the object and a name stands before it
 * (not 制定标准, not …标准和支持政策, where the document is only a step towards a policy).
 */
function namedDocument(document: string): boolean {
  const genre = DOCUMENT_ENDING.exec(document);
  return genre !== null && (genre[0].startsWith("《") || genre.index >= 2);
}

/** A proper name in quotation marks or brackets, then the kind of thing it names (not a campaign or a system). */
const PROPER_NAME_THEN_KIND =
  /(?:[“"][^”"]{2,16}[”"]|[\u4e00-\u9fa5]{2,}[（(][\u4e00-\u9fa5]{2,8}[）)])[\u4e00-\u9fa5]{0,8}?(?:中队|大队|队|基地|中心|园区?|项目|工程|计划|平台|管委会|公司|馆|站|厂)$/;

/** 打通汇鑫路南延段断头路: a road named before its kind (断头路, 瓶颈路 name no road). */
function namedRoad(object: string): boolean {
  return /[\u4e00-\u9fa5]{2,}(?:路|街|大道|大街)/.test(object.replace(/[“"]?(?:断头|瓶颈|微循环|主干|道)路[”"]?/g, ""));
}

/** The part before the facility noun names or places it (县城第二…, 老城区城市综合…), not a kind of facility. */
function boundedFacility(object: string): boolean {
  const head = object.replace(FACILITY, "");
  return (
    /第[一二三四五六七八九十\d]|和|、/.test(object) ||
    PLACE_NAMED.test(head) ||
    SITE_NAMED.test(object) ||
    head.length >= 6
  );
}

/** 基本淘汰黄标车: the opener 基本/全部 (taken off the clause) made the verb a completion. */
function wholeCompletion(clause: string, opened: string): { text: string; index: number } | null {
  return opened.startsWith("淘汰") && /(?:基本|全部)淘汰/.test(clause) ? { text: "淘汰", index: 0 } : null;
}

/** 确保“十二五”淘汰任务提前一年完成: 完成 ending the clause after what is completed. */
function trailingCompletion(text: string): { text: string; index: number } | null {
  return text.length > 2 && text.endsWith("完成") && /[\u4e00-\u9fa5”]/.test(text[text.length - 3]!)
    ? { text: "完成", index: text.length - 2 }
    : null;
}

function completionIn(text: string): { text: string; index: number } | null {
  const match = firstCompletion(text);
  return match ? { text: match[0], index: match.index } : null;
}
