// How far a project got, from the verbs a report uses: completed (竣工投产), under way (有序推进), only
// prepared (完成前期手续, 计划于3月开工), stalled (延期). The words are the lexicon's stage words.
import { QUOTA_FALL } from "~/domain/followup/quota";
import { stagePattern } from "~/domain/lexicon/stages";

export type Stage = "completed" | "under_way" | "preparing" | "stalled";
/** What a deliverable promise aims at: to start something, to finish it, or to keep working on it. */
export type Goal = "start" | "finish" | "advance";

const STALLED = stagePattern("delayed", "dropped");
/** A finished part of a project is not the project finished (主体完工, 完成80%). */
const PARTIAL_DONE = new RegExp(
  [
    stagePattern("structurally_complete").source,
    "部分(建成|完工|投用|通车)",
    "一期[^，。；]{0,4}(建成|完工|竣工|投用|投产)",
    "(完成|完工)[^，。；]{0,4}(基础|桩基|地基|主体)",
    "完成了?(总|全部)?(工程量|投资|任务|进度)?的?(\\d+(\\.\\d+)?%|[一二三四五六七八九]成)",
  ].join("|"),
);
const MILESTONE = stagePattern("structurally_complete");
/** Said of what is still to come (即将投用, 预计明年建成): not done yet. */
const FUTURE = /即将|将于|将在|有望|预计(明年|今年|年底|年内|上半年|下半年|\d{4}年)|计划(于|在)/;
/** A step of the work before the work entered (进入招标程序, 进入前期阶段): still preparing. */
const ENTERED_PREPARATION = /进入[^，。；]{0,2}(招标|招投标|前期|审批|报批|设计|立项)/;
/** Work before the work: papers, design, tenders. */
const PREPARING = stagePattern("planned");
const COMPLETED = stagePattern("done");
const UNDER_WAY = stagePattern("started", "under_way");

/** A promise that is itself a step before the work: 签约引进, 完成立项, 启动规划. */
export function isPreparation(quote: string): boolean {
  return PREPARING.test(quote) && !FINISH.test(quote);
}

/** A stage short of completion that a promise can itself aim at (主体完工, 一期建成). */
export function isMilestone(text: string): boolean {
  return MILESTONE.test(text);
}

/** A promise aiming at a milestone: one named (主体完工), or the main structure to finish (完成…主体建设). */
export function aimsAtMilestone(quote: string): boolean {
  return MILESTONE.test(quote) || /完成[^，。；]{0,20}主体(建设|工程)/.test(quote);
}

/** Only the work before the work completed (完成规划设计和土地收储), not the thing (…规划确定的任务全面完成). */
const PREPARED_ONLY = new RegExp(`(?:${COMPLETED.source})了?[^，。；]{0,6}?(?:${PREPARING.source})`);

/**
 * Phrases of a stage with words between (通过省级督导评估, 晋升为自治区级…, 实现全覆盖; 迈出重大步伐), which the
 * lexicon's single words cannot say.
 */
const COMPLETED_PHRASE =
  /通过[^，。；]{0,10}(评估|验收|认定|审核|评审|考核|评定|审定|认证|评价)|晋升为|升格为|创建为|实现(了)?全覆盖|(稳定|全部|全面|均|全线)达标(?!率)|均?达到[^，。；\d]{0,10}(标准|要求)$/;
const UNDER_WAY_PHRASE = /迈出[^，。；]{0,6}步伐|加大[^，。；]{0,14}力度/;

/** Money put into building a thing (投资4.6亿元建设…): the works are under way, when nothing says further. */
const INVESTED_IN = /投资[\d.]+[万亿]*元(新建|建设|实施|改造|续建)/;

/** Work said to go on around its object (加大城镇老旧小区改造力度): the object stands inside the phrase. */
export function effortAround(text: string): boolean {
  return UNDER_WAY_PHRASE.test(text);
}

