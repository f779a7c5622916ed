// The title block of a report: title, meeting, speaker, date and the jurisdiction that gives the report.

export interface TitleFacts {
  title: string | null;
  titleYear: number | null;
  meeting: string | null;
  jurisdiction: string | null;
  speaker: string | null;
  date: { year: number | null; month: number; day: number } | null;
}

const HAN = "\\u4e00-\\u9fa5";
const MEETING = new RegExp(
  `([${HAN}]{0,10}?)(第?[一二三四五六七八九十]+届人民代表大会第[一二三四五六七八九十]+次(?:全体)?会议|第?[一二三四五六七八九十]+届人大第?[一二三四五六七八九十]+次(?:全体)?会议)`,
);
const GOVERNMENT = new RegExp(`([${HAN}]{2,6}?[区县市旗])人民政府`);
const SPEAKER = new RegExp(`((?:代理|代)?[区县市旗]长)\\s*([${HAN}]{2,3}?)(?=\\s|$|作|同志|在|，|,)`);
const FULL_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const REPORT_TITLE = /(?:(\d{4})\s*年(?:度)?)?\s*(?:[\u4e00-\u9fa5]{2,8}?[区县市旗])?(?:人民)?政府工作报告/;
const GENERIC_PLACE =
  /(?:开发|高新|示范|集聚|功能|化工|经开|试验|先行|保护|核心|园|片|社|小|景|街|辖|强)[区县市]$|^(?:主|中心|老)?城区$/;

/** Reads the title lines; `opening` is the first body paragraphs (newspaper copy names the meeting there). */
export function readTitleBlock(titleLines: string, opening: string, body: string): TitleFacts {
  const titleText = titleLines.replace(/\n/g, "");
  const titleMatch = REPORT_TITLE.exec(titleText);
  const meeting = meetingOf(MEETING.exec(titleText) ?? MEETING.exec(opening));
  const speakerMatch = SPEAKER.exec(titleText) ?? SPEAKER.exec(opening);
  return {
    title: titleMatch ? titleMatch[0].replace(/\s+/g, "") : headline(titleLines),
    titleYear: titleMatch?.[1] ? Number(titleMatch[1]) : null,
    meeting,
    jurisdiction: jurisdictionOf(titleText, opening, meeting, body),
    speaker: speakerMatch ? `${speakerMatch[1]} ${speakerMatch[2]}` : null,
    date: dateOf(titleText, opening),
  };
}

/** "…1月5日在淄川区第十九届人民代表大会第二次会议" → the place right before 第 and the meeting. */
function meetingOf(match: RegExpExecArray | null): string | null {
  if (!match) return null;
  const place = /([\u4e00-\u9fa5]{2,8}[区县市旗])$/.exec(match[1].replace(/^.*[在日于]/, ""))?.[1] ?? "";
  return place + match[2];
}

function headline(titleText: string): string | null {
  const first = titleText.split("\n")[0]?.trim();
  return first && first.length >= 4 && first.length <= 60 ? first : null;
}

function jurisdictionOf(titleText: string, opening: string, meeting: string | null, body: string): string | null {
  const fromMeeting = meeting
    ? /^([\u4e00-\u9fa5]{2,8}?[区县市旗])第?[一二三四五六七八九十]+届/.exec(meeting)?.[1]
    : undefined;
  const found = fromMeeting ?? GOVERNMENT.exec(titleText)?.[1] ?? GOVERNMENT.exec(opening)?.[1];
  const named = found && innermost(found.replace(/^.*[在上]/, ""));
  if (named && isPlaceName(named)) return named;
  return mostNamedPlace(body);
}

/** 山东省淄博市张店区 → 张店区: the report is given by the innermost level. */
function innermost(name: string): string {
  return name.replace(/^[\u4e00-\u9fa5]*?[省市](?=[\u4e00-\u9fa5]{2,}[区县旗]$)/, "");
}

/** Without a title block: the district or county the text names most often. */
function mostNamedPlace(body: string): string | null {
  const counts = new Map<string, number>();
  for (const match of body.matchAll(/([\u4e00-\u9fa5]{2})([区县])/g)) {
    const place = match[1] + match[2];
    if (!isPlaceName(place) || /[全本该各市省]/.test(match[1]) || /城区$/.test(place)) continue;
    counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 1;
  for (const [place, count] of counts) {
    if (count > bestCount) {
      best = place;
      bestCount = count;
    }
  }
  return best;
}

function isPlaceName(name: string): boolean {
  return !GENERIC_PLACE.test(name) && !/[我和的在对与及向为将把]|代表/.test(name);
}

function dateOf(titleText: string, opening: string): TitleFacts["date"] {
  const full = FULL_DATE.exec(titleText);
  if (full) return { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
  const meetingAt = opening.search(/人民代表大会/);
  if (meetingAt < 0) return null;
  const before = opening.slice(Math.max(0, meetingAt - 40), meetingAt);
  const dates = [...before.matchAll(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g)];
  const last = dates.at(-1);
  return last ? { year: last[1] ? Number(last[1]) : null, month: Number(last[2]), day: Number(last[3]) } : null;
}
