import { describe, expect, it } from "vitest";
import { coreOf, namesOf, restUnsaid, sharedName } from "~/domain/followup/names";

const OWN = ["张店区", "张店"];

describe("named projects", () => {
  it("keeps one title whole (…更新和品质提升行动方案) and two titles or two things apart", () => {
    expect(namesOf("抓紧实施城市更新和品质提升行动方案", []).names).toEqual(["抓紧实施城市更新和品质提升行动方案"]);
    expect(namesOf("编制城市更新规划和老旧小区改造方案", []).names).toEqual(["城市更新规划", "老旧小区改造方案"]);
    expect(namesOf("建设体育馆和图书馆", []).names).toEqual(["体育馆", "图书馆"]);
  });

  it("takes the verbs off a promise to find its object", () => {
    expect(coreOf("民祥科技产业园建成投产")).toBe("民祥科技产业园");
    expect(coreOf("加快明湖二号水厂建设")).toBe("明湖二号水厂");
    expect(coreOf("今年重点抓好以火车站北广场为龙头的城市更新项目")).toBe("火车站北广场为龙头的城市更新");
  });

  it("reads a name through brackets of either width, its deadline and the works done to it", () => {
    const plant = namesOf("确保青石(北区)污水处理厂9月份投用", ["青石(北区)污水处理厂9月份"]);
    expect(plant.names).toEqual(["青石(北区)污水处理厂"]);
    expect(sharedName(plant, "青石（北区）污水处理厂投入运行", OWN)?.overlap).toBe("青石(北区)污水处理厂");
    const hall = namesOf("完成敬老院改（扩）建二期工程", ["敬老院改(扩)建二期"]);
    expect(sharedName(hall, "完成敬老院二期建设", OWN)?.overlap).toBe("敬老院");
    expect(sharedName(hall, "县图书馆二期建成开放", OWN)).toBeNull();
  });

  it("takes the part of the works (主体) and a deadline's tail (…年前把) off a declared name", () => {
    expect(namesOf("年内完成南关片区安置房主体建设", ["南关片区安置房主体"]).names).toEqual(["南关片区安置房"]);
    expect(namesOf("力争2027年前把西河湿地公园建成开放", ["前把西河湿地公园"]).names).toEqual(["西河湿地公园"]);
  });

  it("reads a list whose last item carries the name's tail (东延), a grade (4A级) and a verb (保障) around a name", () => {
    const road = namesOf("青云路北延建成通车", ["青云路北延"]);
    expect(sharedName(road, "青云路、望湖路北延建成通车", OWN)?.overlap).toBe("青云路");
    expect(sharedName(road, "青云路、望湖路南延建成通车", OWN)).toBeNull();
    const park = namesOf("全力推进青龙峡谷4A级旅游景区创建", ["青龙峡谷4A级旅游景区"]);
    expect(sharedName(park, "青龙峡谷成功创建4A景区", OWN)?.overlap).toBe("青龙峡谷");
    const line = namesOf("支持保障平安线、东湖大道一期建成通车", ["保障平安线", "东湖大道一期"]);
    expect(line.names).toContain("平安线");
  });

  it("finds the same project under another wording", () => {
    const names = namesOf("民祥科技产业园建成投产", []);
    expect(sharedName(names, "民祥科技、飒露光学等项目竣工投产", OWN)?.overlap).toBe("民祥科技");
    const declared = namesOf("全力服务城市快速路、临临高速等省、市重点城建工程", ["临临高速"]);
    expect(sharedName(declared, "临临高速张店段、济南路正式通车", OWN)?.overlap).toBe("临临高速");
  });

  it("is not fooled by common words, the district's own name or a province", () => {
    const park = namesOf("张店经济开发区扩区调规", []);
    expect(sharedName(park, "张店经济开发区完成控制性详细规划批复", OWN)).toBeNull();
    const grid = namesOf("启动新一轮城市供水改造", []);
    expect(sharedName(grid, "全面完成了新一轮乡镇机构改革", OWN)).toBeNull();
    const policy = namesOf("扎实推进新一轮技术改造三年行动计划", []);
    expect(sharedName(policy, "深入开展安全生产治本攻坚三年行动", OWN)).toBeNull();
    const fair = namesOf("承办山东省春季糖酒商品交易会", []);
    expect(sharedName(fair, "入选首批山东省儿童友好城市试点单元", OWN)).toBeNull();
  });

  it("accepts a whole declared name made of common words (县体育中心), not a piece of one", () => {
    const hall = namesOf("县体育中心投入使用", ["县体育中心"]);
    expect(sharedName(hall, "受资金影响，县体育中心建设暂缓", OWN)?.overlap).toBe("县体育中心");
    expect(sharedName(hall, "县图书馆和文化中心建设有序推进", OWN)).toBeNull();
  });

  it("recognises a policy promise only when it is quoted nearly whole", () => {
    const reform = namesOf("推进城管体制改革", []);
    expect(reform.concrete).toBe(false);
    expect(sharedName(reform, "深化城管体制改革", OWN)?.overlap).toBe("城管体制改革");
  });

  it("takes the verbs and time words off the analyser's names, and the object when they are too short", () => {
    expect(namesOf("确保智慧停车平台早日投入使用", ["智慧停车平台早日"]).names).toEqual(["智慧停车平台"]);
    expect(namesOf("完成街道“三会”换届", ["三会"]).names).toEqual(["街道“三会”换届"]);
    expect(namesOf("圆满完成安全生产各项任务", ["安全生产各项任务"]).names).toEqual(["安全生产任务"]);
  });

  it("finds a numbered event under a shorter title", () => {
    const fair = namesOf("继续办好第五届东北亚商品博览暨投资洽谈会", ["继续"]);
    expect(fair.concrete).toBe(true);
    expect(sharedName(fair, "成功举办第五届东北亚商品博览会", OWN)?.overlap).toBe("第五届东北亚商品博览");
  });

  it("gives the roads and the place listed before the last item the thing the last one names (…路供水管网, …平台)", () => {
    const mains = namesOf("改造提升紫荆路、青松街和建设东路供水管网", []);
    expect(mains.names).toEqual(["紫荆路供水管网", "青松街供水管网", "建设东路供水管网"]);
    const road = "完成紫荆路、青年路拓宽改造";
    const roadHit = sharedName(mains, road, OWN);
    expect(roadHit && restUnsaid(roadHit, road, mains)).toBe(true);
    const pipes = "紫荆路供水管网改造完工";
    const pipeHit = sharedName(mains, pipes, OWN);
    expect(pipeHit && restUnsaid(pipeHit, pipes, mains)).toBe(false);
    const platform = namesOf("搭建云杉物流园区和高新区企业服务平台", []);
    const depot = "云杉物流园区冷链仓储中心主体封顶";
    const depotHit = sharedName(platform, depot, OWN);
    expect(depotHit && restUnsaid(depotHit, depot, platform)).toBe(true);
  });

  it("wants the building a name goes on to name (…安置房), unless its kind follows the piece shared", () => {
    const homes = namesOf("力争青檀路东延安置房竣工交房", []);
    const road = "西环路南延、青檀路东延加快建设";
    const roadHit = sharedName(homes, road, OWN);
    expect(roadHit && restUnsaid(roadHit, road, homes)).toBe(true);
    const station = namesOf("建成青檀湖生活垃圾中转站", []);
    const said = "青檀湖生活垃圾转运站建成投用";
    const stationHit = sharedName(station, said, OWN);
    expect(stationHit && restUnsaid(stationHit, said, station)).toBe(false);
  });

  it("does not take a plant of the kind for the one the promise places (高新区污水处理厂)", () => {
    const plant = namesOf("建设高新区污水处理厂和园区供热管网", []);
    const other = "完成污水处理厂提标改造";
    const otherHit = sharedName(plant, other, OWN);
    expect(otherHit && restUnsaid(otherHit, other, plant)).toBe(true);
    const same = "高新区污水处理厂建成投用";
    const sameHit = sharedName(plant, same, OWN);
    expect(sameHit && restUnsaid(sameHit, same, plant)).toBe(false);
  });

  it("takes a plant named by its own place (东区污水处理厂) without the wider place the promise adds (高新区)", () => {
    const plant = namesOf("完成高新区东区污水处理厂建设", []);
    const said = "东区污水处理厂建成通水";
    const hit = sharedName(plant, said, OWN);
    expect(hit && restUnsaid(hit, said, plant)).toBe(false);
  });

  it("does not take a thing named right after the piece shared (…河大桥) for the works the promise names (…河…治理)", () => {
    const river = namesOf("启动滹沱河张店段治理工程", ["滹沱河张店段治理工程"]);
    const bridge = "滹沱河大桥拓宽项目加快施工";
    const bridgeHit = sharedName(river, bridge, OWN);
    expect(bridgeHit && restUnsaid(bridgeHit, bridge, river)).toBe(true);
    const works = "滹沱河张店段治理工程正式开工";
    const worksHit = sharedName(river, works, OWN);
    expect(worksHit && restUnsaid(worksHit, works, river)).toBe(false);
  });

  it("reads the same title at another level as another title (国家… / …省…)", () => {
    const title = namesOf("争创国家生态文明示范县", ["国家生态文明示范县"]);
    const lower = "获评江西省生态文明示范县";
    const lowerHit = sharedName(title, lower, OWN);
    expect(lowerHit && restUnsaid(lowerHit, lower, title)).toBe(true);
    const same = "成功创建国家生态文明示范县";
    const sameHit = sharedName(title, same, OWN);
    expect(sameHit && restUnsaid(sameHit, same, title)).toBe(false);
  });
});
