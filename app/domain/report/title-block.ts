// The title block of a report: title, meeting, speaker, date and the jurisdiction (with its level) that gives it.
import {
  NATIONAL,
  PROVINCIAL,
  innermostPlace,
  isPlaceName,
  levelOf,
  type Place,
  type ReportLevel,
} from "~/domain/report/places";

export interface TitleFacts {
  title: string | null;
  titleYear: number | null;
  meeting: string | null;
  jurisdiction: string | null;
  level: ReportLevel | null;
  speaker: string | null;
  date: { year: number | null; month: number; day: number } | null;
}

const HAN = "\\u4e00-\\u9fa5";
const MEETING = new RegExp(
  `([${HAN}]{0,12}?)(第?[一二三四五六七八九十]+届(?:全国)?人民代表大会第[一二三四五六七八九十]+次(?:全体)?会议|第?[一二三四五六七八九十]+届人大第?[一二三四五六七八九十]+次(?:全体)?会议)`,
);
const PLACE_SUFFIX = "(?:自治区|自治州|自治县|自治旗|地区|[省区县市旗州盟])";
const GOVERNMENT = new RegExp(`([${HAN}]{2,12}?${PLACE_SUFFIX})人民政府`);
const SPEAKER = new RegExp(
  `((?:代理|代)?(?:[省区县市旗州盟]长|主席|总理))\\s*([${HAN}]{2,3}?)(?=\\s|$|作|同志|在|，|,)`,
);
const FULL_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const REPORT_TITLE =
  /(?:(\d{4})\s*年(?:度)?)?\s*(?:[\u4e00-\u9fa5]{2,12}?(?:自治区|自治州|自治县|自治旗|地区|[省区县市旗州盟]))?(?:人民)?政府工作报告/;

/** Reads the title lines; `opening` is the first body paragraphs (newspaper copy names the meeting there). */
export function readTitleBlock(titleLines: string, opening: string, body: string): TitleFacts {
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
    date: dateOf(titleText, opening),
  };
}

/** "…1月5日在淄川区第十九届人民代表大会第二次会议" → the place right before 第 and the meeting. */
function meetingOf(match: RegExpExecArray | null): string | null {
  if (!match) return null;
  const lead = match[1].replace(/^.*[在日于]/, "");
  const place = new RegExp(`([\\u4e00-\\u9fa5]{1,12}${PLACE_SUFFIX})$`).exec(lead)?.[1] ?? "";
  return place + match[2];
}

