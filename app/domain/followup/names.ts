// Named projects, places and companies shared by a promise and a later sentence (民祥科技产业园 → 民祥科技…竣工投产).
import { QUOTA_END } from "~/domain/followup/quota";
import { WEIGHTS } from "~/domain/followup/weights";
import { scanQuantities } from "~/domain/quantities/scan";

/** Words too common in reports to identify a project by themselves (and provinces: places too wide). */
const GENERIC = `
  产业园 项目 工程 建设 产业 园区 片区 改造 提升 城市 更新 推进 加快 全面 完成 实施
  重点 发展 服务 经济 社会 企业 科技 创新 高速 公路 道路 中心 平台 基地 管理 体系 机制
  工作 质量 全区 全市 全省 全县 省级 市级 区级 国家 新区 老城 小区 社区 学校 医院 公园
  广场 市场 综合 一期 二期 三期 提档 升级 改革 开放 生态 环境 治理 保护 能力 水平 标准
  示范 试点 智慧 数字 现代 农村 乡村 振兴 文化 旅游 高质量 有限公司 集团 公司 股份 重大
  省市 城区 街道 等 的 和 及 与 一批 加强 打造 建成 投产 竣工 投用 开工 启动 提质
  扩容 工业 行动 计划 高新 技术 经济开发区 开发区 高新区 产业链 集群 示范区 先行区 老旧
  棚户 城中村 背街小巷 游园 农贸 排水 管网 雨污 供热 供水 燃气 污水 垃圾 停车 学位 养老
  托育 医疗 卫生 人才 公寓 住房 安置 就业 创业 招商 营商 政务 数据 民生 实事 教育 体育
  孵化 研发 骨干 龙头 优势 特色 配套 绿色 低碳 先行 共富 文明 和谐 高端 智能 新型
  现代化 国际 城乡 一体化 融合 协同 流域 战略 机遇 品质 精品 样板 标杆 引领 一流 惠民
  便民 活动 国务院 部门 中央 地方 政府 全国 系统 任务 制度 机制 政策 新一轮 人民
  统筹 投产见效 达产达效 见效
  北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南
  湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆
`
  .split(/\s+/)
  .filter(Boolean);
const GENERIC_WORDS = new Set(GENERIC);
const GENERIC_PATTERN = new RegExp([...GENERIC].sort((a, b) => b.length - a.length).join("|"), "g");

/** Verbs and adverbs around a promise's object (加快推进…建设, …建成投产). */
const ACTION =
  /^(今年|年内|早日|尽快|新开工|新改扩建|新改建|按时|按期|如期|全力|着力|加快|加速|大力|积极|扎实|稳步|有序|持续|继续|重点|全面|深入|确保|力争|推进|推动|实施|抓好|做好|办好|举办|完成|建成|建设|启动|开工|服务|支持|保障|开展|落实|打造|培育|引进|实现|争创|创建|新建|改造|提升|筹建|谋划|规划|制定|编制|出台|修订|配合|组织|承办|召开|常态化|高标准|高质量|高水平|同时|同步|坚决|精准|切实|进一步|以)+/;
const ACTION_END =
  /(建成投产|建成投用|竣工投产|投产达效|投入使用|投入运营|建成|投产|投用|竣工|通车|开工|开业|运营|启动|建设|改造|提升|工程|项目|为(龙头|契机|引领|抓手|载体|依托|突破口)的?|等|早日|尽早|尽快|按时|如期|完成)+$/;
/** Words that only say how many or which of a kind (各项任务 → 任务). */
const QUANTIFIERS = /各项|各类|各种|所有|有关|相关/g;

/** A size written before a name (10万平方米职工住宅小区): the unit is no part of what is named. */
function withoutLeadingSize(name: string): string {
  const size = /^\d/.test(name) ? scanQuantities(name)[0] : undefined;
  return size && size.start === 0 && size.unit ? name.slice(size.end) : name;
}

/** A name without the verbs, time words and quantifiers around it (远程医疗服务系统早日 → 远程医疗服务系统). */
function bare(name: string): string {
  let core = withoutLeadingSize(name.replace(QUANTIFIERS, "")).replace(QUOTA_END, "");
  for (let i = 0; i < 4; i++) core = core.replace(ACTION, "").replace(ACTION_END, "").replace(WHEN_END, "");
  return core;
}

