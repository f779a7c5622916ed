// Every province, city, prefecture, county, banner and district of China by name (the national statistics
// bureau's division codes, from the china-area-data package), with the short forms texts use for them: 甘孜 for
// 甘孜藏族自治州, 海拉尔 for 海拉尔区, 果洛州 for 果洛藏族自治州. Server-side only (the table is 116 KB).
import { createRequire } from "node:module";
import { levelOf, type Place } from "~/domain/report/places";

export interface GazetteerPlace extends Place {
  name: string;
  /** The division code (六位行政区划代码) and its parent's. */
  code: string;
  parent: string | null;
}

type Divisions = Record<string, Record<string, string>>;

/** Names in the table that are groupings, not places a report speaks for. */
const NOT_A_PLACE =
  /^(?:市辖区|[东西南北中新老]?城区|郊区|矿区|东区|西区|县|市中区|城中区|城关区|高新区|省直辖县级行政区划|自治区直辖县级行政区划)$|管委会|街道|镇$|园$|港$|新城$/;
const ETHNIC =
  "蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克|锡伯|达斡尔|鄂温克|鄂伦春|土家|布依|哈尼|景颇|傈僳|纳西|拉祜|仫佬|毛南|仡佬|独龙|撒拉|保安|东乡|裕固|普米|藏|彝|苗|侗|壮|回|傣|白|黎|瑶|羌|满|畲|水|佤|怒|土|京|朝鲜|各";
/**
 * Short forms that are everyday words of a plan (新建 for 新建区, 富裕 for 富裕县, 城东 for 城东区): a text that
 * uses them means the word; the place is counted only by its full name.
 */
const COMMON_WORD =
  /^(?:新建|改建|扩建|新兴|振兴|发展|开发|开放|创新|富裕|资源|平原|和平|平安|富民|兴业|东方|安宁|吉利|新民|青山|金山|银山|宝山|南山|东山|西山|北山|长安|光明|胜利|团结|友好|民主|前进|红旗|向阳|东风|新华|新城|高新|城关|市中|城中|[东西南北中]城|城[东西南北中]|[河江湖][东西南北]|[桥铁][东西])$/;
/** 黔东南苗族侗族自治州 → 黔东南, 漾濞彝族自治县 → 漾濞. */
const AUTONOMOUS = new RegExp(`^(.+?)(?:(?:${ETHNIC})族)+自治[州县旗]$`);

interface Table {
  byName: Map<string, GazetteerPlace[]>;
  byShort: Map<string, GazetteerPlace[]>;
  /** The first two characters of every name, as one number, with the lengths of the names that start with them. */
  prefixes: Map<number, number[]>;
  /** A table of the prefixes' keys folded to 16 bits: most pairs of characters of a text start no name. */
  mayStart: Uint8Array;
  /** Every division code to its parent's, groupings (市辖区) included. */
  parents: Map<string, string | null>;
}

let loaded: Table | null = null;

function load() {
  if (loaded) return loaded;
  const divisions = createRequire(import.meta.url)("china-area-data/data.json") as Divisions;
  const byName = new Map<string, GazetteerPlace[]>();
  const byShort = new Map<string, GazetteerPlace[]>();
  const parents = new Map<string, string | null>();
  const add = (map: Map<string, GazetteerPlace[]>, key: string, place: GazetteerPlace) => {
    const list = map.get(key);
    if (!list) map.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };
  for (const [parent, children] of Object.entries(divisions)) {
    for (const [code, name] of Object.entries(children)) {
      parents.set(code, parent === "86" ? null : parent);
      const level = levelOf(name);
      if (!level || NOT_A_PLACE.test(name)) continue;
      const place: GazetteerPlace = { name, level, code, parent: parent === "86" ? null : parent };
      add(byName, name, place);
      for (const short of shortForms(name)) add(byShort, short, place);
    }
  }
  const prefixes = new Map<number, number[]>();
  const keys = [...byShort.keys(), ...byName.keys()];
  for (const key of keys) {
    const prefix = prefixKey(key, 0);
    const lengths = prefixes.get(prefix) ?? [];
    if (!lengths.includes(key.length))
      prefixes.set(
        prefix,
        [...lengths, key.length].sort((a, b) => b - a),
      );
  }
  const mayStart = new Uint8Array(0x10000);
  for (const prefix of prefixes.keys()) mayStart[foldedKey(prefix)] = 1;
  loaded = { byName, byShort, prefixes, mayStart, parents };
  return loaded;
}

/**
 * The two characters at `at` as one number, as every name has two. It stays a small integer (a fast map key, not a
 * boxed number) by dropping the first character's top bits: two prefixes that share a key only add lengths to try,
 * and a length of the other prefix finds no name here.
 */
function prefixKey(text: string, at: number): number {
  return ((text.charCodeAt(at) & 0x3fff) << 16) | text.charCodeAt(at + 1);
}

/** A prefix's key in 16 bits, for the table that tells most pairs of characters apart before the map is asked. */
function foldedKey(key: number): number {
  return (key ^ (key >>> 13)) & 0xffff;
}