/** A headline: the first title line, when it reads as words (not a saved page's address or metadata). */
function headline(titleText: string): string | null {
  const first = titleText.split("\n")[0]?.trim();
  if (!first || /^#|https?:|www\./.test(first) || !/[\u4e00-\u9fa5]{2}/.test(first)) return null;
  return first.length >= 4 && first.length <= 60 ? first : null;
}

const SPEAKER_LEVEL: Record<string, ReportLevel> = {
  总理: "national",
  省长: "province",
  主席: "autonomous_region",
  州长: "prefecture",
  盟长: "prefecture",
  旗长: "banner",
  县长: "county",
};

function jurisdictionOf(
  titleText: string,
  opening: string,
  meeting: string | null,
  body: string,
  speaker: string,
): Place | null {
  if (/全国人民代表大会|国务院/.test(titleText + (meeting ?? "")) || /总理$/.test(speaker)) return NATIONAL;
  const fromMeeting = meeting
    ? new RegExp(`^([\\u4e00-\\u9fa5]{1,12}?${PLACE_SUFFIX})第?[一二三四五六七八九十]+届`).exec(meeting)?.[1]
    : undefined;
  const found = fromMeeting ?? GOVERNMENT.exec(titleText)?.[1] ?? GOVERNMENT.exec(opening)?.[1];
  const named = found ? innermostPlace(found.replace(/^.*(?:在|会议上)/, "")) : null;
  if (named) return named;
  const bySpeaker = SPEAKER_LEVEL[speaker.replace(/^(?:代理|代)/, "")];
  return namedInText(body, bySpeaker ?? null);
}

const LEVEL_OF_CHAR: Record<string, ReportLevel> = {
  省: "province",
  市: "city",
  区: "district",
  县: "county",
  州: "prefecture",
  盟: "prefecture",
  旗: "banner",
};

/**
 * The level the text speaks as: the government it reports for (我代表区人民政府), else its most frequent
 * self-reference (全省, 全州, 本市, 县委 …).
 */
export function selfLevel(body: string): ReportLevel | null {
  const speaking = /代表([省市区县州盟旗])(?:人民)?政府/.exec(body);
  if (speaking) return LEVEL_OF_CHAR[speaking[1]!]!;
  const counts = new Map<ReportLevel, number>();
  for (const match of body.matchAll(/(?:全|我|本)([省市区县州盟旗])|([省市区县州盟旗])(?:委|政府)/g)) {
    const level = LEVEL_OF_CHAR[(match[1] ?? match[2])!]!;
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  let best: ReportLevel | null = null;
  for (const [level, count] of counts) if (!best || count > counts.get(best)!) best = level;
  return best;
}

/**
 * Without a title block: the place the text names most often (full names like 锡林郭勒盟 and 甘孜藏族自治州,
 * provinces by their short names), three times over when it has the level the text speaks as. A name said
 * once counts only when it opens a paragraph or a sentence. National reports speak of 国内生产总值 and 全国.
 */
function namedInText(wholeBody: string, levelHint: ReportLevel | null): Place | null {
  // The first 20,000 characters say who speaks as surely as the whole and cost less to read.
  const body = wholeBody.length > 20_000 ? wholeBody.slice(0, 20_000) : wholeBody;
  const level = levelHint ?? selfLevel(body);
  if (level === "national" || (/国内生产总值/.test(body) && !/地区生产总值/.test(body) && /全国|我国/.test(body)))
    return NATIONAL;
  const counts = new Map<string, { place: Place; count: number }>();
  const add = (place: Place, weight = 1) => {
    const entry = counts.get(place.name ?? "");
    if (entry) entry.count += weight;
    else counts.set(place.name ?? "", { place, count: weight });
  };
  for (const { place, opens } of placesNamed(body)) add(place, opens ? 2 : 1);
  for (const [short, place] of PROVINCIAL) {
    // 山东 not followed by 省: the full name is counted with the other places.
    const mentions = occurrences(body, short) - occurrences(body, place.name!);
    if (mentions) add(place, mentions);
  }
  const rank = (e: { place: Place; count: number }) =>
    e.count * (e.place.level === level || (level === "district" && e.place.level === "autonomous_region") ? 3 : 1);
  let best: { place: Place; count: number } | null = null;
  for (const entry of counts.values()) {
    // A name said once counts only for a province named by its short form at the level the text speaks as.
    const once = entry.count < 2 && !(PROVINCIAL.has(shortOf(entry.place)) && entry.place.level === level);
    if (!once && (!best || rank(entry) > rank(best))) best = entry;
  }
  // A place of another level than the one the text speaks as (天津 in a district's report) is not its own.
  if (
    best &&
    (!level || best.place.level === level || (level === "district" && best.place.level === "autonomous_region"))
  )
    return best.place;
  return level && level !== "district" ? { name: null, level } : null;
}

/** Bare 州 is left out: in running text it ends short city names (荆州, 杭州); prefectures say 自治州. */
const SUFFIXES = /自治区|自治州|自治县|自治旗|地区|[省区县市旗盟]/g;

function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

function shortOf(place: Place): string {
  return (place.name ?? "").replace(/(?:维吾尔|壮族|回族)?自治区$|[省市]$/, "");
}
/** What may stand right before a place name: not a Han character, or a word that ends a phrase or a higher level. */
const BOUNDARY = /[^\u4e00-\u9fa5]|[是在和与及对为把将向了的年省市区县州盟旗]/;

/** Every place named in the text, each the shortest name that starts at a boundary (也是红桥区 → 红桥区). */
function placesNamed(text: string): Array<{ place: Place; opens: boolean }> {
  const places: Array<{ place: Place; opens: boolean }> = [];
  for (const match of text.matchAll(SUFFIXES)) {
    const at = match.index;
    for (let k = 2; k <= (match[0].length > 1 ? 8 : 4) && at - k >= 0; k++) {
      const head = text.slice(at - k, at);
      if (!/^[\u4e00-\u9fa5]+$/.test(head)) break;
      const name = head + match[0];
      if (at - k > 0 && !BOUNDARY.test(text[at - k - 1]!)) continue;
      const level = levelOf(name);
      if (level && isPlaceName(name))
        places.push({ place: { name, level }, opens: at - k === 0 || /[\n。]/.test(text[at - k - 1]!) });
      break;
    }
  }
  return places;
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