/** A deadline written after a name (…项目6月份, …大楼年底前): when it is due, not which one. */
const WHEN_END = /(\d{1,2}月(份|底|末)?|年底|年内|年末|上半年|下半年|月底)(前|以前)?$/;

/** Works done to a thing, said inside its name (殡葬馆改(扩)建二期): what is done, not which thing. */
const WORKS_IN_NAME = /改[(（]?扩[)）]?建|改扩建|扩建|续建|迁建|新建|提标改造|提标扩容|升级改造|提升改造/g;

/** What is to be done to a thing, said at the end of its name (环雄安林带造林绿化, 省级洁净城市验收): not which thing. */
const ACT_AT_END = /(造林绿化|绿化美化|造林|绿化|验收|评估|评定|认定|复审|创建)+$/;

/** A grade a place is rated (4A级旅游景区): the title it is to reach, not which place. */
const GRADE_IN_NAME = /[1-5]A级?/g;

/**
 * 阁院路、中心路东延建成通车: a review list whose last item carries what the name goes on to say (东延) says it of
 * every item, the name found at the list's head included.
 */
function restByListTail(rest: string, text: string, end: number): boolean {
  if (rest.length < 2) return false;
  const list = /^、[^，。；：、]{1,8}(?:、[^，。；：、]{1,8})?/.exec(text.slice(end))?.[0] ?? "";
  return list.includes(rest);
}

/** Full-width and half-width brackets read alike, one character for one so positions stay. */
const foldBrackets = (text: string) =>
  text.includes("（") || text.includes("）") ? text.replace(/（/g, "(").replace(/）/g, ")") : text;

export interface NameHit {
  name: string; // the commitment's name that matched
  overlap: string; // longest common piece
  distinct: number; // its characters not covered by generic words
  at: number; // position of the overlap in the sentence clause
  /** What the name says after the shared piece (滨湖新区|品质提升): the thing promised of the place the piece names. */
  rest: string;
}

/** Characters of `text` not covered by generic words (or by the jurisdiction's own name). */
export function distinctLength(text: string, ownNames: readonly string[] = []): number {
  let rest = text;
  for (const own of ownNames) if (own.length >= 2) rest = rest.split(own).join("");
  return rest.replace(GENERIC_PATTERN, "").replace(/[^\u4e00-\u9fffA-Za-z]/g, "").length;
}

const TRAILING_GENERIC = new RegExp(`(${[...GENERIC].sort((a, b) => b.length - a.length).join("|")})+$`);

/** A five-year period alone (“十四五”): the time of a plan, not a thing (十四五规划编制 / 实现“十四五”稳步开局). */
const PERIOD_ONLY = /^[“”"]?十[一二三四五六]五[“”"]?(时期|期间)?$/;

/** The piece shared ends or starts inside two different numbers (省道227 / 省道242): another one of a numbered kind. */
function cutsNumber(name: string, common: { text: string; at: number }, text: string): boolean {
  const from = name.indexOf(common.text);
  const end = common.at + common.text.length;
  const digit = (c: string | undefined) => c !== undefined && /\d/.test(c);
  const after = digit(common.text.at(-1)) && digit(name[from + common.text.length]) && digit(text[end]);
  const before = digit(common.text[0]) && digit(name[from - 1]) && digit(text[common.at - 1]);
  return after || before;
}

/** A cheap test before the longest common piece: any piece of 3 characters in common at all. */
function sharesTrigram(name: string, text: string): boolean {
  for (let i = 0; i + 3 <= name.length; i++) if (text.includes(name.slice(i, i + 3))) return true;
  return false;
}

/** Longest common substring of a and b, with its position in b. */
function longestCommon(a: string, b: string): { text: string; at: number } {
  let best = { text: "", at: -1 };
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best.text.length) best = { text: a.slice(i - row[j]!, i), at: j - row[j]! };
      }
    }
    prev = row;
  }
  return best;
}