/** The ways a text shortens a place's name: without its suffix (海拉尔), and a prefecture as X州 (果洛州). */
export function shortForms(name: string): string[] {
  const autonomous = AUTONOMOUS.exec(name)?.[1];
  if (autonomous) return autonomous.length >= 2 ? [autonomous, ...(/州$/.test(name) ? [`${autonomous}州`] : [])] : [];
  const short = name.replace(/(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|地区|[省市区县旗盟州])$/, "");
  return short.length >= 2 && short !== name && !COMMON_WORD.test(short) ? [short] : [];
}

/** The places with this full name (新华区 is three districts). */
export function placesNamed(name: string): GazetteerPlace[] {
  return load().byName.get(name) ?? [];
}

/** The places a short form stands for (甘孜 → 甘孜藏族自治州, 甘孜县). */
export function placesShortened(short: string): GazetteerPlace[] {
  return load().byShort.get(short) ?? [];
}

export interface Mention {
  place: GazetteerPlace;
  at: number;
  /** Written in full (海拉尔区), not shortened (海拉尔). */
  full: boolean;
}

/**
 * Every place name in the text, full or short, longest first at each position (海拉尔区 over 海拉尔); a short
 * form only where no other Han character goes on the same name (青岛市 is counted as 青岛市, not also as 青岛).
 */
export function mentions(text: string): Mention[] {
  const { byName, byShort, prefixes, mayStart } = load();
  const found: Mention[] = [];
  let chainEnd = -1;
  for (let i = 0; i + 1 < text.length; i++) {
    const key = prefixKey(text, i);
    if (mayStart[foldedKey(key)] === 0) continue;
    const lengths = prefixes.get(key);
    if (lengths === undefined) continue;
    let bounded: boolean | undefined;
    let matched = 0;
    for (const length of lengths) {
      if (matched || i + length > text.length) continue;
      const word = text.slice(i, i + length);
      const named = byName.get(word);
      const shortened = byShort.get(word);
      if (!named && !shortened) continue;
      // 呼应城市快速路, 沿海城市带: a name ending on the noun 城市 (应城市, 海城市) inside a word, the noun's own compound
      // after it, is that noun (赴盐城市考察 names 盐城市).
      if (
        named &&
        word.endsWith("城市") &&
        !cityNounBounded(text, i, chainEnd) &&
        CITY_COMPOUND.test(text.slice(i + length, i + length + 3))
      )
        break;
      bounded ??= startsBounded(text, i, chainEnd);
      const full = bounded || (length >= 3 && !/^[东西南北中新老]/.test(word)) ? named : undefined;
      const short = full || !bounded || /\d/.test(text[i + length] ?? "") ? undefined : shortened;
      for (const place of full ?? short ?? []) found.push({ place, at: i, full: Boolean(full) });
      if (full || short) matched = length;
    }
    if (matched) {
      chainEnd = i + matched;
      i += matched - 1;
    }
  }
  return found;
}

/**
 * 教育资源, 幸福清徐: a short name inside a word is not a mention (a full name is: 实施方正县第三小学…); after a verb or
 * a praise word it is (打造甘孜标准, 美丽磴口); 四川甘孜, 长春市绿园区 chain places.
 */
function startsBounded(text: string, at: number, chainEnd: number): boolean {
  return (
    at === 0 || at === chainEnd || BOUNDARY.test(text[at - 1]!) || AFTER_WORD.test(text.slice(Math.max(0, at - 3), at))
  );
}

/**
 * Before a name that ends on 城市: only what cannot join the characters before it into a word (not a Han
 * character, a chain, a preposition or conjunction, a verb taking a place) — 新兴城市 and 全面城市… are not places.
 */
function cityNounBounded(text: string, at: number, chainEnd: number): boolean {
  return (
    at === 0 ||
    at === chainEnd ||
    /[^\u4e00-\u9fa5]|[在和与及对把将向到至从于同]/.test(text[at - 1]!) ||
    AFTER_WORD.test(text.slice(Math.max(0, at - 3), at))
  );
}

/** What follows the noun 城市 in its compounds (城市群, 城市快速路, 城市更新, 城市的). */
const CITY_COMPOUND =
  /^(?:群|带|圈|化|快速|道路|建设|更新|功能|品质|管理|规划|形象|环境|发展|治理|设计|综合|经济|基础|面貌|空间|公共|生活|中心|副中心|之间|的|和|、|，|。)/;

/** Verbs and praise words that take a place as their object (打造甘孜…, 谱写磴口新篇章, 美丽青浦). */
const AFTER_WORD =
  /(?:打造|建设|谱写|推动|推进|助力|服务|促进|加快|提升|擦亮|唱响|叫响|奋力|支持|带动|繁荣|美丽|幸福|魅力|大美|活力|生态|文明|宜居|实力|开放|现代化|因为|作为|—)$/;
/** What may stand right before a place name: not a Han character, or a word that ends a phrase. */
const BOUNDARY = /[^\u4e00-\u9fa5]|[是在和与及对为把将向了的年省市区县州盟旗新到至从于让使给同共就都也还又被经全我本]/;

/** Whether `child` lies inside `ancestor` (绿园区 inside 长春市 inside 吉林省). */
export function within(child: GazetteerPlace, ancestor: GazetteerPlace): boolean {
  const { parents } = load();
  for (let code = child.parent; code; code = parents.get(code) ?? null) if (code === ancestor.code) return true;
  return false;
}
