// Place names of Chinese government and their level: the State Council, provinces and autonomous regions,
// municipalities, cities, prefectures (州, 盟, 地区), counties, banners (旗) and districts.

export const REPORT_LEVELS = [
  "national",
  "province",
  "autonomous_region",
  "municipality",
  "city",
  "prefecture",
  "county",
  "banner",
  "district",
] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

export interface Place {
  /** Null when only the level is known (全州, 本市 without the place's name). */
  name: string | null;
  level: ReportLevel;
}

export const NATIONAL: Place = { name: "国务院", level: "national" };

/** The provincial level is a closed list (the 34 names are geography, not labels). Short forms map to the full name. */
const PROVINCES =
  "河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾";
const AUTONOMOUS_REGIONS: Array<[string, string]> = [
  ["内蒙古", "内蒙古自治区"],
  ["广西", "广西壮族自治区"],
  ["西藏", "西藏自治区"],
  ["宁夏", "宁夏回族自治区"],
  ["新疆", "新疆维吾尔自治区"],
];
const MUNICIPALITIES = "北京 天津 上海 重庆";

/** Short form (山西, 内蒙古, 上海) → the provincial-level place. */
export const PROVINCIAL: ReadonlyMap<string, Place> = new Map<string, Place>([
  ...PROVINCES.split(" ").map((short): [string, Place] => [short, { name: `${short}省`, level: "province" }]),
  ...AUTONOMOUS_REGIONS.map(([short, name]): [string, Place] => [short, { name, level: "autonomous_region" }]),
  ...MUNICIPALITIES.split(" ").map((short): [string, Place] => [short, { name: `${short}市`, level: "municipality" }]),
]);

const PROVINCIAL_FULL: ReadonlyMap<string, Place> = new Map([...PROVINCIAL.values()].map((p) => [p.name!, p]));

/** The administrative suffixes, longest first; 州 only where it ends the name (not 郑州市, 杭州区). */
const SUFFIX =
  "维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|自治州|自治县|自治旗|地区|省|市|盟|州(?![市区县])|县|旗|区";
/** One component of a place chain (山东省|淄博市|张店区, 甘孜藏族自治州). */
export const PLACE_COMPONENT = new RegExp(`[\\u4e00-\\u9fa5]+?(?:${SUFFIX})`, "g");

/** Words that end like a place but name a kind of area (开发区, 城区, 景区, 全市 …). */
const GENERIC_PLACE =
  /(?:开发|高新|示范|集聚|功能|化工|经开|试验|先行|保护|核心|保税|自贸|商务|风景|旅游|产业|生态|行政|园|片|社|小|景|街|辖|强)[区县市州]$|(?:棚户|滩|灌|库|矿|牧|园|片|社|景|校|厂|镇|村)区$|^(?:主|中心|老)?城区$|^[全本我该各外跨市县省郊山牧林农园片社小新老景辖城都超楼股镇乡]{1,2}(?:区|县|市|省|州|旗|盟)$/;
const NOT_A_NAME =
  /[我和的在对与及向为将把是了等个年万亿元]|全[省市区县州盟旗]$|代表|政府|人民|工作|会议|全面|建设|完成|新增|聚焦|建立|实现|推动|推进|加快|打造|启动|竣工|投用|开展|做|委|支持|加强|特色|城市$|都市$|(?:发达|贫困|边远|偏远|农村|城镇|重点|其他|部分|相关|周边)地区$/;

/** The level a full place name has by its suffix (and the closed provincial list). */
export function levelOf(name: string): ReportLevel | null {
  const provincial = PROVINCIAL_FULL.get(name);
  if (provincial) return provincial.level;
  if (/自治区$/.test(name)) return "autonomous_region";
  if (/省$/.test(name)) return "province";
  if (/(?:自治州|州|盟|地区)$/.test(name)) return "prefecture";
  if (/市$/.test(name)) return "city";
  if (/(?:自治县|县)$/.test(name)) return "county";
  if (/旗$/.test(name)) return "banner";
  if (/区$/.test(name)) return "district";
  return null;
}

/** A name that is a place of its own, not a kind of area or a phrase ending in 区/市. */
export function isPlaceName(name: string): boolean {
  if (PROVINCIAL_FULL.has(name)) return true;
  const head = name.replace(new RegExp(`(?:${SUFFIX})$`), "");
  return head.length >= 1 && name.length <= 12 && !GENERIC_PLACE.test(name) && !NOT_A_NAME.test(name);
}

/** The components of a place chain: 山东省淄博市张店区 → 山东省, 淄博市, 张店区. */
export function placeChain(text: string): Array<Place & { name: string }> {
  const places: Array<Place & { name: string }> = [];
  let at = 0;
  PLACE_COMPONENT.lastIndex = 0;
  for (const match of text.matchAll(PLACE_COMPONENT)) {
    if (match.index !== at) break;
    const level = levelOf(match[0]);
    if (!level) break;
    places.push({ name: match[0], level });
    at = match.index + match[0].length;
  }
  return at === text.length ? places : [];
}

/** The place that gives a report named by a chain: its innermost component (山东省淄博市张店区 → 张店区). */
export function innermostPlace(chain: string): Place | null {
  const places = placeChain(chain);
  const place = places.at(-1);
  if (place) return isPlaceName(place.name!) ? place : null;
  const level = levelOf(chain);
  return level && isPlaceName(chain) ? { name: chain, level } : null;
}
