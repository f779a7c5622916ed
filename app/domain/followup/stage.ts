// How far a project got, from the verbs a report uses: completed (竣工投产), under way (有序推进), only
// prepared (完成前期手续, 计划于3月开工), stalled (延期).

export type Stage = "completed" | "under_way" | "preparing" | "stalled";
/** What a deliverable promise aims at: to start something, to finish it, or to keep working on it. */
export type Goal = "start" | "finish" | "advance";

const STALLED =
  /延期|推迟|滞后|未能|未完成|未按期|未如期|未达|未实现|未开工|未启动|停工|停建|停滞|暂停|搁置|缓建|暂缓|尚未|没有完成|取消|终止|进展缓慢|放缓/;
/** A finished part of a project is not the project finished (主体完工, 完成80%). */
const PARTIAL_DONE = new RegExp(
  [
    "主体(结构)?(完工|封顶|竣工)|封顶|一期(建成|完工|竣工)|部分(建成|完工|投用|通车)",
    "(完成|完工)[^，。；]{0,4}(基础|桩基|地基|主体)",
    "完成了?(总|全部)?(工程量|投资|任务|进度)?的?(\\d+(\\.\\d+)?%|[一二三四五六七八九]成)",
  ].join("|"),
);
const MILESTONE = /主体(结构)?(完工|封顶|竣工)|封顶|一期(建成|完工|竣工)/;
/** Said of what is still to come (即将投用, 预计明年建成): not done yet. */
const FUTURE = /即将|将于|将在|有望|预计(明年|今年|年底|年内|上半年|下半年|\d{4}年)|计划(于|在)/;
/** Work before the work: papers, design, tenders. */
const PREPARING = /前期|手续|办理|招标|选址|设计|论证|规划|立项|审批|报批|征迁|签约/;
const COMPLETED =
  /建成|竣工|投产|投用|投入使用|投入运营|交付|通车|开通|开业|开园|启用|落成|完工|全面完成|顺利完成|圆满完成|如期完成|完成|获批|挂牌|揭牌|正式运营|运营|达产|验收/;
const UNDER_WAY =
  /推进|加快|开工|在建|启动|实施|施工|进展|攻坚|筹建|动工|开建|正在|稳步|有序|持续|建设中|加紧|全面展开|落地|引进/;

/** A promise that is itself a step before the work: 签约引进, 完成立项, 启动规划. */
export function isPreparation(quote: string): boolean {
  return PREPARING.test(quote) && !FINISH.test(quote);
}

/** A stage short of completion that a promise can itself aim at (主体完工, 一期建成). */
export function isMilestone(text: string): boolean {
  return MILESTONE.test(text);
}

/** The stage a clause states, or null when it states none. */
export function stageOf(text: string): Stage | null {
  if (STALLED.test(text)) return "stalled";
  if (FUTURE.test(text)) return "preparing";
  if (PARTIAL_DONE.test(text)) return "under_way";
  if (COMPLETED.test(text) && !PREPARING.test(text)) return "completed";
  if (UNDER_WAY.test(text)) return "under_way";
  if (PREPARING.test(text)) return "preparing";
  return null;
}

const FINISH = /建成|竣工|投产|投用|投入使用|通车|完成|交付|开业|落成|完工|开通|实现|获批|创建成功|运营|全覆盖|达产/;
const START = /开工|启动|动工|开建|筹建|签约|落地|立项|引进|招引|谋划|规划/;

export function goalOf(quote: string): Goal {
  if (FINISH.test(quote)) return "finish";
  if (START.test(quote)) return "start";
  return "advance";
}
