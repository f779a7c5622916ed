// Deadlines said in a sentence: 年内 (the plan year), 两年内, 到2027年, 2—3年, 今后五年, “十四五”末, or none (加快实现).
import { matchesOf } from "~/domain/text/matches";

export interface DeadlineMark {
  /** The mark applies to what follows it in the sentence. */
  at: number;
  year: number | null;
}

const SMALL: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const FIVE_YEAR_PLAN_END: Record<string, number> = { 十三五: 2020, 十四五: 2025, 十五五: 2030, 十六五: 2035 };

function count(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : (SMALL[text] ?? null);
}

const THIS_YEAR = /年内|今年|全年|本年度|年底前|年末前|当年|上半年|下半年|(?<!\d)\d{1,2}月(?:底|末)?(?:前|底)/g;
const WITHIN_YEARS = /(\d|[一两二三四五六七八九十])年(?:之)?内/g;
const OVER_YEARS =
  /(?:用|通过|力争|经过)?(\d|[一两二三四五六七八九十])(?:[—–\-~～至到](\d|[一两二三四五六七八九十]))?年(?:左右)?(?:的)?(?:时间|内|左右)?(?![内行计规攻专])/g;
const NEXT_FIVE_YEARS = /(?:今后|未来)(?:五|5)年|五年内/g;
const BY_YEAR = /(?:到|至|于|在)?((?:19|20)\d{2})年(?:底|末|前|以前|年底)?(?:前)?/g;
const YEAR_RANGE = /(?:19|20)\d{2}\s*[—–\-~～至到]\s*((?:19|20)\d{2})年/g;
const FIVE_YEAR_PLAN = /[“"]?(十[三四五六]五)[”"]?(?:末|期末|期间|时期)/g;
/** 今明两年: the plan year and the next. */
const THIS_AND_NEXT = /今明(两|二|三)年/g;
const NO_DEADLINE = /(?:加快|早日|逐步|努力|力争早日|尽早)实现|远景目标/g;

/** All deadline marks of a sentence, in order; `planYear` is the year of the plan part. */
export function deadlineMarks(sentence: string, planYear: number | null): DeadlineMark[] {
  const marks: DeadlineMark[] = [];
  if (!/[年月]|实现|远景/.test(sentence)) return marks;
  const add = (at: number, year: number | null) => marks.push({ at, year });
  // Every pattern below needs a word of its own (年, 月, 五, 今明, 实现, 远景) or a digit: a cheap look before each
  // (one pattern of a few words costs less than one includes call per word).
  const years = sentence.includes("年");
  const digits = years && hasDigit(sentence);
  if (years || sentence.includes("月"))
    for (const match of matchesOf(THIS_YEAR, sentence)) {
      if (/^年/.test(match[0]) && /[\d两二三四五六七八九十]$/.test(sentence.slice(0, match.index))) continue;
      add(match.index, planYear);
    }
  if (planYear !== null && years) {
    if (sentence.includes("内"))
      for (const match of matchesOf(WITHIN_YEARS, sentence)) {
        const yearCount = count(match[1]);
        if (yearCount) add(match.index, planYear + yearCount - 1);
      }
    for (const match of matchesOf(OVER_YEARS, sentence)) {
      const whole = match[0];
      if (!match[2] && !/^(?:用|通过|经过)|时间/.test(whole)) continue;
      const yearCount = count(match[2] ?? match[1]);
      if (yearCount) add(match.index, planYear + yearCount - 1);
    }
    if (/[五5]年/.test(sentence))
      for (const match of matchesOf(NEXT_FIVE_YEARS, sentence)) add(match.index, planYear + 4);
  }
  if (digits)
    for (const match of matchesOf(BY_YEAR, sentence)) {
      const whole = match[0];
      const explicit = /^(?:到|至|于)/.test(whole) || /[底末前]$/.test(whole);
      // 力争2020年普及率达到80% in the plan for 2019: a later year named before what is reached is its deadline too
      // (not 2021年起, a start).
      const later =
        planYear !== null &&
        Number(match[1]) > planYear &&
        !/^(?:起|开始|以来|以后|后|之后|的)/.test(sentence.slice(match.index + whole.length));
      if ((explicit || later) && !/^在/.test(whole)) add(match.index, Number(match[1]));
    }
  if (planYear !== null && sentence.includes("今明"))
    for (const match of matchesOf(THIS_AND_NEXT, sentence)) add(match.index, planYear + (count(match[1]) ?? 2) - 1);
  if (digits)
    for (const match of matchesOf(YEAR_RANGE, sentence)) {
      add(match.index, Number(match[1]));
    }
  if (sentence.includes("五"))
    for (const match of matchesOf(FIVE_YEAR_PLAN, sentence)) {
      add(match.index, FIVE_YEAR_PLAN_END[match[1]] ?? null);
    }
  if (/实现|远景/.test(sentence)) for (const match of matchesOf(NO_DEADLINE, sentence)) add(match.index, null);
  return marks.sort((a, b) => a.at - b.at);
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** The deadline for something at `position` of the sentence: the last mark before it, else the part's default. */
export function deadlineAt(marks: DeadlineMark[], position: number, fallback: number | null): number | null {
  let deadline = fallback;
  for (const mark of marks) if (mark.at <= position) deadline = mark.year;
  return deadline;
}
