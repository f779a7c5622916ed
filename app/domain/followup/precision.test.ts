// Pairing precision: a review sentence is a promise's result only when it speaks of the promise's own thing, metric
// and period. Each case is a short excerpt of a real report (tests/fixtures/followup-real) that was once taken as the
// result of a promise it does not report on, with a control that the promise's own report is still read.
import { describe, expect, it } from "vitest";
import { deliverable, matchOne, numeric } from "~/domain/followup/fixture.test-helpers";

describe("a place named is not the thing promised there", () => {
  it("does not read firms moving into a park as its first phase built (涞水县 2021)", () => {
    const park = deliverable("完成房涞扶贫产业园一期工程建设", ["房涞扶贫产业园一期工程"]);
    const moved = matchOne(park, "东西部扶贫协作持续推进，23个协作项目全部建成；5家企业签约入驻房涞扶贫产业园。");
    expect(moved).toMatchObject({ verdict: "not_mentioned", result: null });
    expect(moved.confidence).toBeLessThan(0.8);
    expect(matchOne(park, "房涞扶贫产业园一期工程加快建设。").verdict).toBe("in_progress");
  });

  it("does not read a lake district's waterfront as its quality upgrade (涞源县 2021)", () => {
    const upgrade = deliverable("实施滨湖新区品质提升工程", ["滨湖新区品质提升"]);
    expect(
      matchOne(upgrade, "滨湖新区水系泊岸和景观亮化系统全面开启，美丽的涞源湖成为旅游城市一张靓丽名片。").result,
    ).toBeNull();
    expect(matchOne(upgrade, "滨湖新区品质提升工程全面完成。").verdict).toBe("achieved");
  });

  it("does not read a park's tenants as its municipal works finished (阜平县 2021)", () => {
    const works = deliverable("农副产品加工园区市政配套设施年底前全部完工", ["农副产品加工园区市政配套设施"]);
    expect(
      matchOne(works, "占地1268亩的农副产品加工园区已入驻6家企业，占地1669亩的装配式建筑产业园正在建设。").result,
    ).toBeNull();
  });

  it("reads places listed before a shared thing as that thing of each (清西陵、狼牙山景区市场化体制改革, 易县 2019)", () => {
    const reform = deliverable("完成清西陵、狼牙山景区市场化体制改革", ["清西陵", "狼牙山景区市场化体制改革"]);
    const body =
      "《易县全域旅游发展规划》通过专家评审，清西陵服务区建成投用，狼牙山5A景区景观质量评定全面启动，太行水镇二期项目全力推进。";
    expect(matchOne(reform, body).result).toBeNull();
    expect(matchOne(reform, "清西陵、狼牙山景区市场化体制改革全面完成。").verdict).toBe("achieved");
  });

  it("does not read villages' scenic grade as their rural revival title (阜平县 2021)", () => {
    const title = deliverable("全力推进顾家台、骆驼湾乡村振兴示范区创建工作", ["顾家台", "骆驼湾乡村振兴示范区"]);
    const body =
      "云花溪谷成功创建4A景区，顾家台骆驼湾成功创建3A景区，并入选全国乡村旅游重点村，黑崖沟入选省级乡村旅游重点村。";
    expect(matchOne(title, body).result).toBeNull();
  });

  it("still reads a plan's region with its plan said in other words (粤港澳大湾区, 国务院 2019)", () => {
    const plan = deliverable("出台实施粤港澳大湾区发展规划纲要", ["粤港澳大湾区发展规划纲要"]);
    const body = "粤港澳大湾区规划建设迈出实质性步伐，港珠澳大桥建成通车。";
    expect(matchOne(plan, body).verdict).toBe("in_progress");
  });

  it("still reads a base named with its date (国家高山跳台滑雪训练科研基地今年11月份, 涞源县 2021)", () => {
    const base = deliverable("确保国家高山跳台滑雪训练科研基地今年11月份建成投训", [
      "国家高山跳台滑雪训练科研基地今年11月份",
    ]);
    const built = matchOne(base, "投资4亿元的国家高山跳台滑雪训练科研基地一期项目，仅用307天就建成投训。");
    expect(built.verdict).toBe("achieved");
  });
});

