// ../../tmp/prof/run.ts
import { readFileSync as readFileSync2, readdirSync as readdirSync2 } from "node:fs";
import path2 from "node:path";

// app/domain/text/sentences.ts
function inSpan(items, span) {
  const found = [];
  for (const item of items) {
    if (item.start >= span.end) break;
    if (item.start >= span.start) found.push(item);
  }
  return found;
}
var MAX_CLAUSE = 400;
function isSentenceEnd(code) {
  return code === 12290 || code === 65281 || code === 65311 || code === 33 || code === 63 || code === 65307 || code === 59;
}
function isClauseEnd(code) {
  return code === 65292 || code === 44 || code === 65306 || code === 58;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function splitSentences(text, start, end) {
  const sentences = [];
  let sentenceStart = start;
  let clauseStart = start;
  let clauses = [];
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 12290;
    const clauseEnd = i < end && isClauseEnd(code) && !betweenDigits(text, i);
    const sentenceEnd = !clauseEnd && (i === end || isSentenceEnd(code) || code === 46 && isAsciiFullStop(text, i));
    if (!clauseEnd && !sentenceEnd) continue;
    for (const glued of splitGlued(text, clauseStart, i)) {
      for (const part of splitInlineItems(text, glued.start, glued.end)) {
        const span = withoutEnumerator(text, trim(text, part.start, part.end));
        if (span.end > span.start && span.end - span.start <= MAX_CLAUSE) clauses.push(span);
      }
    }
    clauseStart = i + 1;
    if (sentenceEnd) {
      if (clauses.length) sentences.push({ ...trim(text, sentenceStart, i), clauses });
      clauses = [];
      sentenceStart = i + 1;
    }
  }
  return sentences;
}
var GLUED = /(?<=\d(?:\.\d+)?(?!万元|亿元|元|年|月|天|日|季度|小时|分钟)[\u4e00-\u9fa5]{1,2}(?:以上|左右)?)(?=(?:全年|年内|新增|新建|完成|推进|开工建设|建成|培育|实施|启动)[\u4e00-\u9fa5“\d])/g;
function splitGlued(text, start, end) {
  const parts = [];
  const clause = text.slice(start, end);
  if (!/\d/.test(clause)) return [{ start, end }];
  let from = start;
  for (const match of clause.matchAll(GLUED)) {
    const at = start + (match.index ?? 0);
    if (at > from) parts.push({ start: from, end: at });
    from = at;
  }
  parts.push({ start: from, end });
  return parts;
}
var INLINE_ITEM = /(?<=[\u4e00-\u9fa5）)”])[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）](?=[\u4e00-\u9fa5“])/g;
function splitInlineItems(text, start, end) {
  if (!hasParenthesis(text, start, end)) return [{ start, end }];
  const clause = text.slice(start, end);
  const parts = [];
  let from = start;
  for (const match of clause.matchAll(INLINE_ITEM)) {
    const at = start + (match.index ?? 0);
    if (at > from) parts.push({ start: from, end: at });
    from = at;
  }
  parts.push({ start: from, end });
  return parts;
}
function hasParenthesis(text, start, end) {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 40 || code === 65288) return true;
  }
  return false;
}
function isAsciiFullStop(text, at) {
  if (isDigit(text.charCodeAt(at + 1))) return false;
  const before = text.charCodeAt(at - 1);
  return before >= 19968 && before <= 40869 || before === 37 || before === 8221 || before === 41;
}
function betweenDigits(text, at) {
  return isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1));
}
var ENUMERATOR = /^(?:[*※★☆●◆■▲•·]+|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳]|\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}是)/;
function withoutEnumerator(text, span) {
  const match = ENUMERATOR.exec(text.slice(span.start, Math.min(span.end, span.start + 6)));
  return match && span.end - span.start > match[0].length ? trim(text, span.start + match[0].length, span.end) : span;
}
function trim(text, start, end) {
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return { start, end };
}
var CLOSER_OF = /* @__PURE__ */ new Map([
  [8220, 8221],
  // “ ”
  [8216, 8217],
  // ‘ ’
  [12298, 12299],
  // 《 》
  [12300, 12301],
  // 「 」
  [12302, 12303],
  // 『 』
  [34, 34]
  // " "
]);
var RESETS = /* @__PURE__ */ new Set([10, 12290, 65281, 65311]);
var QUOTE_CHARS = /[“‘《「『"]/;
var NOTHING_QUOTED = new Uint8Array(0);
function quotedMask(text) {
  if (!QUOTE_CHARS.test(text)) return NOTHING_QUOTED;
  const mask = new Uint8Array(text.length);
  const stack = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (stack.length && code === stack[stack.length - 1]) {
      stack.pop();
      continue;
    }
    const closer = CLOSER_OF.get(code);
    if (closer !== void 0) {
      stack.push(closer);
      continue;
    }
    if (RESETS.has(code)) stack.length = 0;
    if (stack.length) mask[i] = 1;
  }
  return mask;
}

// app/domain/extraction/deadlines.ts
var SMALL = { \u4E00: 1, \u4E24: 2, \u4E8C: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9, \u5341: 10 };
var FIVE_YEAR_PLAN_END = { \u5341\u4E09\u4E94: 2020, \u5341\u56DB\u4E94: 2025, \u5341\u4E94\u4E94: 2030, \u5341\u516D\u4E94: 2035 };
function count(text) {
  return /^\d+$/.test(text) ? Number(text) : SMALL[text] ?? null;
}
function deadlineMarks(sentence, planYear) {
  const marks = [];
  if (!/[年月]|实现|远景/.test(sentence)) return marks;
  const add = (at, year) => marks.push({ at, year });
  for (const match of sentence.matchAll(
    /年内|今年|全年|本年度|年底前|年末前|当年|上半年|下半年|(?<!\d)\d{1,2}月(?:底|末)?(?:前|底)/g
  )) {
    if (/^年/.test(match[0]) && /[\d两二三四五六七八九十]$/.test(sentence.slice(0, match.index))) continue;
    add(match.index, planYear);
  }
  if (planYear !== null) {
    for (const match of sentence.matchAll(/(\d|[一两二三四五六七八九十])年(?:之)?内/g)) {
      const years = count(match[1]);
      if (years) add(match.index, planYear + years - 1);
    }
    for (const match of sentence.matchAll(
      /(?:用|通过|力争|经过)?(\d|[一两二三四五六七八九十])(?:[—–\-~～至到](\d|[一两二三四五六七八九十]))?年(?:左右)?(?:的)?(?:时间|内|左右)?(?![内行计规攻专])/g
    )) {
      const whole = match[0];
      if (!match[2] && !/^(?:用|通过|经过)|时间/.test(whole)) continue;
      const years = count(match[2] ?? match[1]);
      if (years) add(match.index, planYear + years - 1);
    }
    for (const match of sentence.matchAll(/(?:今后|未来)(?:五|5)年|五年内/g)) add(match.index, planYear + 4);
  }
  for (const match of sentence.matchAll(/(?:到|至|于|在)?((?:19|20)\d{2})年(?:底|末|前|以前|年底)?(?:前)?/g)) {
    const whole = match[0];
    const explicit = /^(?:到|至|于)/.test(whole) || /[底末前]$/.test(whole);
    if (explicit && !/^在/.test(whole)) add(match.index, Number(match[1]));
  }
  for (const match of sentence.matchAll(/(?:19|20)\d{2}\s*[—–\-~～至到]\s*((?:19|20)\d{2})年/g)) {
    add(match.index, Number(match[1]));
  }
  for (const match of sentence.matchAll(/[“"]?(十[三四五六]五)[”"]?(?:末|期末|期间|时期)/g)) {
    add(match.index, FIVE_YEAR_PLAN_END[match[1]] ?? null);
  }
  for (const match of sentence.matchAll(/(?:加快|早日|逐步|努力|力争早日|尽早)实现|远景目标/g)) add(match.index, null);
  return marks.sort((a, b) => a.at - b.at);
}
function deadlineAt(marks, position, fallback) {
  let deadline = fallback;
  for (const mark of marks) if (mark.at <= position) deadline = mark.year;
  return deadline;
}