/** The object of a deliverable promise with its verbs taken off (加快推进火车站北广场改造 → 火车站北广场). */
export function coreOf(quote: string): string {
  const clause =
    quote
      .replace(/\s+/g, "")
      .split(/[，；。：,;]/)
      .find((piece) => piece.length >= 3) ?? quote;
  return bare(clause);
}

const SCOPE = /扩大到|扩大至|推广到|推广至|延伸到|延伸至|覆盖到|覆盖/;

/** Words that make a promise about a concrete thing (a park, a road, a project) rather than a policy. */
const CONCRETE =
  /园|(?<![背大])街(?![道办])|(?<!各)项目|工程|路|桥|隧道|中心|广场|片区|学校|中学|小学|幼儿园|医院|公园|场馆|馆|基地|农贸市场|批发市场|街区|综合体|大厦|酒店|饭店|高速|铁路|车站|港|水厂|电站|厂|水库|公寓|大楼|新城|商圈|景区|第[一二三四五六七八九十百\d]+[届次]|(洽谈|展销|博览|交易|运动|推介|招商|艺术|文化|旅游)(会|节)|峰会|论坛|联赛|大赛/;

export interface Names {
  names: string[];
  /** From the analyser's entities. */
  declared: boolean;
  /** About a concrete thing; a policy promise must be quoted nearly whole to be recognised. */
  concrete: boolean;
  /** What places listed together share (清西陵、狼牙山景区|市场化体制改革): the thing promised of each. */
  shared?: string;
}