describe("a title promised is not its topic", () => {
  it("does not read roads built as the model county won (易县 2018 against 徐水区 2019)", () => {
    const title = deliverable("创建省级“四好农村路”示范县", ["四好农村路"]);
    expect(matchOne(title, "投资1.2亿元建成“四好农村路”20条，总里程60公里。").result).toBeNull();
    expect(matchOne(title, "成功创建省级“四好农村路”示范县。").verdict).toBe("achieved");
  });

  it("does not read tourism going on as the all-area tourism title won (阜平县 2020 against 顺平县 2021)", () => {
    const title = deliverable("力争年内完成国家全域旅游示范区创建", ["完成国家全域旅游示范区"]);
    expect(matchOne(title, "全域旅游扎实推进，累计接待游客536万人次，创收8.7亿元。").result).toBeNull();
  });
});

describe("another one of a kind, or works named by common words only", () => {
  it("does not read the old sewage plant's expansion as the second plant built (易县 2019)", () => {
    const second = deliverable("完成第二污水处理厂建设", ["第二污水处理厂"]);
    const body =
      "完成了污水处理厂应急扩容，实施了老旧小区和管网改造工程。经济开发区基础设施建设步伐加快，污水处理厂建成投运。";
    expect(matchOne(second, body).result).toBeNull();
    expect(matchOne(second, "第二污水处理厂建成投运。").verdict).toBe("achieved");
  });

  it("does not read the east and west plants as the new town's plant (涞水县 2021)", () => {
    const plant = deliverable("确保涞水新城污水处理厂和110KV变电站年内开工", ["涞水新城污水处理厂和110KV变电站"]);
    const body = "病死畜禽集中无害化处理中心建成，城东、城西污水处理厂提标、扩建工程试运行。";
    expect(matchOne(plant, body, { ownNames: ["涞水县", "涞水"] }).result).toBeNull();
  });

  it("still reads a hospital's new campus named a little shorter (清苑区 2021)", () => {
    const campus = deliverable("启动投资3.3亿元的区人民医院新院区建设", ["区人民医院新院区"]);
    const body = "投资10亿元的泽龙国际教育城进展顺利，投资3.8亿元的区医院新院区项目一期完成前期手续。";
    expect(matchOne(campus, body, { ownNames: ["清苑区", "清苑"] }).result?.quote).toContain("区医院新院区");
  });

  it("does not take any project's news for a promise named only by common words (二期项目, 易县 2019)", () => {
    const phase = numeric("完成二期项目建设", "项目建设", 2, "期", "=");
    const body = "其中，民爆产业园项目成功试生产；咸和航天机械零部件项目完成主体建设。";
    expect(matchOne(phase, body).result).toBeNull();
  });

  it("does not take another project's first phase for works sized in square metres (海拉尔区 2014)", () => {
    const housing = numeric(
      "开工建设10万平方米职工住宅小区、5万平方米公安小区和2万平方米回迁房等开发项目",
      "开工建设职工住宅小区",
      10,
      "万平方米",
      "=",
    );
    const withNames = { ...housing, entities: ["10万平方米职工住宅小区", "5万平方米公安小区和2万平方米回迁房"] };
    const body =
      "成功引入西航大元文化旅游度假城项目，一期工程开工建设。“菜篮子”工程一期全面完工，建成大棚2350亩、仓储库3.5万平方米。";
    expect(matchOne(withNames, body).result).toBeNull();
    expect(matchOne(withNames, "职工住宅小区开工建设。").verdict).toBe("in_progress");
  });
});

