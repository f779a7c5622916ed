// Policy acts: a government promising to set up, publish, sign, abolish or roll out a named system, list, fee,
// agreement or reform (建立居住证制度, 公布权力清单, 取消漫游费, 全面推开公立医院综合改革). Provincial and national
// plans are made of them; a county plan has few.

export interface PolicyAct {
  verb: string;
  object: string;
}

const VERBS = /建立|推出|公布|签署|商签|签订|取消|免除|停止|放开|实行|推行|推开|实施|推广|统一|整合/g;
/** 把“营改增”试点扩大到交通运输业: a named pilot or preference extended to a new field or to the whole country. */
const EXTENDED =
  /^(?:要|今年|年内|力争|并)*(?:将|把)([^，]{2,30}?(?:试点|政策|改革))(?:范围)?(?:扩大到|扩大至|扩展到|扩展至|推广到|推广至|推开到)([^，\d]{2,})$/;
/** 养老保险制度实现全覆盖: a named system reaching everyone is one end state (not 加快…全覆盖, not a service). */
const SYSTEM_COVERED =
  /^(?:要|今年|年内|年底前|今年年底前|力争|确保)*(?:实现)?(?!加快|加速|推进|推动|逐步|努力|探索)([\u4e00-\u9fa5、“”"]{4,40}?制度)(?:实现|基本实现)?全覆盖$/;
/** 把门诊用药纳入医保报销, 将…人员纳入工伤保险制度: a named group or item brought under insurance or public cover. */
const BROUGHT_UNDER =
  /^(?:要|今年|年内|年底前|力争|确保|并)*(?:将|把)(?!符合)([\u4e00-\u9fa5、“”"]{2,40}?)(?:全部|都|全面)?纳入((?:[\u4e00-\u9fa5]{0,12}(?:保险|医保|报销|保障范围|救助))(?:制度|范围|目录)?)?$/;
/** 在全国基本实现…收费联网, 实现异地就医直接结算, 做到企业开办全程网上办理: a service state reached everywhere. */
const SERVICE_REACHED =
  /^(?:要|今年|年内|年底前|力争|确保|逐步)*(?:在[\u4e00-\u9fa5]{1,12}?)?(?:全面|基本|全部)?(?:实现|做到)([\u4e00-\u9fa5“”"、]{4,30}?(?:直接结算|联网|联网结算|一网通办|全程网上办理|全程网办|跨省通办))$/;
/** 将购置税优惠政策再延长三年: a named preference extended by years (延长至 a date restates a deadline). */
const PROLONGED =
  /^(?:要|今年|年内|力争|并)*(?:将|把)([^，]{2,30}?(?:政策|试点|期限))(?:再)?延长([一二两三四五\d]+年)$/;
/** 让所有农村居民都能喝上干净的水, 让最后…无电人口都能用上电: a basic service reaching everyone. */
const EVERYONE_SERVED =
  /^(?:要|今年|年内|力争|确保|努力)*(?:让|使)((?:所有|全部|最后)[^，]{2,20}?)都(?:能|要)((?:喝上|用上|住上|通上|吃上)[\u4e00-\u9fa5]{1,10})$/;
/** 对地方政府性债务进行全面审计: a one-off audit or census of a named object. */
const AUDIT =
  /^(?:要|今年|年内|年底前|力争|确保)*对([\u4e00-\u9fa5、“”"]{4,30}?)(?:进行|开展)(?:一次)?(?:全面|专项)?(审计|清查|普查|核查)$/;

/**
 * What may stand before the verb: time and resolve words, a scope (在全国, 对未落户的…人口), and the words that say
 * the act covers everything (全面, 全部, 在全国). Effort and preparation (推动建立, 探索实行, 加快推行) may not.
 */
const PREFIX =
  /^(?:要|今年|年内|年底前|[一两二三]年内|今明两年|力争|确保|尽早|尽快|适时|率先|同时|并|再|基本|进一步)*(?:(?:在|对)[\u4e00-\u9fa5“”"、]{1,24}?)?(?:要|全面|全部|普遍|率先|尽早|同时|并|再|逐步|基本)*$/;
const SCOPED = /全面|全部|在全国|全国|普遍|所有/;
/** 推动签署…协定, 通过商签…协议: an agreement needs the other side, so pushing for it is the promise. */
const SIGNING_PREFIX = /^(?:要|今年|年内|力争|争取|尽早|尽快)*(?:推动|通过|争取|力争)$/;

/** A named system, list, reform, regime or pilot: what a rollout or a founding act has as its object. */
const SYSTEM = /(?:制度|清单|名录|目录|平台|改革|监管|管理|保险|试点)$/;
const FOUNDED = /(?:制度|清单|名录|目录|平台)$/;
const PUBLISHED = /(?:清单|名录|目录|标准|方案|办法|规划)$/;
const SIGNED = /(?:协定|协议|条约|备忘录)$/;
/** An object that is not one thing: 取消和下放, 建立健全, 一批. */
const NOT_ONE_THING = /^(?:和|或|及|与|并|健全|完善|一批|若干|一系列|各类|更多|一些|相关|有关)/;

/** The policy act a clause promises, or null when its verb is not one or its object is not named. */
export function policyAct(clause: string): PolicyAct | null {
  // Each shape needs a word of its own (将/把, 纳入, 都, 实现/做到, 全覆盖, 延长, 对): a cheap look before its pattern.
  const extended = /[将把]/.test(clause) ? EXTENDED.exec(clause) : null;
  if (extended) return { verb: `扩大到${extended[2]}`, object: extended[1] };
  const under = clause.includes("纳入") ? BROUGHT_UNDER.exec(clause) : null;
  if (under && (under[2] || /全部|都|全面/.test(clause))) return { verb: `纳入${under[2] ?? ""}`, object: under[1] };
  const served = clause.includes("都") ? EVERYONE_SERVED.exec(clause) : null;
  if (served) return { verb: served[2], object: served[1] };
  const service = /实现|做到/.test(clause) ? SERVICE_REACHED.exec(clause) : null;
  if (service) return { verb: "实现", object: service[1] };
  const covered = clause.endsWith("全覆盖") ? SYSTEM_COVERED.exec(clause) : null;
  if (covered) return { verb: "全覆盖", object: covered[1] };
  const prolonged = clause.includes("延长") ? PROLONGED.exec(clause) : null;
  if (prolonged) return { verb: `延长${prolonged[2]}`, object: prolonged[1] };
  const audit = clause.includes("对") ? AUDIT.exec(clause) : null;
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
  // 对种粮大户实施政策性保险: a regime applied to a named group of people.
  if (verb === "实施" && /^对/.test(prefix)) return /(?:保险|制度)$/.test(object) ? { verb, object } : null;
  return named(verb, object, scoped)
    ? { verb: scoped ? `${/全部/.test(prefix) ? "全部" : "全面"}${verb}` : verb, object }
    : null;
}

/** 建立现代企业制度, 实行最严格的…制度, 建立职业经理人等制度: a kind or quality of system, not one named system. */
const DESCRIBED_SYSTEM = /^(?:现代|最严格|严格|更加|更为|更高)|等(?:制度|清单)$/;

function named(verb: string, object: string, scoped: boolean): boolean {
  if (DESCRIBED_SYSTEM.test(object)) return false;
  switch (verb) {
    case "建立":
      return FOUNDED.test(object);
    case "公布":
      return PUBLISHED.test(object);
    case "签署":
    case "商签":
    case "签订":
      return SIGNED.test(object);
    case "推出":
      return SYSTEM.test(object) || /(?:政策|产品|保险)$|、/.test(object);
    case "取消":
    case "免除":
    case "停止":
      return /[\u4e00-\u9fa5”]$/.test(object);
    case "推开":
      return SYSTEM.test(object);
    case "统一":
    case "整合":
      // 统一城乡居民医保制度, 整合…医保制度 (not 统一思想, 整合资源).
      return /(?:制度|政策|标准)$/.test(object);
    case "放开":
      // 全面放开一般制造业, 放开…经营范围限制: a restriction lifted, or a whole field opened.
      return /(?:限制|管制)$/.test(object) || (scoped && /[\u4e00-\u9fa5]$/.test(object));
    case "实行":
      // 在全国实行“携号转网”: a reform known by its quoted name, everywhere.
      return scoped ? SYSTEM.test(object) || /^[“"][^”"]+[”"](?:改革)?$/.test(object) : /制度$/.test(object);
    case "推行":
    default:
      // 实施, 推广: only when the whole country or field is covered (全面实施临时救助制度).
      return scoped && SYSTEM.test(object);
  }
}
