// A short sector label for a heading ("努力让社会保障更暖心" → 社会保障), from a fixed vocabulary shared across reports.

const SECTORS: Array<[string, RegExp]> = [
  ["政府建设", /政府|法治|廉洁|作风|忠诚|勤政|依法行政|担当/],
  ["社会保障", /就业|社会保障|社保|养老|救助|低保|托育|兜底|住房保障|社会帮扶/],
  ["教育", /教育|学校|学在|办学/],
  ["卫生健康", /医疗|卫生|健康|医药|医院/],
  ["文化体育", /文化|文体|体育|旅游|文旅|全民健身/],
  ["乡村振兴", /乡村|农业|农村|三农|农民/],
  ["生态环境", /生态|环境|绿色|低碳|环保|污染|双碳|蓝天|碧水|净土/],
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
export function sectorOf(headings: string[]): string | null {
  for (const heading of headings) {
    const text = heading.replace(
      /^(?:[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|——)/,
      "",
    );
    for (const [sector, words] of SECTORS) if (words.test(text)) return sector;
  }
  return null;
}