// app/domain/lexicon/verbs.ts
var COMPLETION = /建成投产|建成投用|建成运营|建成开业|建成招生|建成使用|建成开放|竣工投产|竣工通车|竣工验收|竣工|投产(?!达效|时间)|投用|投入使用|投入运营|交付使用|建成(?!区(?:绿化|面积|人口|范围|内))|通车|开通运营|开通(?!率)|开业|开街|开园|启用|上市(?!公司|企业|后备|辅导|培育|挂牌|前|后)|挂牌(?!督办|企业|公司)|登陆|创建|争创|创成|获批|入选|通过[\u4e00-\u9fa5（）()]{0,10}(?:验收|核查|认证|复审|评审)|晋升为|收官|开工建设|开工(?!率|时间|前)|启动建设|启动实施|搭建|上线运行|上线(?!下)|揭牌|落成|封顶|完工|投运|并网|攻克|(?:全部|实现)脱贫|(?:全部|基本)淘汰|(?:全部|全面)摘帽|全部出列|入驻|(?:对外|正式)开放|出台|印发|举办|筹办|承办|办好(?=[\u4e00-\u9fa5\d“”"《》]{0,30}(?:赛|节|会|展|论坛|周年[\u4e00-\u9fa5]{0,4}活动))/g;
var LEADING_COMPLETION = /^(?:[\u4e00-\u9fa5]{1,3}化)?(?:组织实施|组织开展|组织|做好|作好|搞好|完成|实施|启动|新建改造|新建|改建|扩建|迁建|新改建|改扩建|改造提升|提升改造|提档升级|改造|设立|增设|成立|组建|制定|编制|试编|制订|修订|修编|颁布|发布|建立|开展|建设|建好|铺设)/;
var EFFORT = /^(?:加快推进|加快|加速推进|加速|推进|推动|抓好|支持|全力支持|持续|深化|强化|积极|全力|扎实|大力|着力|力促|促进|助力|服务|配合|协调|开展|落实|用好|发挥|鼓励|引导|重点|高标准|高水平|高质量|全面|力争|确保|努力|争取|年内|今年|全年|当年|进一步|再|并|同时|以及|及|和|与)+/;
var PREPARATION = /探索|研究|谋划|规划|筹划|筹建|布局|申报|研发|论证|前期(?!项目)|做好|争取|推介|对接|洽谈/;
var CLAUSE_OPENERS = /^(?:在[\u4e00-\u9fa5]{0,10}?(?:地区|全国|全省|全市|全区|全县|各地|城区|农村|基层)|提请|(?:利|使)?用[\d一两二三四五]+(?:[—–\-~～至到][\d一两二三四五]+)?年(?:左右)?(?:的)?时间|其中|计划|并且|并|同时|以及|及早|及|和|与|年内|今年|全年|当年|年底前|要|基本|全部|有序|尽早|尽快|早日|稳步|适时|率先|配合|(?:19|20)\d{2}年|\d{1,2}月(?:底|末)前?|\d{1,2}月前|两年内|[一二三四五六七八九十\d]年内|到(?:19|20)\d{2}年底?|力争|确保|努力|争取|全力|全面|积极|扎实|加快|高标准|高水平|高质量|圆满|顺利|重点|进一步|再|全力以赴|持续)+/;
var VAGUE = /一批|(?<![东西南北中])部分|若干|多个|一系列|各类|更多|一些|有关|相关/;
var RECURRING = /常态化|每年|定期|常年|(?:持续|继续)(?:实施|举办|开展|推进|办好|出台)/;
var ABSTRACT_OBJECT = /(?:机制|体系|模式|格局|氛围|理念|环境|能力|水平|作用|意识|工作|服务|功能|效能|质效|品质|活力|动能|优势|成效|成果|步伐|力度|底线|防线|共识|局面|合力|态势|进程|进度|行动|目标任务|规划目标|目标|通道|渠道|热线)$/;
var ONGOING_ENDING = /(?:推进|推动|开展|落实|加强|提升|提高|优化|深化|加快|进行)$/;

// app/domain/extraction/rules.ts
var NONE = /* @__PURE__ */ new Set();
var RuleContext = class {
  disabled;
  trace;
  constructor(options = {}) {
    this.disabled = options.disabled ?? NONE;
    this.trace = options.trace ?? null;
  }
  on(rule) {
    return this.disabled.size === 0 || !this.disabled.has(rule);
  }
  record(rule, start, end, target2 = null, unit = null) {
    this.trace?.push({ rule, start, end, target: target2, unit });
  }
};
var DEFAULT_RULES = new RuleContext();

// app/domain/extraction/policy.ts
var VERBS = /建立|推出|公布|签署|商签|签订|取消|免除|停止|放开|实行|推行|推开|实施|推广|统一|整合/g;
var EXTENDED = /^(?:要|今年|年内|力争|并)*(?:将|把)([^，]{2,30}?(?:试点|政策|改革))(?:范围)?(?:扩大到|扩大至|扩展到|扩展至|推广到|推广至|推开到)([^，\d]{2,})$/;
var SYSTEM_COVERED = /^(?:要|今年|年内|年底前|今年年底前|力争|确保)*(?:实现)?(?!加快|加速|推进|推动|逐步|努力|探索)([\u4e00-\u9fa5、“”"]{4,40}?制度)(?:实现|基本实现)?全覆盖$/;
var BROUGHT_UNDER = /^(?:要|今年|年内|年底前|力争|确保|并)*(?:将|把)(?!符合)([\u4e00-\u9fa5、“”"]{2,40}?)(?:全部|都|全面)?纳入((?:[\u4e00-\u9fa5]{0,12}(?:保险|医保|报销|保障范围|救助))(?:制度|范围|目录)?)?$/;
var SERVICE_REACHED = /^(?:要|今年|年内|年底前|力争|确保|逐步)*(?:在[\u4e00-\u9fa5]{1,12}?)?(?:全面|基本|全部)?(?:实现|做到)([\u4e00-\u9fa5“”"、]{4,30}?(?:直接结算|联网|联网结算|一网通办|全程网上办理|全程网办|跨省通办))$/;
var PROLONGED = /^(?:要|今年|年内|力争|并)*(?:将|把)([^，]{2,30}?(?:政策|试点|期限))(?:再)?延长([一二两三四五\d]+年)$/;
var EVERYONE_SERVED = /^(?:要|今年|年内|力争|确保|努力)*(?:让|使)((?:所有|全部|最后)[^，]{2,20}?)都(?:能|要)((?:喝上|用上|住上|通上|吃上)[\u4e00-\u9fa5]{1,10})$/;
var AUDIT = /^(?:要|今年|年内|年底前|力争|确保)*对([\u4e00-\u9fa5、“”"]{4,30}?)(?:进行|开展)(?:一次)?(?:全面|专项)?(审计|清查|普查|核查)$/;
var PREFIX = /^(?:要|今年|年内|年底前|[一两二三]年内|今明两年|力争|确保|尽早|尽快|适时|率先|同时|并|再|基本|进一步)*(?:(?:在|对)[\u4e00-\u9fa5“”"、]{1,24}?)?(?:要|全面|全部|普遍|率先|尽早|同时|并|再|逐步|基本)*$/;
var SCOPED = /全面|全部|在全国|全国|普遍|所有/;
var SIGNING_PREFIX = /^(?:要|今年|年内|力争|争取|尽早|尽快)*(?:推动|通过|争取|力争)$/;
var SYSTEM = /(?:制度|清单|名录|目录|平台|改革|监管|管理|保险|试点)$/;
var FOUNDED = /(?:制度|清单|名录|目录|平台)$/;
var PUBLISHED = /(?:清单|名录|目录|标准|方案|办法|规划)$/;
var SIGNED = /(?:协定|协议|条约|备忘录)$/;
var NOT_ONE_THING = /^(?:和|或|及|与|并|健全|完善|一批|若干|一系列|各类|更多|一些|相关|有关)/;
function policyAct(clause) {
  const extended = EXTENDED.exec(clause);
  if (extended) return { verb: `\u6269\u5927\u5230${extended[2]}`, object: extended[1] };
  const under = BROUGHT_UNDER.exec(clause);
  if (under && (under[2] || /全部|都|全面/.test(clause))) return { verb: `\u7EB3\u5165${under[2] ?? ""}`, object: under[1] };
  const served = EVERYONE_SERVED.exec(clause);
  if (served) return { verb: served[2], object: served[1] };
  const service = SERVICE_REACHED.exec(clause);
  if (service) return { verb: "\u5B9E\u73B0", object: service[1] };
  const covered = SYSTEM_COVERED.exec(clause);
  if (covered) return { verb: "\u5168\u8986\u76D6", object: covered[1] };
  const prolonged = PROLONGED.exec(clause);
  if (prolonged) return { verb: `\u5EF6\u957F${prolonged[2]}`, object: prolonged[1] };
  const audit = AUDIT.exec(clause);
  if (audit) return { verb: audit[2], object: audit[1] };
  VERBS.lastIndex = 0;
  const match = VERBS.exec(clause);
  VERBS.lastIndex = 0;
  if (!match) return null;
  const prefix = clause.slice(0, match.index);
  const verb = match[0];
  const signing = /签/.test(verb) && SIGNING_PREFIX.test(prefix);
  if (!PREFIX.test(prefix) && !signing) return null;
  const object = clause.slice(match.index + verb.length).replace(/^(?:好|并公开|和实施|并实施)/, "");
  if (object.length < 3 || NOT_ONE_THING.test(object)) return null;
  const scoped = SCOPED.test(prefix);
  if (verb === "\u5B9E\u65BD" && /^对/.test(prefix)) return /(?:保险|制度)$/.test(object) ? { verb, object } : null;
  return named(verb, object, scoped) ? { verb: scoped ? `${/全部/.test(prefix) ? "\u5168\u90E8" : "\u5168\u9762"}${verb}` : verb, object } : null;
}
var DESCRIBED_SYSTEM = /^(?:现代|最严格|严格|更加|更为|更高)|等(?:制度|清单)$/;
function named(verb, object, scoped) {
  if (DESCRIBED_SYSTEM.test(object)) return false;
  switch (verb) {
    case "\u5EFA\u7ACB":
      return FOUNDED.test(object);
    case "\u516C\u5E03":
      return PUBLISHED.test(object);
    case "\u7B7E\u7F72":
    case "\u5546\u7B7E":
    case "\u7B7E\u8BA2":
      return SIGNED.test(object);
    case "\u63A8\u51FA":
      return SYSTEM.test(object) || /(?:政策|产品|保险)$|、/.test(object);
    case "\u53D6\u6D88":
    case "\u514D\u9664":
    case "\u505C\u6B62":
      return /[\u4e00-\u9fa5”]$/.test(object);
    case "\u63A8\u5F00":
      return SYSTEM.test(object);
    case "\u7EDF\u4E00":
    case "\u6574\u5408":
      return /(?:制度|政策|标准)$/.test(object);
    case "\u653E\u5F00":
      return /(?:限制|管制)$/.test(object) || scoped && /[\u4e00-\u9fa5]$/.test(object);
    case "\u5B9E\u884C":
      return scoped ? SYSTEM.test(object) || /^[“"][^”"]+[”"](?:改革)?$/.test(object) : /制度$/.test(object);
    case "\u63A8\u884C":
    default:
      return scoped && SYSTEM.test(object);
  }
}

// app/domain/extraction/deliverables.ts
var GENERIC_SUBJECT = /^(?:更多|一批|优质|民营|骨干|本土|本地|重点|有条件的?|中小|科技型|规上|规模以上|龙头|各类|相关)*(?:企业|公司|项目|园区|学校|医院|机构|主体|单位)$/;
var TITLE_OBJECT = /(?:示范[\u4e00-\u9fa5]{0,3}|试点[\u4e00-\u9fa5]{0,3}|城市|基地|园|园区|区|县|镇|村|乡|城|街区|景区|医院|学校|高中|中学|小学|幼儿园|单位|称号|品牌|集群|样板|标杆|典型|模范|先进|中心|平台)$/;
var EVENT_OBJECT = /活动|赛|节|会|展|论坛|联赛|大会|季|普查|详查|换届|评估|验收|申办/;
var EVENT_ENDING = new RegExp(`(?:${EVENT_OBJECT.source})$`.replace("|\u5C55|", "|(?<![\u53D1\u8FDB\u62D3\u6269\u5F00])\u5C55|"));
var DOCUMENT_OBJECT = /办法|方案|意见|规划|细则|若干(?:措施|政策)|条例|标准|规定|清单|纲要|指南|行动计划|三年计划|目录|战略|法律|[\u4e00-\u9fa5]{2}法$|《[^》]+》$/;
var PLACE_NAMED = /[\u4e00-\u9fa5]{2,}(?:(?<![社小园城片景辖全山])区|县|(?<![城超集])市|镇|(?<![农乡])村|街|路|河|湖|山|港|公司|集团|大学|学院|中学|小学|医院)/;
var NAMED = new RegExp(`[\u201C"\u300A\u3001]|\u7B49|${PLACE_NAMED.source}`);
var PHYSICAL_WORK = /治理|改造|修复|整治|引水|蓄水|管网|道路|供水|排水|污水|河道|桥|隧道|绿化|仓储|路网/;
var PROGRAMME = /重大|惠民|一批|专项|示范/;
var EVENT_NAMED = new RegExp(
  `[\u201C"\u300A]|\u7B2C[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\\d]+[\u5C4A\u6B21]|\u9996\u5C4A|(?:19|20)\\d{2}|\\d+\u5468\u5E74|\u5468\u5E74|\u5CF0\u4F1A|\u9886\u5BFC\u4EBA|\u535A\u89C8\u4F1A|(?:\u4E16\u535A|\u4E9A\u8FD0|\u5168\u8FD0|\u7701\u8FD0|\u6C11\u8FD0)\u4F1A|(?:\u5168\u56FD|\u5168\u7701|\u56FD\u9645|\u4E16\u754C|\u4E9A\u6D32)[\\u4e00-\\u9fa5]{0,8}(?:\u8D5B|\u4F1A|\u8282|\u5C55|\u8BBA\u575B)|${PLACE_NAMED.source}`
);
var EDITION = /第[一二三四五六七八九十\d]+届|首届/;
var BUILT_NAMED = /^[^，]*[“"][^”"]+[”"][\u4e00-\u9fa5]{0,10}(?:平台|中心|园|馆|基地|系统|街区|公园|广场|站)$/;
var FACILITY = /(?:中心|基地|平台|中台|广场|水源地|公园|乐园|冰场|场馆|馆|水厂|电站|泵站|中转站|厂|大楼|水库|大桥|隧道|医院|卫生院|学校|中学|小学|幼儿园)$/;
var RENOVATION = /(?:改造|整治|治理|修复|改建|扩建|迁建|新建|提档升级|提质升级|修缮)(?:工程|项目|工作)?$|(?:改造|整治)[^，]*段建设$/;
var SITE_NAMED = new RegExp(
  `${PLACE_NAMED.source}|[\u4E00-\u9FA5]{2,}(?:\u6C34\u5E93|\u6C34\u6E90\u5730|\u536B\u751F\u9662|\u5927\u6865|\u6865|\u5C0F\u5B66|\u4E2D\u5B66|\u5B66\u6821|\u516C\u56ED|\u5E7F\u573A|\u5E02\u573A|\u7AD9)|\\d+[\u56FD\u7701\u53BF]\u9053|[\u56FD\u7701\u53BF]\u9053\\d+\u7EBF|\u81F3[\u4E00-\u9FA5]{1,8}\u6BB5`
);
var SPAN_NAMED = /[\u4e00-\u9fa5]{2,}(?<![甚以直])至(?![少今于此])[\u4e00-\u9fa5]{2,}/;
var BA_WORK = /^将([^，]{2,}?)(?:作为[^，]+?)?进行((?:提升)?改造|改扩建|改建|扩建|整治|修缮)$/;
var TOPIC_MODAL = /(?:要|应当?|必须|需要?)(?:有利于|配套|坚持|符合|注重|增加|与)/;
var EVENT_MADE = /^(?:把|将)([^，]{2,24}?(?:会|赛|节|展|论坛|运动会))办(?:成|好)/;
var DATE_ONLY = /^(?:预计|计划|力争|确保)?(?:\d{1,2}月(?:上旬|中旬|下旬|初|中|底|末)?(?:前)?)+$/;
var FRAMED = /在[^，]*$/;
var FRAME_END = /[上中][\u4e00-\u9fa5]{0,6}$/;
var QUOTA = /^([\u4e00-\u9fa5、“”"]{2,}?)(?:全面)?(?:完成|控制在|达到)(?:[\u4e00-\u9fa5]{0,4}?下达(?:的)?|年度|上级|省市|考核)(?:目标任务|目标|任务|指标|要求)(?:之内|以内|范围内)?$/;
var QUOTA_FIXED = /^([\u4e00-\u9fa5、“”"A-Za-z\d.]{2,}?)(?:全部|均|稳定)?(?:完成|达到)(?:或(?:好于|优于|超过))?(?:[省市区县]定|考核|上级)(?:的)?(?:目标任务|目标|任务|指标|标准|要求)$/;
var QUOTA_NAMED = /^(?:按照?[\u4e00-\u9fa5]{1,6}要求)?(?:全面)?完成([\u4e00-\u9fa5]{0,6}下达的?)([\u4e00-\u9fa5、]{2,}?)(?:各项)?(?:约束性)?(?:目标任务|目标|任务|指标)$/;
var QUOTA_REQUIRED = /^按照?([\u4e00-\u9fa5]{1,6})要求(?:全面)?完成([\u4e00-\u9fa5、]{2,}?)(?:目标任务|目标|任务|指标)$/;
var NATIONAL_GOAL = /^[\u4e00-\u9fa5]{0,16}?(?:小康社会|现代化国家|强国|中国梦|民族(?:伟大)?复兴)/;
var VISION = /的(?:美丽|幸福|和谐|魅力|活力|品质|宜居|现代化|文明|富裕|繁荣|开放|创新|生态)[\u4e00-\u9fa5]{1,8}$/;
var YEAR_FRAME = /是[^，]*(?:之年|一年)$/;
var BARE_COMPLETION = /^(?:力争|确保|争取|要|年内|今年|年底前|\d{1,2}月(?:底|末)?前?|尽快|全部|全面|基本|按期|按时|如期|同步|保质保量)*(?:启动实施|开工建设|建成投用|建成投产|竣工投产|建成|开工|竣工|投用|投产|完工|启动|完成任务|完成)$/;
function findDeliverable(clause, inherited, rules = DEFAULT_RULES) {
  const reject = (rule2) => ({ rule: rule2, rejected: true });
  if (rules.on("deliverable.recurring") && RECURRING.test(clause) && !EDITION.test(clause))
    return reject("deliverable.recurring");
  if (rules.on("deliverable.means-clause") && /^以(?!及)/.test(clause)) return reject("deliverable.means-clause");
  const opened = clause.replace(CLAUSE_OPENERS, "");
  const quota = rules.on("deliverable.quota") ? QUOTA.exec(opened) : null;
  if (quota) {
    const set = opened.includes("\u4E0B\u8FBE") ? "\u4E0B\u8FBE\u76EE\u6807" : /要求$/.test(opened) ? "\u4E0A\u7EA7\u8981\u6C42" : "\u5E74\u5EA6\u76EE\u6807";
    return accept("deliverable.quota", "\u5B8C\u6210", quota[1], quota[1], `${quota[1]}\u5B8C\u6210${set}`);
  }
  const fixed = rules.on("deliverable.quota-fixed") && /(?:任务|目标|标准|要求)$/.test(opened) ? QUOTA_FIXED.exec(opened) : null;
  if (fixed && /[\u4e00-\u9fa5]{2}/.test(fixed[1]) && !/^(?:各项|全年|年度)/.test(fixed[1]))
    return accept("deliverable.quota-fixed", "\u5B8C\u6210", fixed[1], fixed[1], `${fixed[1]}\u5B8C\u6210\u4E0A\u7EA7\u76EE\u6807`);
  const named2 = rules.on("deliverable.quota") ? QUOTA_NAMED.exec(opened) ?? QUOTA_REQUIRED.exec(opened) : null;
  if (named2)
    return accept("deliverable.quota", "\u5B8C\u6210", named2[2], named2[2], `${named2[2]}\u5B8C\u6210${named2[1] ? "\u4E0B\u8FBE\u76EE\u6807" : "\u4EFB\u52A1"}`);
  const completion = rules.on("deliverable.completion-verb") ? firstMatch(hideQuoted(opened), COMPLETION) ?? trailingCompletion(opened) ?? wholeCompletion(clause, opened) : null;
  if (completion) {
    const before = opened.slice(0, completion.index);
    const titleWork = rules.on("deliverable.title-work") && /^(?:创建|争创)$/.test(completion.text) && /(?<!的)工作$/.test(opened) && TITLE_OBJECT.test(
      (opened.slice(completion.index + completion.text.length).replace(/工作$/, "") || before).replace(
        /[”"》]+$/,
        ""
      )
    );
    if (titleWork)
      return titleWorkDeliverable(
        before.replace(/^(?:做好|作好|抓好)/, ""),
        completion.text,
        opened.slice(completion.index + completion.text.length).replace(/工作$/, "")
      );
    if (rules.on("deliverable.preparation") && PREPARATION.test(before)) return reject("deliverable.preparation");
    const subject = before.replace(EFFORT, "").replace(
      /(?:\d{1,2}月(?:底|末)前?|\d{1,2}月前|年内|年底前|年底|今年|上半年|下半年|[春夏秋冬]季|主体|全部|全面|基本|顺利|圆满|正式|率先|如期|按期|尽快|高质量|高水平|成功|要|将|必须|按时|保质保量|分别|于今明两年|于(?:19|20)\d{2}年(?:底|前)?|提前[一两二三]年|启动)+$/,
      ""
    );
    if (rules.on("deliverable.generic-subject") && (GENERIC_SUBJECT.test(subject) || DATE_ONLY.test(subject) || completion.text === "\u4E0A\u5E02" && /(?:企业|公司)(?:在国内|在境[内外])?$/.test(subject) && !NAMED.test(subject)))
      return reject("deliverable.generic-subject");
    if (rules.on("deliverable.generic-subject") && completion.text === "\u5165\u9A7B" && (!NAMED.test(subject) || /引进|引入|引导|招引|吸引|争取|推动|鼓励/.test(before)))
      return reject("deliverable.generic-subject");
    if (rules.on("deliverable.generic-subject") && /开放$/.test(completion.text) && !FACILITY.test(subject))
      return reject("deliverable.generic-subject");
    if (rules.on("deliverable.route-needed") && completion.text === "\u5F00\u901A" && !/线|路|航|班列|公交|铁|站|口岸|港/.test(opened.replace(/热线/g, "")))
      return reject("deliverable.route-needed");
    const after = opened.slice(completion.index + completion.text.length);
    if (rules.on("deliverable.attributive-verb") && (after.startsWith("\u7684") || /新$/.test(before) && /^项目/.test(after) || TOPIC_MODAL.test(after) || /(?:契机|机遇)$/.test(after)))
      return reject("deliverable.attributive-verb");
    if (rules.on("deliverable.means-clause") && before.endsWith("\u7684") && after === "" && !/^(?:抓好|做好|确保|力争|争取|推进|加快推进|完成)/.test(opened))
      return reject("deliverable.means-clause");
    if (rules.on("deliverable.framed") && (FRAMED.test(before) && FRAME_END.test(after) || YEAR_FRAME.test(opened)))
      return reject("deliverable.framed");
    if (rules.on("deliverable.national-goal") && NATIONAL_GOAL.test(after)) return reject("deliverable.national-goal");
    if (rules.on("deliverable.vision") && /^建成|^基本建成/.test(completion.text + after) && VISION.test(after))
      return reject("deliverable.vision");
    if (rules.on("deliverable.ongoing-or-abstract") && (ONGOING_ENDING.test(after) || ABSTRACT_OBJECT.test(after)))
      return reject("deliverable.ongoing-or-abstract");
    const own = completion.text.startsWith("\u901A\u8FC7") ? completion.text.slice(2) : "";
    const object2 = subject.length >= 2 ? subject : after.replace(/^好/, "") || own;
    const metric = subject.length >= 2 ? `${subject}${completion.text}${after}` : `${after.replace(/^好/, "")}${completion.text}`;
    return accept("deliverable.completion-verb", completion.text, object2, after || object2, metric, rules);
  }
  const policy = rules.on("deliverable.lead-policy") ? policyAct(clause.replace(/^(?:以及|及|和|与|并且?)/, "")) : null;
  if (policy)
    return {
      verb: policy.verb,
      object: policy.object,
      metric: `${policy.object}${policy.verb}`.slice(0, 60),
      rule: "deliverable.lead-policy"
    };
  const event = rules.on("deliverable.lead-event") ? EVENT_MADE.exec(opened) : null;
  if (event && EVENT_NAMED.test(event[1]))
    return accept("deliverable.lead-event", "\u529E\u597D", event[1], event[1], `${event[1]}\u529E\u597D`, rules);
  const ba = rules.on("deliverable.ba-work") ? BA_WORK.exec(opened) : null;
  if (ba && SITE_NAMED.test(ba[1])) return accept("deliverable.ba-work", ba[2], ba[1], ba[1], `${ba[1]}${ba[2]}`);
  const lead = LEADING_COMPLETION.exec(opened) ?? (inherited ? [inherited] : null);
  if (!lead) return null;
  const verb = lead[0];
  if (rules.on("deliverable.effort-build") && verb === "\u5EFA\u8BBE" && /(?:加快|加速|推进|推动|抓紧|持续|全力)建设/.test(clause))
    return reject("deliverable.effort-build");
  if (rules.on("deliverable.effort-implement") && /实施/.test(verb) && /(?:加快|加速|推进|推动|抓紧|持续|深入|继续|全力)(?:组织)?实施/.test(clause))
    return reject("deliverable.effort-implement");
  const object = (opened.startsWith(verb) ? opened.slice(verb.length) : opened.replace(/^(?:以及|及|和|与|并)/, "")).trim();
  if (rules.on("deliverable.attributive-verb") && TOPIC_MODAL.test(object))
    return reject("deliverable.attributive-verb");
  const rule = leadRule(verb, object);
  if (!rules.on(rule.id)) return null;
  if (!rule.concrete) {
    const id = rule.rejectAs ?? "deliverable.unnamed-object";
    return rules.on(id) ? reject(id) : null;
  }
  const thing = /lead-event|lead-complete|lead-renovate-site|lead-start/.test(rule.id) ? object.replace(/的?工作$/, "") : rule.id === "deliverable.lead-document" ? object.replace(/^(?:和|并)?实施/, "") : object;
  return accept(rule.id, verb, thing, thing, `${thing}${verb.replace(/^[\u4e00-\u9fa5]{1,3}化(?=改造)/, "")}`, rules);
}
var LIST_MILESTONE = /^(?:力争|确保|争取|要|年内|今年|年底前|尽快|及早|早日|按期|按时|如期|全部)*(?:开工建设|建成投用|建成投产|竣工投产|投产达效|签约落地|落地开工|开工|竣工|投用|投产|建成|落地)$/;
var PROJECT_LIST = /[、和][^，]*等[\u4e00-\u9fa5]{0,8}项目$/;
function listedBefore(clause, earlier, rules = DEFAULT_RULES) {
  if (!rules.on("deliverable.list-before") || !LIST_MILESTONE.test(clause)) return null;
  const verb = /(?:开工建设|建成投用|建成投产|竣工投产|投产达效|签约落地|落地开工|开工|竣工|投用|投产|建成|落地)$/.exec(
    clause
  )[0];
  for (let back = 1; back <= Math.min(3, earlier.length); back++) {
    const object = earlier[earlier.length - back].replace(/^(?:对|精准对接|对接|引导|督促)/, "").replace(EFFORT, "").replace(/的(?:推进|前期(?:工作)?)$/, "");
    if (PROJECT_LIST.test(object) && !VAGUE.test(object))
      return {
        deliverable: { verb, object, metric: `${object}${verb}`.slice(0, 60), rule: "deliverable.list-before" },
        back
      };
  }
  return null;
}
function titleWorkDeliverable(before, verb, after) {
  const subject = before.replace(EFFORT, "");
  const title = after || subject;
  const metric = after ? `${subject}${verb}${after}` : `${subject}${verb}`;
  return accept("deliverable.title-work", verb, title, title, metric);
}
function carriedDeliverable(clause, previous, rules = DEFAULT_RULES) {
  if (!rules.on("deliverable.object-before") || !BARE_COMPLETION.test(clause)) return null;
  const verb = /(?:启动实施|开工建设|建成投用|建成投产|竣工投产|建成|开工|竣工|投用|投产|完工|启动|完成)(?=任务$|$)/.exec(
    clause
  )[0];
  const object = previous.replace(CLAUSE_OPENERS, "").replace(EFFORT, "").replace(/的?前期(?:工作)?$/, "");
  if (!/(?:建设|重建|项目|工程)$/.test(object) || object.length < 4 || VAGUE.test(object) || GENERIC_SUBJECT.test(object))
    return null;
  return { verb, object, metric: `${object}${verb}`.slice(0, 60), rule: "deliverable.object-before" };
}
function accept(rule, verb, object, what, metric, rules = DEFAULT_RULES) {
  const reject = (id) => rules.on(id) ? { rule: id, rejected: true } : null;
  const trimmed = object.replace(/^[的、，,]+|[的、，,]+$/g, "");
  if (trimmed.length < 2 || !/[\u4e00-\u9fa5]{2}/.test(trimmed))
    return { rule: "deliverable.no-object", rejected: true };
  const namedEvent = /^(?:举办|筹办|承办|办好)$/.test(verb) && EVENT_NAMED.test(what);
  const namedDocument = rule === "deliverable.lead-document" || /^(?:出台|印发)$/.test(verb) && /若干(?:措施|政策)$/.test(what);
  const own = trimmed.replace(/(?<=[\u4e00-\u9fa5A-Za-z\d]{2})[及和与]相关(?=[\u4e00-\u9fa5])/, "");
  const bounded = own !== trimmed && SITE_NAMED.test(trimmed);
  if (VAGUE.test(own) && !/[“"、]|等/.test(trimmed) && !namedEvent && !namedDocument && !bounded) {
    const rejected = reject("deliverable.vague-object");
    if (rejected) return rejected;
  }
  if (ABSTRACT_OBJECT.test(trimmed) && !(rule === "deliverable.lead-complete" && /约束性|下达/.test(trimmed))) {
    const rejected = reject("deliverable.abstract-object");
    if (rejected) return rejected;
  }
  const title = what.replace(/[”"》」』]+$/, "");
  if (/^(?:创建|争创|创成)$/.test(verb) && (!TITLE_OBJECT.test(title) || /品牌$/.test(title) && !NAMED.test(title))) {
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
function hideQuoted(text) {
  if (!text.includes("\u201C") && !text.includes('"')) return text;
  return text.replace(/[“"][^”"]*[”"]/g, (quoted) => "\u201C" + "\u56D7".repeat(Math.max(0, quoted.length - 2)) + "\u201D");
}
function leadRule(verb, object) {
  if (object.length < 2) return { id: "deliverable.no-object", concrete: false, rejectAs: "deliverable.no-object" };
  if (/完成/.test(verb)) {
    const task = object.replace(/的?工作$/, "");
    return {
      id: "deliverable.lead-complete",
      concrete: task.length >= 4 && (!ABSTRACT_OBJECT.test(task) || /约束性|下达/.test(task)) && !/^(?:全年|年度|今年|各项|全部|既定)/.test(task)
    };
  }
  if (/实施/.test(verb) && /(?:活动|行动)$/.test(object))
    return { id: "deliverable.campaign", concrete: false, rejectAs: "deliverable.campaign" };
  const event = object.replace(/工作$/, "");
  if (EVENT_ENDING.test(event) && /实施|组织|开展|[做作搞]好/.test(verb))
    return { id: "deliverable.lead-event", concrete: EVENT_NAMED.test(event) || /普查|详查|换届/.test(event) };
  if (/^(?:开展|[做作搞]好)$/.test(verb)) return { id: "deliverable.lead-event", concrete: false };
  if (verb === "\u5EFA\u7ACB")
    return { id: "deliverable.lead-set-up", concrete: /(?:基金|公司|中心|联盟|研究院|储备库)$/.test(object) };
  if (/实施/.test(verb)) {
    if (RENOVATION.test(object) && SITE_NAMED.test(object))
      return { id: "deliverable.lead-renovate-site", concrete: true };
    const project = object.replace(/(?<=工程|项目)建设$/, "");
    return {
      id: "deliverable.lead-implement",
      concrete: /(?:工程|项目|试点)$/.test(project) && !PROGRAMME.test(project) && (PLACE_NAMED.test(project) || SITE_NAMED.test(project) || PHYSICAL_WORK.test(project)) || newPhase(project)
    };
  }
  if (verb === "\u5EFA\u597D" && (NAMED.test(object) || SITE_NAMED.test(object)))
    return { id: "deliverable.lead-build", concrete: true };
  if (verb === "\u5EFA\u8BBE" || verb === "\u5EFA\u597D") {
    if (/覆盖|全域|各|每|重大/.test(object) || VAGUE.test(object))
      return { id: "deliverable.lead-build", concrete: false };
    return {
      id: "deliverable.lead-build",
      concrete: BUILT_NAMED.test(object) || FACILITY.test(object) && boundedFacility(object)
    };
  }
  if (/启动/.test(verb)) {
    const named2 = NAMED.test(object) || SITE_NAMED.test(object) || /^第/.test(object);
    if (RENOVATION.test(object) && (named2 || SPAN_NAMED.test(object)))
      return { id: "deliverable.lead-start", concrete: true };
    const started = (/(?:建设|工程|项目|普查|改革|试点|规划|修缮|搬迁)$/.test(object) || /^[“"][^”"]+[”"]$/.test(object) || // 启动燃煤电厂脱硝工作: a named task begun (not the groundwork, an application, a survey).
    /^[\u4e00-\u9fa5]{4,}工作$/.test(object) && !/筹备|准备|调研|摸底|各项|相关/.test(object)) && object.length >= 5 && !/^(?:城市更新|基础设施|重点|重大|民生|产业)(?:建设|工程|项目)$/.test(object) && !/前期|行动|计划|申报/.test(object) && !VAGUE.test(object);
    return {
      id: "deliverable.lead-start",
      concrete: started || newPhase(object) || (/(?:建设|工程|项目|普查)$/.test(object) || /^(?:新建|迁建|改建|扩建)/.test(object)) && named2
    };
  }
  if (/设立|增设|成立|组建/.test(verb))
    return {
      id: "deliverable.lead-set-up",
      concrete: /(?:基金|公司|中心|集团|联盟|研究院|学院|协会|平台|奖学金|助学金)$/.test(object) || /^[“"][^”"]+[”"]$/.test(object) || // 增设自贸试验区新片区: a new zone added.
      verb === "\u589E\u8BBE" && /(?:试验区|片区|保税区|开发区|新区)$/.test(object)
    };
  if (/制定|编制|试编|制订|修订|修编|颁布|发布/.test(verb)) {
    const document = object.replace(/^(?:和|并)?实施/, "");
    const budget = /编/.test(verb) && /[\u4e00-\u9fa5]{2,}预算$/.test(document) && !/^(?:19|20)\d{2}年/.test(document);
    return { id: "deliverable.lead-document", concrete: DOCUMENT_OBJECT.test(document) || budget };
  }
  if (verb === "\u94FA\u8BBE")
    return {
      id: "deliverable.lead-lay",
      concrete: /(?:管网|管道|管线|线路|光缆)$/.test(object) && (PLACE_NAMED.test(object) || SITE_NAMED.test(object))
    };
  return { id: "deliverable.lead-named-work", concrete: NAMED.test(object) };
}
function newPhase(object) {
  return (/^新一轮[\u4e00-\u9fa5“”]{4,}/.test(object) || /[\u4e00-\u9fa5]{4,}[二三四五六七八九\d]期/.test(object)) && /(?:工程|项目|改造|建设|纲要|规划)$/.test(object) && !PROGRAMME.test(object) && !VAGUE.test(object);
}
function boundedFacility(object) {
  const head = object.replace(FACILITY, "");
  return /第[一二三四五六七八九十\d]|和|、/.test(object) || PLACE_NAMED.test(head) || SITE_NAMED.test(object) || head.length >= 6;
}
function wholeCompletion(clause, opened) {
  return opened.startsWith("\u6DD8\u6C70") && /(?:基本|全部)淘汰/.test(clause) ? { text: "\u6DD8\u6C70", index: 0 } : null;
}
function trailingCompletion(text) {
  return text.length > 2 && text.endsWith("\u5B8C\u6210") && /[\u4e00-\u9fa5”]/.test(text[text.length - 3]) ? { text: "\u5B8C\u6210", index: text.length - 2 } : null;
}
function firstMatch(text, pattern) {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  pattern.lastIndex = 0;
  return match ? { text: match[0], index: match.index } : null;
}

// app/domain/extraction/entities.ts
var LEADING_VERB = /^(?:力争|确保|年内|全力|积极|重点|加快|高标准|高水平)*(?:策划实施|组织实施|启动实施|启动建设|开工建设|签约落地|招引落地|加快推进|实施|推进|抓好|建设|打造|开工|建成|新建|改造提升|提档升级|改造|提升|引进|落地|签约|培育|支持|启动|完成|举办|推动|加快|服务|谋划|储备|做强|做优|壮大|发展|盘活|争创|创建)?/;
var MAX_ENTITY = 30;
function entitiesIn(clause, deliverableObject) {
  if (!deliverableObject && !clause.includes("\u7B49") && !clause.includes("\u201C") && !clause.includes('"')) return [];
  const found = /* @__PURE__ */ new Set();
  for (const match of clause.matchAll(/[“"]([^”"]{2,30})[”"]/g)) found.add(match[1]);
  const listEnd = clause.indexOf("\u7B49");
  if (listEnd > 1) {
    const head = clause.slice(0, listEnd).replace(LEADING_VERB, "");
    for (const item of head.split("\u3001")) {
      const name = item.replace(/^(?:和|及|与|以及)/, "").replace(LEADING_VERB, "").replace(/[“”"]/g, "").trim();
      if (name.length >= 2 && name.length <= MAX_ENTITY && !/\d+(?:\.\d+)?[万亿]?元/.test(name)) found.add(name);
    }
  } else if (deliverableObject && !/[“"]/.test(deliverableObject)) {
    for (const item of deliverableObject.split("\u3001")) {
      const name = item.replace(/(?:建设|改造|提升|工程)$/, "").trim();
      if (name.length >= 2 && name.length <= MAX_ENTITY) found.add(name);
    }
  }
  return [...found];
}

// app/domain/extraction/metric.ts
var LEADING_FILLER = /^(?:\(\d{1,2}\)|\d{1,2}[.、](?!\d)|[①-⑳]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[、.]|[一二三四五六七八九十]+是|其中|并且|并|同时|以及|及|和|与|为|、|首批|第一批|全部|共有|年内|今年|全年|当年|年底前|\d{1,2}月底前|到(?:19|20)\d{2}年底?|(?:19|20)\d{2}年(?:底|末)?|力争|确保|努力|争取|全力|积极|进一步|再|累计|共计|共|总计|合计|预计|高标准|高质量|高水平|每年|均)+/;
var TRAILING_WORDS = [
  "\u8FBE\u5230 \u8FBE \u7A81\u7834 \u8D85\u8FC7 \u8D85 \u4E0D\u5C11\u4E8E \u4E0D\u4F4E\u4E8E \u4E0D\u5C0F\u4E8E \u4E0D\u8D85\u8FC7 \u4E0D\u9AD8\u4E8E \u63A7\u5236\u5728 \u4FDD\u6301\u5728 \u7A33\u5B9A\u5728 \u7EF4\u6301\u5728",
  "\u63D0\u9AD8\u5230 \u63D0\u5347\u5230 \u63D0\u9AD8\u81F3 \u63D0\u5347\u81F3 \u589E\u52A0\u5230 \u589E\u52A0\u81F3 \u589E\u81F3 \u964D\u81F3 \u964D\u5230 \u538B\u51CF\u5230 \u538B\u51CF\u81F3 \u538B\u7F29\u5230 \u538B\u7F29\u81F3",
  "\u4E0B\u964D\u5230 \u4E0B\u964D\u81F3 \u4E0A\u5347\u5230 \u4E0A\u5347\u81F3 \u51CF\u5C11\u5230 \u51CF\u5C11\u81F3 \u7F29\u77ED\u5230 \u7F29\u77ED\u81F3",
  "\u589E\u957F \u589E\u52A0 \u63D0\u9AD8 \u63D0\u5347 \u4E0B\u964D \u964D\u4F4E \u51CF\u5C11 \u538B\u51CF \u538B\u7F29 \u7F29\u51CF \u524A\u51CF \u7F29\u77ED \u540C\u6BD4 \u5E74\u5747 \u4E3A \u5728 \u81F3 \u5230 \u5171 \u5747 \u5206\u522B \u518D \u5B9E\u73B0 \u5B8C\u6210 \u4FDD\u6301 \u7A33\u5B9A \u529B\u4E89 \u662F \u8981",
  "\u6BD4\u4E0A\u5E74 \u8F83\u4E0A\u5E74 \u6BD4\u53BB\u5E74 \u8F83\u53BB\u5E74"
].join(" ").split(" ").sort((a, b) => b.length - a.length);
function stripTrailing(text) {
  let end = text.length;
  for (; ; ) {
    const word = TRAILING_WORDS.find(
      (candidate) => text.startsWith(candidate, end - candidate.length) && end >= candidate.length
    );
    if (word) {
      end -= word.length;
      continue;
    }
    const last = text[end - 1];
    if (last === "\u7EA6" && !/[签预节合制公条履违]/.test(text[end - 2] ?? "") || last === "\u8FD1" && !/[最附邻接]/.test(text[end - 2] ?? "")) {
      end -= 1;
      continue;
    }
    return text.slice(0, end);
  }
}
function subjectOf(clause) {
  const subject = cleanLeft(clause.split(/扣除|剔除|考虑|其中|按照|按/)[0], false);
  return subject.length >= 2 && subject.length <= 20 && !/[，,。]/.test(subject) ? subject : null;
}
var PER_UNIT = /(?:每(?:人|户|家|年|月|天|日|亩)){1,2}$|人均$/;
var GENERIC_VERBS = /^(?:重点|精准|全力|大力)?(?:完成|实现|开展|组织开展|组织|推进|推动|抓好|实施|策划实施|策划|谋划|落实|做好|确定|精准确定|加快|加速)+/;
var CREATION_VERB = /^[新改扩建造增设提升打通培育引进开工举办组织招聘发放上线创争推动好筹集]+$/;
var LEADING_CREATION_VERB = /^(?:新建改造|新建|新增|新改建|改扩建|建设|建成|打造|培育|引进|招引|新培育|新引进|改造|打通|新开工|开工|举办|组织|设立|设置|招聘|发放|签约落地|签约|上线|创建|争创|提档升级|提升改造)/;
var ACTION_TAIL = /(提升改造|改造提升|提档升级|改造|建设|整治|治理|创建|改建|修缮|更新|升级)$/;
var GROWTH_ENDING = /(?:率|增速|增幅|比重|占比|降幅|幅度|系数)$/;
var MAX_METRIC = 60;
function metricOf(input) {
  const { text, clauseStart, clauseEnd, quantities, index } = input;
  const quantity = quantities[index];
  const isBoundary = (other) => input.counted ? input.counted.includes(other) : other.unit !== "" && other.base !== "";
  const previous = quantities.slice(0, index).reverse().find(isBoundary);
  const itemStart = previous ? skipJoiners(text, previous.end) : clauseStart;
  const rawLeft = text.slice(itemStart, quantity.start);
  const next = quantities.slice(index + 1).find(isBoundary);
  const right = rightNoun(text.slice(quantity.end, next ? next.start : clauseEnd));
  const left = /(?:和|及|与|、)$/.test(rawLeft) ? "" : cleanLeft(rawLeft, Boolean(right));
  let metric;
  if (right && (!left || isVerbOnly(left) || /\d/.test(left))) {
    const verb = left && CREATION_VERB.test(left) ? left : "";
    metric = verb + right + sharedTail(text, quantity, quantities, index, clauseEnd, right);
  } else {
    metric = left;
  }
  if (!metric) metric = input.previousMetric ?? "";
  if (!metric)
    metric = text.slice(clauseStart, quantity.start).trim() || text.slice(clauseStart, clauseEnd).slice(0, 20);
  if (quantity.growth && !GROWTH_ENDING.test(metric)) metric += quantity.decrease ? "\u964D\u5E45" : "\u589E\u901F";
  return metric.slice(0, MAX_METRIC);
}
var JOINERS = "\u3001\u548C\u53CA\u4E0E\u5E76\uFF0C,";
function skipJoiners(text, at) {
  while (at < text.length && JOINERS.includes(text[at])) at++;
  return at;
}
function cleanLeft(raw, countsNoun) {
  let left = raw.trim().replace(/由?(?:到|至)?(?:19|20)\d{2}年(?:底|末)?的?/g, "");
  const listEnd = Math.max(left.lastIndexOf("\u7B49"), countsNoun ? namesBeforeCount(left) : -1);
  if (listEnd >= 0) {
    const verb = GENERIC_VERBS.exec(left)?.[0] ?? LEADING_CREATION_VERB.exec(left.replace(LEADING_FILLER, ""))?.[0] ?? "";
    left = (GENERIC_VERBS.test(verb) ? "" : verb) + left.slice(listEnd + 1);
  }
  for (let pass = 0; pass < 3; pass++) {
    const before = left;
    left = stripTrailing(left.replace(LEADING_FILLER, "").replace(PER_UNIT, ""));
    const stripped = left.replace(GENERIC_VERBS, "");
    if (stripped.length >= 2) left = stripped;
    if (left === before) break;
  }
  return left.replace(/^[，,、的]+|[，,、的]+$/g, "");
}
function namesBeforeCount(left) {
  return /、[\u4e00-\u9fa5“”]{1,12}$/.test(left) ? left.length - 1 : -1;
}
function rightNoun(raw) {
  const noun = raw.replace(/^(?:的|[、和及与])+/, "").replace(/[、和及与，,]+$/, "");
  if (noun.length < 2 || !/^[\u4e00-\u9fa5“"《]/.test(noun)) return "";
  if (/^(?:以上|以下|左右|以内|等|其中|同比|增长|占|为|是|达|和|及)/.test(noun)) return "";
  return noun;
}
function isVerbOnly(left) {
  return left.length <= 5 && /^[新改扩建造增设提升打通培育引进开工完成实施组织举办招聘发放购置安装配备种植栽植创争上线推动好筹集接待]+$/.test(
    left
  );
}
function sharedTail(text, quantity, quantities, index, clauseEnd, right) {
  if (ACTION_TAIL.test(right)) return "";
  const last = quantities[quantities.length - 1];
  if (last === quantity || index === quantities.length - 1) return "";
  const tail = ACTION_TAIL.exec(text.slice(last.end, clauseEnd))?.[1];
  return tail ?? "";
}

// app/domain/quantities/chinese-numerals.ts
var DIGITS = {
  "\u3007": 0,
  \u96F6: 0,
  \u4E00: 1,
  \u4E8C: 2,
  \u4E24: 2,
  \u4E09: 3,
  \u56DB: 4,
  \u4E94: 5,
  \u516D: 6,
  \u4E03: 7,
  \u516B: 8,
  \u4E5D: 9
};
var SMALL_UNITS = { \u5341: 10, \u767E: 100, \u5343: 1e3 };
var BIG_UNITS = { \u4E07: 1e4, \u4EBF: 1e8 };
var CHINESE_NUMERAL_CHARS = "\u3007\u96F6\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u4EBF";
function parseChineseNumeral(text) {
  if (text === "") return null;
  if (!/[十百千万亿]/.test(text)) return positional(text);
  let total = 0;
  let section = 0;
  let digit = null;
  for (const char of text) {
    if (char === "\u96F6" || char === "\u3007") {
      if (digit !== null) return null;
    } else if (char in DIGITS) {
      if (digit !== null) return null;
      digit = DIGITS[char];
    } else if (char in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[char];
      digit = null;
    } else if (char in BIG_UNITS) {
      total = (total + section + (digit ?? (section === 0 ? 1 : 0))) * BIG_UNITS[char];
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
function positional(text) {
  if (text.length === 2 && !/[〇零]/.test(text)) return null;
  let value = 0;
  for (const char of text) {
    if (!(char in DIGITS) || char === "\u4E24" && text.length > 1) return null;
    value = value * 10 + DIGITS[char];
  }
  return value;
}
function splitChineseMagnitude(text) {
  const magnitude = /(万亿|万|亿)$/.exec(text)?.[1] ?? "";
  const head = magnitude ? text.slice(0, -magnitude.length) : text;
  if (head === "") return magnitude ? { value: 1, magnitude } : null;
  const value = parseChineseNumeral(head);
  return value === null ? null : { value, magnitude };
}
function isCompoundNumeral(text) {
  return /[一二两三四五六七八九]/.test(text) && /[十百千万亿]/.test(text);
}

// app/domain/lexicon/units.ts
var TABLE = [
  ["%", "%", 1, "percent", 1],
  ["\uFF05", "%", 1, "percent", 1],
  ["\u2030", "\u2030", 1, "percent", 1],
  ["\u4E2A\u767E\u5206\u70B9", "\u4E2A\u767E\u5206\u70B9", 1, "points", 1],
  ["\u767E\u5206\u70B9", "\u4E2A\u767E\u5206\u70B9", 1, "points", 1],
  ["\u7C73", "\u7C73", 1, "length", 1],
  ["\u516C\u91CC", "\u516C\u91CC", 1, "length", 1e3],
  ["\u5343\u7C73", "\u516C\u91CC", 1, "length", 1e3],
  ["\u5E73\u65B9\u7C73", "\u5E73\u65B9\u7C73", 1, "area", 1],
  ["\u5E73\u7C73", "\u5E73\u65B9\u7C73", 1, "area", 1],
  ["\u4EA9", "\u4EA9", 1, "area", 1e4 / 15],
  ["\u516C\u9877", "\u516C\u9877", 1, "area", 1e4],
  ["\u5E73\u65B9\u516C\u91CC", "\u5E73\u65B9\u516C\u91CC", 1, "area", 1e6],
  ["\u5E73\u65B9\u5343\u7C73", "\u5E73\u65B9\u516C\u91CC", 1, "area", 1e6],
  ["\u7ACB\u65B9\u7C73", "\u7ACB\u65B9\u7C73", 1, "volume", 1],
  ["\u65B9", "\u7ACB\u65B9\u7C73", 1, "volume", 1],
  ["\u5343\u514B", "\u5343\u514B", 1, "mass", 1],
  ["\u516C\u65A4", "\u5343\u514B", 1, "mass", 1],
  ["\u65A4", "\u5343\u514B", 0.5, "mass", 1],
  ["\u5428", "\u5428", 1, "mass", 1e3],
  ["\u5428\u6807\u51C6\u7164", "\u5428\u6807\u51C6\u7164", 1, "other", 1],
  ["\u5343\u74E6\u65F6", "\u5343\u74E6\u65F6", 1, "energy", 1],
  ["\u5EA6", "\u5343\u74E6\u65F6", 1, "energy", 1],
  ["\u5343\u74E6", "\u5343\u74E6", 1, "power", 1e3],
  ["\u5146\u74E6", "\u5343\u74E6", 1e3, "power", 1e3],
  ["\u5409\u74E6", "\u5343\u74E6", 1e6, "power", 1e3],
  ["\u74E6", "\u74E6", 1, "power", 1],
  ["\u5143", "\u5143", 1, "money", 1],
  ["\u7F8E\u5143", "\u7F8E\u5143", 1, "money", 1],
  ["\u6B27\u5143", "\u6B27\u5143", 1, "money", 1],
  ["\u6E2F\u5143", "\u6E2F\u5143", 1, "money", 1],
  ["\u5FAE\u514B/\u7ACB\u65B9\u7C73", "\u5FAE\u514B/\u7ACB\u65B9\u7C73", 1, "concentration", 1],
  ["\u6BEB\u514B/\u7ACB\u65B9\u7C73", "\u6BEB\u514B/\u7ACB\u65B9\u7C73", 1, "concentration", 1],
  ["\u6BEB\u514B/\u5347", "\u6BEB\u514B/\u5347", 1, "concentration", 1],
  ["\u7ACB\u65B9\u7C73/\u79D2", "\u7ACB\u65B9\u7C73/\u79D2", 1, "other", 1],
  ["\u6807\u51C6\u7BB1", "\u6807\u51C6\u7BB1", 1, "count", 1],
  ["\u6807\u7BB1", "\u6807\u51C6\u7BB1", 1, "count", 1],
  ["\u5C0F\u65F6", "\u5C0F\u65F6", 1, "time", 1],
  ["\u5206\u949F", "\u5206\u949F", 1, "time", 1],
  ["\u5929", "\u5929", 1, "time", 1],
  ["\u4E2A\u5DE5\u4F5C\u65E5", "\u4E2A\u5DE5\u4F5C\u65E5", 1, "time", 1],
  ["\u5DE5\u4F5C\u65E5", "\u4E2A\u5DE5\u4F5C\u65E5", 1, "time", 1],
  ["\u5468", "\u5468", 1, "time", 1],
  ["\u4E2A\u6708", "\u4E2A\u6708", 1, "time", 1],
  ["\u500D", "\u500D", 1, "ratio", 1],
  ["\u4EBA", "\u4EBA", 1, "people", 1],
  ["\u540D", "\u540D", 1, "people", 1],
  ["\u4F4D", "\u4F4D", 1, "people", 1],
  ["\u4EBA\u6B21", "\u4EBA\u6B21", 1, "count", 1],
  ["\u6237\u6B21", "\u6237\u6B21", 1, "count", 1],
  ["\u8F66\u6B21", "\u8F66\u6B21", 1, "count", 1],
  ["\u67B6\u6B21", "\u67B6\u6B21", 1, "count", 1],
  ["\u5BB6\u6B21", "\u5BB6\u6B21", 1, "count", 1],
  ["\u573A\u6B21", "\u573A\u6B21", 1, "count", 1],
  ["\u6279\u6B21", "\u6279\u6B21", 1, "count", 1],
  ["\u9879\u6B21", "\u9879\u6B21", 1, "count", 1],
  ["\u53F0\u5957", "\u53F0\u5957", 1, "count", 1],
  ["\u5206", "\u5206", 1, "other", 1],
  ["\u5206\u94B1", "\u5143", 0.01, "money", 1],
  ["\u6BDB\u94B1", "\u5143", 0.1, "money", 1]
];
var COUNTER_WORDS = "\u4E2A \u5BB6 \u9879 \u6240 \u5904 \u6761 \u5EA7 \u5F20 \u5957 \u6237 \u573A \u6B21 \u53F0 \u8F86 \u652F \u4EF6 \u6279 \u680B \u5E62 \u95F4 \u5757 \u67B6 \u8258 \u53EA \u5934 \u682A \u68F5 \u679A \u90E8 \u672C \u518C \u7BC7 \u95E8 \u79CD \u7C7B \u671F \u8F6E \u5BF9 \u7EC4 \u961F \u7247 \u5B97 \u4EFD \u6839 \u53E3 \u773C \u76CF \u7B14 \u5355 \u5E8A \u4F8B \u5B54 \u8D9F";
var COUNTERS = COUNTER_WORDS.split(" ");
var DESCRIPTIVE_UNITS = /* @__PURE__ */ new Set([
  "\u5C81",
  "\u5468\u5C81",
  "\u5468\u5E74",
  "\u84B8\u5428",
  "\u5343\u4F0F",
  "\u4F0F",
  "\u5428\u7EA7",
  "\u661F\u7EA7",
  "\u7EA7",
  "\u5C42",
  "\u82F1\u5BF8",
  "\u5BF8",
  "\u53F7\u7EBF",
  "\u53F7",
  "\u5C4A",
  "\u4EE3",
  "\u7248",
  "\u7EB5",
  "\u6A2A",
  "\u73AF",
  "\u5F3A",
  "\u7EBF",
  "\u8DEF"
]);
var MAGNITUDES = [
  ["\u4E07\u4EBF", 1e12],
  ["\u5343\u4EBF", 1e11],
  ["\u767E\u4EBF", 1e10],
  ["\u5341\u4EBF", 1e9],
  ["\u4EBF", 1e8],
  ["\u5343\u4E07", 1e7],
  ["\u767E\u4E07", 1e6],
  ["\u5341\u4E07", 1e5],
  ["\u4E07", 1e4],
  ["\u5343", 1e3],
  ["\u767E", 100]
];
var UNIT_SENSES = new Map([
  ...TABLE.map(([spelling, base, factor, dimension, scale]) => [spelling, { base, factor, dimension, scale }]),
  ...COUNTERS.map((word) => [word, { base: word, factor: 1, dimension: "count", scale: 1 }])
]);
var UNIT_SPELLINGS = [...UNIT_SENSES.keys()].filter((spelling) => spelling !== "\uFF05");

// app/domain/quantities/units.ts
var UNITS_BY_FIRST = indexByFirst([...UNIT_SPELLINGS, ...DESCRIPTIVE_UNITS]);
var MAGNITUDES_BY_FIRST = indexByFirst(MAGNITUDES.map(([word]) => word));
function indexByFirst(words) {
  const index = /* @__PURE__ */ new Map();
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const list = index.get(word[0]) ?? [];
    list.push(word);
    index.set(word[0], list);
  }
  return index;
}
function mayStartUnit(text, at) {
  const char = text[at];
  return char !== void 0 && (UNITS_BY_FIRST.has(char) || MAGNITUDES_BY_FIRST.has(char) || char === "\u4F59" || char === "\u591A");
}
function wordAt(index, text, at) {
  const candidates = index.get(text[at]);
  if (!candidates) return null;
  for (const word of candidates) if (text.startsWith(word, at)) return word;
  return null;
}
function readUnit(text, at) {
  let i = at;
  let more = false;
  const skipMore = () => {
    if (text[i] === "\u4F59" || text[i] === "\u591A" && !isWordAfterDuo(text, i)) {
      more = true;
      i++;
    }
  };
  skipMore();
  let base = wordAt(UNITS_BY_FIRST, text, i);
  let magnitude = "";
  if (!base) {
    magnitude = wordAt(MAGNITUDES_BY_FIRST, text, i) ?? "";
    if (magnitude) {
      const afterMagnitude = i;
      i += magnitude.length;
      skipMore();
      base = wordAt(UNITS_BY_FIRST, text, i);
      if (!base && !/[万亿]$/.test(magnitude)) {
        magnitude = "";
        i = afterMagnitude;
      }
    }
  }
  if (base) i += base.length;
  if (!base && !magnitude) return more ? { unit: "", magnitude: "", base: "", end: i, more } : null;
  return { unit: magnitude + (base ?? ""), magnitude, base: base ?? "", end: i, more };
}
function isWordAfterDuo(text, at) {
  return /[元样种层方彩维]/.test(text[at + 1] ?? "") && !/[万亿]/.test(text[at + 1] ?? "");
}
function isPercentUnit(unit) {
  return unit === "%" || unit === "\u2030" || unit === "\u4E2A\u767E\u5206\u70B9" || unit === "\u767E\u5206\u70B9";
}
function isMoneyUnit(unit) {
  return unit !== null && /元$/.test(unit);
}
var MONEY_CONTEXT = /产值|生产总值|GDP|收入|投资|资金|贷款|金额|补贴|基金|税|销售额|营业额|营收|规模|资产|消费|存款|融资|费用|经费|利润|总量|交易额|成交额|出口额|进口额|额/;
var PEOPLE_CONTEXT = /人口|人数/;
function completeBareMagnitude(unit, metricContext, people = true) {
  if (!/^(万亿|千万|百万|十万|万|亿)$/.test(unit)) return unit;
  if (MONEY_CONTEXT.test(metricContext)) return `${unit}\u5143`;
  return people && PEOPLE_CONTEXT.test(metricContext) ? `${unit}\u4EBA` : unit;
}

// app/domain/quantities/scan.ts
var ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/y;
var CHINESE_RUN = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, "y");
var RANGE = /\s?[—–\-~～至到]{1,2}\s?(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)/y;
var PERCENT_RANGE = /\s?[—–\-－~～至到]{1,2}\s?(\d+(?:\.\d+)?)%/y;
var SUFFIX_HINTS = "\u53CA\u4EE5\u4E4B\u5DE6\u4E0A";
var SUFFIX_COMPARATORS = [
  [/及以上|以上|之上/y, ">="],
  [/及以下|以下|以内|之内/y, "<="],
  [/左右|上下/y, "~"]
];
var AT_LEAST = /(?:不少于|不低于|不小于|至少|超过|突破|高于|大于|多于|超|破|逾)了?$/;
var AT_MOST = /(?:不超过|不高于|不多于|控制在|控制到|低于|少于|小于|降至|降到|压缩至|压缩到|压减至|压减到|缩短至|缩短到|减少到|减少至|下降到|下降至|减至)$/;
var ABOUT = /(?:(?<![签预节合制公条履违])约|(?<![最附邻接])近|接近|大约)$/;
var CHANGE = /(增长|增加|提高|提升|下降|降低|减少|压减|压缩|缩短|增速|增幅|降幅|上升|递增|扩大|回落|增|降|减)(?:达到|达|为|了|在)?(?:不低于|不少于|不高于|不超过|超过|约|近)?$/;
var COMPARATOR_HINTS = /[不至超突高大多破控低少小降压缩减约近接逾]/;
var CHANGE_HINTS = /[增降减提压缩扩上递升落]/;
var LEVEL_REACHED = /(?:提高|提升|增加|增长|上升|下降|降低|减少|压减|压缩|缩短|降|增)(?:到|至)$/;
var DECREASE = /下降|降低|减少|压减|压缩|缩短|降幅|回落|降|减/;
var PEOPLE_AFTER = /^(?:以上|左右)?[\u4e00-\u9fa5“”"]{0,10}?(?:人口|人员)/;
var WITHIN_UNITS = /* @__PURE__ */ new Set(["\u5929", "\u4E2A\u5DE5\u4F5C\u65E5", "\u5DE5\u4F5C\u65E5", "\u5C0F\u65F6", "\u5206\u949F", "\u4E2A\u6708", "\u5468"]);
var COUNT_VERBS = /(?:新增|新建|建成|建好|培育|引进|新培育|新引进|达到|达|突破|破|超过|超|新开工|新改建|改造|打造|建设|完成|开通|新开通|加密|新辟|开辟|延伸|修建|新修|拓宽|整治|治理|实施|推进|开工|启动|设立|组建|创建|举办|召开|提升)$/;
var EVENT_LEAD = /(?:开展|举办|组织|召开)(?:[春夏秋冬]{1,2}季|上半年|下半年|全年|年内|每年|每季度)?$/;
var ROUND_VERBS = /(?:培养|培训|开展|举办|组织|实现|引进|新增|打造|建设|服务|形成|年产|建成)$/;
var LEVEL_HELD = /(?:稳定在|保持在|维持在)$/;
var ROUND_IDIOM = /^(?:家万户|方百计|[日天年夜]|分之)/;
var NUMERAL_CODES = new Set([...CHINESE_NUMERAL_CHARS].map((char) => char.charCodeAt(0)));
function scanQuantities(text) {
  const found = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let quantity = null;
    if (code >= 48 && code <= 57) {
      quantity = arabicAt(text, i);
      if (!quantity) {
        while (i + 1 < text.length && isNumberChar(text.charCodeAt(i + 1))) i++;
        continue;
      }
    } else if (code === 36127 && text.startsWith("\u8D1F\u589E\u957F", i)) {
      quantity = { ...percentOf(text, i, i + 1, 0, ""), comparator: "<=", growth: true };
    } else if (code < 8544 || !(NUMERAL_CODES.has(code) || code >= 8544 && code <= 8555)) {
      continue;
    } else if (code >= 8544 && code <= 8555 && text[i + 1] === "\u7C7B") {
      quantity = romanClassAt(text, i);
    } else if (code === 30334 && text.startsWith("\u767E\u5206\u4E4B", i)) {
      quantity = percentWordsAt(text, i);
    } else if (NUMERAL_CODES.has(code) && !NUMERAL_CODES.has(text.charCodeAt(i - 1))) {
      quantity = wordedAt(text, i) ?? chineseAt(text, i);
      if (!quantity) {
        CHINESE_RUN.lastIndex = i;
        i += (CHINESE_RUN.exec(text)?.[0].length ?? 1) - 1;
        continue;
      }
    }
    if (quantity) {
      found.push(quantity);
      i = quantity.end - 1;
    }
  }
  return shareAcrossLists(text, found);
}
function isNumberChar(code) {
  return code >= 48 && code <= 57 || code === 46 || code === 44;
}
function shareAcrossLists(text, found) {
  for (let i = 1; i < found.length; i++) {
    const previous = found[i - 1];
    const quantity = found[i];
    if (!/^[、和及与]$/.test(text.slice(previous.end, quantity.start)) || previous.unit !== quantity.unit) continue;
    if (previous.growth && !quantity.growth) found[i] = { ...quantity, growth: true, decrease: previous.decrease };
  }
  for (let i = found.length - 1; i > 0; i--) {
    const previous = found[i - 1];
    const quantity = found[i];
    if (!/^[、和及与]$/.test(text.slice(previous.end, quantity.start)) || previous.unit !== quantity.unit) continue;
    if (quantity.suffix && !previous.suffix && previous.comparator === null) {
      found[i - 1] = { ...previous, comparator: quantity.comparator };
    }
  }
  return found;
}
function arabicAt(text, start) {
  ARABIC.lastIndex = start;
  const raw = ARABIC.exec(text)?.[0];
  if (!raw) return null;
  const before = text[start - 1] ?? "";
  if (/[A-Za-z+.]/.test(before)) return null;
  let numberEnd = start + raw.length;
  if (/[A-Za-z+]/.test(text[numberEnd] ?? "")) return null;
  if (text[numberEnd] === "/") return fractionAt(text, start, numberEnd, Number(raw));
  let upper = null;
  RANGE.lastIndex = numberEnd;
  const range = RANGE.exec(text);
  if (range && /\d/.test(range[1])) {
    upper = Number(range[1]);
    numberEnd = RANGE.lastIndex;
  }
  return finish(text, start, numberEnd, Number(raw.replace(/,/g, "")), upper, false, "");
}
function percentWordsAt(text, start) {
  CHINESE_RUN.lastIndex = start + 3;
  const digits = CHINESE_RUN.exec(text)?.[0];
  const value = digits ? splitChineseMagnitude(digits) : null;
  if (!digits || !value || value.magnitude) return null;
  const end = start + 3 + digits.length;
  const quantity = finish(text, start, end, value.value, null, true, "");
  return quantity && { ...quantity, unit: "%", base: "%", unitEnd: end };
}
function romanClassAt(text, start) {
  return finish(text, start, start + 1, text.charCodeAt(start) - 8543, null, false, "");
}
var FRACTION = /([一二两三四五六七八九十]+)分之([一二两三四五六七八九十]+)/y;
var HALF = /一半/y;
var DOUBLING = /([一两二三])番/y;
var CHANGE_BEFORE = /(?:减少|压减|压缩|缩减|削减|降低|下降|提高|增加|减|降)(?:了|再)?$/;
function wordedAt(text, start) {
  const next = text[start + 1];
  if (next !== "\u589E" && next !== "\u756A" && next !== "\u5206" && next !== "\u534A" && text[start + 2] !== "\u5206") return null;
  const before = text.slice(Math.max(0, start - 6), start);
  if (text.startsWith("\u96F6\u589E\u957F", start)) {
    const quantity = percentOf(text, start, start + 1, 0, before);
    return { ...quantity, comparator: "<=", growth: true };
  }
  if (text[start - 1] === "\u7FFB") {
    DOUBLING.lastIndex = start;
    const doubling = DOUBLING.exec(text);
    const times = doubling ? parseChineseNumeral(doubling[1]) : null;
    if (doubling && times)
      return { ...percentOf(text, start, DOUBLING.lastIndex, 2 ** times, ""), unit: "\u500D", base: "\u500D", growth: false };
  }
  if (!CHANGE_BEFORE.test(before) && !/^[一二两三四五六七八九十]*(?:分之[一二两三四五六七八九十]+|半)以上(?!的)/.test(text.slice(start)))
    return null;
  FRACTION.lastIndex = start;
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const whole = parseChineseNumeral(fraction[1]);
    const part = parseChineseNumeral(fraction[2]);
    if (whole && part && part < whole)
      return percentOf(text, start, FRACTION.lastIndex, Math.round(1e3 * part / whole) / 10, before);
  }
  HALF.lastIndex = start;
  if (HALF.exec(text)) return percentOf(text, start, HALF.lastIndex, 50, before);
  return null;
}
var DIGIT_DENOMINATOR = /\/(\d{1,2})(?![\d.])/y;
function fractionAt(text, start, slash, part) {
  DIGIT_DENOMINATOR.lastIndex = slash;
  const whole = Number(DIGIT_DENOMINATOR.exec(text)?.[1] ?? 0);
  const before = text.slice(Math.max(0, start - 6), start);
  if (!whole || part <= 0 || part >= whole || !CHANGE_BEFORE.test(before)) return null;
  return percentOf(text, start, DIGIT_DENOMINATOR.lastIndex, Math.round(1e3 * part / whole) / 10, before);
}
function percentOf(text, start, numberEnd, value, before) {
  const change = CHANGE_HINTS.test(before) ? CHANGE.exec(before) : null;
  let end = numberEnd;
  let comparator = null;
  let suffix = "";
  for (const [pattern, sense] of SUFFIX_COMPARATORS) {
    pattern.lastIndex = numberEnd;
    const match = pattern.exec(text);
    if (match) {
      [comparator, suffix] = [sense, match[0]];
      end += suffix.length;
      break;
    }
  }
  return {
    start,
    end,
    numberEnd,
    unitEnd: numberEnd,
    value,
    upper: null,
    unit: "%",
    base: "%",
    magnitude: "",
    more: false,
    suffix,
    comparator,
    growth: Boolean(change),
    decrease: Boolean(change && DECREASE.test(change[1])),
    chinese: true
  };
}
function chineseAt(text, start) {
  if (text[start - 1] === "\u7B2C") return null;
  let numberEnd = start;
  while (NUMERAL_CODES.has(text.charCodeAt(numberEnd))) numberEnd++;
  if (!mayStartUnit(text, numberEnd) && !/[万亿]/.test(text[numberEnd - 1])) return null;
  const run = text.slice(start, numberEnd);
  const parsed = splitChineseMagnitude(run);
  if (!parsed) return null;
  if (/[是大]/.test(text[numberEnd] ?? "")) return null;
  const lead = text.slice(Math.max(0, start - 4), start);
  const round = /^(?:[千百万]亿?|[百千]万)$/.test(run) && (ROUND_VERBS.test(lead) || LEVEL_HELD.test(lead)) && !ROUND_IDIOM.test(text.slice(numberEnd));
  const afterVerb = run !== "\u4E00" && (COUNT_VERBS.test(lead) || /^[次场期轮]/.test(text.slice(numberEnd)) && EVENT_LEAD.test(text.slice(Math.max(0, start - 10), start)));
  if (!isCompoundNumeral(run) && !afterVerb && !round && !countsAList(text, start, run) && !countsAtClauseEnd(text, start, numberEnd))
    return null;
  const quantity = finish(text, start, numberEnd, parsed.value, null, true, parsed.magnitude);
  if (!quantity || quantity.unit === "") return null;
  if (/^[千百万亿]+$/.test(run) && !round && !/(?:突破|破|超过|超|达到|达|稳定在|保持在)$/.test(text.slice(Math.max(0, start - 3), start)))
    return null;
  return quantity;
}
function countsAList(text, start, run) {
  if (!/^[两二三四五六七八九]$/.test(run)) return false;
  const clause = clauseBefore(text, start);
  if (!/[\u4e00-\u9fa5”]$/.test(clause)) return false;
  if (/^个?字/.test(text.slice(start + run.length)) || NOT_MAKING.test(clause)) return false;
  return /、[^、]{1,12}$/.test(clause) || /[和及][^和及、]{1,12}$/.test(clause) && MAKING_VERB.test(clause);
}
var NOT_MAKING = /^(?:全力|大力|积极|继续)?(?:支持|发挥|坚持|围绕|在)/;
function countsAtClauseEnd(text, start, numberEnd) {
  if (!/^[两二三四五六七八九]$/.test(text.slice(start, numberEnd))) return false;
  const unit = readUnit(text, numberEnd);
  if (!unit?.base || !/^[，,。；;]?$/.test(text[unit.end] ?? "")) return false;
  return MAKING_LEAD.test(clauseBefore(text, start));
}
var MAKING_VERB = /^(?:年内|今年|全年|力争|确保|计划)*(?:新建|新增|建成|建设|完成|改造|改建|扩建|新开工|开工|新开通|开通|打造|培育|引进|创建|实施|启动)/;
var MAKING_LEAD = new RegExp(`${MAKING_VERB.source}[\\u4e00-\\u9fa5]{2,12}$`);
function clauseBefore(text, start) {
  let from = start;
  while (from > 0 && !"\uFF0C,\u3002\uFF1B;\uFF1A:".includes(text[from - 1])) from--;
  return text.slice(from, start);
}
function finish(text, start, numberEnd, value, upper, chinese, writtenMagnitude) {
  const unitMatch = readUnit(text, numberEnd) ?? yearsOfSchooling(text, start, numberEnd, value);
  let unit = unitMatch ? unitMatch.unit : "";
  let magnitude = unitMatch ? unitMatch.magnitude : "";
  if (writtenMagnitude) {
    if (magnitude) return null;
    unit = writtenMagnitude + unit;
    magnitude = writtenMagnitude;
  }
  let unitEnd = unitMatch ? unitMatch.end : numberEnd;
  if (upper === null && unit === "%") {
    PERCENT_RANGE.lastIndex = unitEnd;
    const range = PERCENT_RANGE.exec(text);
    if (range && Number(range[1]) > value) {
      upper = Number(range[1]);
      unitEnd = PERCENT_RANGE.lastIndex;
    }
  }
  const people = !unitMatch?.base && /^(?:万|亿|千万|百万)$/.test(unit) && PEOPLE_AFTER.test(text.slice(unitEnd));
  if (people) unit += "\u4EBA";
  let end = unitEnd;
  let comparator = unitMatch?.more ? ">=" : null;
  let suffix = "";
  for (const [pattern, sense] of SUFFIX_HINTS.includes(text[unitEnd]) ? SUFFIX_COMPARATORS : []) {
    pattern.lastIndex = unitEnd;
    const match = pattern.exec(text);
    if (match) {
      comparator = sense;
      suffix = match[0];
      break;
    }
  }
  if (!suffix && text[unitEnd] === "\u5185" && WITHIN_UNITS.has(unitMatch?.base ?? "")) {
    comparator = "<=";
    suffix = "\u5185";
  }
  end += suffix.length;
  const before = text.slice(Math.max(0, start - 8), start);
  if (!comparator && COMPARATOR_HINTS.test(before)) comparator = prefixComparator(before);
  if (!comparator && /至少[\u4e00-\u9fa5]{1,4}$/.test(before)) comparator = ">=";
  if (upper !== null && !comparator) comparator = ">=";
  const change = CHANGE_HINTS.test(before) ? CHANGE.exec(before) : null;
  const rateAfter = /^的(?:年均)?(增速|增幅|增长|涨幅|降幅)/.exec(text.slice(end));
  const growth = Boolean(change || rateAfter) && (unit === "%" || unit === "\u2030") && !LEVEL_REACHED.test(before);
  return {
    start,
    end,
    numberEnd,
    unitEnd,
    value,
    upper,
    unit,
    base: people ? "\u4EBA" : unitMatch?.base ?? "",
    magnitude,
    more: unitMatch?.more ?? false,
    suffix,
    comparator,
    growth,
    decrease: Boolean(change && DECREASE.test(change[1]) || rateAfter?.[1] === "\u964D\u5E45"),
    chinese
  };
}
function yearsOfSchooling(text, start, numberEnd, value) {
  if (text[numberEnd] !== "\u5E74" || value >= 100) return null;
  const decimal = text.slice(start, numberEnd).includes(".");
  if (!decimal && !/年限/.test(text.slice(Math.max(0, start - 12), start))) return null;
  return { unit: "\u5E74", magnitude: "", base: "\u5E74", end: numberEnd + 1, more: false };
}
function prefixComparator(before) {
  if (/不(?:少于|低于|小于)$/.test(before)) return ">=";
  if (/不(?:超过|高于|多于|大于)$/.test(before)) return "<=";
  if (AT_MOST.test(before)) return "<=";
  if (AT_LEAST.test(before)) return ">=";
  if (ABOUT.test(before)) return "~";
  return null;
}

// app/domain/extraction/ranks.ts
var GOAL_VERBS = "\u633A\u8FDB|\u8DFB\u8EAB|\u8FDB\u5165|\u8FC8\u5165|\u4FDD\u6301|\u7A33\u5C45|\u7A33\u5B9A\u5728|\u4F4D\u5C45|\u8DC3\u5C45|\u51B2\u8FDB|\u51B2\u523A|\u4E89\u521B|\u521B\u6210|\u4E89\u5148\u8FDB\u5165|\u8FDB|\u5C45|\u5217";
var TOP_N = new RegExp(
  `(?:${GOAL_VERBS})([\\u4e00-\\u9fa5]{0,10}?)\u524D(\\d+|[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E]+)(\u540D|\u4F4D|\u5F3A)?(%)?`,
  "g"
);
var TOP_CLASS = new RegExp(`(?:${GOAL_VERBS})([\\u4e00-\\u9fa5]{0,8}?)(\\d+|[\u5341\u767E\u5343])\u5F3A`, "g");
var OUT_OF_BOTTOM = /退出([\u4e00-\u9fa5]{0,8}?)后(\d+|[一二三四五六七八九十]+)(?:名|位)?/g;
function findRankTargets(text) {
  const found = [];
  if (!/[前强后]/.test(text)) return found;
  for (const match of text.matchAll(TOP_N)) {
    const value = numberOf(match[2]);
    if (value === null) continue;
    const percent = Boolean(match[4]);
    found.push(target(match, value, percent ? "%" : "\u540D", "<=", match[1]));
  }
  for (const match of text.matchAll(TOP_CLASS)) {
    const value = numberOf(match[2]);
    if (value !== null) found.push(target(match, value, "\u540D", "<=", match[1]));
  }
  for (const match of text.matchAll(OUT_OF_BOTTOM)) {
    const value = numberOf(match[2]);
    if (value !== null) found.push(target(match, value, "\u540D", ">=", match[1]));
  }
  return found.sort((a, b) => a.start - b.start);
}
function target(match, value, unit, comparator, scope) {
  return { start: match.index, end: match.index + match[0].length, value, unit, comparator, scope };
}
function numberOf(text) {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

// app/domain/extraction/targets.ts
var INVESTMENT_BEFORE = /(?:总投资|投资|计划投资|年度投资|年度总投资|估算总投资|总规模|资金)(?:约|达|超|近|逾)?$/;
var HAN = /[\u4e00-\u9fa5“]/;
var SESSIONS_LISTED = /^(?:[、和及]|[省市区县]委|[一二三四五六七八九十百\d]+[届次])+(?:全会|全体会议)/;
var LIST_HEAD_BEFORE = /(?:为|对|向|给|帮助|惠及|带动|覆盖|服务|吸纳|培训|救助|资助)$/;
var SCOPE_VERBS = /^(?:(?:年内|全年|今年|重点|持续|进一步|继续|全面|积极|大力)*)(?:强化|加强|加大|巩固(?!提升))/;
var MADE_BEFORE = /(?:引进|新增|新建|培育|招引|选派|培训|建成|新招)$/;
var COVERED = /^(?:以上|以下|左右)?的?[\u4e00-\u9fa5]{0,3}(?:城市|地市|市县|县市|县|乡镇|行政村|村|社区|企业|学校|医院|人口|家庭|农户)/;
var SCOPE_OBJECTS = /监管|扶持力度|支持力度|帮扶力度|扩容提质|提质扩容|提质增效|帮扶|包联|包保/;
var LIST_COUNT = /^(?:(?:民生|惠民|为民)?(?:实事|好事)|大事)/;
var ALREADY = /已(?:经)?(?:过去|有|达到?|超过|突破|累计)(?:了)?(?:近|约|超过)?$/;
var TIME_UNITS = /* @__PURE__ */ new Set(["\u5206\u949F", "\u5C0F\u65F6"]);
var COUNT_CLASSIFIER = /^(?:个|处|所|家|座|台|套|间|栋|项|条|口|眼|盏)$/;
var WORK_MEASURE = /^(?:米|公里|千米|平方米|平方公里|亩|公顷|立方米)$/;
var WORK_BEFORE = /(?:完成|新建|改造|建设|建成|实施|铺设|修建|新增|硬化|治理|整治|铺装|改建|扩建|提升|绿化|造林|清理|疏浚|改扩建)$/;
var SIZE_WORD = /(?:总投资|投资|装机|规模|面积|容量|全长|长度|产能)/;
function rejectQuantity(view, index, mode, rules = DEFAULT_RULES) {
  const on = (reason) => rules.on(`quantity.${reason}`);
  const { text, quoted, clauseEnd, quantities } = view;
  const quantity = quantities[index];
  const { start, end, unit, base } = quantity;
  if (unit === "") return "no_unit";
  if (on("no_unit") && base === "" && HAN.test(text[end] ?? "") && !text.startsWith("\u89C4\u6A21", end)) return "no_unit";
  const before = text[start - 1] ?? "";
  if (on("ordinal") && (before === "\u7B2C" || before === "\u5C4A" || /^(?:全会|全体会议|会议|党代会|人代会)/.test(text.slice(quantity.unitEnd)) || // 九届十一次、十二次和市委十一届十次全会: sessions listed one after another before their 全会.
  base === "\u6B21" && SESSIONS_LISTED.test(text.slice(quantity.unitEnd))))
    return "ordinal";
  if (on("descriptive_unit") && /^(?:本次|这次)?(?:会议|大会)(?:共|会期)?$/.test(text.slice(view.clauseStart, start)))
    return "descriptive_unit";
  if (on("list_count") && LIST_COUNT.test(text.slice(quantity.unitEnd))) return "list_count";
  if (on("already") && ALREADY.test(text.slice(Math.max(view.clauseStart, start - 8), start))) return "already";
  if (on("rank_position") && (before === "\u524D" || before === "\u540E")) return "rank_position";
  if (on("quoted") && quoted[start] && !quotedGoal(text, start)) return "quoted";
  if (on("descriptive_unit") && DESCRIPTIVE_UNITS.has(base) && !reachesLevel(text, quantity)) return "descriptive_unit";
  const after = text[end] ?? "";
  const countedWithDe = after === "\u7684" && on("attributive") && (countsWithDe(view, index) || coversShare(text, quantity));
  if (on("attributive") && after === "\u7684" && !INVESTMENT_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && !countedWithDe)
    return "attributive";
  if (on("descriptive_unit") && base === "\u7C7B" && /^[\u4e00-\u9fa5]{0,4}(?:比例|比重|占比)/.test(text.slice(quantity.unitEnd)))
    return "descriptive_unit";
  if (on("threshold") && !countedWithDe && !coversShare(text, quantity) && isThreshold(text, quantity, quantities.slice(index + 1)))
    return "threshold";
  if (on("time_name") && TIME_UNITS.has(base) && HAN.test(after) && !listedAfterTime(text, quantities, index))
    return "time_name";
  if (on("in_name_list") && inNameList(text, quantity, clauseEnd, quantities[index + 1])) return "in_name_list";
  if (on("modifier") && modifiesNext(
    text,
    quantity,
    quantities.slice(index + 1).find((q) => q.base !== "")
  ))
    return "modifier";
  if (on("scope") && /^(?:个)?(?:领域|方面|方向|环节|行业|板块|层面|维度)/.test(text.slice(quantity.unitEnd)))
    return "scope";
  if (on("scope") && mode === "plan" && !isPercentUnit(unit) && !isMoneyUnit(unit) && !MADE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && isScopeClause(text.slice(view.clauseStart, clauseEnd))) {
    return "scope";
  }
  return null;
}
function coversShare(text, quantity) {
  if (!isPercentUnit(quantity.unit)) return false;
  const rest = text.slice(quantity.unitEnd);
  return COVERED.test(rest) || /^(?:以上|以下|左右)?的幅度/.test(rest);
}
function quotedGoal(text, at) {
  const open = Math.max(text.lastIndexOf("\u201C", at), text.lastIndexOf('"', at - 1));
  const close = text.slice(at).search(/[”"]/);
  if (open < 0 || close < 0) return false;
  const quote = text.slice(open + 1, at + close);
  return quote.length >= 8 && /实现|达到|突破|超过/.test(quote);
}
function reachesLevel(text, quantity) {
  const before = text.slice(Math.max(0, quantity.start - 4), quantity.start);
  return /(?:达到|达|提高到|提高至|提升到|提升至|提高|延长|增加|超过|保持在|稳定在)$/.test(before) && !HAN.test(text[quantity.end] ?? "") && !/届|号|代|版/.test(quantity.base);
}
function isThreshold(text, quantity, later) {
  const after = text[quantity.end] ?? "";
  if (!HAN.test(after) || /^[和及与并等]/.test(after)) return false;
  if (/^(?:安排|执行|掌握)/.test(text.slice(quantity.end))) return false;
  const before = text.slice(Math.max(0, quantity.start - 2), quantity.start);
  if (/[过超]$/.test(before) && !/超过$/.test(before)) return true;
  if (quantity.suffix !== "\u4EE5\u4E0A" && quantity.suffix !== "\u53CA\u4EE5\u4E0A" && quantity.suffix !== "\u4EE5\u4E0B") return false;
  return later.length > 0 || !isCountUnit(quantity);
}
function isCountUnit(quantity) {
  return !isPercentUnit(quantity.unit) && !isMoneyUnit(quantity.unit) && !/米|亩|吨|公顷|瓦/.test(quantity.base);
}
function listedAfterTime(text, quantities, index) {
  const previous = quantities[index - 1];
  if (!previous || !TIME_UNITS.has(previous.base)) return false;
  const between = text.slice(previous.end, quantities[index].start);
  return between.startsWith("\u3001") && !/[，,。；]/.test(between);
}
function inNameList(text, quantity, clauseEnd, next) {
  if (!HAN.test(text[quantity.end] ?? "") || !HAN.test(text[quantity.start - 1] ?? "")) return false;
  if (LIST_HEAD_BEFORE.test(text.slice(Math.max(0, quantity.start - 2), quantity.start))) return false;
  const lead = text.slice(Math.max(0, quantity.start - 4), quantity.start);
  if (WORK_BEFORE.test(lead) || /(?:[区镇乡村县]|街道|办事处|、)$/.test(lead)) return false;
  if (lead.endsWith("\u548C") && /、/.test(
    text.slice(0, quantity.start).split(/[，,。；]/).pop() ?? ""
  ))
    return false;
  const limit = next ? next.start : clauseEnd;
  const stretch = text.slice(quantity.end, limit);
  const listEnd = stretch.indexOf("\u7B49");
  return listEnd > 0 && !/[，,。；]/.test(stretch.slice(0, listEnd));
}
function countsWithDe(view, index) {
  const quantity = view.quantities[index];
  const rest = view.text.slice(quantity.end + 1, view.clauseEnd);
  if (isPercentUnit(quantity.unit)) return /^(?:年均)?(?:增速|增幅|增长|涨幅|降幅)/.test(rest);
  if (WORK_MEASURE.test(quantity.base) && WORK_BEFORE.test(view.text.slice(Math.max(0, quantity.start - 4), quantity.start)))
    return /^[\u4e00-\u9fa5“]{2}/.test(rest);
  const lead = view.text.slice(Math.max(0, quantity.start - 6), quantity.start);
  if (/(?:新增|形成|新建)$/.test(lead) && /^[\u4e00-\u9fa5]{0,6}(?:能力|产能)$/.test(rest)) return true;
  if (PEOPLE_UNIT.test(quantity.base) && /(?:用于|惠及|培训|帮扶|救助|资助|吸纳|覆盖)$/.test(lead))
    return index === view.quantities.length - 1 && /^[\u4e00-\u9fa5]{2}/.test(rest);
  return COUNT_CLASSIFIER.test(quantity.base) && index === view.quantities.length - 1 && /^[\u4e00-\u9fa5]{2}/.test(rest);
}
var PEOPLE_UNIT = /^(?:人|人次|名|户)$/;
function modifiesNext(text, quantity, next) {
  if (!next || LIST_HEAD_BEFORE.test(text.slice(Math.max(0, quantity.start - 2), quantity.start))) return false;
  if (isMoneyUnit(quantity.unit) && INVESTMENT_BEFORE.test(text.slice(Math.max(0, quantity.start - 8), quantity.start)))
    return false;
  const between = text.slice(quantity.end, next.start);
  return between.length >= 2 && /^[\u4e00-\u9fa5“”]+$/.test(between) && !/[和及与并、]/.test(between) && !/(?:其中|共)/.test(between) && !SIZE_WORD.test(between);
}
function isScopeClause(clause) {
  return SCOPE_VERBS.test(clause) || SCOPE_OBJECTS.test(clause);
}

// app/domain/report/sectors.ts
var SECTORS = [
  ["\u653F\u5E9C\u5EFA\u8BBE", /政府|法治|廉洁|作风|忠诚|勤政|依法行政|担当/],
  ["\u793E\u4F1A\u4FDD\u969C", /就业|社会保障|社保|养老|救助|低保|托育|兜底|住房保障|社会帮扶/],
  ["\u6559\u80B2", /教育|学校|学在|办学/],
  ["\u536B\u751F\u5065\u5EB7", /医疗|卫生|健康|医药|医院/],
  ["\u6587\u5316\u4F53\u80B2", /文化|文体|体育|旅游|文旅|全民健身/],
  ["\u4E61\u6751\u632F\u5174", /乡村|农业|农村|三农|农民/],
  // 创新生态, 营商环境, 产业生态: an ecosystem of something else, not the environment.
  [
    "\u751F\u6001\u73AF\u5883",
    /(?<!创新|科创|产业|营商|人才|政治|数字|金融|开放|发展|服务|政务|法治|消费|投资)(?:生态|环境)|绿色|低碳|环保|污染|双碳|蓝天|碧水|净土/
  ],
  ["\u5B89\u5168\u7A33\u5B9A", /安全|平安|稳定|风险|应急|疫情|防控|底线/],
  ["\u793E\u4F1A\u6CBB\u7406", /治理|治善治|社会管理|基层|网格/],
  ["\u57CE\u5E02\u5EFA\u8BBE", /城市|城建|更新|交通|基础设施|片区|宜居|承载|配套设施|城乡/],
  ["\u79D1\u6280\u521B\u65B0", /科技|科创|创新|研发|人才/],
  ["\u6539\u9769\u5F00\u653E", /改革|开放|招商|外贸|营商环境|开发区|协同发展|金融/],
  ["\u4EA7\u4E1A\u53D1\u5C55", /产业|工业|制造|服务业|数字经济|园区|企业|项目|楼宇|总部经济/],
  ["\u7ECF\u6D4E\u53D1\u5C55", /经济|增长|投资|消费|内需|发展动能|综合实力/],
  ["\u6C11\u751F", /民生|福祉|幸福|公共服务|群众生活|共同富裕/]
];
function sectorOf(headings) {
  for (const heading of headings) {
    const text = heading.replace(
      /^(?:[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|——)/,
      ""
    );
    for (const [sector, words] of SECTORS) if (words.test(text)) return sector;
  }
  return null;
}
var CLAUSE_SECTORS = [
  [
    "\u751F\u6001\u73AF\u5883",
    /能耗|碳排放|降碳|减排|超低排放|零碳|双碳|空气质量|水环境|环境质量|优良天数|PM2\.?5|PM10|颗粒物|水质|断面|污水|雨污|黑臭|污染|生态修复|造林|植树|森林覆盖|绿化覆盖|湿地|河湖|垃圾|分类亭|中转站|固废|环保|节能|扬尘|河湖长|两山/
  ],
  ["\u5B89\u5168\u7A33\u5B9A", /安全生产|生产安全|事故|消防|应急|防汛|地质灾害|食品安全|药品安全|信访|矛盾纠纷|风险隐患/],
  ["\u7ECF\u6D4E\u53D1\u5C55", /全省前|全国百强|百强[区县市]|综合实力|经济普查|专项债|促消费|限额以上|贷款投放/],
  ["\u4EA7\u4E1A\u53D1\u5C55", /上市|挂牌|登陆|北交所|股权交易|会展|批发市场|商业街|步行街|夜间经济|技改/],
  [
    "\u6539\u9769\u5F00\u653E",
    /外贸|进出口|外资|招商|招引|引进[^，]{0,12}项目|到位资金|营商环境|政务服务|一网通办|审批|自贸|跨境|口岸|市场主体/
  ],
  [
    "\u79D1\u6280\u521B\u65B0",
    /研发|专精特新|高新技术|科技|专利|孵化|众创|概念验证|中试|实验室|工程技术研究|创新平台|创新中心|瞪羚|独角兽|院士|技术合同|成果转化|人才|毕业生|技术创新|校城融合/
  ],
  [
    "\u7ECF\u6D4E\u53D1\u5C55",
    /生产总值|GDP|一般公共预算|财政收入|税收收入|固定资产投资|社会消费品零售|居民消费价格|经济总量|经济增长/
  ],
  [
    "\u793E\u4F1A\u4FDD\u969C",
    /就业|创业|养老|托育|低保|救助|社保|社会保险|医保|医疗保险|报销|医养结合|护理床位|残疾|保障性住房|保障房|公租房|困难群众|退役军人/
  ],
  ["\u6559\u80B2", /学校|学位|幼儿园|小学|中学|高中|初中|教师|教育|校舍|职业院校|高校|大学/],
  ["\u536B\u751F\u5065\u5EB7", /医院|卫生院|卫生室|医疗|健康|疾控|床位|医生|公共卫生|中医|诊疗/],
  ["\u6587\u5316\u4F53\u80B2", /文化|体育|旅游|文旅|景区|博物馆|图书馆|健身|赛事|演出|非遗|游客|运动会|艺术节/],
  ["\u57CE\u5E02\u5EFA\u8BBE", /道路|公路|桥|隧道|地铁|轨道|公交|停车|城市更新|交通|高速|铁路|机场|港口/],
  ["\u4E61\u6751\u632F\u5174", /农业|农村|乡村|粮食|高标准农田|耕地|种植|养殖|畜牧|农民|村集体|示范村|试点村|渔业|农产品|合作社|脱贫/],
  ["\u6539\u9769\u5F00\u653E", /出口|开放|改革/],
  ["\u57CE\u5E02\u5EFA\u8BBE", /管网|供热|供暖|供水|燃气|老旧小区|城中村|棚户区|公园|绿道|背街小巷|充电|基站|路网|片区|开工面积/],
  ["\u4EA7\u4E1A\u53D1\u5C55", /产业|工业|制造|企业|园区|产值|营业收入|数字经济|服务业|商贸|电商|总部|楼宇|金融/],
  ["\u6C11\u751F", /可支配收入|居民收入|民生实事|惠民/],
  ["\u793E\u4F1A\u6CBB\u7406", /社区|网格|基层治理|物业|志愿服务|社会组织|一网统管/],
  ["\u653F\u5E9C\u5EFA\u8BBE", /行政|法治政府|政府/]
];
var WEAK = [["\u4EA7\u4E1A\u53D1\u5C55", /项目|投资|消费/]];
function sectorOfText(text, weak = true) {
  for (const [sector, words] of CLAUSE_SECTORS) if (words.test(text)) return sector;
  if (weak) {
    for (const [sector, words] of WEAK) if (words.test(text)) return sector;
  }
  return null;
}

// app/domain/extraction/commitments.ts
var PROCEDURAL = /票决(?!确定的)|候选项目|提请(?=[^，。]{0,8}(?:大会|会议|代表))|请各位代表|审议|应到代表|实到代表/;
var QUESTION = /[？?]$|多少|几[个条所家项]/;
var NO_QUOTES = new Uint8Array(0);
var CONTINUES = /^(?:以及|及|和|与|并)/;
function listItem(sentence, clauseStart) {
  const before = sentence.charCodeAt(clauseStart - 1);
  if (before !== 41 && before !== 65289) return false;
  return /[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]$/.test(
    sentence.slice(Math.max(0, clauseStart - 4), clauseStart)
  );
}
function verbBefore(clauses, index) {
  for (let i = index - 1; i >= 0; i--) {
    const verb = LEADING_COMPLETION.exec(clauses[i].replace(/^(?:力争|确保|年内|全面|全力|积极)+/, ""))?.[0];
    if (verb) return verb;
  }
  return null;
}
function extractCommitments(clean, paragraph, rules = DEFAULT_RULES) {
  const found = [];
  const defaultDeadline = paragraph.horizon ?? paragraph.planYear;
  let reporting = false;
  for (const sentence of splitSentences(clean.folded, paragraph.start, paragraph.end)) {
    const text = clean.folded.slice(sentence.start, sentence.end);
    reporting = rules.on("sentence.reports-past") && reportsPast(text, paragraph.planYear, reporting);
    const skip = reporting ? "sentence.reports-past" : rules.on("sentence.procedural") && PROCEDURAL.test(text) ? "sentence.procedural" : rules.on("sentence.question") && QUESTION.test(text) ? "sentence.question" : null;
    if (skip) {
      rules.record(skip, sentence.start, sentence.end);
      continue;
    }
    const scope = {
      rules,
      clean,
      paragraph,
      sentence: text,
      sentenceStart: sentence.start,
      quoted: NO_QUOTES,
      marks: deadlineMarks(text, paragraph.planYear),
      defaultDeadline
    };
    const quantities = scanQuantities(text);
    const ranks = rules.on("numeric.rank") ? findRankTargets(text) : [];
    if (quantities.length || ranks.length) scope.quoted = quotedMask(text);
    let previousMetric = null;
    let subjectClause = null;
    let previousClause = null;
    let previousPromised = true;
    const promisedAt = [];
    const sentenceClauses = sentence.clauses.map((c) => text.slice(c.start - sentence.start, c.end - sentence.start));
    const itemTopic = ITEM_START.test(text) ? { at: found.length, numbersAfter: false } : null;
    for (const [index, absolute] of sentence.clauses.entries()) {
      const before = found.length;
      const clause = { start: absolute.start - sentence.start, end: absolute.end - sentence.start };
      const inClause = inSpan(quantities, clause);
      if (inClause.length && previousMetric === null && subjectClause !== null)
        previousMetric = subjectOf(subjectClause);
      const numeric = numericTargets(scope, clause, inClause, previousMetric, previousClause);
      const rankTargets = inSpan(ranks, clause).map((r) => rankCommitment(scope, clause, r));
      found.push(...numeric, ...rankTargets);
      if (itemTopic && index > 0 && numeric.length) itemTopic.numbersAfter = true;
      if (numeric.length) previousMetric = numeric[numeric.length - 1].metric.replace(/(?:增速|降幅)$/, "");
      const clauseText = sentenceClauses[index];
      if (inClause.length === 0 && previousMetric === null && subjectClause === null) subjectClause = clauseText;
      const investmentOnly = numeric.length > 0 && numeric.every((n) => isMoneyUnit(n.unit ?? ""));
      if ((!numeric.length || investmentOnly) && !rankTargets.length) {
        const inherited = CONTINUES.test(clauseText) || listItem(text, clause.start) ? verbBefore(sentenceClauses, index) : null;
        const deliverable = findDeliverable(clauseText, inherited, rules);
        const carried = (!deliverable || "rejected" in deliverable) && !numeric.length && previousClause && !previousPromised ? carriedDeliverable(clauseText, sentenceClauses[index - 1], rules) : null;
        const listed = !carried && !numeric.length ? listedBefore(clauseText, unpromised(sentenceClauses, promisedAt, index), rules) : null;
        if (carried) {
          found.push(deliverableCommitment(scope, { start: previousClause.start, end: clause.end }, carried));
        } else if (listed) {
          const from = sentence.clauses[index - listed.back].start - sentence.start;
          found.push(deliverableCommitment(scope, { start: from, end: clause.end }, listed.deliverable));
        } else if (deliverable && "rejected" in deliverable) {
          rules.record(deliverable.rule, sentence.start + clause.start, sentence.start + clause.end);
        } else if (deliverable && investmentOnly && !MILESTONE.test(deliverable.verb) && rules.on("deliverable.invested-project") && INVESTED_PROJECT.test(clauseText)) {
          const object = deliverable.object.replace(INVESTMENT_BEFORE2, "");
          const metric = `${object}${deliverable.verb}`.slice(0, 60);
          found.push(
            deliverableCommitment(scope, clause, {
              ...deliverable,
              object,
              metric,
              rule: "deliverable.invested-project"
            })
          );
        } else if (deliverable && (!investmentOnly || MILESTONE.test(deliverable.verb))) {
          const halves = deliverable.rule === "deliverable.completion-verb" ? completedHalves(clauseText, rules) : null;
          if (halves)
            for (const [offset, end, half] of halves)
              found.push(deliverableCommitment(scope, { start: clause.start + offset, end: clause.start + end }, half));
          else found.push(deliverableCommitment(scope, clause, deliverable));
        }
      }
      previousPromised = found.length > before;
      promisedAt.push(previousPromised);
      previousClause = clause;
    }
    if (rules.on("item.programme-lead") && itemTopic?.numbersAfter && found[itemTopic.at]?.kind === "deliverable" && !found[itemTopic.at].target) {
      const lead = found[itemTopic.at];
      const leadClause = sentenceClauses[0].replace(/\s+/g, "");
      if (lead.quote === leadClause && PROGRAMME_LEAD.test(leadClause)) {
        found.splice(itemTopic.at, 1);
        rules.record("item.programme-lead", lead.start, lead.end);
      }
    }
  }
  return found;
}
function unpromised(clauses, promisedAt, index) {
  let from = index;
  while (from > Math.max(0, index - 3) && !promisedAt[from - 1]) from--;
  return clauses.slice(from, index);
}
var PAST_OPENING = /^(?:[^，,]{0,12}[，,])?(?:刚刚过去的|过去的?一年|过去五年|去年|上一年|一年来|回顾|近日|此前)/;
var PAST_ANYWHERE = /预计全年|首先回顾|回顾了/;
var YEAR_OPENING = /^(?:[^，,]{0,12}[，,])?((?:19|20)\d{2})(?:年(?![底末内前])|(?=[\u4e00-\u9fa5]))/;
var PLAN_TURN = /今年|明年|新的一年|新一年|预期|目标|将|要/;
function reportsPast(sentence, planYear, before) {
  if (planYear === null) return false;
  const year = YEAR_OPENING.exec(sentence);
  if (year) return Number(year[1]) < planYear && Number(year[1]) >= planYear - 5;
  if (PAST_OPENING.test(sentence) || PAST_ANYWHERE.test(sentence)) return true;
  if (!before) return false;
  return !PLAN_TURN.test(sentence) && !yearsAtLeast(sentence, planYear);
}
function yearsAtLeast(sentence, planYear) {
  for (const match of sentence.matchAll(/(?:19|20)\d{2}(?=年)/g)) if (Number(match[0]) >= planYear) return true;
  return false;
}
function completedHalves(clause, rules) {
  const at = clause.indexOf("\u3001");
  if (at < 4 || clause.indexOf("\u3001", at + 1) >= 0 || /[“"《（(]/.test(clause)) return null;
  const halves = [];
  for (const [start, end] of [
    [0, at],
    [at + 1, clause.length]
  ]) {
    const part = clause.slice(start, end);
    const found = findDeliverable(part, null, rules);
    if (!found || "rejected" in found || found.rule !== "deliverable.completion-verb" || part.startsWith(found.verb))
      return null;
    halves.push([start, end, found]);
  }
  return halves;
}
var MILESTONE = /开工|竣工|建成|投产|投用|投入使用|封顶|完工|落成/;
var INVESTED_PROJECT = /^(?:力争|确保|年内|今年)*(?:启动|完成)(?:总)?投资[\d.]+[万亿]?元的(?![\d一二三四五六七八九十]+[个项])/;
var INVESTMENT_BEFORE2 = /^(?:总)?投资[\d.]+[万亿]?元的/;
var PROGRAMME_LEAD = /^(?:组织|全面|继续|大力|深入)?实施/;
var ITEM_START = /^(?:[一二三四五六七八九十]{1,3}是|\d{1,2}[、.．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳])/;
function numericTargets(scope, clause, quantities, previousMetric, previousClause) {
  const { sentence, quoted } = scope;
  const view = { text: sentence, quoted, clauseStart: clause.start, clauseEnd: clause.end, quantities };
  const found = [];
  let lastMetric = previousMetric;
  const counted = quantities.filter((quantity, index) => {
    const rejection = rejectQuantity(view, index, "plan", scope.rules);
    if (rejection && quantity.unit !== "")
      scope.rules.record(
        `quantity.${rejection}`,
        scope.sentenceStart + clause.start,
        scope.sentenceStart + clause.end,
        quantity.value,
        quantity.unit
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
      counted
    });
    lastMetric = metric.replace(/(?:增速|降幅)$/, "");
    const ownMetric = sentence.slice(clause.start, quantity.start).replace(/[^\u4e00-\u9fa5]/g, "").length > 2 || metric !== previousMetric;
    const quoteStart = !ownMetric && previousClause ? previousClause.start : clause.start;
    const travelTime = /圈/.test(sentence.slice(quantity.end, clause.end)) && /分钟|小时/.test(quantity.base);
    const deadline = travelTime ? null : deadlineAt(scope.marks, quantity.start, scope.defaultDeadline);
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
            deadline
          }
        )
      );
    }
  });
  return found;
}
function listedTogether(sentence, counted) {
  return counted.length > 1 && counted.every((q, i) => i === 0 || /^[、，,]?(?:和|及|与)?$/.test(sentence.slice(counted[i - 1].end, q.start)));
}
function splitShared(metric, quantity, lead, counted, listed) {
  const suffix = /(?:增速|降幅)$/.exec(metric)?.[0] ?? "";
  const core = (suffix ? metric.slice(0, -suffix.length) : metric).replace(/各$/, "");
  const explicit = /(?<![平年])均|都|分别|各$/.test(lead);
  const shared = explicit || isPercentUnit(quantity.unit) || isMoneyUnit(quantity.unit) || /^[万亿]+$/.test(quantity.unit);
  if (!shared || /[“"]/.test(core)) return [metric];
  const parts = core.split(/、|和/);
  if (parts.length < 2 || parts.length > 4 || parts.some((part) => part.length < 2)) return [metric];
  if ((listed || /分别/.test(lead + metric)) && counted.length === parts.length) {
    const relation2 = /(对|占)[\u4e00-\u9fa5]*$/.exec(parts[parts.length - 1])?.[0] ?? "";
    const metrics = parts.map((part, i) => (i < parts.length - 1 ? part + relation2 : part) + suffix);
    return [metrics[counted.indexOf(quantity)]];
  }
  if (!explicit && !splitsIntoMetrics(parts)) return [metric];
  const relation = /(对|占)[\u4e00-\u9fa5]*$/.exec(parts[parts.length - 1])?.[0] ?? "";
  return parts.map((part, i) => (i < parts.length - 1 ? part + relation : part) + suffix);
}
var ONE_VALUE_HEAD = /(?:标准|资费|价格|收费|负担|总额|减税|降费)(?!化)/;
var NOT_A_METRIC = /^(?:企业|个人|居民|群众|农民|职工)$|把|将|基础上|带头/;
function splitsIntoMetrics(parts) {
  const last = parts[parts.length - 1];
  return !ONE_VALUE_HEAD.test(last) && !parts.some((part, i) => NOT_A_METRIC.test(part) || i < parts.length - 1 && part.includes("\u7684"));
}
function rankCommitment(scope, clause, rank) {
  const subject = scope.sentence.slice(clause.start, rank.start).replace(/^(?:力争|确保|努力|争取|全力|年内|今年|到(?:19|20)\d{2}年)+/, "").replace(/[“”"]/g, "").replace(/(?:综合)?排名$/, "");
  const metric = `${subject}${rank.scope}${rank.unit === "%" ? "\u6392\u540D\u767E\u5206\u4F4D" : "\u6392\u540D"}`;
  const deadline = scope.quoted[rank.start] ? null : deadlineAt(scope.marks, rank.start, scope.defaultDeadline);
  return build(scope, clause, {
    rule: "numeric.rank",
    kind: "numeric",
    metric,
    target: rank.value,
    unit: rank.unit,
    comparator: rank.comparator,
    growth: false,
    deadline
  });
}
function deliverableCommitment(scope, clause, deliverable) {
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
      deadline: deadlineAt(scope.marks, clause.start, scope.defaultDeadline)
    },
    deliverable.object
  );
}
function sentenceSector(scope) {
  if (scope.sentenceSector === void 0) scope.sentenceSector = sectorOfText(scope.sentence, false);
  return scope.sentenceSector;
}
function build(scope, clause, fields, object) {
  const start = scope.sentenceStart + clause.start;
  const end = scope.sentenceStart + clause.end;
  const raw = scope.clean.text.slice(start, end);
  const quote = raw.includes("\n") ? raw.replace(/\s*\n\s*/g, "") : raw;
  return {
    quote,
    start,
    end,
    section: scope.paragraph.section,
    sector: sectorOfText(quote, false) ?? sentenceSector(scope) ?? sectorOfText(quote) ?? scope.paragraph.sector,
    rule: fields.rule,
    kind: fields.kind,
    metric: fields.metric || quote.slice(0, 60),
    target: fields.target,
    unit: fields.unit,
    comparator: fields.comparator,
    growth: fields.growth,
    deadline: fields.deadline,
    entities: entitiesIn(quote, object)
  };
}

// app/domain/text/radicals.ts
var SUPPLEMENT = "\u2E81\u5382 \u2E82\u4E5B \u2E83\u4E5A \u2E84\u4E59 \u2E85\u4EBB \u2E86\u5182 \u2E88\u5200 \u2E89\u5202 \u2E8A\u535C \u2E8B\u353E \u2E8C\u5C0F \u2E8D\u5C0F \u2E8E\u5140 \u2E8F\u5C23 \u2E90\u5C22 \u2E92\u5DF3 \u2E93\u5E7A \u2E94\u5F51 \u2E96\u5FC4 \u2E97\u5FC3 \u2E98\u624C \u2E99\u6535 \u2E9B\u65E1 \u2E9C\u65E5 \u2E9D\u6708 \u2E9E\u6B7A \u2E9F\u6BCD \u2EA0\u6C11 \u2EA1\u6C35 \u2EA2\u6C3A \u2EA3\u706C \u2EA4\u722B \u2EA5\u722B \u2EA6\u4E2C \u2EA7\u725B \u2EA8\u72AD \u2EA9\u738B \u2EAB\u76EE \u2EAC\u793A \u2EAD\u793B \u2EAF\u7CF9 \u2EB0\u7E9F \u2EB1\u7F53 \u2EB2\u7F52 \u2EB3\u34C1 \u2EB4\u5197 \u2EB6\u7F8A \u2EB9\u8002 \u2EBA\u8080 \u2EBB\u807F \u2EBC\u8089 \u2EBE\u8279 \u2EBF\u8279 \u2EC0\u8279 \u2EC1\u864E \u2EC2\u8864 \u2EC3\u8980 \u2EC4\u897F \u2EC5\u89C1 \u2EC6\u89D2 \u2EC8\u8BA0 \u2EC9\u8D1D \u2ECB\u8F66 \u2ECC\u8FB6 \u2ECD\u8FB6 \u2ECE\u8FB6 \u2ECF\u9091 \u2ED0\u9485 \u2ED1\u9577 \u2ED2\u9578 \u2ED3\u957F \u2ED4\u95E8 \u2ED6\u961D \u2ED7\u96E8 \u2ED8\u9752 \u2ED9\u97E6 \u2EDA\u9875 \u2EDB\u98CE \u2EDC\u98DE \u2EDD\u98DF \u2EDF\u98E0 \u2EE0\u9963 \u2EE2\u9A6C \u2EE3\u9AA8 \u2EE4\u9B3C \u2EE5\u9C7C \u2EE6\u9E1F \u2EE7\u5364 \u2EE8\u9EA6 \u2EE9\u9EC4 \u2EEA\u9EFE \u2EEB\u6589 \u2EEC\u9F50 \u2EED\u6B6F \u2EEE\u9F7F \u2EEF\u7ADC \u2EF0\u9F99 \u2EF1\u9F9C \u2EF2\u4E80 \u2EF3\u9F9F";
var RADICALS_FROM = 11904;
var RADICALS_TO = 12245;
var RADICAL_TABLE = buildTable();
function buildTable() {
  const table = new Uint16Array(RADICALS_TO - RADICALS_FROM + 1);
  for (const pair of SUPPLEMENT.split(" ")) table[pair.charCodeAt(0) - RADICALS_FROM] = pair.charCodeAt(1);
  for (let code = 12032; code <= RADICALS_TO; code++) {
    const ideograph = String.fromCharCode(code).normalize("NFKC");
    if (ideograph.length === 1) table[code - RADICALS_FROM] = ideograph.charCodeAt(0);
  }
  return table;
}
function radicalToIdeograph(code) {
  if (code < RADICALS_FROM || code > RADICALS_TO) return code;
  return RADICAL_TABLE[code - RADICALS_FROM] || code;
}

// app/domain/text/chars.ts
function isHanCode(code) {
  return code >= 19968 && code <= 40959 || code >= 13312 && code <= 19903 || code >= 63744 && code <= 64255;
}
function isHan(char) {
  return char !== void 0 && char !== "" && isHanCode(char.charCodeAt(0));
}
function isWideCode(code) {
  return code >= 11904 || code >= 8208 && code <= 8303;
}
function isWide(char) {
  return char !== void 0 && char !== "" && isWideCode(char.charCodeAt(0));
}
function isSpaceCode(code) {
  if (code > 12288) return code === 65279;
  return code === 32 || code === 12288 || code === 9 || code === 160 || code === 11 || code === 12 || code >= 8192 && code <= 8205 || code === 8288;
}
function fold(text) {
  return text.replace(FOLDABLE, foldChar);
}
var FOLDABLE = /[\u2e80-\u2fd5\u3000\uff01-\uff5e]/g;
function foldChar(char) {
  const code = char.charCodeAt(0);
  if (code <= RADICALS_TO) return String.fromCharCode(radicalToIdeograph(code));
  return code === 12288 ? " " : String.fromCharCode(code - 65248);
}
function visualWidth(text) {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += isWideCode(text.charCodeAt(i)) ? 1 : 0.5;
  return width;
}
var CLOSERS = `\u201D\u2019\u300D\u300F\uFF09)\u300B\u3009\u3011"'`;
var SENTENCE_ENDS = "\u3002\uFF01\uFF1F\uFF1B\uFF1A!?;:\u2026";
function endsSentence(text) {
  let i = text.length - 1;
  while (i >= 0 && (CLOSERS.includes(text[i]) || text[i] === " ")) i--;
  if (i < 0) return false;
  return SENTENCE_ENDS.includes(text[i]) || text[i] === "." && isHan(text[i - 1]);
}
function firstFullStop(text) {
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\u3002" || char === "\uFF01" || char === "\uFF1F" || char === "!" || char === "?") return i;
    if (char === "." && isHan(text[i - 1]) && !/\d/.test(text[i + 1] ?? "")) return i;
  }
  return -1;
}

// app/domain/report/outline.ts
var RUN_IN_STYLES = ["dash", "ordinal", "lead"];
var MARKERS = [
  ["part", /^第[一二三四五六七八九十]+(?:部分|章|篇)/],
  ["paren-cn", /^\([一二三四五六七八九十]+\)/],
  ["cn", /^[一二三四五六七八九十]+[、.]/],
  ["paren-arabic", /^\(\d{1,2}\)/],
  ["arabic", /^\d{1,2}[、.](?!\d)\s*(?=[\u4e00-\u9fa5“"《])/],
  ["circled", /^[①-⑳]/],
  ["dash", /^——(?=[\u4e00-\u9fa5“])/],
  ["ordinal", /^[一二三四五六七八九十]+是(?=[\u4e00-\u9fa5“])/]
];
var PART_WORDS = /回顾|总结|目标|任务|安排|计划|打算|思路|展望|自身建设|服务型政府|名词解释|名词注释|附件|附录/;
var GLOSSARY = /^(?:名词解释|名词注释|名词解读|注释|附件|附录|附表|附[:：])/;
var MAX_HEADING = 80;
var MAX_LEAD = 20;
function findHeadings(clean) {
  const headings = [];
  const { paragraphs, folded, text } = clean;
  let inGlossary = false;
  const bare = /* @__PURE__ */ new Map();
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    if (paragraph.title || inGlossary) continue;
    const body = folded.slice(paragraph.start, paragraph.end);
    const itemStyle = bareItemStyle(body);
    if (itemStyle) bare.set(index, itemStyle);
    const found = classify(body, folded, paragraphs, index);
    if (!found) continue;
    const start = paragraph.start;
    const end = paragraph.start + found.length;
    const headingText = text.slice(start, end).trim();
    headings.push({
      paragraph: index,
      start,
      end,
      text: headingText,
      style: found.style,
      runIn: found.runIn,
      level: 0
    });
    if (GLOSSARY.test(headingText.replace(/\s+/g, ""))) inGlossary = true;
  }
  const kept = dropLeadsAmongOrdinals(dropBareLists(headings, bare));
  assignLevels(kept);
  return kept;
}
function dropBareLists(headings, bare) {
  return headings.filter(
    (h) => h.runIn || !LIST_RUN_STYLES.includes(h.style) || bare.get(h.paragraph - 1) !== h.style && bare.get(h.paragraph + 1) !== h.style
  );
}
function bareItemStyle(body) {
  for (const [style, marker] of MARKERS) {
    if (!marker.test(body)) continue;
    if (!LIST_RUN_STYLES.includes(style)) return null;
    const stop = firstStop(body);
    return stop < 0 || stop >= body.length - 1 ? style : null;
  }
  return null;
}
var LIST_RUN_STYLES = ["paren-cn", "arabic", "paren-arabic", "circled"];
function dropLeadsAmongOrdinals(headings) {
  let ordinalSeries = false;
  return headings.filter((heading) => {
    if (heading.style === "ordinal") ordinalSeries = true;
    else if (!RUN_IN_STYLES.includes(heading.style)) ordinalSeries = false;
    return !(heading.style === "lead" && ordinalSeries);
  });
}
function isGlossaryHeading(text) {
  return GLOSSARY.test(text.replace(/^[一二三四五六七八九十]+[、.．]/, "").replace(/\s+/g, ""));
}
function classify(body, folded, paragraphs, index) {
  for (const [style, marker] of MARKERS) {
    if (!marker.test(body)) continue;
    const stop2 = firstStop(body);
    if (stop2 > 0 && stop2 < body.length - 1) {
      const limit = RUN_IN_STYLES.includes(style) ? MAX_HEADING : 60;
      if (LIST_STYLES.includes(style) && isListItem(body.slice(0, stop2))) return null;
      return stop2 <= limit ? { style, length: stop2, runIn: true } : null;
    }
    if (RUN_IN_STYLES.includes(style)) return null;
    const length = stop2 > 0 ? stop2 : body.length;
    if (isListItem(body.slice(0, length)) || stop2 > 0 && LIST_STYLES.includes(style)) return null;
    return length <= MAX_HEADING ? { style, length, runIn: false } : null;
  }
  if (isUnnumberedHeading(body, folded, paragraphs, index))
    return { style: "unnumbered", length: body.length, runIn: false };
  const stop = firstFullStop(body);
  const leadEnds = stop >= 0 && (body[stop] === "\u3002" || body[stop] === ".");
  if (leadEnds && stop >= 3 && stop <= MAX_LEAD && stop < body.length - 1 && !/[，,、；;：:]/.test(body.slice(0, stop)) && !isListItem(body.slice(0, stop))) {
    return { style: "lead", length: stop, runIn: true };
  }
  return null;
}
var LIST_STYLES = ["arabic", "paren-arabic", "circled"];
var COUNTED = /(?<![\d.])\d+(?:\.\d+)?\s*(?:%|万|亿|千|个|家|项|所|人|名|公里|千米|米|亩|公顷|平方米|辆|台|部|条|座|套|户|场|次|对|张|床|吨|头|处|栋|间|件|元)/;
function isListItem(text) {
  return /[；;]$/.test(text) || COUNTED.test(text);
}
function firstStop(body) {
  return firstFullStop(body);
}
function isUnnumberedHeading(body, folded, paragraphs, index) {
  const width = visualWidth(body);
  if (width > 40 || width < 4 || endsSentence(body) || firstFullStop(body) >= 0) return false;
  if ((body.match(/[\u4e00-\u9fa5]/g)?.length ?? 0) < 4) return false;
  if (PART_WORDS.test(body) && !/完成|达到|增长|下降|控制在/.test(body) && !isListItem(body) || GLOSSARY.test(body.replace(/\s+/g, "")))
    return true;
  if (isListItem(body)) return false;
  const next = paragraphs[index + 1];
  if (!next) return false;
  const following = folded.slice(next.start, next.end);
  return visualWidth(following) > 40 || endsSentence(following);
}
function assignLevels(headings) {
  const open = [];
  for (const heading of headings) {
    if (RUN_IN_STYLES.includes(heading.style)) {
      heading.level = open.length + 1;
      continue;
    }
    if (isGlossaryHeading(heading.text) || heading.style === "part") {
      open.length = 0;
    } else {
      const at = open.indexOf(heading.style);
      if (at >= 0) open.length = at;
    }
    open.push(heading.style);
    heading.level = open.length;
  }
}

// app/domain/report/parts.ts
function partOfHeading(text) {
  if (isGlossaryHeading(text)) return "glossary";
  if (/回顾|工作总结|过去(?:一|五)?年|成绩|(?:五|一)年来|这(?:一|五)年/.test(text)) return "review";
  if (/自身建设|服务型政府|政府治理|人民满意的?(?:服务型|法治|廉洁)?政府|政府建设|作风建设/.test(text)) return "other";
  if (/目标|任务|安排|计划|打算|思路|展望|部署|重点工作|今后|未来|工作建议/.test(text)) return "plan";
  return null;
}
function yearsIn(text) {
  return [...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?=\s*年)/g)].map((match) => Number(match[1]));
}
var FIVE_YEAR_PLANS = {
  \u5341\u4E00\u4E94: { from: 2006, to: 2010 },
  \u5341\u4E8C\u4E94: { from: 2011, to: 2015 },
  \u5341\u4E09\u4E94: { from: 2016, to: 2020 },
  \u5341\u56DB\u4E94: { from: 2021, to: 2025 },
  \u5341\u4E94\u4E94: { from: 2026, to: 2030 },
  \u5341\u516D\u4E94: { from: 2031, to: 2035 }
};
function namedFiveYearPlan(text) {
  const match = /(十[一二三四五六]五)/.exec(text);
  return match ? FIVE_YEAR_PLANS[match[1]] : null;
}
function reviewYears(heading, reportYear2) {
  const years = yearsIn(heading);
  const named2 = namedFiveYearPlan(heading);
  if (named2) return named2;
  const last = years.length ? Math.max(...years) : reportYear2 !== null ? reportYear2 - 1 : null;
  if (last === null) return null;
  if (/五年/.test(heading)) return { from: last - 4, to: last };
  return { from: years.length ? Math.min(...years) : last, to: last };
}
function planYears(heading, reportYear2) {
  const years = yearsIn(heading);
  const named2 = namedFiveYearPlan(heading);
  const first = years.length ? Math.min(...years) : reportYear2;
  if (named2) return { from: first ?? named2.from, to: named2.to };
  if (first === null) return null;
  if (/五年/.test(heading)) return { from: first, to: first + 4 };
  return { from: first, to: years.length ? Math.max(...years) : first };
}
function formatSpan(span) {
  if (!span) return null;
  return span.from === span.to ? String(span.to) : `${span.from}-${span.to}`;
}
var REVIEW_CUES = /预计|完成了|实现了|取得了|获评|荣获|入选|成功举办|顺利|圆满|累计|同比增长|[^，。]了[，。]|增长\d+(?:\.\d+)?%(?![以左])/g;
var PLAN_CUES = /力争|年内|确保|以上|左右|不低于|不少于|将|要|今年/g;
function partByTense(text, headingYears = [], reportYear2 = null) {
  if (headingYears.length && reportYear2 !== null) return Math.max(...headingYears) < reportYear2 ? "review" : "plan";
  const review = text.match(REVIEW_CUES)?.length ?? 0;
  const plan = text.match(PLAN_CUES)?.length ?? 0;
  return review > plan ? "review" : "plan";
}

// app/domain/lexicon/stages.ts
var STAGE_WORDS = {
  planned: [
    "\u524D\u671F",
    "\u624B\u7EED",
    "\u529E\u7406",
    "\u62DB\u6807",
    "\u9009\u5740",
    "\u8BBE\u8BA1",
    "\u8BBA\u8BC1",
    "\u89C4\u5212",
    "\u7ACB\u9879",
    "\u5BA1\u6279",
    "\u62A5\u6279",
    "\u5F81\u8FC1",
    "\u7B7E\u7EA6",
    "\u521D\u7A3F",
    "\u7F16\u5236"
  ],
  started: ["\u5F00\u5DE5\u5EFA\u8BBE", "\u5F00\u5DE5", "\u542F\u52A8\u5EFA\u8BBE", "\u542F\u52A8\u5B9E\u65BD", "\u542F\u52A8", "\u52A8\u5DE5", "\u5F00\u5EFA", "\u7B79\u5EFA", "\u843D\u5730", "\u5F15\u8FDB"],
  under_way: [
    "\u63A8\u8FDB",
    "\u52A0\u5FEB",
    "\u5728\u5EFA",
    "\u5B9E\u65BD",
    "\u65BD\u5DE5",
    "\u8FDB\u5C55",
    "\u653B\u575A",
    "\u6B63\u5728",
    "\u7A33\u6B65",
    "\u6709\u5E8F",
    "\u6301\u7EED",
    "\u5EFA\u8BBE\u4E2D",
    "\u52A0\u7D27",
    "\u5168\u9762\u5C55\u5F00",
    "\u8FDB\u5165",
    "\u8BD5\u8FD0\u884C",
    "\u6DF1\u5316",
    "\u62D3\u5C55"
  ],
  structurally_complete: [
    "\u4E3B\u4F53\u7ED3\u6784\u5B8C\u5DE5",
    "\u4E3B\u4F53\u7ED3\u6784\u5C01\u9876",
    "\u4E3B\u4F53\u5B8C\u5DE5",
    "\u4E3B\u4F53\u5C01\u9876",
    "\u4E3B\u4F53\u7AE3\u5DE5",
    "\u5C01\u9876",
    "\u4E00\u671F\u5EFA\u6210",
    "\u4E00\u671F\u5B8C\u5DE5",
    "\u4E00\u671F\u7AE3\u5DE5",
    "\u57FA\u672C\u5B8C\u5DE5",
    "\u57FA\u672C\u7AE3\u5DE5",
    "\u57FA\u672C\u5B8C\u6210"
  ],
  done: [
    "\u5EFA\u6210\u6295\u4EA7",
    "\u5EFA\u6210\u6295\u7528",
    "\u5EFA\u6210\u8FD0\u8425",
    "\u5EFA\u6210\u5F00\u653E",
    "\u7AE3\u5DE5\u6295\u4EA7",
    "\u7AE3\u5DE5\u901A\u8F66",
    "\u7AE3\u5DE5\u9A8C\u6536",
    "\u5EFA\u6210",
    "\u7AE3\u5DE5",
    "\u6295\u4EA7",
    "\u6295\u7528",
    "\u6295\u5165\u4F7F\u7528",
    "\u6295\u5165\u8FD0\u8425",
    "\u4EA4\u4ED8\u4F7F\u7528",
    "\u4EA4\u4ED8",
    "\u901A\u8F66",
    "\u5F00\u901A",
    "\u5F00\u4E1A",
    "\u5F00\u8857",
    "\u5F00\u56ED",
    "\u542F\u7528",
    "\u63ED\u724C",
    "\u843D\u6210",
    "\u5B8C\u5DE5",
    "\u5168\u9762\u5B8C\u6210",
    "\u987A\u5229\u5B8C\u6210",
    "\u5706\u6EE1\u5B8C\u6210",
    "\u5982\u671F\u5B8C\u6210",
    "\u5B8C\u6210",
    "\u83B7\u6279",
    "\u6302\u724C",
    "\u6B63\u5F0F\u8FD0\u8425",
    "\u8FD0\u8425",
    "\u8FBE\u4EA7",
    "\u901A\u8FC7\u9A8C\u6536",
    "\u9A8C\u6536",
    "\u83B7\u8BC4",
    "\u5165\u9009",
    "\u8363\u83B7",
    "\u6210\u529F\u521B\u5EFA",
    "\u521B\u6210",
    "\u6210\u529F\u4E3E\u529E",
    "\u4E0A\u5E02",
    "\u843D\u6237",
    "\u4E0A\u7EBF\u8FD0\u884C",
    "\u4E0A\u7EBF",
    "\u6295\u8FD0",
    "\u4E3E\u529E",
    "\u51FA\u53F0",
    "\u5370\u53D1",
    "\u8BBE\u7ACB",
    "\u6210\u7ACB",
    // Acts of policy: said in a review of the thing they act on, they report it done.
    "\u5EFA\u7ACB",
    "\u63A8\u51FA",
    "\u7B7E\u7F72",
    "\u63A8\u5F00",
    "\u5168\u9762\u63A8\u884C",
    "\u5168\u9762\u5B9E\u884C",
    "\u514D\u9664",
    "\u5F00\u542F",
    "\u4E3B\u529E",
    "\u9881\u5E03",
    "\u65BD\u884C",
    "\u9686\u91CD\u7EAA\u5FF5"
  ],
  delayed: [
    "\u5EF6\u671F",
    "\u63A8\u8FDF",
    "\u6EDE\u540E",
    "\u672A\u80FD",
    "\u672A\u5B8C\u6210",
    "\u672A\u6309\u671F",
    "\u672A\u5982\u671F",
    "\u672A\u8FBE",
    "\u672A\u5B9E\u73B0",
    "\u672A\u5F00\u5DE5",
    "\u672A\u542F\u52A8",
    "\u5C1A\u672A",
    "\u6CA1\u6709\u5B8C\u6210",
    "\u8FDB\u5C55\u7F13\u6162",
    "\u653E\u7F13",
    "\u7F13\u5EFA",
    "\u6682\u7F13"
  ],
  dropped: ["\u505C\u5DE5", "\u505C\u5EFA", "\u505C\u6EDE", "\u6682\u505C", "\u6401\u7F6E", "\u53D6\u6D88", "\u7EC8\u6B62"]
};
function stagePattern(...stages) {
  const words = stages.flatMap((stage) => STAGE_WORDS[stage]).sort((a, b) => b.length - a.length);
  return new RegExp(words.join("|"));
}
var STAGE_OF_WORD = new Map(
  Object.entries(STAGE_WORDS).flatMap(
    ([stage, words]) => words.map((word) => [word, stage])
  )
);

// app/domain/extraction/results.ts
var DONE = stagePattern("done", "structurally_complete");
var DONE_HINTS = new RegExp(
  `[${[...new Set([...STAGE_WORDS.done, ...STAGE_WORDS.structurally_complete].map((word) => word[0]))].join("")}]`
);
var UNDER_WAY = /加快|推进|推动|启动|开工建设|正在|有序|稳步|力争|争取|谋划|筹备|编制/;
function extractResults(clean, paragraph) {
  const found = [];
  const period = formatSpan(paragraph.period);
  for (const sentence of splitSentences(clean.folded, paragraph.start, paragraph.end)) {
    const text = clean.folded.slice(sentence.start, sentence.end);
    const quantities = scanQuantities(text);
    const quoted = quantities.length ? quotedMask(text) : new Uint8Array(0);
    const estimatedFrom = text.indexOf("\u9884\u8BA1");
    let previousMetric = null;
    let subjectClause = null;
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
          counted
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
            estimated
          )
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
function result(clean, clause, section, period, kind, metric, value, unit, growth, estimated) {
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
    entities: entitiesIn(quote)
  };
}
var SHORT_OF_DONE = stagePattern("delayed", "dropped");
function doneDeliverable(clause) {
  if (!DONE_HINTS.test(clause)) return null;
  const match = DONE.exec(clause);
  if (!match || SHORT_OF_DONE.test(clause)) return null;
  const before = clause.slice(0, match.index);
  if (UNDER_WAY.test(before) || /基本|加快|即将/.test(before.slice(-4))) return null;
  const object = (before.length >= 2 ? before : clause.slice(match.index + match[0].length)).replace(
    /^(?:其中|并|同时|全年|年内)+/,
    ""
  );
  if (object.length < 2 || VAGUE.test(object) && !/[“"、]|等/.test(object) || ABSTRACT_OBJECT.test(object))
    return null;
  return clause.slice(0, 60);
}

// app/domain/text/normalise.ts
var HEADING_START = /^(?:第[一二三四五六七八九十]+(?:部分|章|篇)|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)]|[①-⑳]|——)/;
var RUN_IN_ORDINAL = /^[一二三四五六七八九十]+是/;
var SALUTATION = /^(?:各位代表|同志们|各位委员|尊敬的)/;
var FOOTER = /^(?:[-—–－_·•]+\s*\d{1,4}\s*[-—–－_·•]+|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,3}(?:\s*[/／]\s*\d{1,4})?)$/;
var TITLE_LINE = /政府工作报告|人民代表大会|[区县市旗]长\s*[\u4e00-\u9fa5]{2,3}$|^——|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
var CONTENTS_ENTRY = /(?:[.．…·・]{2,}|\s{3,})\s*\d{1,3}$/;
var LETTER_SPACED = /^(?:[\u3400-\u9fff][ \t\u3000\u00a0]+){2,}[\u3400-\u9fff]$/;
var LONG_LINE = 40;
var CAPTION_WIDTH = 30;
function normalise(raw) {
  const lines = contentLines(raw);
  const titleCount = titleZoneLength(lines);
  const body = lines.slice(titleCount);
  const layout = detectLayout(body);
  const groups = lines.slice(0, titleCount).map((line) => [line]);
  groups.push(...layout === "wrapped" ? joinWrapped(body) : joinFlowed(body));
  return emit(raw, groups, titleCount, layout);
}
function rawSpan(clean, start, end) {
  const { origin } = clean;
  if (end <= start) return { start: origin[start] ?? 0, end: origin[start] ?? 0 };
  let low = origin[start];
  let high = origin[end - 1];
  if (clean.monotonic) return { start: low, end: high + 1 };
  for (let i = start; i < end; i++) {
    if (origin[i] < low) low = origin[i];
    if (origin[i] > high) high = origin[i];
  }
  return { start: low, end: high + 1 };
}
function startsHeading(text) {
  return HEADING_START.test(fold(text));
}
function contentLines(raw) {
  const lines = [];
  const breaks = /\r\n|[\n\r\u2028\u2029]/g;
  let lineStart = 0;
  for (; ; ) {
    const match = breaks.exec(raw);
    const lineEnd = match ? match.index : raw.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpaceCode(raw.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(raw.charCodeAt(end - 1))) end--;
    if (end > start) {
      const text = raw.slice(start, end);
      const previous = lines[lines.length - 1];
      const subscript = previous !== void 0 && /[A-Za-z]$/.test(previous.text) && /^\d{1,2}$/.test(text);
      if (subscript || !FOOTER.test(text) && !CONTENTS_ENTRY.test(text)) {
        const indented = /^(?:\u3000|[ \t\u00a0]{2,})/.test(raw.slice(lineStart, start));
        lines.push({ start, end, text, width: visualWidth(text), letterSpaced: LETTER_SPACED.test(text), indented });
      }
    }
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return withoutRunningHeaders(lines);
}
function withoutRunningHeaders(lines) {
  const counts = /* @__PURE__ */ new Map();
  for (const line of lines) {
    if (line.width <= 30 && !endsSentence(line.text) && !/^\d{1,2}$/.test(line.text))
      counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  }
  const repeated = new Set([...counts].filter(([, count2]) => count2 >= 3).map(([text]) => text));
  return repeated.size ? lines.filter((line) => !repeated.has(line.text)) : lines;
}
function titleZoneLength(lines) {
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i++) if (SALUTATION.test(lines[i].text)) return i;
  let count2 = 0;
  while (count2 < Math.min(lines.length - 1, 6) && (lines[count2].letterSpaced || TITLE_LINE.test(lines[count2].text)))
    count2++;
  if (count2 > 0) return count2;
  const [first, second] = lines;
  const headline2 = first && second && first.width <= LONG_LINE && second.width > LONG_LINE && !endsSentence(first.text) && !startsHeading(first.text);
  return headline2 && !/回顾|目标|任务|安排/.test(first.text) ? 1 : 0;
}
function detectLayout(lines) {
  const measured = lines.filter((line) => line.width >= 10);
  if (measured.length < 6) return "flowed";
  const open = measured.filter((line) => !endsSentence(line.text)).length;
  const widths = measured.map((line) => line.width).sort((a, b) => a - b);
  const wide = widths[Math.floor(widths.length * 0.75)];
  return open / measured.length >= 0.5 && wide <= 80 && openLinesShareWidth(measured) ? "wrapped" : "flowed";
}
function openLinesShareWidth(lines) {
  const widths = lines.filter((line) => !endsSentence(line.text)).map((line) => line.width).sort((a, b) => a - b);
  const full = widths[Math.floor(widths.length * 0.75)] ?? 0;
  return widths.filter((width) => width >= full * 0.85).length >= widths.length * 0.6;
}
function joinWrapped(lines) {
  const fullWidth = typicalFullWidth(lines);
  const indents = lines.filter((line) => line.indented).length;
  const indentMarksParagraphs = indents >= 3 && indents < lines.length * 0.6;
  const groups = [];
  let current = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    current.push(line);
    const next = lines[i + 1];
    const breakHere = !next || indentMarksParagraphs && next.indented || endsParagraph(line, current, next, fullWidth);
    if (breakHere) {
      groups.push(current);
      current = [];
    }
  }
  return groups;
}
function endsParagraph(line, current, next, fullWidth) {
  const sentenceEnd = endsSentence(line.text);
  if (line.width >= fullWidth) return sentenceEnd && (startsHeading(next.text) || startsRunIn(next.text));
  return sentenceEnd || current.length === 1 || startsHeading(current[0].text);
}
function typicalFullWidth(lines) {
  const widths = lines.filter((line) => !endsSentence(line.text)).map((line) => line.width);
  widths.sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)] ?? 0;
  return median * 0.86;
}
function startsRunIn(text) {
  if (RUN_IN_ORDINAL.test(text)) return true;
  const stop = text.indexOf("\u3002");
  return stop >= 4 && stop <= 16 && !/[，,、；：]/.test(text.slice(0, stop));
}
function joinFlowed(lines) {
  const groups = [];
  for (let i = 0; i < lines.length; i++) {
    const group = [lines[i]];
    const captions = [];
    while (i + 1 < lines.length && (isCutShort(group[group.length - 1], group[0], group.length > 1) || isSubscript(group[group.length - 1], group[group.length - 2]) || isSubscript(lines[i + 1], group[group.length - 1]))) {
      let j = i + 1;
      const skipped = [];
      while (j + 1 < lines.length && skipped.length < 2 && isCaption(lines[j]) && !isSubscript(lines[j], lines[j - 1]))
        skipped.push(lines[j++]);
      const next = lines[j];
      if (startsHeading(next.text) || next.width < 2 && !isSubscript(next, group[group.length - 1])) break;
      group.push(next);
      captions.push(...skipped.map((caption) => [caption]));
      i = j;
    }
    groups.push(group, ...captions);
  }
  return groups;
}
function isCutShort(line, first, running = false) {
  if (endsSentence(line.text) || isHeadingLine(first.text) || first.text.startsWith("#")) return false;
  return running || line.width > LONG_LINE || /[。！？；]/.test(line.text);
}
function isHeadingLine(text) {
  return startsHeading(text) && !(text.startsWith("\u2014\u2014") && /[。！？；]/.test(text));
}
function isSubscript(line, previous) {
  return previous !== void 0 && /^\d{1,2}$/.test(line.text) && /[A-Za-z]$/.test(previous.text);
}
function isCaption(line) {
  return line.width < CAPTION_WIDTH && endsSentence(line.text) && !/[，,、；;]/.test(line.text) && !startsHeading(line.text);
}
function emit(raw, groups, titleCount, layout) {
  const pieces = [];
  const origin = new Int32Array(raw.length + groups.length);
  const out = { pieces, origin, length: 0 };
  const paragraphs = [];
  groups.forEach((group, index) => {
    if (index > 0) {
      pieces.push("\n");
      origin[out.length++] = groups[index - 1].at(-1).end;
    }
    const start = out.length;
    const lineLayout = index < titleCount ? "flowed" : layout;
    for (const line of group) emitLine(raw, line, lineLayout, out);
    paragraphs.push({ start, end: out.length, title: index < titleCount });
  });
  const text = pieces.join("");
  const map = origin.slice(0, out.length);
  let monotonic = true;
  for (let i = 1; i < map.length && monotonic; i++) monotonic = map[i] > map[i - 1];
  return { text, folded: fold(text), origin: map, paragraphs, layout, monotonic };
}
function emitLine(raw, line, layout, out) {
  const { origin, pieces } = out;
  let length = out.length;
  let runStart = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i < line.end && !isSpaceCode(raw.charCodeAt(i))) continue;
    if (i > runStart) {
      pieces.push(raw.slice(runStart, i));
      for (let j2 = runStart; j2 < i; j2++) origin[length++] = j2;
    }
    if (i === line.end) break;
    let j = i;
    while (j < line.end && isSpaceCode(raw.charCodeAt(j))) j++;
    const before = length > 0 ? lastChar(out) : void 0;
    if (keepSpace(before, raw[j], line, layout)) {
      pieces.push(" ");
      origin[length++] = i;
    }
    runStart = j;
    i = j - 1;
  }
  out.length = length;
}
function lastChar(out) {
  const piece = out.pieces[out.pieces.length - 1];
  return piece ? piece[piece.length - 1] : void 0;
}
function keepSpace(before, after, line, layout) {
  if (line.letterSpaced || before === void 0 || before === "\n") return false;
  const wideBefore = isWide(before);
  const wideAfter = isWide(after);
  if (!wideBefore && !wideAfter) return true;
  if (layout === "wrapped") return false;
  return wideBefore && wideAfter && /[\u3400-\u9fff]/.test(before) && /[\u3400-\u9fff]/.test(after ?? "");
}

// app/domain/report/places.ts
var NATIONAL = { name: "\u56FD\u52A1\u9662", level: "national" };
var PROVINCES = "\u6CB3\u5317 \u5C71\u897F \u8FBD\u5B81 \u5409\u6797 \u9ED1\u9F99\u6C5F \u6C5F\u82CF \u6D59\u6C5F \u5B89\u5FBD \u798F\u5EFA \u6C5F\u897F \u5C71\u4E1C \u6CB3\u5357 \u6E56\u5317 \u6E56\u5357 \u5E7F\u4E1C \u6D77\u5357 \u56DB\u5DDD \u8D35\u5DDE \u4E91\u5357 \u9655\u897F \u7518\u8083 \u9752\u6D77 \u53F0\u6E7E";
var AUTONOMOUS_REGIONS = [
  ["\u5185\u8499\u53E4", "\u5185\u8499\u53E4\u81EA\u6CBB\u533A"],
  ["\u5E7F\u897F", "\u5E7F\u897F\u58EE\u65CF\u81EA\u6CBB\u533A"],
  ["\u897F\u85CF", "\u897F\u85CF\u81EA\u6CBB\u533A"],
  ["\u5B81\u590F", "\u5B81\u590F\u56DE\u65CF\u81EA\u6CBB\u533A"],
  ["\u65B0\u7586", "\u65B0\u7586\u7EF4\u543E\u5C14\u81EA\u6CBB\u533A"]
];
var MUNICIPALITIES = "\u5317\u4EAC \u5929\u6D25 \u4E0A\u6D77 \u91CD\u5E86";
var PROVINCIAL = new Map([
  ...PROVINCES.split(" ").map((short) => [short, { name: `${short}\u7701`, level: "province" }]),
  ...AUTONOMOUS_REGIONS.map(([short, name]) => [short, { name, level: "autonomous_region" }]),
  ...MUNICIPALITIES.split(" ").map((short) => [short, { name: `${short}\u5E02`, level: "municipality" }])
]);
var PROVINCIAL_FULL = new Map([...PROVINCIAL.values()].map((p) => [p.name, p]));
var SUFFIX = "\u7EF4\u543E\u5C14\u81EA\u6CBB\u533A|\u58EE\u65CF\u81EA\u6CBB\u533A|\u56DE\u65CF\u81EA\u6CBB\u533A|\u81EA\u6CBB\u533A|\u7279\u522B\u884C\u653F\u533A|\u81EA\u6CBB\u5DDE|\u81EA\u6CBB\u53BF|\u81EA\u6CBB\u65D7|\u5730\u533A|\u7701|\u5E02|\u76DF|\u5DDE(?![\u5E02\u533A\u53BF])|\u53BF|\u65D7|\u533A";
var PLACE_COMPONENT = new RegExp(`[\\u4e00-\\u9fa5]+?(?:${SUFFIX})`, "g");
var GENERIC_PLACE = /(?:开发|高新|示范|集聚|功能|化工|经开|试验|先行|保护|核心|保税|自贸|商务|风景|旅游|产业|生态|行政|园|片|社|小|景|街|辖|强)[区县市州]$|(?:棚户|滩|灌|库|矿|牧|园|片|社|景|校|厂|镇|村)区$|^(?:主|中心|老)?城区$|^[全本我该各外跨市县省郊山牧林农园片社小新老景辖城都超楼股镇乡]{1,2}(?:区|县|市|省|州|旗|盟)$/;
var NOT_A_NAME = /[我和的在对与及向为将把是了等个年万亿元]|全[省市区县州盟旗]$|代表|政府|人民|工作|会议|全面|建设|完成|新增|聚焦|建立|实现|推动|推进|加快|打造|启动|竣工|投用|开展|做|委|支持|加强|特色|城市$|都市$|(?:发达|贫困|边远|偏远|农村|城镇|重点|其他|部分|相关|周边)地区$/;
function levelOf(name) {
  const provincial = PROVINCIAL_FULL.get(name);
  if (provincial) return provincial.level;
  if (/自治区$/.test(name)) return "autonomous_region";
  if (/省$/.test(name)) return "province";
  if (/(?:自治州|州|盟|地区)$/.test(name)) return "prefecture";
  if (/市$/.test(name)) return "city";
  if (/(?:自治县|县)$/.test(name)) return "county";
  if (/旗$/.test(name)) return "banner";
  if (/区$/.test(name)) return "district";
  return null;
}
function isPlaceName(name) {
  if (PROVINCIAL_FULL.has(name)) return true;
  const head = name.replace(new RegExp(`(?:${SUFFIX})$`), "");
  return head.length >= 1 && name.length <= 12 && !GENERIC_PLACE.test(name) && !NOT_A_NAME.test(name);
}
function placeChain(text) {
  const places = [];
  let at = 0;
  PLACE_COMPONENT.lastIndex = 0;
  for (const match of text.matchAll(PLACE_COMPONENT)) {
    if (match.index !== at) break;
    const level = levelOf(match[0]);
    if (!level) break;
    places.push({ name: match[0], level });
    at = match.index + match[0].length;
  }
  return at === text.length ? places : [];
}
function innermostPlace(chain) {
  const places = placeChain(chain);
  const place = places.at(-1);
  if (place) return isPlaceName(place.name) ? place : null;
  const level = levelOf(chain);
  return level && isPlaceName(chain) ? { name: chain, level } : null;
}

// app/domain/report/gazetteer.ts
import { createRequire } from "node:module";
var NOT_A_PLACE = /^(?:市辖区|[东西南北中新老]?城区|郊区|矿区|东区|西区|县|市中区|城中区|城关区|高新区|省直辖县级行政区划|自治区直辖县级行政区划)$|管委会|街道|镇$|园$|港$|新城$/;
var ETHNIC = "\u8499\u53E4|\u7EF4\u543E\u5C14|\u54C8\u8428\u514B|\u67EF\u5C14\u514B\u5B5C|\u5854\u5409\u514B|\u9521\u4F2F|\u8FBE\u65A1\u5C14|\u9102\u6E29\u514B|\u9102\u4F26\u6625|\u571F\u5BB6|\u5E03\u4F9D|\u54C8\u5C3C|\u666F\u9887|\u5088\u50F3|\u7EB3\u897F|\u62C9\u795C|\u4EEB\u4F6C|\u6BDB\u5357|\u4EE1\u4F6C|\u72EC\u9F99|\u6492\u62C9|\u4FDD\u5B89|\u4E1C\u4E61|\u88D5\u56FA|\u666E\u7C73|\u85CF|\u5F5D|\u82D7|\u4F97|\u58EE|\u56DE|\u50A3|\u767D|\u9ECE|\u7476|\u7F8C|\u6EE1|\u7572|\u6C34|\u4F64|\u6012|\u571F|\u4EAC|\u671D\u9C9C|\u5404";
var COMMON_WORD = /^(?:新建|改建|扩建|新兴|振兴|发展|开发|开放|创新|富裕|资源|平原|和平|平安|富民|兴业|东方|安宁|吉利|新民|青山|金山|银山|宝山|南山|东山|西山|北山|长安|光明|胜利|团结|友好|民主|前进|红旗|向阳|东风|新华|新城|高新|城关|市中|城中|[东西南北中]城|城[东西南北中]|[河江湖][东西南北]|[桥铁][东西])$/;
var AUTONOMOUS = new RegExp(`^(.+?)(?:(?:${ETHNIC})\u65CF)+\u81EA\u6CBB[\u5DDE\u53BF\u65D7]$`);
var loaded = null;
function load() {
  if (loaded) return loaded;
  const divisions = createRequire(import.meta.url)("china-area-data/data.json");
  const byName = /* @__PURE__ */ new Map();
  const byShort = /* @__PURE__ */ new Map();
  const parents = /* @__PURE__ */ new Map();
  const add = (map, key, place) => {
    const list = map.get(key);
    if (!list) map.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };
  for (const [parent, children] of Object.entries(divisions)) {
    for (const [code, name] of Object.entries(children)) {
      parents.set(code, parent === "86" ? null : parent);
      const level = levelOf(name);
      if (!level || NOT_A_PLACE.test(name)) continue;
      const place = { name, level, code, parent: parent === "86" ? null : parent };
      add(byName, name, place);
      for (const short of shortForms(name)) add(byShort, short, place);
    }
  }
  const prefixes = /* @__PURE__ */ new Map();
  for (const key of [...byShort.keys(), ...byName.keys()]) {
    const prefix = key.charCodeAt(0) * 65536 + key.charCodeAt(1);
    const lengths = prefixes.get(prefix) ?? [];
    if (!lengths.includes(key.length))
      prefixes.set(
        prefix,
        [...lengths, key.length].sort((a, b) => b - a)
      );
  }
  loaded = { byName, byShort, prefixes, parents };
  return loaded;
}
function shortForms(name) {
  const autonomous = AUTONOMOUS.exec(name)?.[1];
  if (autonomous) return autonomous.length >= 2 ? [autonomous, .../州$/.test(name) ? [`${autonomous}\u5DDE`] : []] : [];
  const short = name.replace(/(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|地区|[省市区县旗盟州])$/, "");
  return short.length >= 2 && short !== name && !COMMON_WORD.test(short) ? [short] : [];
}
function mentions(text) {
  const { byName, byShort, prefixes } = load();
  const found = [];
  let chainEnd = -1;
  for (let i = 0; i + 1 < text.length; i++) {
    const lengths = prefixes.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
    if (lengths === void 0) continue;
    const bounded = i === 0 || i === chainEnd || BOUNDARY.test(text[i - 1]) || AFTER_WORD.test(text.slice(Math.max(0, i - 3), i));
    let matched = 0;
    for (const length of lengths) {
      if (matched || i + length > text.length) continue;
      const word = text.slice(i, i + length);
      const full = bounded || length >= 3 && !/^[东西南北中新老]/.test(word) ? byName.get(word) : void 0;
      const short = full || !bounded || /\d/.test(text[i + length] ?? "") ? void 0 : byShort.get(word);
      for (const place of full ?? short ?? []) found.push({ place, at: i, full: Boolean(full) });
      if (full || short) matched = length;
    }
    if (matched) {
      chainEnd = i + matched;
      i += matched - 1;
    }
  }
  return found;
}
var AFTER_WORD = /(?:打造|建设|谱写|推动|推进|助力|服务|促进|加快|提升|擦亮|唱响|叫响|奋力|支持|带动|繁荣|美丽|幸福|魅力|大美|活力|生态|文明|宜居|实力|开放|现代化|因为|作为|—)$/;
var BOUNDARY = /[^\u4e00-\u9fa5]|[是在和与及对为把将向了的年省市区县州盟旗新到至从于让使给同共就都也还又被经全我本]/;
function within(child, ancestor) {
  const { parents } = load();
  for (let code = child.parent; code; code = parents.get(code) ?? null) if (code === ancestor.code) return true;
  return false;
}

// app/domain/report/title-block.ts
var HAN2 = "\\u4e00-\\u9fa5";
var MEETING = new RegExp(
  `([${HAN2}]{0,12}?)(\u7B2C?[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+\u5C4A(?:\u5168\u56FD)?\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u7B2C[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+\u6B21(?:\u5168\u4F53)?\u4F1A\u8BAE|\u7B2C?[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+\u5C4A\u4EBA\u5927\u7B2C?[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+\u6B21(?:\u5168\u4F53)?\u4F1A\u8BAE)`
);
var PLACE_SUFFIX = "(?:\u81EA\u6CBB\u533A|\u81EA\u6CBB\u5DDE|\u81EA\u6CBB\u53BF|\u81EA\u6CBB\u65D7|\u5730\u533A|[\u7701\u533A\u53BF\u5E02\u65D7\u5DDE\u76DF])";
var GOVERNMENT = new RegExp(`([${HAN2}]{2,12}?${PLACE_SUFFIX})\u4EBA\u6C11\u653F\u5E9C`);
var SPEAKER = new RegExp(
  `((?:\u4EE3\u7406|\u4EE3)?(?:[\u7701\u533A\u53BF\u5E02\u65D7\u5DDE\u76DF]\u957F|\u4E3B\u5E2D|\u603B\u7406))\\s*([${HAN2}]{2,3}?)(?=\\s|$|\u4F5C|\u540C\u5FD7|\u5728|\uFF0C|,)`
);
var FULL_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
var REPORT_TITLE = /(?:(?:[\u4e00-\u9fa5]{2,12}?(?:自治区|自治州|自治县|自治旗|地区|[省区县市旗州盟]))\s*(?=\d{4}\s*年))?(?:(\d{4})\s*年(?:度)?)?\s*(?:[\u4e00-\u9fa5]{2,12}?(?:自治区|自治州|自治县|自治旗|地区|[省区县市旗州盟]))?(?:人民)?政府工作报告/;
function readTitleBlock(titleLines, opening, body) {
  const titleText = titleLines.replace(/\n/g, "");
  const titleMatch = REPORT_TITLE.exec(titleText);
  const meeting = meetingOf(MEETING.exec(titleText) ?? MEETING.exec(opening));
  const speakerMatch = SPEAKER.exec(titleText) ?? SPEAKER.exec(opening);
  const place = jurisdictionOf(titleText, opening, meeting, body, speakerMatch?.[1] ?? "");
  return {
    title: titleMatch ? titleMatch[0].replace(/\s+/g, "") : headline(titleLines),
    titleYear: titleMatch?.[1] ? Number(titleMatch[1]) : null,
    meeting,
    jurisdiction: place?.name ?? null,
    level: place?.level ?? null,
    speaker: speakerMatch ? `${speakerMatch[1]} ${speakerMatch[2]}` : null,
    date: dateOf(titleText, opening)
  };
}
function meetingOf(match) {
  if (!match) return null;
  const lead = match[1].replace(/^.*[在日于向]/, "");
  const place = new RegExp(`([\\u4e00-\\u9fa5]{1,12}${PLACE_SUFFIX})$`).exec(lead)?.[1] ?? "";
  return place + match[2];
}
function headline(titleText) {
  const first = titleText.split("\n")[0]?.trim();
  if (!first || /^#|https?:|www\./.test(first) || !/[\u4e00-\u9fa5]{2}/.test(first)) return null;
  return first.length >= 4 && first.length <= 60 ? first : null;
}
var SPEAKER_LEVEL = {
  \u603B\u7406: "national",
  \u7701\u957F: "province",
  \u4E3B\u5E2D: "autonomous_region",
  \u5DDE\u957F: "prefecture",
  \u76DF\u957F: "prefecture",
  \u5E02\u957F: "city",
  \u65D7\u957F: "banner",
  \u53BF\u957F: "county",
  \u533A\u957F: "district"
};
function jurisdictionOf(titleText, opening, meeting, body, speaker) {
  if (/全国人民代表大会|国务院/.test(titleText + (meeting ?? "")) || /总理$/.test(speaker)) return NATIONAL;
  const fromMeeting = meeting ? new RegExp(`^([\\u4e00-\\u9fa5]{1,12}?${PLACE_SUFFIX})\u7B2C?[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]+\u5C4A`).exec(meeting)?.[1] : void 0;
  const found = fromMeeting ?? GOVERNMENT.exec(titleText)?.[1] ?? GOVERNMENT.exec(opening)?.[1];
  const named2 = found ? innermostPlace(found.replace(/^.*(?:在|会议上)/, "")) : null;
  if (named2) return named2;
  const bySpeaker = SPEAKER_LEVEL[speaker.replace(/^(?:代理|代)/, "")];
  return namedInText(body, bySpeaker ?? null);
}
var LEVEL_OF_CHAR = {
  \u7701: "province",
  \u5E02: "city",
  \u533A: "district",
  \u53BF: "county",
  \u5DDE: "prefecture",
  \u76DF: "prefecture",
  \u65D7: "banner"
};
function selfLevel(body) {
  const speaking = /代表([省市区县州盟旗])(?:人民)?政府/.exec(body);
  if (speaking) return LEVEL_OF_CHAR[speaking[1]];
  const counts = /* @__PURE__ */ new Map();
  for (const match of body.matchAll(/(?:全|我|本)([省市区县州盟旗])|([省市区县州盟旗])(?:委|政府)/g)) {
    const level = LEVEL_OF_CHAR[match[1] ?? match[2]];
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  let best = null;
  for (const [level, count2] of counts) if (!best || count2 > counts.get(best)) best = level;
  return best;
}
function namedInText(wholeBody, levelHint) {
  const body = wholeBody.length > 2e4 ? wholeBody.slice(0, 2e4) : wholeBody;
  const level = levelHint ?? selfLevel(body);
  if (level === "national" || /国内生产总值/.test(body) && !/地区生产总值/.test(body) && /全国|我国/.test(body))
    return NATIONAL;
  const found = mentions(body.length > 1e4 ? body.slice(0, 1e4) : body);
  const speaks = (place) => !level || place.level === level || level === "district" && place.level === "autonomous_region" || level === "city" && place.level === "municipality";
  const scores = /* @__PURE__ */ new Map();
  for (const { place, at, full } of found) {
    if (!speaks(place)) continue;
    const entry = scores.get(place.code);
    const weight = full ? 3 : 1;
    if (entry) entry.score += weight;
    else scores.set(place.code, { place, score: weight, first: at });
  }
  const named2 = found.map((m) => m.place);
  for (const entry of scores.values()) {
    const below = new Set(
      named2.filter((place) => place !== entry.place && within(place, entry.place)).map((p) => p.code)
    );
    if (below.size >= 2) entry.score += 2 * below.size;
  }
  const candidates = [...scores.values()].filter(({ place }) => {
    const namesakes = [...scores.values()].filter((other) => other.place.name === place.name);
    return namesakes.length === 1 || named2.some((above) => within(place, above));
  });
  candidates.sort((a, b) => b.score - a.score || a.first - b.first);
  const best = candidates[0];
  if (!best && level) {
    const strongest = [
      ...found.filter((m) => m.full).reduce((counts, m) => counts.set(m.place, (counts.get(m.place) ?? 0) + 1), /* @__PURE__ */ new Map())
    ].sort((a, b) => b[1] - a[1]);
    if (strongest[0] && strongest[0][1] >= 3 && (!strongest[1] || strongest[1][1] < strongest[0][1]))
      return { name: strongest[0][0].name, level: strongest[0][0].level };
  }
  const enough = best && (best.score >= 2 || level !== null && candidates.length === 1);
  if (best && enough && !(candidates[1] && candidates[1].score === best.score && candidates[1].place.name !== best.place.name))
    return { name: best.place.name, level: best.place.level };
  return level && level !== "district" ? { name: null, level } : null;
}
function dateOf(titleText, opening) {
  const full = FULL_DATE.exec(titleText);
  if (full) return { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
  const meetingAt = opening.search(/人民代表大会/);
  if (meetingAt < 0) return null;
  const before = opening.slice(Math.max(0, meetingAt - 40), meetingAt);
  const dates = [...before.matchAll(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g)];
  const last = dates.at(-1);
  return last ? { year: last[1] ? Number(last[1]) : null, month: Number(last[2]), day: Number(last[3]) } : null;
}

// app/domain/report/structure.ts
function readStructure(clean) {
  const { text, folded, paragraphs } = clean;
  const titleText = paragraphs.filter((p) => p.title).map((p) => folded.slice(p.start, p.end)).join("\n");
  const bodyParagraphs = paragraphs.filter((p) => !p.title && folded[p.start] !== "#");
  const opening = bodyParagraphs.slice(0, 3).map((p) => folded.slice(p.start, p.end)).join("\n");
  const body = folded.includes("#") ? folded.replace(/^#[^\n]*$/gm, "") : folded;
  const title = readTitleBlock(titleText, opening, body);
  const headings = findHeadings(clean).map((h) => ({ ...h, part: "other", sectionEnd: text.length }));
  setSectionEnds(headings, text.length);
  const topLevel = headings.filter((h) => h.level === 1);
  const kinds = topLevel.map((h) => partOfHeading(fold(h.text)));
  const year = reportYear(title, topLevel, kinds, opening);
  const spans = partSpans(clean, topLevel, kinds, year);
  for (const heading of headings) {
    heading.part = spans.find((span) => span.start <= heading.start && heading.start < span.end)?.part ?? "other";
  }
  const planSpan = spans.find((span) => span.part === "plan" && span.years && span.years.from === span.years.to);
  const planYear = planSpan?.years?.from ?? (spans.some((span) => span.part === "plan") ? year : null);
  const reviews = spans.filter((span) => span.part === "review" && span.years).map((span) => span.years);
  const reviewPeriod = reviews.length ? formatSpan({ from: Math.min(...reviews.map((y) => y.from)), to: Math.max(...reviews.map((y) => y.to)) }) : null;
  return {
    title,
    year: year ?? planYear,
    planYear,
    reviewPeriod,
    headings,
    paragraphs: paragraphContexts(clean, headings, spans, planYear)
  };
}
function setSectionEnds(headings, textEnd) {
  headings.forEach((heading, i) => {
    const next = headings.slice(i + 1).find((other) => other.level <= heading.level);
    heading.sectionEnd = next ? next.start - 1 : textEnd;
  });
}
function reportYear(title, topLevel, kinds, opening) {
  if (title.date?.year) return title.date.year;
  if (title.titleYear) return title.titleYear;
  const planHeading = topLevel.find(
    (h, i) => kinds[i] === "plan" && yearsIn(fold(h.text)).length === 1 && !/五年/.test(h.text)
  );
  if (planHeading) return yearsIn(fold(planHeading.text))[0];
  const reviewed = topLevel.filter((_, i) => kinds[i] === "review").flatMap((h) => yearsIn(fold(h.text)));
  if (reviewed.length) return Math.max(...reviewed) + 1;
  const stated = /((?:19|20)\d{2})年[,，]?(?:是|将)/.exec(opening);
  return stated ? Number(stated[1]) : null;
}
function partSpans(clean, topLevel, kinds, year) {
  const { text } = clean;
  const bodyStart = clean.paragraphs.find((p) => !p.title)?.start ?? 0;
  if (!kinds.some((kind) => kind === "review" || kind === "plan")) {
    const part = partByTense(text.slice(bodyStart));
    return [
      { start: bodyStart, end: text.length, heading: null, part, glossary: false, years: spanYears(part, "", year) }
    ];
  }
  const spans = [];
  const firstStart = topLevel[0]?.start ?? text.length;
  if (firstStart > bodyStart) {
    spans.push({ start: 0, end: firstStart, heading: null, part: "other", glossary: false, years: null });
  }
  topLevel.forEach((heading, i) => {
    const end = topLevel[i + 1]?.start ?? text.length;
    const closing = kinds[i] === "other" && i > 0 && spans.at(-1)?.part === "plan" ? closingStart(clean, heading.start, end) : -1;
    if (closing >= 0) {
      const plan = spans.at(-1);
      spans.push({ start: heading.start, end: closing, heading, part: "other", glossary: false, years: null });
      spans.push({ start: closing, end, heading, part: "plan", glossary: false, years: plan.years });
      return;
    }
    const kind = kinds[i];
    const part = kind === "glossary" ? "other" : kind ?? partByTense(text.slice(heading.start, end), yearsIn(fold(heading.text)), year);
    spans.push({
      start: heading.start,
      end,
      heading,
      part,
      glossary: kind === "glossary",
      years: spanYears(part, fold(heading.text), year)
    });
  });
  return spans;
}
function closingStart(clean, start, end) {
  for (const paragraph of clean.paragraphs) {
    if (paragraph.start <= start || paragraph.start >= end) continue;
    if (/^各位代表[！!]?$/.test(clean.folded.slice(paragraph.start, paragraph.end))) return paragraph.start;
  }
  return -1;
}
function spanYears(part, heading, year) {
  if (part === "review") return reviewYears(heading, year);
  if (part === "plan") return planYears(heading, year);
  return null;
}
function paragraphContexts(clean, headings, spans, planYear) {
  const contexts = [];
  const byParagraph = new Map(headings.map((h) => [h.paragraph, h]));
  let period = null;
  let lastSpan = null;
  const sectors = /* @__PURE__ */ new Map();
  clean.paragraphs.forEach((paragraph, index) => {
    if (paragraph.title) return;
    const heading = byParagraph.get(index);
    if (heading && !heading.runIn) return;
    const start = heading ? heading.end + 1 : paragraph.start;
    if (start >= paragraph.end) return;
    const span = spans.find((s) => s.start <= paragraph.start && paragraph.start < s.end) ?? spans[spans.length - 1];
    if (span !== lastSpan) {
      period = span.part === "review" ? span.years : null;
      lastSpan = span;
    }
    const body = clean.folded.slice(start, paragraph.end);
    if (span.part === "review" && span.years) period = reviewPeriodOf(body, span.years, period);
    const chain = headings.filter((h) => h.start <= paragraph.start && paragraph.start <= h.sectionEnd).reverse();
    const nearest = chain[0]?.start ?? -1;
    if (!sectors.has(nearest)) sectors.set(nearest, sectorOf(chain.map((h) => h.text)));
    const titled = chain.find((h) => !h.runIn) ?? chain[0];
    const planSpanYears = span.part === "plan" ? span.years : null;
    contexts.push({
      index,
      start,
      end: paragraph.end,
      part: span.part,
      glossary: span.glossary,
      section: titled?.text ?? span.heading?.text ?? "",
      sector: sectors.get(nearest) ?? null,
      planYear: planSpanYears ? planSpanYears.from === planSpanYears.to ? planSpanYears.from : planYear ?? planSpanYears.from : null,
      horizon: planSpanYears?.to ?? null,
      period: span.part === "review" ? period : null
    });
  });
  return contexts;
}
function reviewPeriodOf(body, partYears, current) {
  if (/^(?:五年来|过去五年|五年奋斗|五年间|这五年)/.test(body)) {
    return partYears.to - partYears.from >= 4 ? partYears : { from: partYears.to - 4, to: partYears.to };
  }
  const year = /^(?:刚刚过去的)?((?:19|20)\d{2})年/.exec(body);
  if (year && Number(year[1]) >= partYears.from && Number(year[1]) <= partYears.to) {
    return { from: Number(year[1]), to: Number(year[1]) };
  }
  const firstSentence = body.slice(0, body.search(/[。！？]|$/));
  if (/^(?:一年来|过去一年|这一年)/.test(body) || yearsIn(firstSentence).includes(partYears.to)) {
    return { from: partYears.to, to: partYears.to };
  }
  return current ?? partYears;
}

// app/domain/report/analyse.ts
var NotAReportError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "NotAReportError";
  }
};
function analyseReport(text, options) {
  const rules = options ? new RuleContext(options) : DEFAULT_RULES;
  const traced = rules.trace?.length ?? 0;
  const clean = normalise(text);
  if (countHan(clean.text, 20) < 20) {
    throw new NotAReportError("Not a government work report: it has fewer than 20 Chinese characters.");
  }
  const structure = readStructure(clean);
  const commitments = [];
  const results = [];
  const runInHeadings = new Map(
    structure.headings.filter((h) => h.runIn && h.part === "plan").map((h) => [h.paragraph, h])
  );
  for (const paragraph of structure.paragraphs) {
    if (paragraph.glossary) continue;
    const heading = paragraph.part === "plan" ? runInHeadings.get(paragraph.index) : void 0;
    if (heading) commitments.push(...headingDeliverables(clean, paragraph, heading, rules));
    if (paragraph.part === "plan") commitments.push(...extractCommitments(clean, paragraph, rules));
    else if (paragraph.part === "review") results.push(...extractResults(clean, paragraph));
  }
  assertReportLike(clean, structure, commitments.length + results.length);
  for (const item of [...commitments, ...results, ...rules.trace?.slice(traced) ?? []]) {
    const span = rawSpan(clean, item.start, item.end);
    item.start = span.start;
    item.end = span.end;
  }
  return { report: meta(structure), sections: sections(clean, structure), commitments, results };
}
function headingDeliverables(clean, paragraph, heading, rules) {
  if (!/^[。.]/.test(clean.folded.slice(heading.end, heading.end + 1))) return [];
  return extractCommitments(clean, { ...paragraph, start: heading.start, end: heading.end }, rules).filter(
    (c) => c.kind === "deliverable"
  );
}
function countHan(text, enough) {
  let count2 = 0;
  for (let i = 0; i < text.length && count2 < enough; i++) if (isHanCode(text.charCodeAt(i))) count2++;
  return count2;
}
function meta(structure) {
  const { title, year } = structure;
  const date = title.date && (title.date.year ?? year);
  return {
    jurisdiction: title.jurisdiction,
    level: title.level,
    year,
    title: title.title === "\u653F\u5E9C\u5DE5\u4F5C\u62A5\u544A" && year ? composedTitle(year, title.jurisdiction, title.level) : title.title,
    reviewPeriod: structure.reviewPeriod,
    planYear: structure.planYear,
    meeting: title.meeting,
    speaker: title.speaker,
    date: title.date && date ? `${date}-${pad(title.date.month)}-${pad(title.date.day)}` : null
  };
}
function composedTitle(year, jurisdiction, level) {
  return `${year}\u5E74${jurisdiction && level !== "national" ? jurisdiction : ""}\u653F\u5E9C\u5DE5\u4F5C\u62A5\u544A`;
}
function pad(n) {
  return String(n).padStart(2, "0");
}
function sections(clean, structure) {
  return structure.headings.map((heading) => ({
    heading: heading.text,
    level: heading.level,
    part: heading.part,
    ...rawSpan(clean, heading.start, heading.sectionEnd)
  }));
}
var REPORT_WORDS = /政府工作报告|各位代表|人民代表大会|工作回顾|主要预期目标|重点任务|工作安排/;
var GOVERNMENT_WORDS = /全区|全县|全市|全省|区委|县委|市委|政府|人大|政协|推进|实施|项目建设|高质量发展|民生|招商/g;
function assertReportLike(clean, structure, findings) {
  if (REPORT_WORDS.test(clean.text)) return;
  if (structure.headings.some((h) => h.level === 1 && /回顾|目标|任务|安排|计划/.test(h.text))) return;
  const governmentWords = new Set(clean.text.match(GOVERNMENT_WORDS) ?? []).size;
  if (findings >= 3 && governmentWords >= 3) return;
  throw new NotAReportError(
    "Not a government work report: no title, no salutation to the deputies, no review or plan part and too few targets."
  );
}

// scripts/bench/analysis.ts
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";
var ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
var REPORTS = path.join(ROOT, "data/reports");
var WARM_UP = 10;
var RUNS = 21;
var MEMORY_RUNS = 200;
var GENERATED_LENGTH = 5e4;
async function benchAnalysis() {
  const figures = [];
  const reports = readdirSync(REPORTS).filter((file) => file.endsWith(".txt")).sort().map((file) => ({ name: file.replace(/\.txt$/, ""), text: readFileSync(path.join(REPORTS, file), "utf8") }));
  for (const report of reports) {
    figures.push({ name: `analysis.${report.name}`, value: medianMs(report.text), unit: "ms" });
  }
  const generated = generateReport(
    reports.map((r) => r.text),
    GENERATED_LENGTH
  );
  figures.push({ name: "analysis.generated-50k.chars", value: generated.length, unit: "chars" });
  const generatedTimes = timesMs(generated);
  figures.push({ name: "analysis.generated-50k", value: generatedTimes[Math.floor(RUNS / 2)], unit: "ms" });
  figures.push({ name: "analysis.generated-50k.best", value: generatedTimes[0], unit: "ms" });
  figures.push({ name: "analysis.generated-50k.cpu", value: meanCpuMs(generated), unit: "ms" });
  figures.push({ name: "analysis.heap-growth", value: heapGrowthMb(generated), unit: "MB" });
  return figures.map((figure) => ({ ...figure, value: Math.round(figure.value * 100) / 100 }));
}
function timesMs(text) {
  for (let i = 0; i < WARM_UP; i++) analyseReport(text);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    analyseReport(text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b);
}
function medianMs(text) {
  const times = timesMs(text);
  return times[Math.floor(times.length / 2)];
}
function meanCpuMs(text) {
  const start = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) analyseReport(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e3 / RUNS;
}
function heapGrowthMb(text) {
  const collect = garbageCollector();
  for (let i = 0; i < WARM_UP; i++) analyseReport(text);
  collect();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < MEMORY_RUNS; i++) analyseReport(text);
  collect();
  return (process.memoryUsage().heapUsed - before) / (1024 * 1024);
}
function garbageCollector() {
  v8.setFlagsFromString("--expose_gc");
  const gc = vm.runInNewContext("gc");
  return () => {
    gc();
    gc();
  };
}
function generateReport(corpus, length, year = 2025) {
  const review = [];
  const plan = [];
  for (const text of corpus) {
    const clean = normalise(text);
    for (const paragraph of readStructure(clean).paragraphs) {
      const body = clean.text.slice(paragraph.start, paragraph.end);
      if (body.length < 40 || paragraph.glossary) continue;
      if (paragraph.part === "review") review.push(body);
      else if (paragraph.part === "plan") plan.push(body);
    }
  }
  const parts = [
    "\u653F\u5E9C\u5DE5\u4F5C\u62A5\u544A",
    `\u2014\u2014${year}\u5E741\u67088\u65E5\u5728\u793A\u8303\u533A\u7B2C\u4E09\u5C4A\u4EBA\u6C11\u4EE3\u8868\u5927\u4F1A\u7B2C\u4E94\u6B21\u4F1A\u8BAE\u4E0A`,
    "\u793A\u8303\u533A\u4EBA\u6C11\u653F\u5E9C\u533A\u957F \u674E\u660E",
    "\u5404\u4F4D\u4EE3\u8868\uFF1A"
  ];
  const numerals = "\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341";
  let size = 0;
  const add = (line) => {
    parts.push(line);
    size += line.length + 1;
  };
  add(`\u4E00\u3001${year - 1}\u5E74\u5DE5\u4F5C\u56DE\u987E`);
  for (let i = 0; size < length * 0.4; i++) add(shift(review[i % review.length], Math.floor(i / review.length)));
  add(`\u4E8C\u3001${year}\u5E74\u5DE5\u4F5C\u5B89\u6392`);
  for (let i = 0; size < length; i++) {
    if (i % 5 === 0) add(`\uFF08${numerals[i / 5 % 10]}\uFF09\u805A\u7126\u91CD\u70B9\u4EFB\u52A1\uFF0C\u63A8\u52A8\u7B2C${i / 5 + 1}\u65B9\u9762\u5DE5\u4F5C\u53D6\u5F97\u65B0\u6210\u6548`);
    add(shift(plan[i % plan.length], Math.floor(i / plan.length)));
  }
  parts.push("\u4E09\u3001\u5168\u9762\u52A0\u5F3A\u653F\u5E9C\u81EA\u8EAB\u5EFA\u8BBE", "\u6211\u4EEC\u5C06\u575A\u6301\u4F9D\u6CD5\u884C\u653F\uFF0C\u81EA\u89C9\u63A5\u53D7\u4EBA\u5927\u76D1\u7763\u3002");
  return parts.join("\n");
}
function shift(paragraph, by) {
  return by === 0 ? paragraph : paragraph.replace(/\d+/g, (digits) => String(Number(digits) + by));
}
function isEntryPoint() {
  const self = fileURLToPath(import.meta.url);
  let args = process.argv;
  try {
    args = readFileSync("/proc/self/cmdline", "utf8").split("\0");
  } catch {
  }
  return args.some((arg) => arg.endsWith(".ts") && path.resolve(arg) === self);
}
if (isEntryPoint()) {
  for (const figure of await benchAnalysis()) process.stdout.write(`${figure.name}: ${figure.value} ${figure.unit}
`);
}

// ../../tmp/prof/run.ts
var dir = "/work/main/data/reports";
var texts = readdirSync2(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync2(path2.join(dir, f), "utf8"));
var g = generateReport(texts, 5e4);
for (let i = 0; i < 20; i++) analyseReport(g);
var t0 = process.cpuUsage();
var N = 300;
for (let i = 0; i < N; i++) analyseReport(g);
var u = process.cpuUsage(t0);
console.log("chars", g.length, "cpu ms/run", ((u.user + u.system) / 1e3 / N).toFixed(2));
