// A short sector label from a fixed vocabulary shared across reports: first from what a clause or its sentence
// is about (专精特新企业 → 科技创新, 地区生产总值 → 经济发展), else from the headings above it
// ("努力让社会保障更暖心" → 社会保障). The names are the vocabulary of ~/domain/vocab (SECTOR_IDS).
import type { SectorName } from "~/domain/vocab";
import { leadingChars } from "~/domain/text/char-set";

const SECTORS: Array<[SectorName, RegExp]> = [
  ["政府建设", /政府|法治|廉洁|作风|忠诚|勤政|依法行政|担当/],
  ["社会保障", /就业|社会保障|社保|养老|救助|低保|托育|兜底|住房保障|社会帮扶/],
  ["教育", /教育|学校|学在|办学/],
  ["卫生健康", /医疗|卫生|健康|医药|医院/],
  ["文化体育", /文化|文体|体育|旅游|文旅|全民健身/],
  ["乡村振兴", /乡村|农业|农村|三农|农民/],
  // 创新生态, 营商环境, 产业生态: an ecosystem of something else, not the environment.
  [
    "生态环境",
    /(?<!创新|科创|产业|营商|人才|政治|数字|金融|开放|发展|服务|政务|法治|消费|投资)(?:生态|环境)|绿色|低碳|环保|污染|双碳|蓝天|碧水|净土/,
  ],
  ["安全稳定", /安全|平安|稳定|风险|应急|疫情|防控|底线/],
  ["社会治理", /治理|治善治|社会管理|基层|网格/],
  ["城市建设", /城市|城建|更新|交通|基础设施|片区|宜居|承载|配套设施|城乡/],
  ["科技创新", /科技|科创|创新|研发|人才/],
  ["改革开放", /改革|开放|招商|外贸|营商环境|开发区|协同发展|金融/],
  ["产业发展", /产业|工业|制造|服务业|数字经济|园区|企业|项目|楼宇|总部经济/],
  ["经济发展", /经济|增长|投资|消费|内需|发展动能|综合实力/],
  ["民生", /民生|福祉|幸福|公共服务|群众生活|共同富裕/],
];