/** An assessment passed at a level (通过省级督导评估). */
const LEVEL_PASSED = /通过[^，。；]{0,4}?(省级|市级|县级|区级)/;

/**
 * A step short of the title promised: the assessment passed at a level the promise does not name (争创国家…区,
 * then 创建通过省级评估) is progress toward it.
 */
export function passedLowerLevel(text: string, promise: string): boolean {
  const level = LEVEL_PASSED.exec(text)?.[1];
  return level !== undefined && !promise.includes(level);
}

/** A fall reported of the thing, or its best level (同比下降11.5%, 为全市最低, 改善率排名全省前列). */
const FELL = /下降|降低|减少|改善|最低|最好|最优|前列/;
const SHORT_OF = /未完成|未能|未达|没有完成|不降反升|上升|反弹/;
/** A fall since a year named (比2015年下降50.4%): several years' fall, not the year's. */
const SINCE_YEAR = /(比|较|与)[^，。；]{0,2}\d{4}年/;

/**
 * A quota of a fall set from above, and the review saying the thing fell or reached its best level, with no word of
 * falling short: the quota is read as met (the reports name the fall, not the quota).
 */
export function quotaFallMet(promise: string, text: string): boolean {
  return QUOTA_FALL.test(promise) && FELL.test(text) && !SHORT_OF.test(text) && !SINCE_YEAR.test(text);
}

/** The stage a clause states, or null when it states none. */
export function stageOf(text: string): Stage | null {
  if (STALLED.test(text)) return "stalled";
  if (FUTURE.test(text) || ENTERED_PREPARATION.test(text)) return "preparing";
  if (PARTIAL_DONE.test(text) || UNDER_WAY_PHRASE.test(text)) return "under_way";
  if (COMPLETED_PHRASE.test(text)) return "completed";
  if (COMPLETED.test(text) && !PREPARED_ONLY.test(text)) return "completed";
  if (UNDER_WAY.test(text) || INVESTED_IN.test(text)) return "under_way";
  if (PREPARING.test(text)) return "preparing";
  return null;
}

/**
 * Acts a promise can itself be (取消 a fee, 全面实施 a regime, 签署 an agreement): the review naming the same act
 * reports it done, whatever the act would say of a project (a project 取消 is dropped; a fee 取消 is the promise kept).
 */
const ACTS: readonly RegExp[] = [
  /全面(实施|推开|推行|实行)|在全国(实施|推开|推行|实行)|推开|推行/,
  /取消|免除|停止|废止/,
  /建立|设立|增设|成立|组建/,
  /统一|整合/,
  /纳入/,
  /审计/,
  /实现/,
  /推出|出台|印发|发布|公布|颁布|制定/,
  /签署|签订/,
  /扩大到|扩大至|扩大/,
  /办好|搞好|举办|主办|承办|组织好|纪念|做好|开展/,
];
/** An act said with effort or preparation before it (推动建立, 研究制定) is not the act done. */
const ACT_EFFORT = /(推进|推动|加快|深化|探索|研究|着力|积极|逐步|抓紧|准备|正在|有序|稳步)$/;

/** The acts a promise is, by their group. */
export function actsOf(quote: string): number[] {
  return ACTS.flatMap((act, group) => (act.test(quote) ? [group] : []));
}

/** Whether a review clause reports one of `acts` done (the same act, not under an effort word). */
export function reportsAct(acts: readonly number[], text: string): boolean {
  return acts.some((group) => {
    const pattern = new RegExp(ACTS[group]!.source, "g");
    for (const match of text.matchAll(pattern))
      if (!ACT_EFFORT.test(text.slice(Math.max(0, match.index - 2), match.index))) return true;
    return false;
  });
}

const FINISH = new RegExp(`${stagePattern("done").source}|实现|全覆盖|创建成功`);
const START = new RegExp(`${stagePattern("started", "planned").source}|招引|谋划`);

export function goalOf(quote: string): Goal {
  if (FINISH.test(quote)) return "finish";
  if (START.test(quote)) return "start";
  return "advance";
}
