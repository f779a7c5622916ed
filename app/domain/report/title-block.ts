// The title block of a report: title, meeting, speaker, date and the jurisdiction (with its level) that gives it.
import { NATIONAL, innermostPlace, type Place, type ReportLevel } from "~/domain/report/places";
import { mentions, shortForms, within, type GazetteerPlace } from "~/domain/report/gazetteer";

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
const GOVERNMENT = new RegExp(`([${HAN}]{1,12}?${PLACE_SUFFIX})人民政府`);
const SPEAKER = new RegExp(
  `((?:代理|代)?(?:[省区县市旗州盟]长|主席|总理))\\s*([${HAN}]{2,3}?)(?=\\s|$|作|同志|在|，|,)`,
);
const FULL_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const REPORT_TITLE =
  /(?:(?:[\u4e00-\u9fa5]{1,12}?(?:自治区|自治州|自治县|自治旗|地区|[省区县市旗州盟]))\s*(?=\d{4}\s*年))?(?:(\d{4})\s*年(?:度)?)?\s*(?:[\u4e00-\u9fa5]{1,12}?(?:自治区|自治州|自治县|自治旗|地区|[省区县市旗州盟]))?(?:人民)?政府工作报告/;

/** Reads the title lines; `opening` is the first body paragraphs (newspaper copy names the meeting there). */
export function readTitleBlock(titleLines: string, opening: string, body: string): TitleFacts {
  const titleText = titleLines.replace(/\n/g, "");
  const titleMatch = ownTitle(titleLines) ?? REPORT_TITLE.exec(titleText) ?? ownTitle(opening);
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

/**
 * The report's own title: the last line that is a title and nothing else. A saved web page puts its own headline
 * (米易县2024年政府工作报告) above the report's title block (政府工作报告 / （2022年1月24日在…）), which is the one
 * nearest the meeting line. Without a title block, a page's headline among the first body lines is one.
 */
function ownTitle(lines: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  for (const line of lines.split("\n")) {
    const squeezed = line.replace(/\s+/g, "");
    const match = REPORT_TITLE.exec(squeezed);
    if (match && match.index === 0 && match[0].length === squeezed.length) found = match;
  }
  return found;
}

/** "…1月5日在淄川区第十九届人民代表大会第二次会议" → the place right before 第 and the meeting. */
function meetingOf(match: RegExpExecArray | null): string | null {
  if (!match) return null;
  const lead = match[1].replace(/^.*[在日于向]/, "");
  const place = new RegExp(`([\\u4e00-\\u9fa5]{1,12}${PLACE_SUFFIX})$`).exec(lead)?.[1] ?? "";
  return place + match[2];
}

/** A headline: the first title line, when it reads as words (not a saved page's address or metadata). */
function headline(titleText: string): string | null {
  const first = titleText.split("\n")[0]?.trim();
  if (!first || /^#|https?:|www\.|人民政府/.test(first) || !/[\u4e00-\u9fa5]{2}/.test(first)) return null;
  return first.length >= 4 && first.length <= 60 ? first : null;
}

const SPEAKER_LEVEL: Record<string, ReportLevel> = {
  总理: "national",
  省长: "province",
  主席: "autonomous_region",
  州长: "prefecture",
  盟长: "prefecture",
  市长: "city",
  旗长: "banner",
  县长: "county",
  区长: "district",
};

function jurisdictionOf(
  titleText: string,
  opening: string,
  meeting: string | null,
  body: string,
  speaker: string,
): Place | null {
  if (
    /全国人民代表大会|国务院/.test(titleText + (meeting ?? "")) ||
    /总理$/.test(speaker) ||
    /代表国务院/.test(opening)
  )
    return NATIONAL;
  const fromMeeting = meeting
    ? new RegExp(`^([\\u4e00-\\u9fa5]{1,12}?${PLACE_SUFFIX})第?[一二三四五六七八九十]+届`).exec(meeting)?.[1]
    : undefined;
  const found = fromMeeting ?? GOVERNMENT.exec(titleText)?.[1] ?? GOVERNMENT.exec(opening)?.[1];
  const named = found ? innermostPlace(found.replace(/^.*(?:在|会议上|代表)/, "")) : null;
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
 * self-reference (全省, 全州, 本市, 县委; a news story's 该县 …).
 */
export function selfLevel(body: string): ReportLevel | null {
  const speaking = /代表([省市区县州盟旗])(?:人民)?政府/.exec(body);
  if (speaking) return LEVEL_OF_CHAR[speaking[1]!]!;
  const counts = new Map<ReportLevel, number>();
  for (const match of body.matchAll(/(?:全|我|本|该)([省市区县州盟旗])(?!域)|([省市区县州盟旗])(?:委|政府)/g)) {
    const level = LEVEL_OF_CHAR[(match[1] ?? match[2])!]!;
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  let best: ReportLevel | null = null;
  for (const [level, count] of counts) if (!best || count > counts.get(best)!) best = level;
  return best;
}

/**
 * Without a title block: the place the text names most often, in full (甘孜藏族自治州, 莒县) or short (甘孜, 青岛),
 * among the places of the level the text speaks as (全州, 本市, 县委 …). A name said once will do when no other
 * place of that level is named; a short form shared by several places (新华区) needs the place above it named too.
 * National reports speak of 国内生产总值 and 全国.
 */
function namedInText(wholeBody: string, levelHint: ReportLevel | null): Place | null {
  // The first 20,000 characters say who speaks as surely as the whole and cost less to read.
  const body = wholeBody.length > 20_000 ? wholeBody.slice(0, 20_000) : wholeBody;
  const level = levelHint ?? selfLevel(body);
  if (level === "national" || (/国内生产总值/.test(body) && !/地区生产总值/.test(body) && /全国|我国/.test(body)))
    return NATIONAL;
  // Place names are counted in the first 10,000 characters: the headline, the lead and the review name the place.
  const found = mentions(body.length > 10_000 ? body.slice(0, 10_000) : body);
  const speaks = (place: Place) =>
    !level ||
    place.level === level ||
    (level === "district" && place.level === "autonomous_region") ||
    (level === "city" && place.level === "municipality");
  const scores = new Map<string, { place: GazetteerPlace; score: number; first: number }>();
  const renamed = new Map<string, GazetteerPlace | null>();
  for (const { place: named, at, full } of found) {
    const place = speaks(named) ? named : level === "county" ? formerCounty(named, body, renamed) : null;
    if (!place) continue;
    const entry = scores.get(place.code);
    const weight = full ? 3 : 1;
    if (entry) entry.score += weight;
    else scores.set(place.code, { place, score: weight, first: at });
  }
  const named = found.map((m) => m.place);
  // A city report names its counties and districts; the place above several named places speaks for them.
  for (const entry of scores.values()) {
    const below = new Set(
      named.filter((place) => place !== entry.place && within(place, entry.place)).map((p) => p.code),
    );
    if (below.size >= 2) entry.score += 2 * below.size;
  }
  const candidates = [...scores.values()].filter(({ place }) => {
    // 新华区 (three districts): kept only if the place above it is named too, and then only that one.
    const namesakes = [...scores.values()].filter((other) => other.place.name === place.name);
    return namesakes.length === 1 || named.some((above) => within(place, above));
  });
  candidates.sort((a, b) => b.score - a.score || a.first - b.first);
  const best = candidates[0];
  if (!best && level) {
    // 芗城区 named in full again and again while the text speaks of 全市: the place is named, the level misread.
    const strongest = [
      ...found
        .filter((m) => m.full)
        .reduce((counts, m) => counts.set(m.place, (counts.get(m.place) ?? 0) + 1), new Map<GazetteerPlace, number>()),
    ].sort((a, b) => b[1] - a[1]);
    if (strongest[0] && strongest[0][1] >= 3 && (!strongest[1] || strongest[1][1] < strongest[0][1]))
      return { name: strongest[0][0].name, level: strongest[0][0].level };
  }
  const enough = best && (best.score >= 2 || (level !== null && candidates.length === 1));
  if (
    best &&
    enough &&
    !(candidates[1] && candidates[1].score === best.score && candidates[1].place.name !== best.place.name)
  )
    return { name: best.place.name, level: best.place.level };
  return level && level !== "district" ? { name: null, level } : null;
}

/**
 * 清苑 is 清苑区 today, but a report of 2008 speaks as 全县 and calls it 清苑县: a district the text also names in
 * full as a county (县改区) is that county.
 */
function formerCounty(
  place: GazetteerPlace,
  body: string,
  seen: Map<string, GazetteerPlace | null>,
): GazetteerPlace | null {
  if (place.level !== "district") return null;
  if (seen.has(place.code)) return seen.get(place.code)!;
  const short = shortForms(place.name)[0];
  const county =
    short && body.includes(`${short}县`) ? { ...place, name: `${short}县`, level: "county" as const } : null;
  seen.set(place.code, county);
  return county;
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