/** The first sector whose words appear in the nearest heading, then in the headings above it. */
export function sectorOf(headings: string[]): SectorName | null {
  for (const heading of headings) {
    const text = heading.replace(
      /^(?:[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|——)/,
      "",
    );
    for (const [sector, words] of SECTORS) if (words.test(text)) return sector;
  }
  return null;
}

/**
 * What a clause or sentence is about, most specific first: energy per unit of GDP is the environment, R&D
 * spending per GDP is innovation, GDP itself the economy. Foreign trade, investment promotion and the reform of
 * government services are 改革开放; rural roads are transport (城市建设); pensions, aid and medical insurance
 * are 社会保障 before hospitals are 卫生健康.
 */
const CLAUSE_SECTORS: Array<[SectorName, RegExp]> = [
  [
    "生态环境",
    /能耗|碳排放|降碳|减排|超低排放|零碳|双碳|空气质量|水环境|环境质量|优良天数|PM2\.?5|PM10|颗粒物|水质|断面|污水|雨污|黑臭|污染|生态修复|造林|植树|森林覆盖|绿化覆盖|湿地|河湖|垃圾|分类亭|中转站|固废|环保|节能|扬尘|河湖长|两山/,
  ],
  ["安全稳定", /安全生产|生产安全|事故|消防|应急|防汛|地质灾害|食品安全|药品安全|信访|矛盾纠纷|风险隐患/],
  ["经济发展", /全省前|全国百强|百强[区县市]|综合实力|经济普查|专项债|促消费|限额以上|贷款投放/],
  ["产业发展", /上市|挂牌|登陆|北交所|股权交易|会展|批发市场|商业街|步行街|夜间经济|技改/],
  [
    "改革开放",
    /外贸|进出口|外资|招商|招引|引进[^，]{0,12}项目|到位资金|营商环境|政务服务|一网通办|审批|自贸|跨境|口岸|市场主体/,
  ],
  [
    "科技创新",
    /研发|专精特新|高新技术|科技|专利|孵化|众创|概念验证|中试|实验室|工程技术研究|创新平台|创新中心|瞪羚|独角兽|院士|技术合同|成果转化|人才|毕业生|技术创新|校城融合/,
  ],
  [
    "经济发展",
    /生产总值|GDP|一般公共预算|财政收入|税收收入|固定资产投资|社会消费品零售|居民消费价格|经济总量|经济增长/,
  ],
  [
    "社会保障",
    /就业|创业|养老|托育|低保|救助|社保|社会保险|医保|医疗保险|报销|医养结合|护理床位|残疾|保障性住房|保障房|公租房|困难群众|退役军人/,
  ],
  ["教育", /学校|学位|幼儿园|小学|中学|高中|初中|教师|教育|校舍|职业院校|高校|大学/],
  ["卫生健康", /医院|卫生院|卫生室|医疗|健康|疾控|床位|医生|公共卫生|中医|诊疗/],
  ["文化体育", /文化|体育|旅游|文旅|景区|博物馆|图书馆|健身|赛事|演出|非遗|游客|运动会|艺术节/],
  ["城市建设", /道路|公路|桥|隧道|地铁|轨道|公交|停车|城市更新|交通|高速|铁路|机场|港口/],
  ["乡村振兴", /农业|农村|乡村|粮食|高标准农田|耕地|种植|养殖|畜牧|农民|村集体|示范村|试点村|渔业|农产品|合作社|脱贫/],
  ["改革开放", /出口|开放|改革/],
  ["城市建设", /管网|供热|供暖|供水|燃气|老旧小区|城中村|棚户区|公园|绿道|背街小巷|充电|基站|路网|片区|开工面积/],
  ["产业发展", /产业|工业|制造|企业|园区|产值|营业收入|数字经济|服务业|商贸|电商|总部|楼宇|金融/],
  ["民生", /可支配收入|居民收入|民生实事|惠民/],
  ["社会治理", /社区|网格|基层治理|物业|志愿服务|社会组织|一网统管/],
  ["政府建设", /行政|法治政府|政府/],
];

/**
 * startsOf[code] has bit i set when a word of CLAUSE_SECTORS[i] starts with that character: one look at each
 * character of a text tells which sectors' words it may hold, and only their patterns are tried, still in order.
 */
const CLAUSE_SECTOR_STARTS = startsTable(CLAUSE_SECTORS.map(([, words]) => words));

function startsTable(patterns: RegExp[]): Uint32Array {
  if (patterns.length > 32) throw new Error("at most 32 patterns share one table of leading characters");
  const table = new Uint32Array(0x10000);
  patterns.forEach((pattern, i) => {
    for (const char of leadingChars(pattern)) table[char.charCodeAt(0)]! |= 1 << i;
  });
  return table;
}

/** The clause sectors (as bits) whose words may occur in the text. */
function possibleSectors(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= CLAUSE_SECTOR_STARTS[text.charCodeAt(i)]!;
  return bits;
}

/** Words that only say a promise is a project or an investment: they decide when nothing more specific does. */
const WEAK: Array<[SectorName, RegExp]> = [["产业发展", /项目|投资|消费/]];

/**
 * The sector a clause or sentence names by its own words, or null when it names none; `weak` also takes the
 * words that only say "a project" or "an investment".
 */
export function sectorOfText(text: string, weak = true): SectorName | null {
  const possible = possibleSectors(text);
  for (let i = 0; i < CLAUSE_SECTORS.length; i++) {
    const [sector, words] = CLAUSE_SECTORS[i]!;
    if ((possible & (1 << i)) !== 0 && words.test(text)) return sector;
  }
  return weak ? weakSectorOf(text) : null;
}

/** The sector of the words that only say "a project" or "an investment", or null. */
export function weakSectorOf(text: string): SectorName | null {
  for (const [sector, words] of WEAK) if (words.test(text)) return sector;
  return null;
}