describe("a stock is not a flow", () => {
  it("does not read the projects' total cost as the year's planned investment (阜平县 2021)", () => {
    const year = {
      ...numeric("年度计划投资41亿元", "年度计划投资", 41, "亿元", "="),
      lead: "全年谋划实施总投资323亿元的重点项目82项，",
    };
    const body = "全年共实施总投资286.19亿元的县以上重点项目64个，创历年数量最多、质量最优。";
    expect(matchOne(year, body).result).toBeNull();
  });
});

describe("a period or an act is not a name", () => {
  it("does not read a five-year period's start as its plan drawn up (博野县 2021 against 顺平县 2022)", () => {
    const plan = deliverable("高质量完成“十四五”规划编制", ["十四五"]);
    expect(matchOne(plan, "“十四五”开局迈出坚实步伐，各项事业取得新进展。").result).toBeNull();
  });

  it("still reads a plan named with its period (西部大开发“十三五”规划, 国务院 2017)", () => {
    const plan = deliverable("制定实施西部大开发“十三五”规划", ["十三五"]);
    expect(matchOne(plan, "编制西部大开发“十三五”规划。").verdict).toBe("achieved");
    const tasks = deliverable("确保完成“十二五”规划重点建设任务", ["十二五"]);
    expect(matchOne(tasks, "“十二五”规划确定的主要目标任务全面完成。").verdict).toBe("achieved");
  });

  it("does not read other firms moving in as the tech firms promised (入驻, 易县 2019 against 涞源县 2020)", () => {
    const firms = numeric("全力推进新入驻7家科技企业的建设进度", "新入驻", 7, "家", "=");
    const body = "白石山产业园吸引北京绿山谷芽菜、森海服装、沛福箱包、河北驷乾新能源等9家劳动密集型企业入驻运营。";
    expect(matchOne(firms, body).result).toBeNull();
  });

  it("does not read the same verb before other work as the promised one (统筹推进, 涞水县 2021 against 定兴县 2022)", () => {
    const titles = deliverable("统筹推进文明城市、卫生城市、森林城市创建", [
      "统筹推进文明城市",
      "卫生城市",
      "森林城市",
    ]);
    expect(matchOne(titles, "统筹推进各项民心工程、民生实事。").result).toBeNull();
  });
});

describe("which one of a kind", () => {
  it("does not read another park of the same trade as the one named (清苑区 2020 against 阜平县 2021)", () => {
    const parks = deliverable("对立中百亿工业园、绿色建筑产业园等续建项目，提供全方位服务，确保投产达效", [
      "对立中百亿工业园",
      "绿色建筑产业园",
    ]);
    expect(
      matchOne(parks, "占地1669亩的装配式建筑产业园正在建设，占地252亩的智能制造产业园奠基开工。").result,
    ).toBeNull();
  });

  it("does not read other streets' new roads as the education park's (清苑区 2021 against 博野县 2022)", () => {
    const roads = deliverable("启动教育园区新建道路工程", ["教育园区新建道路"]);
    expect(matchOne(roads, "实施了兴隆街北延、博文路西段新建道路工程。").result).toBeNull();
  });

  it("does not read a plant named by its kind alone as a village's plant (清苑区 2021 against 博野县 2022)", () => {
    const plants = deliverable("力争及早启动冉庄污水处理厂和温仁污水处理厂建设", ["冉庄污水处理厂和温仁污水处理厂"]);
    expect(matchOne(plants, "15个老旧小区改造全面完成，污水处理厂二期投入使用。").result).toBeNull();
    expect(matchOne(plants, "冉庄污水处理厂开工建设。").result).not.toBeNull();
  });

  it("still reads works named with a common word or a period less (阜平县 2021, 国务院 2012)", () => {
    const plant = deliverable("生活垃圾焚烧发电、建筑垃圾消纳场年内建成", ["生活垃圾焚烧发电", "建筑垃圾消纳场"]);
    expect(matchOne(plant, "垃圾焚烧发电〔16〕、一臣饲料〔17〕等项目加快建设。").verdict).toBe("in_progress");
    const outline = deliverable("颁布实施2011-2020年中国农村扶贫开发纲要", ["2011-2020年中国农村扶贫开发纲要"]);
    expect(matchOne(outline, "制定实施新10年农村扶贫开发纲要和兴边富民行动规划。").verdict).toBe("achieved");
  });
});