/** Names to look for: the analyser's entities, else the promise's object. */
export function namesOf(quote: string, entities: readonly string[]): Names {
  // The analyser's names without their verbs (继续, 早日); too short to find (两会), the promise's object instead.
  // 把试点扩大到铁路运输、邮政服务等行业: what comes after 扩大到 is the scope of the one thing promised.
  const plain = quote.replace(/[\s“”"]/g, "");
  const scope = SCOPE.exec(plain);
  const declared = entities
    .flatMap((e) =>
      e
        .replace(/[\s“”"]/g, "")
        .split(SCOPE)[0]!
        .split(/[、]|和|及|与/),
    )
    .map((e) => bare(e.replace(/^(年?前|底前|以前)?(把|将|对)/, "").replace(/主体(工程)?$/, "")))
    .filter((e) => e.length >= 3 && !PERIOD_ONLY.test(e) && !(scope && plain.indexOf(e) > scope.index));
  // One thing named twice (营改增, 营改增试点): the shorter name finds it.
  const distinct = [...new Set(declared)].filter((e, _, all) => !all.some((o) => o !== e && e.includes(o)));
  if (distinct.length) return { ...sharingHead(distinct), declared: true, concrete: true };
  const core = coreOf(quote);
  // 淄博十五中、北关小学等校舍提升改造: the things listed before 等, not the kind after it.
  const listed = core.includes("等") && /[、和及与]/.test(core.split("等")[0]!) ? core.split("等")[0]! : core;
  const names = sharingHead(listPieces(listed).filter((piece) => piece.length >= 3));
  return { ...names, declared: false, concrete: CONCRETE.test(core) };
}

/** Where a place's name ends inside a longer name (狼牙山景区|市场化体制改革, 骆驼湾|乡村振兴示范区). */
const PLACE_IN_NAME =
  /(新区|园区|产业园|工业园|开发区|片区|景区|经济带|区(?!域)|[园带湾村镇乡县])(?=[\u4e00-\u9fff]{2})/;

/** Where a road's name ends inside a longer name (新华路、发展西路|管网): the roads listed share what follows. */
const ROAD_IN_NAME = /[路街](?![网灯面段口线道基])(?=[\u4e00-\u9fff]{2})/;

/**
 * 清西陵、狼牙山景区市场化体制改革; 顾家台、骆驼湾乡村振兴示范区: places listed before the last one share what is
 * promised of it, so each is that thing of its place (清西陵…市场化体制改革), not the place alone.
 */
function sharingHead(names: string[]): { names: string[]; shared?: string } {
  if (names.length < 2) return { names };
  const last = names.at(-1)!;
  const place = PLACE_IN_NAME.exec(last.slice(2)) ?? ROAD_IN_NAME.exec(last.slice(2));
  if (!place) return { names };
  const shared = last.slice(2 + place.index + place[0].length);
  // 职教园区和开发区企业沟通平台: a place listed alone is where the shared thing is, whatever its length.
  const joined = names.map((name, i) =>
    i < names.length - 1 &&
    ((name.length <= 4 && !PLACE_IN_NAME.test(name)) || PLACE_END.test(name)) &&
    !name.includes(shared)
      ? name + shared
      : name,
  );
  return { names: joined, shared };
}

/** A document's title ends so (…规划纲要, …实施方案, …条例). */
const TITLE_END = /(纲要|规划|方案|意见|条例|办法|计划|决定|规定|目录|清单)$/;

/**
 * The pieces of a list (、 等 及 和 与); "教育改革和发展规划纲要" is one title, not two things: a piece joined by 和
 * that ends a title is kept with the piece before it when that one ends no title of its own.
 */
function listPieces(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/(?=[、等及和与])|(?<=[、等及和与])/)) {
    if (/^[、等及和与]$/.test(part)) {
      out.push(part);
      continue;
    }
    const joiner = out.at(-1);
    const before = out.at(-2);
    if (joiner && /^[和与及]$/.test(joiner) && before && TITLE_END.test(part) && !TITLE_END.test(before)) {
      out.splice(-2, 2, before + joiner + part);
    } else out.push(part);
  }
  return out.filter((piece) => !/^[、等及和与]$/.test(piece));
}

/**
 * The best name shared with `text`: a common piece of at least 3 characters with enough characters that are
 * not generic words (2 for the analyser's entities, else 3). Null when nothing identifies the same thing.
 */
export function sharedName(
  { names, declared, concrete }: Names,
  text: string,
  ownNames: readonly string[] = [],
): NameHit | null {
  const minDistinct = declared ? 2 : 3;
  let best: NameHit | null = null;
  const folded = foldBrackets(text);
  for (const raw of names) {
    const name = foldBrackets(raw);
    if (!sharesTrigram(name, folded)) continue;
    const common = longestCommon(name, folded);
    if (common.text.length < 3 || PERIOD_ONLY.test(common.text) || cutsNumber(name, common, folded)) continue;
    // A policy is quoted nearly whole, common words after it aside (“十二五”规划|重点建设任务).
    const policy = name.replace(TRAILING_GENERIC, "");
    if (!concrete && (common.text.length < 4 || common.text.length < 0.7 * policy.length)) continue;
    // A long verbatim piece (市民文化中心), or a whole declared name (县体育中心), identifies a project even
    // when most of it is common words.
    const whole = common.text.length >= 6 || (declared && common.text.length >= 4 && common.text === name);
    const distinct = distinctLength(common.text, ownNames) + (whole ? 1 : 0);
    // Two uncommon characters inside a longer piece (民祥科技, 临临高速) still name one thing.
    if (distinct < Math.min(minDistinct, common.text.length >= 4 ? 2 : minDistinct)) continue;
    // The shared piece must carry most of what singles the name out (收入倍增 is not 百村示范集体收入倍增).
    const own = distinctLength(
      name.replace(WORKS_IN_NAME, "").replace(GRADE_IN_NAME, "").replace(ACT_AT_END, ""),
      ownNames,
    );
    // Three characters (丁太鲁, 居住证) are a place or a word the name starts from, unless nearly all of it; its
    // last three (力索具 of 神力索具 and 辰力索具) are a trade's word shared by two names.
    if (common.text.length <= 3 && !name.startsWith(common.text)) continue;
    if (anotherOfTheKind(name, common, folded, ownNames)) continue;
    const carries = common.text.length <= 3 ? 0.65 : 0.6;
    const rest = name.slice(name.indexOf(common.text) + common.text.length);
    const short = own > 0 && distinctLength(common.text, ownNames) < carries * own;
    if (short && !(name.startsWith(common.text) && restByListTail(rest, folded, common.at + common.text.length)))
      continue;
    if (!best || distinct > best.distinct) best = { name: raw, overlap: common.text, distinct, at: common.at, rest };
  }
  return best ?? reworded({ names, declared, concrete }, text, ownNames) ?? abridged(names, text, ownNames);
}

/** The longest piece two wordings share and how many of its characters are not common words. */
export function distinctPiece(
  a: string,
  b: string,
  ownNames: readonly string[] = [],
): { text: string; distinct: number } {
  const common = longestCommon(a, b);
  return { text: common.text, distinct: distinctLength(common.text, ownNames) };
}

/** Characters that end a verb or a function word before a noun (完成了污水处理厂…), not a proper name's. */
const NOT_A_NAME_END = /[的了成建设完造和及与并将把对在为是新改扩迁好、，。；：\s]/;

/**
 * 泉林污水处理厂 against 西城污水处理厂: the shared piece is only the kind the name ends on, and the text puts another
 * name of its own in front of it, so it speaks of another one of the kind.
 */
function anotherOfTheKind(
  name: string,
  common: { text: string; at: number },
  text: string,
  ownNames: readonly string[],
): boolean {
  if (common.text.length >= name.length || !name.endsWith(common.text)) return false;
  const modifier = name.slice(0, name.length - common.text.length);
  const near = text.slice(Math.max(0, common.at - modifier.length - 8), common.at);
  // 第二污水处理厂 against 污水处理厂 alone: the promised one is numbered, the one reported is not (the old one).
  const ordinal = ORDINAL.exec(modifier)?.[0];
  if (ordinal && !near.includes(ordinal)) return true;
  // What the name says before the kind, but for the place's own name, its scope and acts (全县, 新建): common words
  // count (绿色 of 绿色建筑产业园, 农村 of 农村环境综合整治), they pick one of the kind too.
  const picked = ownNames
    .reduce((rest, o) => (o.length >= 2 ? rest.split(o).join("") : rest), modifier)
    .replace(YEARS, "")
    .replace(SCOPE_WORDS, "")
    .replace(ACTION, "");
  const proper = picked.replace(GENERIC_PATTERN, "").replace(/[^\u4e00-\u9fff]/g, "");
  // 亚太经合组织…第二十二次领导人非正式会议: the name's own words a little before, with words put between; of a
  // modifier of two characters or more, two in a row (涞水新城 is not 城东、城西).
  const said =
    proper.length < 2 ? [...modifier].some((c) => near.includes(c)) : pairsIn(proper).some((p) => near.includes(p));
  const before = common.at < 1 ? "" : text[common.at - 1]!;
  // The kind alone (，污水处理厂二期投入使用) does not say which one: not 冉庄污水处理厂.
  if (!/[\u4e00-\u9fff]/.test(before) || NOT_A_NAME_END.test(before))
    return proper.length >= 2 && !modifier.endsWith("的") && FACILITY.test(common.text) && !said;
  if (picked.length < 2 && !/^[县市区镇乡]$/.test(modifier)) return false;
  return !said;
}

function pairsIn(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

/** Works one of many places has (污水处理厂, 变电站, 卫生院): a place's own one is named by the place. */
const FACILITY = /([厂站院校馆所场]|中心|学|园)$/;

/** Words of scope before a name (全县, 我区, 县级): every one of the kind in the place, not one of them. */
const SCOPE_WORDS = /^(全|我|本)?[县市区镇乡省]级?|^各|^中国|^全国|^国家/;
/** Years a name is for (2011-2020年): when, not which. */
const YEARS = /\d{4}([-—－~至到]\d{2,4})?年?/g;

/** A number that picks one of several of a kind (第二, 二期, 3号). */
const ORDINAL = /第[一二三四五六七八九十\d]+|[一二三四五六七八九十\d]+[期号]/;

/** Institutions and events known by a short form (进博会, 医联体, 自贸区): the form ends on the kind's character. */
const SHORT_FORM_END = /[会体区院委办馆园线]$/;
/** What may stand before a short form: its clause's start, a list's joiner, an ordinal's 届 or 次. */
const SHORT_FORM_BEFORE = /^$|[，、；。：和及与的届次“"]$/;

/**
 * 筹办好第三届进博会 and 第三届中国国际进口博览会, 医联体建设 and 医疗联合体建设: a three-character short form on one
 * side that is the first, a middle and the last character of a stretch of five to ten on the other.
 */
export function shortFormHit(name: string, text: string, ownNames: readonly string[]): NameHit | null {
  const found = shortFormIn(name, text, ownNames) ?? shortFormIn(text, name, ownNames);
  return found ? { name, overlap: found, distinct: 2, at: Math.max(0, text.indexOf(found)), rest: "" } : null;
}

function shortFormIn(short: string, long: string, ownNames: readonly string[]): string | null {
  for (let i = 0; i + 3 <= short.length; i++) {
    const form = short.slice(i, i + 3);
    if (!SHORT_FORM_END.test(form) || !SHORT_FORM_BEFORE.test(short.slice(Math.max(0, i - 1), i))) continue;
    if (!/^[\u4e00-\u9fff]{3}$/.test(form) || long.includes(form) || distinctLength(form, ownNames) < 3) continue;
    for (let from = long.indexOf(form[0]!); from >= 0; from = long.indexOf(form[0]!, from + 1)) {
      const middle = long.indexOf(form[1]!, from + 1);
      const last = middle < 0 ? -1 : long.indexOf(form[2]!, middle + 1);
      if (last < 0 || last - from < 4 || last - from > 9) continue;
      const stretch = long.slice(from, last + 1);
      if (!/[，、；。和及与的]/.test(stretch)) return stretch;
    }
  }
  return null;
}

/**
 * A name said with a few characters left out (天然林资源保护二期工程 → 天然林保护二期工程, 国土空间总体规划 → 国土空间规划): a stretch
 * of the text from the name's first character to its last, the name's characters in order, at most three left out,
 * with a run of four in a row and three characters of its own.
 */
function abridged(names: readonly string[], text: string, ownNames: readonly string[]): NameHit | null {
  for (const name of names) {
    if (name.length < 6 || !/^[\u4e00-\u9fff]/.test(name)) continue;
    const last = name.at(-1)!;
    for (let from = text.indexOf(name[0]!); from >= 0; from = text.indexOf(name[0]!, from + 1)) {
      const end = text.indexOf(last, from + 1);
      if (end < 0) break;
      const left = name.length - (end + 1 - from);
      if (left < 1 || left > 3) continue;
      const stretch = text.slice(from, end + 1);
      if (!inOrder(stretch, name)) continue;
      if (longestCommon(name, stretch).text.length < 4 || distinctLength(stretch, ownNames) < 3) continue;
      return { name, overlap: stretch, distinct: 2, at: from, rest: "" };
    }
  }
  return null;
}

/** Every character of `short` in `long`, in the same order. */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

/**
 * A name said again with a word added or moved (第五次经济普查 → 第五次全国经济普查; 全省绿色低碳高质量发展先行示范区
 * → …示范区建设扎实推进): nearly all its character pairs in one stretch of the text, and its uncommon characters too.
 */
function reworded({ names }: Names, text: string, ownNames: readonly string[]): NameHit | null {
  let best: NameHit | null = null;
  for (const name of names) {
    if (name.length < 6) continue;
    const pairs = bigrams(name.replace(/[“”"‘’《》]/g, ""));
    const found = pairs.filter((pair) => text.includes(pair));
    if (found.length < 0.8 * pairs.length) continue;
    if (anotherOfTheKind(name, longestCommon(name, text), text, ownNames)) continue;
    const positions = found.map((pair) => text.indexOf(pair));
    const at = Math.min(...positions);
    // One stretch: the pairs found lie within about twice the name's length.
    if (Math.max(...positions) - at > 2 * name.length) continue;
    const residue = [...name.replace(GENERIC_PATTERN, "")].filter((c) => /[\u4e00-\u9fff]/.test(c));
    const ownChars = new Set(ownNames.join(""));
    const uncommon = residue.filter((c) => !ownChars.has(c));
    if (uncommon.length && uncommon.filter((c) => text.includes(c)).length < 0.8 * uncommon.length) continue;
    if (!uncommon.length && name.length < 8) continue;
    const distinct = Math.max(2, distinctLength(name, ownNames));
    const hit = { name, overlap: found.join(""), distinct, at, rest: "" };
    if (!best || hit.distinct > best.distinct) best = hit;
  }
  return best;
}

/** A title a thing is to win (“四好农村路”|示范县, 全域旅游|示范区): the thing is the title, not the topic. */
const TITLE_REST = /示范|试点|称号|先进|标兵|百强|强县|达标/;

/** The level a piece of a name puts a title or a place at (国家级, 全国 → 国; 省级, 河北省 → 省). */
function levelIn(text: string): string | null {
  const m = /(国家|全国|省|市|县)级?$/.exec(text);
  return m ? (m[1] === "全国" ? "国家" : m[1]!) : null;
}

/** A title named right after a name in the promise (…”示范县, …〔58〕示范县). */
const TITLE_AFTER = /^[”"’〔〕[\]\d]*((示范|试点|先进|标兵)[\u4e00-\u9fff]{1,3})/;

/** A place or a grounds that things are done in (…新区, …产业园, …景区, 骆驼湾, 长江经济带). */
const PLACE_END = /(新区|园区|产业园|工业园|开发区|片区|景区|经济带|[区园带湾村镇乡县])$/;
/** A piece of a name that opens with a place of its own (北园…, 东区…). */
const OWN_PLACE = /^[\u4e00-\u9fff]{1,4}?(新区|园区|产业园|工业园|开发区|片区|景区|[区园湾村镇乡县])/;
/**
 * Words after a name that say when, or the steps of getting the place itself (今年11月份, 年底前, 的审批工作, 相关活动),
 * not another thing done there.
 */
const NOT_A_THING =
  /今年|明年|年内|年底前?|上半年|下半年|\d+月份?|[一二三四五六七八九十]+月份?|早日|尽快|相关|活动|任务|工作|项目|工程|建设|的|审批|申报|手续|验收|认定|创建|新建|改扩建|改建|扩建|迁建|搬迁|扩容|提标|改造|提升|升级|加固|完工|竣工|投用|[等个所座项处]/g;

/**
 * The piece shared is only the place a name starts with, and what the name promises there (品质提升 of 滨湖新区品质提升,
 * 市政配套设施 of 农副产品加工园区市政配套设施, 一期 of 房涞扶贫产业园一期) is not said in `text`: the text speaks of
 * the place, not of the thing promised.
 */
export function restUnsaid(hit: NameHit, text: string, names: Names, quote = ""): boolean {
  // 国家园林县城 against 获评…省园林县城: the same title at another level is another title.
  const promisedLevel = levelIn(foldBrackets(hit.name).split(hit.overlap)[0]!);
  const saidLevel = levelIn(text.slice(Math.max(0, hit.at - 4), hit.at));
  if (promisedLevel && saidLevel && promisedLevel !== saidLevel) return true;
  // 开发区污水处理厂 against 污水处理厂提标改造: the kind alone, without the place the promise puts it in, is another one.
  // The piece shared names its own place (北园污水处理厂 of 开发区北园污水处理厂): the wider one before it need not be said.
  const place = foldBrackets(hit.name).split(hit.overlap)[0]!;
  const placed = FACILITY.test(hit.overlap) && PLACE_END.test(place) && !OWN_PLACE.test(hit.overlap);
  if (placed && !text.includes(place.slice(-3))) return true;
  const listed = names.shared !== undefined && hit.rest.endsWith(names.shared);
  if (listed || PLACE_END.test(hit.overlap) || FACILITY.test(hit.overlap) || TITLE_REST.test(hit.rest))
    return unsaid(hit.rest, text);
  if (otherKindAfter(hit, text)) return true;
  // 北三环东延安置房 against 北三环东延加快建设: the building or network the promise names after the piece shared.
  // Its kind said just after the piece (泺口大型|垃圾转运站 for 泺口大型|中转站) is the same thing in other words.
  const thing = THING_AFTER.exec(hit.rest);
  const after = text.slice(hit.at + hit.overlap.length, hit.at + hit.overlap.length + 8);
  if (thing && !after.includes(thing[0].at(-1)!) && unsaid(thing[0], text)) return true;
  // 创建省级“四好农村路”示范县: the title the promise goes on to name after the name found.
  const squeezed = foldBrackets(quote.replace(/\s+/g, ""));
  const at = squeezed.indexOf(hit.overlap);
  const title = at < 0 ? null : TITLE_AFTER.exec(squeezed.slice(at + hit.overlap.length).split(/[，；。、]/)[0]!);
  return title !== null && unsaid(title[0], text);
}

/** A building or network named just after a piece of a name (…安置房竣工, …管网改造, …服务平台). */
const THING_AFTER = /^[\u4e00-\u9fff]{0,3}?(房|楼|平台|管网|中心|厂|站|馆|院|校)/;

/** The last character of a thing's name that says what kind it is (…乐园, …运动会, …博物馆). */
const KIND_CHAR = /[会节园馆站厂院所场楼厅室库港桥路线街区村镇店城]/;

/** A thing of its own named right after a piece of a name: one character and its kind (大桥, 新城, 北路). */
const THING_NEXT = /^[\u4e00-\u9fff]?[园馆站厂院所场楼厅室库港桥路街城](?![\u4e00-\u9fff]?(治理|整治|改造|建设|工程))/;

/**
 * 冰雪运动乐园 against 冰雪运动会: the text goes on from the piece shared with another kind of thing, and the
 * promised kind is not said just after it.
 */
function otherKindAfter(hit: NameHit, text: string): boolean {
  const rest = hit.rest.replace(NOT_A_THING, "").replace(/[^\u4e00-\u9fff]/g, "");
  const kind = rest.at(-1);
  const end = hit.at + hit.overlap.length;
  // 潴…河|治理工程 against 潴…河|大桥重建: the text names a thing of its own right after the piece, the promise none.
  if (!kind || !KIND_CHAR.test(kind)) {
    const named = THING_NEXT.exec(text.slice(end));
    return rest.length >= 2 && named !== null && !rest.includes(named[0].at(-1)!);
  }
  const next = text[end];
  return next !== undefined && next !== rest[0] && KIND_CHAR.test(next) && !text.slice(end, end + 6).includes(kind);
}

/** Said when a pair of its characters is, other than a common word (乡村 of 乡村振兴示范区 in 乡村旅游重点村 is not). */
function unsaid(thing: string, text: string): boolean {
  // 火车站北广场|为龙头的城市更新, 经贸洽谈|暨产品展销会: what follows relates the name to more, not a part of it.
  if (/^[为以暨及和与、]/.test(thing)) return false;
  const rest = thing
    .replace(WORKS_IN_NAME, "")
    .replace(ACT_AT_END, "")
    .replace(NOT_A_THING, "")
    .replace(/[^\u4e00-\u9fff]/g, "");
  if (rest.length < 2) return false;
  for (let i = 0; i + 2 <= rest.length; i++) {
    const pair = rest.slice(i, i + 2);
    // A phase (二期) is a common word that still says which part of the thing.
    if (text.includes(pair) && (!GENERIC_WORDS.has(pair) || ORDINAL.test(pair))) return false;
  }
  return true;
}

/** How surely a shared name identifies the same thing: longer and less common pieces count more. */
export function nameScore(hit: NameHit, names: Names): number {
  const { declaredBase, base, perChar, max, wholeName } = WEIGHTS.name;
  const length = Math.min(hit.overlap.length, hit.name.length);
  const sure = Math.min(max, (names.declared ? declaredBase : base) + perChar * (length + hit.distinct));
  // Of two clauses naming the thing, the one that names more of it (丁太鲁新徐片区综合管网, not 丁太鲁新徐).
  return sure * (1 - wholeName + (wholeName * length) / Math.max(length, hit.name.length));
}

/** A jurisdiction's names as reports write them: 张店区 and 张店. */
export function ownNamesOf(...jurisdictions: (string | null | undefined)[]): string[] {
  return jurisdictions.flatMap((name) => {
    const full = (name ?? "").trim();
    if (full.length < 2) return [];
    const short = full.replace(/(?:自治)?[省市区县旗]$/, "");
    return short.length >= 2 && short !== full ? [full, short] : [full];
  });
}
