// Policy acts: a government promising to set up, publish, sign, abolish or roll out a named system, list, fee,
// agreement or reform (建立居住证制度, 公布权力清单, 取消漫游费, 全面推开公立医院综合改革). Provincial and national
// plans are made of them; a county plan has few.

export interface PolicyAct {
  verb: string;
  object: string;
}

const VERBS = /建立|推出|公布|签署|取消|免除|停止|实行|推行|推开|实施|推广|统一|整合/g;
/** 把“营改增”试点扩大到交通运输业: a named pilot or preference extended to a new field or to the whole country. */
const EXTENDED =
  /^(?:要|今年|年内|力争|并)*(?:将|把)([^，]{2,30}?(?:试点|政策|改革))(?:范围)?(?:扩大到|扩展到|推广到|推开到)([^，\d]{2,})$/;

/**
 * What may stand before the verb: time and resolve words, a scope (在全国, 对未落户的…人口), and the words that say
 * the act covers everything (全面, 全部, 在全国). Effort and preparation (推动建立, 探索实行, 加快推行) may not.
 */
const PREFIX =
  /^(?:要|今年|年内|年底前|力争|确保|尽早|尽快|适时|率先|同时|并|再|基本|进一步)*(?:(?:在|对)[\u4e00-\u9fa5“”"、]{1,24}?)?(?:要|全面|全部|普遍|率先|尽早|同时|并|再|逐步)*$/;
const SCOPED = /全面|全部|在全国|全国|普遍/;

/** A named system, list, reform, regime or pilot: what a rollout or a founding act has as its object. */
const SYSTEM = /(?:制度|清单|名录|目录|平台|改革|监管|管理|保险|试点)$/;
const FOUNDED = /(?:制度|清单|名录|目录|平台)$/;
const PUBLISHED = /(?:清单|名录|目录|标准|方案|办法|规划)$/;
const SIGNED = /(?:协定|协议|条约|备忘录)$/;
/** An object that is not one thing: 取消和下放, 建立健全, 一批. */
const NOT_ONE_THING = /^(?:和|或|及|与|并|健全|完善|一批|若干|一系列|各类|更多|一些|相关|有关)/;

/** The policy act a clause promises, or null when its verb is not one or its object is not named. */
export function policyAct(clause: string): PolicyAct | null {
  const extended = EXTENDED.exec(clause);
  if (extended) return { verb: `扩大到${extended[2]}`, object: extended[1] };
  VERBS.lastIndex = 0;
  const match = VERBS.exec(clause);
  VERBS.lastIndex = 0;
  if (!match) return null;
  const prefix = clause.slice(0, match.index);
  if (!PREFIX.test(prefix)) return null;
  const verb = match[0];
  const object = clause.slice(match.index + verb.length).replace(/^(?:好|并公开|和实施|并实施)/, "");
  if (object.length < 3 || NOT_ONE_THING.test(object)) return null;
  const scoped = SCOPED.test(prefix);
  // 对种粮大户实施政策性保险: a regime applied to a named group of people.
  if (verb === "实施" && /^对/.test(prefix)) return /(?:保险|制度)$/.test(object) ? { verb, object } : null;
  return named(verb, object, scoped)
    ? { verb: scoped ? `${/全部/.test(prefix) ? "全部" : "全面"}${verb}` : verb, object }
    : null;
}

function named(verb: string, object: string, scoped: boolean): boolean {
  switch (verb) {
    case "建立":
      return FOUNDED.test(object);
    case "公布":
      return PUBLISHED.test(object);
    case "签署":
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
    case "实行":
      return scoped ? SYSTEM.test(object) : /制度$/.test(object);
    case "推行":
    default:
      // 实施, 推广: only when the whole country or field is covered (全面实施临时救助制度).
      return scoped && SYSTEM.test(object);
  }
}