describe("what the name promises of a place, a facility or a number", () => {
  it("does not read township clinics rebuilt as their dry toilets replaced (涞源县 2020 against 阜平县 2021)", () => {
    const toilets = deliverable("完成乡镇卫生院旱厕改造", ["乡镇卫生院旱厕"]);
    const body = "新建中医院、妇幼保健院和疾控中心，完成13所乡镇卫生院改扩建，规范提升209个村卫生室。";
    expect(matchOne(toilets, body).result).toBeNull();
    expect(matchOne(toilets, "全部乡镇卫生院旱厕改造完成。").verdict).toBe("achieved");
  });

  it("does not read another numbered road (省道227 / 省道242, 定兴县 2022 against 高唐县 2023)", () => {
    const road = deliverable("全力推动省道227等项目开工建设", ["省道227"]);
    expect(matchOne(road, "省道242高唐段大修工程提前通车。").result).toBeNull();
    expect(matchOne(road, "省道227改建工程开工建设。").verdict).toBe("achieved");
  });

  it("does not read a winter sports meet as the winter sports park (清苑区 2020 against 博野县 2021)", () => {
    const park = deliverable("年内完成游客服务中心、红薯博物馆、冰雪运动乐园等项目建设", [
      "游客服务中心",
      "红薯博物馆",
      "冰雪运动乐园",
    ]);
    const body =
      "完成了文化馆、图书馆等公共设施建设，举办了保定市第二届冰雪运动会陆地冰壶比赛、保定市首届迎春诗会等活动。";
    expect(matchOne(park, body).result).toBeNull();
  });

  it("does not read a development zone's master plan as the county's (易县 2019 against 涞水县 2020)", () => {
    const plan = deliverable("完成城乡总体规划修编工作", ["城乡总体规划修编"]);
    const body = "园区功能不断拓展，涞水经济开发区北区总体规划修编与全县国土空间规划编制同步进行。";
    expect(matchOne(plan, body).result).toBeNull();
  });

  it("does not read a development zone as products developed (开发, 阜平县 2020 against 涞源县 2021)", () => {
    const products = numeric("开发10类以上具有阜平特色的旅游产品", "开发具有阜平特色的旅游产品", 10, "类", ">=");
    const body = "开发区等一些重点领域改革的系统性、整体性和协同性还需加快。";
    expect(matchOne(products, body).result).toBeNull();
  });
});

describe("a count of other things named", () => {
  it("does not read six other roads as the four new roads named (顺平县 2023)", () => {
    const roads = {
      ...numeric("新建支七街、纬二十五街等4条道路", "新建道路", 4, "条", "="),
      entities: ["支七街", "纬二十五街"],
    };
    const body = "完成仙洲路北延、平安大街东延、保阜路拓宽等6条道路改造提升，路网格局日趋完善。";
    expect(matchOne(roads, body).result).toBeNull();
  });

  it("still reads the same count of lanes given with other examples (涞源县 2021)", () => {
    const lanes = {
      ...numeric(
        "启动城里村路、裕城街、晶华东路等23条小街小巷的路面改造提升及雨污分流治理工程",
        "小街小巷",
        23,
        "条",
        "=",
      ),
      entities: ["城里村路", "裕城街", "晶华东路"],
    };
    const body = "对坑洼不平、污水直排、冬天结冰打滑的东壕、西壕等23条小街小巷完成雨污分流改造。";
    expect(matchOne(lanes, body).verdict).toBe("achieved");
  });
});
