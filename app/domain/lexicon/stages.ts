// Stage words as data: how far a project, plan or event got, as reports say it (planned 立项, started 开工, under way
// 推进, structurally complete 主体完工, done 建成投产, delayed 滞后, dropped 停建). Extraction and follow-up read
// stages from this one table.

export type StageWord = "planned" | "started" | "under_way" | "structurally_complete" | "done" | "delayed" | "dropped";

export const STAGE_WORDS: Readonly<Record<StageWord, readonly string[]>> = {
  planned: [
    "前期",
    "手续",
    "办理",
    "招标",
    "招投标",
    "选址",
    "设计",
    "论证",
    "规划",
    "立项",
    "审批",
    "报批",
    "征迁",
    "签约",
    "初稿",
    "编制",
  ],
  started: ["开工建设", "开工", "启动建设", "启动实施", "启动", "动工", "开建", "筹建", "落地", "引进"],
  under_way: [
    "推进",
    "加快",
    "加速建设",
    "加速推进",
    "在建",
    "实施",
    "施工",
    "进展",
    "攻坚",
    "正在",
    "稳步",
    "有序",
    "持续",
    "建设中",
    "加紧",
    "全面展开",
    "进入",
    "试运行",
    "深化",
    "拓展",
  ],
  structurally_complete: [
    "主体结构完工",
    "主体结构封顶",
    "主体完工",
    "主体封顶",
    "主体竣工",
    "封顶",
    "一期建成",
    "一期完工",
    "一期竣工",
    "基本完工",
    "基本竣工",
    "基本完成",
  ],
  done: [
    "建成投产",
    "建成投用",
    "建成运营",
    "建成开放",
    "竣工投产",
    "竣工通车",
    "竣工验收",
    "建成",
    "竣工",
    "投产",
    "投用",
    "投入使用",
    "投入运营",
    "投入运行",
    "交付使用",
    "交付",
    "通车",
    "全线贯通",
    "开通",
    "并网发电",
    "并网",
    "通水",
    "开业",
    "开街",
    "开园",
    "启用",
    "揭牌",
    "落成",
    "完工",
    "全面完成",
    "顺利完成",
    "圆满完成",
    "如期完成",
    "完成",
    "获批",
    "挂牌",
    "正式运营",
    "运营",
    "达产",
    "通过验收",
    "验收",
    "获评",
    "入选",
    "荣获",
    "成功创建",
    "创成",
    "成功举办",
    "上市",
    "落户",
    "上线运行",
    "上线",
    "投运",
    "举办",
    "出台",
    "印发",
    "设立",
    "成立",
    // Acts of policy: said in a review of the thing they act on, they report it done.
    "建立",
    "推出",
    "签署",
    "推开",
    "全面推行",
    "全面实行",
    "免除",
    "开启",
    "主办",
    "颁布",
    "施行",
    "隆重纪念",
  ],
  delayed: [
    "延期",
    "推迟",
    "滞后",
    "未能",
    "未完成",
    "未按期",
    "未如期",
    "未达",
    "未实现",
    "未开工",
    "未启动",
    "尚未",
    "没有完成",
    "进展缓慢",
    "放缓",
    "缓建",
    "暂缓",
  ],
  dropped: ["停工", "停建", "停滞", "暂停", "搁置", "取消", "终止"],
};

/** One alternation of a stage's words, longest first. */
export function stagePattern(...stages: StageWord[]): RegExp {
  const words = stages.flatMap((stage) => STAGE_WORDS[stage]).sort((a, b) => b.length - a.length);
  return new RegExp(words.join("|"));
}

export interface StageWordMatch {
  index: number;
  word: string;
}

/**
 * stagePattern(...stages).exec(text) without the pattern: the first position where a word starts, and there the
 * first word in the pattern's order (longest first). Only positions whose first two characters open a word (a table)
 * are read: a long alternation tried at every character of a text costs more.
 */
export function stageWordFinder(...stages: StageWord[]): (text: string) => StageWordMatch | null {
  const words = stages.flatMap((stage) => STAGE_WORDS[stage]).sort((a, b) => b.length - a.length);
  if (words.some((word) => word.length < 2)) throw new Error("stage words have two characters at least");
  const byPair = new Map<number, string[]>();
  for (const word of words) {
    const key = pairKey(word.charCodeAt(0), word.charCodeAt(1));
    byPair.set(key, [...(byPair.get(key) ?? []), word]);
  }
  const opens = new Uint8Array(0x10000);
  for (const key of byPair.keys()) opens[key] = 1;
  return (text) => {
    for (let i = 0; i + 1 < text.length; i++) {
      const key = pairKey(text.charCodeAt(i), text.charCodeAt(i + 1));
      if (opens[key] === 0) continue;
      for (const word of byPair.get(key)!) if (text.startsWith(word, i)) return { index: i, word };
    }
    return null;
  };
}

/** Two characters as one key of 16 bits (pairs that share a key only add words to try). */
function pairKey(first: number, second: number): number {
  return ((first << 5) ^ second) & 0xffff;
}

/** The stage of each word (a word listed under two stages takes the first it is listed under above). */
export const STAGE_OF_WORD: ReadonlyMap<string, StageWord> = new Map(
  (Object.entries(STAGE_WORDS) as Array<[StageWord, readonly string[]]>).flatMap(([stage, words]) =>
    words.map((word) => [word, stage] as const),
  ),
);
