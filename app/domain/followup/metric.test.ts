import { describe, expect, it } from "vitest";
import { direction, metricSimilarity, normaliseMetric } from "~/domain/followup/metric";

describe("metric similarity", () => {
  it("does not read a facility or area of its own (…服务中心, …示范区) as the thing whose characters it holds in order", () => {
    expect(metricSimilarity("示范村", "示范性村级综合文化服务中心")).toBeLessThan(0.6);
    expect(metricSimilarity("示范村", "全部示范村")).toBeGreaterThanOrEqual(0.75);
    expect(metricSimilarity("乡村振兴示范区", "市级乡村振兴示范区")).toBeGreaterThanOrEqual(0.75);
  });

  it("reads 省市 as a level: a county's own list is not the province's and city's", () => {
    expect(metricSimilarity("县级重点建设项目", "省市重点建设项目")).toBe(0);
    expect(metricSimilarity("省市重点建设项目", "省市重点建设项目")).toBeGreaterThan(0.9);
  });

  it("never takes one group of residents (城镇居民, 农村居民) for all residents", () => {
    expect(metricSimilarity("居民人均消费支出", "农村居民人均消费支出")).toBe(0);
    expect(metricSimilarity("城镇居民人均消费支出", "居民人均消费支出")).toBe(0);
    expect(metricSimilarity("全体居民人均消费支出", "居民人均消费支出")).toBeGreaterThanOrEqual(0.8);
  });

  it("survives rewording: 新增城镇就业 / 城镇新增就业 / 新增就业", () => {
    expect(metricSimilarity("新增城镇就业", "城镇新增就业")).toBeGreaterThanOrEqual(0.8);
    expect(metricSimilarity("新增城镇就业", "新增就业")).toBeGreaterThanOrEqual(0.75);
    expect(metricSimilarity("年内城镇新增就业", "全区新增城镇就业")).toBeGreaterThanOrEqual(0.8);
  });

  it("folds words of one act or thing: 招引 / 引进, 营造林 / 造林, 公共厕所 / 公厕, 四好农村路 / 农村公路", () => {
    expect(metricSimilarity("全年招引亿元以上项目", "引进亿元以上项目")).toBeGreaterThanOrEqual(0.8);
    expect(metricSimilarity("引入外资项目", "引进外资项目")).toBeGreaterThanOrEqual(0.8);
    expect(metricSimilarity("营造林", "完成造林绿化")).toBeGreaterThanOrEqual(0.8);
    expect(metricSimilarity("新建公共厕所", "新建公厕")).toBeGreaterThanOrEqual(0.8);
    expect(metricSimilarity("新改建“四好农村路”", "新改建农村公路")).toBeGreaterThanOrEqual(0.8);
    expect(metricSimilarity("易地搬迁脱贫人口", "易地扶贫搬迁人口")).toBeGreaterThanOrEqual(0.8);
    expect(metricSimilarity("引进人才", "引进项目")).toBeLessThan(0.6);
    expect(metricSimilarity("实施企业技术改造项目", "完成工业技改项目")).toBeGreaterThanOrEqual(0.6);
    expect(metricSimilarity("农村卫生厕所改造", "户厕改造")).toBeGreaterThanOrEqual(0.8);
    expect(metricSimilarity("公厕改造", "户厕改造")).toBeLessThan(0.8);
  });

  it("folds spellings of one metric: GDP, 规上, 社零, 进出口", () => {
    expect(metricSimilarity("单位地区生产总值能耗", "单位GDP能耗")).toBe(1);
    expect(metricSimilarity("规模以上工业增加值", "规上工业增加值")).toBe(1);
    expect(metricSimilarity("社会消费品零售总额", "社零额")).toBe(1);
    expect(metricSimilarity("外贸进出口总额", "进出口总额")).toBe(1);
    expect(metricSimilarity("“十四五”时期经济", "国内生产总值")).toBe(1);
    expect(metricSimilarity("我国经济总量", "地区生产总值")).toBe(1);
    expect(metricSimilarity("数字经济", "地区生产总值")).toBeLessThan(0.3);
    expect(metricSimilarity("大规模扩招", "高职院校扩招")).toBeGreaterThanOrEqual(0.6);
    expect(metricSimilarity("财政赤字占国内生产总值的比重", "财政赤字率")).toBeGreaterThanOrEqual(0.9);
    expect(metricSimilarity("城镇居民医保和新农合补助标准", "城乡居民医保补助标准")).toBeGreaterThanOrEqual(0.9);
    expect(metricSimilarity("城镇居民医保补助标准", "城乡居民医保补助标准")).toBe(0);
    expect(metricSimilarity("市财政用于教育的投入", "市财政教育支出")).toBeGreaterThanOrEqual(0.75);
    expect(normaliseMetric("新院区投入使用")).toContain("投入使用");
    expect(metricSimilarity("全县旅游人数", "全年接待海内外游客")).toBeGreaterThanOrEqual(0.9);
    expect(metricSimilarity("旅游人数", "旅游收入")).toBeLessThan(0.6);
    expect(metricSimilarity("实际利用外资", "实际使用外资")).toBe(1);
    expect(metricSimilarity("重点项目年度计划投资", "区级重点项目完成投资")).toBeGreaterThan(0.8);
  });

  it("drops filler around the metric", () => {
    expect(normaliseMetric("预计全年地区生产总值同比增长")).toBe("地区生产总值");
    expect(normaliseMetric("全区一般公共预算收入完成")).toBe("一般公共预算收入");
    expect(normaliseMetric("增长")).toBe("");
  });

  it("never matches contrasting metrics", () => {
    expect(metricSimilarity("城镇居民人均可支配收入", "农村居民人均可支配收入")).toBe(0);
    expect(metricSimilarity("一般公共预算收入", "一般公共预算支出")).toBe(0);
    expect(metricSimilarity("进出口总额", "出口额")).toBe(0);
    expect(metricSimilarity("新增省级以上研发平台", "新增市级研发平台")).toBe(0);
    expect(metricSimilarity("规上工业增加值", "规上工业营业收入")).toBe(0);
    expect(metricSimilarity("新开工安置房", "安置房基本建成")).toBe(0);
    expect(metricSimilarity("安置房竣工", "安置房基本建成")).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps different metrics apart", () => {
    expect(metricSimilarity("新增高新技术企业", "新增规上工业企业")).toBeLessThan(0.6);
    expect(metricSimilarity("新增城镇就业", "发放创业担保贷款")).toBeLessThan(0.3);
    expect(metricSimilarity("固定资产投资", "社会消费品零售总额")).toBeLessThan(0.3);
    expect(metricSimilarity("", "地区生产总值")).toBe(0);
  });

  it("reads the direction a context states", () => {
    expect(direction("单位GDP能耗下降")).toBe("down");
    expect(direction("地区生产总值增长")).toBe("up");
    expect(direction("城镇登记失业率")).toBeNull();
  });
});
