// A figure pairs with a promise only on evidence specific to it: the promise's object, not its verb, unit or a
// generic noun; the same size threshold; the same kind of quantity; not a combined total for one item; not a title.
import { describe, expect, it } from "vitest";
import { deliverable, matchOne, numeric } from "~/domain/followup/fixture.test-helpers";
import type { PromiseInput } from "~/domain/followup/match";
import { metricSimilarity } from "~/domain/followup/metric";
import { readPromise } from "~/domain/followup/promise";
import { isActOnly, sameThresholds, thresholdsOf } from "~/domain/followup/evidence";

const one = (promise: PromiseInput, body: string) => matchOne(promise, body);

describe("evidence specific to the promise", () => {
  it("reads acts alone (开工建设, 建成投用) as naming no object", () => {
    expect(isActOnly("开工建设")).toBe(true);
    expect(isActOnly("建成投用")).toBe(true);
    expect(isActOnly("建成污水泵站")).toBe(false);
  });

  it("completes an act-only metric with the thing after the figure, and pairs only on that thing", () => {
    const pumps = numeric("开工建设3座污水泵站", "开工建设", 3, "座", null);
    expect(readPromise(pumps).promise.metric).toBe("开工建设污水泵站");
    expect(one(pumps, "开工建设污水泵站3座，全部投入运行。")).toMatchObject({ verdict: "achieved" });
    expect(one(pumps, "开工建设4座公交首末站。").result).toBeNull();
  });

  it("reads the figure of the promise's own unit when two items share a value", () => {
    const p = numeric("新增示范家庭农场10家、绿色认证农产品10个", "绿色认证农产品", 10, "个", null);
    expect(readPromise(p).context).toContain("绿色认证农产品");
  });

  it("requires the same size threshold: 过亿元 is not 过50亿元, nor every 企业", () => {
    expect(thresholdsOf("主营业务收入过50亿元企业")).toEqual([5e9]);
    expect(thresholdsOf("过百亿元企业")).toEqual([1e10]);
    expect(sameThresholds("过50亿元企业", "过亿元企业")).toBe(false);
    expect(sameThresholds("亿元以上项目", "在建项目")).toBe(false);
    expect(sameThresholds("亿元以上项目|亿元以上项目", "新开工亿元以上项目")).toBe(true);
    const big = numeric("主营业务收入过50亿元企业达到4家", "主营业务收入过50亿元企业", 4, "家", ">=");
    expect(one(big, "主营业务收入过亿元企业达到31家。").result).toBeNull();
    expect(one(big, "主营业务收入过50亿元企业达到4家。")).toMatchObject({ verdict: "achieved" });
  });

  it("does not take a count of a generic noun alone (新增企业) for a kind of it", () => {
    const services = numeric("新增规模以上服务业企业6家", "新增规模以上服务业企业", 6, "家", null);
    expect(one(services, "新增企业12家。").result).toBeNull();
    expect(one(services, "新增规模以上服务业企业7家。")).toMatchObject({ verdict: "achieved" });
  });

  it("does not take a list's combined total for one item of targets given item by item (分别)", () => {
    const textiles = numeric("纺织、机械两大产业分别实现产值60亿元、40亿元", "纺织", 60, "亿元", null);
    expect(readPromise(textiles).oneOfSeveral).toBe(true);
    expect(one(textiles, "纺织、机械两大产业实现产值75亿元。").result).toBeNull();
  });

  it("does not take a stock reached for a number to add", () => {
    const stations = numeric("新建社区养老服务站15个", "新建社区养老服务站", 15, "个", null);
    expect(one(stations, "社区养老服务站达到64个。").result).toBeNull();
    expect(one(stations, "新建社区养老服务站17个。")).toMatchObject({ verdict: "achieved" });
  });

  it("does not take a title awarded as news of an area to build, but does of a title promised", () => {
    const fields = numeric("建设高标准农田8万亩", "建设高标准农田", 8, "万亩", null);
    expect(one(fields, "成功获批全省高标准农田建设整县推进示范县。").result).toBeNull();
    const title = deliverable("创建省级农业现代化示范区");
    expect(one(title, "获批省级农业现代化示范区。").result).not.toBeNull();
  });

  it("asks two long qualifiers of one head noun to share a word, not one character", () => {
    expect(metricSimilarity("绿色认证农产品", "产品评为特色优质农产品")).toBeLessThan(0.6);
    expect(metricSimilarity("新建蔬菜大棚", "建成大棚")).toBeGreaterThanOrEqual(0.6);
  });

  it("does not take the size of projects signed for projects to build, only for projects to attract", () => {
    const build = numeric("全力抓好总投资96.5亿元的21个产业项目建设", "总投资", 96.5, "亿元", "=");
    const review = "总投资96.5亿元的30个项目成功签约，总投资81.3亿元的20个项目开工建设。";
    expect(one(build, review)).toMatchObject({
      verdict: "partial",
      result: { quote: "总投资81.3亿元的20个项目开工建设" },
    });
    const attract = numeric("引进总投资96.5亿元的产业项目", "总投资", 96.5, "亿元", "=");
    expect(one(attract, "总投资96.5亿元的30个项目成功签约。")).toMatchObject({ verdict: "achieved" });
  });

  it("reads an investment that sizes named works as their size, whatever verb leads it", () => {
    const lines = numeric("稳步推进投资3200万元的青溪线、白塔线35kV线路改造", "稳步推进投资", 3200, "万元", "=");
    expect(one(lines, "投资4600万元完成东湖水系连通和西沟生态修复工程。").result).toBeNull();
    expect(one(lines, "投资3200万元的青溪线、白塔线35kV线路改造全部完工。").result).not.toBeNull();
  });

  it("does not read an amount reached as the task measured against it done (完成全年…任务)", () => {
    const task = deliverable("全社会消费品零售额完成市定目标");
    expect(one(task, "全社会消费品零售额完成48.2亿元。").result).toBeNull();
    expect(one(task, "全社会消费品零售额完成48.2亿元，超额完成市定目标。")).toMatchObject({ verdict: "achieved" });
  });

  it("does not read an area reached as the area newly planted (新发展…亩)", () => {
    const pepper = numeric("年内新发展猕猴桃0.8万亩", "新发展猕猴桃", 0.8, "万亩", null);
    expect(one(pepper, "猕猴桃达到6万亩。").result).toBeNull();
    expect(one(pepper, "新发展猕猴桃0.9万亩。")).toMatchObject({ verdict: "achieved" });
  });

  it("reads 限上 as a size threshold: the retail sales of firms above the quota are not all retail sales", () => {
    expect(sameThresholds("社会消费品零售总额", "限额以上消费品零售额")).toBe(false);
    expect(sameThresholds("限上社会消费品零售额", "限额以上消费品零售额")).toBe(true);
    const retail = numeric("社会消费品零售总额增长8%", "社会消费品零售总额", 8, "%", ">=", true);
    expect(one(retail, "限上消费品零售额增长7.6%。").result).toBeNull();
  });
});
