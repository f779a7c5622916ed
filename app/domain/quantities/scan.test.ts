import { describe, expect, it } from "vitest";
import { scanQuantities } from "~/domain/quantities/scan";

const read = (text: string) =>
  scanQuantities(text).map((q) => ({
    text: text.slice(q.start, q.end),
    value: q.value,
    upper: q.upper,
    unit: q.unit,
    comparator: q.comparator,
    growth: q.growth,
    decrease: q.decrease,
  }));

describe("scanQuantities", () => {
  it("reads digits with thousands separators and a decimal part, and stops where the written number stops", () => {
    const numbers = (text: string) => scanQuantities(text).map((q) => [text.slice(q.start, q.numberEnd), q.value]);
    expect(numbers("完成投资1,234,567.89亿元以上")).toEqual([["1,234,567.89", 1234567.89]]);
    expect(numbers("新增就业12,345人，增长0.5%")).toEqual([
      ["12,345", 12345],
      ["0.5", 0.5],
    ]);
    // A separator not followed by three digits, a point not followed by a digit, a second point: the number ends.
    expect(numbers("达到1,2345万元")).toEqual([
      ["1,234", 1234],
      ["5", 5],
    ]);
    expect(numbers("增长9.%")).toEqual([["9", 9]]);
    expect(numbers("2.5.3亿元")).toEqual([["2.5", 2.5]]);
  });

  it("reads a rate named after the number (实现6%以上的增幅) as growth", () => {
    expect(read("实现6%以上的增幅")[0]).toMatchObject({ value: 6, comparator: ">=", growth: true });
    expect(read("能耗实现3%的降幅")[0]).toMatchObject({ value: 3, growth: true });
    expect(read("覆盖率达到95%的乡镇")[0]).toMatchObject({ value: 95, growth: false });
  });

  it("reads a rate named before the number, with words that hold or aim in between, as growth", () => {
    expect(read("蔬菜零售价涨幅控制在4%以内")[0]).toMatchObject({ value: 4, comparator: "<=", growth: true });
    expect(read("商品零售价格指数控制在2.5%以内")[0]).toMatchObject({ value: 2.5, comparator: "<=", growth: true });
    expect(read("商品零售价格指数控制在103%左右")[0]).toMatchObject({ value: 103, growth: false });
    expect(read("规上工业企业增长率保持在12%以上")[0]).toMatchObject({ comparator: ">=", growth: true });
    expect(read("出口额增速要高于25%")[0]).toMatchObject({ value: 25, comparator: ">=", growth: true });
    expect(read("存款余额增长目标拟定为9%左右")[0]).toMatchObject({ value: 9, growth: true });
    expect(read("公交票价上涨2%")[0]).toMatchObject({ growth: true, decrease: false });
    expect(read("会议费压减超20%")[0]).toMatchObject({ comparator: ">=", growth: true });
    expect(read("按不低于8%的幅度压减差旅费")[0]).toMatchObject({ value: 8, growth: true });
    // A level reached and a share of a rated thing stay levels.
    expect(read("增长率提高到60%")[0]).toMatchObject({ growth: false });
    expect(read("涨幅较大的品种占比降到10%")[0]).toMatchObject({ growth: false });
  });

  it("reads a bare 万 before a kind of household as households (万户)", () => {
    expect(read("为3.6万农户发放补贴")[0]).toMatchObject({ value: 3.6, unit: "万户" });
    expect(read("帮扶1.1万脱贫户稳定增收")[0]).toMatchObject({ unit: "万户" });
    expect(read("惠及2万农村人口")[0]).toMatchObject({ unit: "万人" });
  });

  it("counts a numeral after 各, one included (小学和幼儿园各一所)", () => {
    expect(read("新建文化广场和体育公园各一处")[0]).toMatchObject({ value: 1, unit: "处" });
    expect(read("东西两区各两个")[0]).toMatchObject({ value: 2, unit: "个" });
    expect(read("各方面")).toEqual([]);
  });

  it("counts a small number in words just after the verb that makes the things counted", () => {
    expect(read("完成老城区三处易涝点改造")[0]).toMatchObject({ value: 3, unit: "处" });
    expect(read("新建一个污水站、一个垃圾站")).toHaveLength(2);
    expect(read("建成东环路等五条道路及两座人行天桥")).toMatchObject([
      { value: 5, unit: "条" },
      { value: 2, unit: "座" },
    ]);
    expect(read("建设一个服务型政府")).toEqual([]);
    expect(read("坚持两个毫不动摇")).toEqual([]);
  });

  it("shares a comparator said once after values listed together, whatever their units", () => {
    expect(read("油料面积、产量保持在8万亩、2万吨以上").map((q) => q.comparator)).toEqual([">=", ">="]);
    expect(read("新建道路3公里、绿地5万平方米左右").map((q) => q.comparator)).toEqual([null, "~"]);
  });

  it("does not count the parts of one quoted slogan", () => {
    expect(read("牢固树立“为民、务实、清廉”三种作风")).toEqual([]);
    expect(read("建成东湖、西湖两个公园")[0]).toMatchObject({ value: 2, unit: "个" });
  });

  it("never reads a year glued to a name that starts with a measure word as a count", () => {
    expect(read("The 2023台州 plan lists")).toEqual([]);
    expect(read("2021条山街道工作要点")).toEqual([]);
    expect(read("(2019个旧 review)")).toEqual([]);
    expect(read("今年新建2000个充电桩")[0]).toMatchObject({ value: 2000, unit: "个" });
    expect(read("，2000台设备投入使用")[0]).toMatchObject({ value: 2000, unit: "台" });
  });

  it("counts a small number of events said in words after the verb that holds them", () => {
    expect(read("组织开展夏秋季两次防汛演练")[0]).toMatchObject({ value: 2, unit: "次" });
    expect(read("举办三场招聘会")[0]).toMatchObject({ value: 3, unit: "场" });
    expect(read("开展三项行动")).toEqual([]);
  });

  it("reads comparators before and after the number", () => {
    expect(read("新增城镇就业1.3万人以上")[0]).toMatchObject({ value: 1.3, unit: "万人", comparator: ">=" });
    expect(read("固定资产投资增长6%左右")[0]).toMatchObject({ value: 6, comparator: "~", growth: true });
    expect(read("城镇调查失业率控制在5.5%以内")[0]).toMatchObject({ comparator: "<=" });
    expect(read("股权投资本土优质企业不低于8家")[0]).toMatchObject({ value: 8, comparator: ">=" });
    expect(read("新增廉租房货币补贴不少于200户")[0]).toMatchObject({ comparator: ">=" });
    expect(read("基金管理规模突破1000亿元")[0]).toMatchObject({ comparator: ">=" });
    expect(read("年内入园企业数量超过100家")[0]).toMatchObject({ comparator: ">=" });
    expect(read("一般性支出不超过3亿元")[0]).toMatchObject({ comparator: "<=" });
    expect(read("3个工作日内办结")[0]).toMatchObject({ unit: "个工作日", comparator: "<=" });
    expect(read("科技型中小企业总数达到170家")[0]).toMatchObject({ comparator: null });
    expect(read("新增家庭医生签约2万人")[0]).toMatchObject({ comparator: null });
    expect(read("发放补贴约3亿元")[0]).toMatchObject({ comparator: "~" });
    expect(read("至少新建3所学校")[0]).toMatchObject({ comparator: ">=" });
  });

  it("marks growth rates, also after 不低于 and across a list, but not a level reached", () => {
    expect(read("地区生产总值增长5.5%以上")[0].growth).toBe(true);
    expect(read("一般公共预算收入增长不低于5%")[0]).toMatchObject({ growth: true, comparator: ">=" });
    expect(read("企业类市场主体增速达到10%以上")[0].growth).toBe(true);
    expect(read("综合审批时限再压减30%以上")[0].growth).toBe(true);
    expect(read("第三产业比重提升5.43个百分点")[0]).toMatchObject({ unit: "个百分点", growth: false });
    expect(read("分别增长28.2%、24.6%").map((q) => q.growth)).toEqual([true, true]);
    expect(read("报销比例提高到60%")[0].growth).toBe(false);
    expect(read("空气质量优良天数增加10天")[0].growth).toBe(false);
  });

  it("shares a trailing comparator across values listed straight after one another, not across items", () => {
    expect(read("分别达到50家、100家以上").map((q) => q.comparator)).toEqual([">=", ">="]);
    expect(read("地区生产总值、一般公共预算收入分别增长6%、5%左右").map((q) => [q.comparator, q.growth])).toEqual([
      ["~", true],
      ["~", true],
    ]);
    expect(read("力争新增省级以上研发平台5家、高新技术企业30家以上").map((q) => q.comparator)).toEqual([null, ">="]);
  });

  it("reads ranges as their lower end, with 'at least'", () => {
    expect(
      read("每条产业链精准确定2—3家链主企业、3—5家骨干企业").map((q) => [q.value, q.upper, q.unit, q.comparator]),
    ).toEqual([
      [2, 3, "家", ">="],
      [3, 5, "家", ">="],
    ]);
    expect(read("新增高新技术企业2-3家")[0]).toMatchObject({ value: 2, upper: 3 });
  });

  it("reads Chinese numerals that state quantities and skips those inside words", () => {
    expect(read("城镇新增就业一万人以上")[0]).toMatchObject({ value: 1, unit: "万人", comparator: ">=" });
    expect(read("开展职业技能培训三千人次")[0]).toMatchObject({ value: 3000, unit: "人次" });
    expect(read("新增示范村十三个")[0]).toMatchObject({ value: 13, unit: "个" });
    expect(read("新建两所学校")[0]).toMatchObject({ value: 2, unit: "所" });
    expect(read("实施西关、北关两个片区改造")[0]).toMatchObject({ value: 2, unit: "个" });
    expect(read("力争节能率达到百分之五")[0]).toMatchObject({ value: 5, unit: "%" });
    expect(read("加快实现地区生产总值和工业产值破千亿")[0]).toMatchObject({
      value: 1000,
      unit: "亿",
      comparator: ">=",
    });
    expect(read("千方百计，培育一批企业，百名专家，“十四五”，一是，三年行动，两条连接线")).toEqual([]);
    expect(read("培养百名骨干教师")[0]).toMatchObject({ value: 100, unit: "名" });
    expect(read("有序开展千场惠民演出")[0]).toMatchObject({ value: 1000, unit: "场" });
    expect(read("经济总量实现千亿规模")[0]).toMatchObject({ value: 1000, unit: "亿" });
    expect(read("走进千家万户，开展百日攻坚，建设千年古城")).toEqual([]);
  });

  it("reads shares of a change, zero growth and doubling said in words", () => {
    expect(read("行政审批事项再减少三分之一")[0]).toMatchObject({ value: 33.3, unit: "%", growth: true });
    expect(read("会议费用压减一半")[0]).toMatchObject({ value: 50, unit: "%", growth: true });
    expect(read("审批事项比上年减少1/4以上")[0]).toMatchObject({
      value: 25,
      unit: "%",
      growth: true,
      comparator: ">=",
    });
    expect(read("第1/2页").filter((q) => q.unit === "%")).toEqual([]);
    expect(read("城区燃煤消费零增长")[0]).toMatchObject({ value: 0, unit: "%", comparator: "<=", growth: true });
    expect(read("十年内居民收入翻一番")[0]).toMatchObject({ value: 2, unit: "倍", growth: false });
    expect(read("三分之一的村，一半以上的企业")).toEqual([]);
  });

  it("counts people when a bare 万 or 亿 stands before a word for them", () => {
    expect(read("帮助3000万城乡居民人口改善住房")[0]).toMatchObject({ value: 3000, unit: "万人" });
    expect(read("引导约2亿农业转移人口就业")[0]).toMatchObject({ value: 2, unit: "亿人", comparator: "~" });
  });

  it("reads small counts after a list joined by 和 or at the end of a clause of making, and round levels held", () => {
    expect(read("建成南湖和北湖两个湿地公园")[0]).toMatchObject({ value: 2, unit: "个" });
    expect(read("年内新建公交站台三座")[0]).toMatchObject({ value: 3, unit: "座" });
    expect(read("蔬菜产量稳定在百万吨以上")[0]).toMatchObject({ value: 100, unit: "万吨", comparator: ">=" });
    expect(read("推进两岸交流")).toEqual([]);
  });

  it("reads 逾 as more than", () => {
    expect(read("投资逾3亿元")[0]).toMatchObject({ value: 3, unit: "亿元", comparator: ">=" });
  });

  it("reads full-width text once folded, 余 as more than, and Roman water classes", () => {
    expect(read("为3万余名困难群众")[0]).toMatchObject({ value: 3, unit: "万名", comparator: ">=" });
    expect(read("主要河流断面稳定达到Ⅳ类水体标准")[0]).toMatchObject({ value: 4, unit: "类" });
    expect(read("PM2.5和5G基站300个").map((q) => q.value)).toEqual([300]);
    expect(read("“2+4”产业").map((q) => q.value)).toEqual([]);
  });

  it("reads a range of rates written with % twice as its lower end, at least", () => {
    expect(read("投资增长6%－8%")).toMatchObject([{ value: 6, upper: 8, unit: "%", comparator: ">=", growth: true }]);
    expect(read("排放总量减少5%至7%")).toMatchObject([{ value: 5, upper: 7, growth: true }]);
  });

  it("reads 负增长 as at most 0 %, and a share 以上 whatever the verb", () => {
    expect(read("行政支出安排负增长")).toMatchObject([{ value: 0, unit: "%", comparator: "<=", growth: true }]);
    expect(read("欠款清偿一半以上")).toMatchObject([{ value: 50, unit: "%", comparator: ">=" }]);
    expect(read("一半以上的企业")).toEqual([]);
  });

  it("reads 分钱 and 毛钱 as units, and people counted before 人员", () => {
    expect(read("每斤提高2分钱")[0]).toMatchObject({ value: 2, unit: "分钱" });
    expect(read("每斤提高1毛钱")[0]).toMatchObject({ value: 1, unit: "毛钱" });
    expect(read("将5万“失地”人员纳入保障")[0]).toMatchObject({ value: 5, unit: "万人" });
  });

  it("reads a length in years (a decimal, or after 年限), never a calendar year", () => {
    expect(read("人均受教育年限提高到11.2年")[0]).toMatchObject({ value: 11.2, unit: "年" });
    expect(read("义务教育年限延长到12年")[0]).toMatchObject({ value: 12, unit: "年" });
    expect(read("到2027年建成")[0].unit).toBe("");
  });
});
