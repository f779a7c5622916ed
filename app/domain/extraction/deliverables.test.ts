import { describe, expect, it } from "vitest";
import { findDeliverable } from "~/domain/extraction/deliverables";

const metric = (clause: string, inherited: string | null = null) => {
  const found = findDeliverable(clause, inherited);
  return found && !("rejected" in found) ? found.metric : null;
};

describe("findDeliverable", () => {
  it("takes round-4 shapes: yearly quotas, renovations of a named stretch, month deadlines, pipes laid", () => {
    expect(metric("水环境质量完成年度目标任务")).toBe("水环境质量完成年度目标");
    expect(metric("启动东门一巷至三巷改造")).toBe("东门一巷至三巷改造启动");
    expect(metric("启动至少两个小区改造")).toBeNull();
    expect(metric("5月底完成南环路、北环路等沿街立面整治")).toBe("南环路、北环路等沿街立面整治完成");
    expect(metric("铺设解放路(人民街-胜利街段)燃气管道")).toBe("解放路(人民街-胜利街段)燃气管道铺设");
    expect(metric("铺设供热管网")).toBeNull();
    expect(metric("建设城市运行数据中台")).not.toBeNull();
    expect(metric("建设服务平台")).toBeNull();
  });

  it("names the grade a named site applies for with the site, so that another title of the site is not it", () => {
    expect(metric("积极申报青龙湖、白云洞国家4A级景区")).toBe("青龙湖和白云洞国家4A级景区");
    expect(metric("南山森林公园年内申报国家5A级景区")).toBe("南山森林公园国家5A级景区");
    expect(metric("积极申报国家4A级景区")).toBeNull();
  });

  it("reads a named site settling or opening with the adverb that makes it an event", () => {
    expect(metric("力争城东冷链物流园尽快落地")).toBe("城东冷链物流园尽快落地");
    expect(metric("实现温泉小镇一期运营")).toBe("温泉小镇一期运营");
    expect(metric("推动惠企政策尽快落地")).toBeNull();
  });

  it("cuts the thing made after a time frame's rest and 把 or 将", () => {
    expect(metric("年底前把滨河湿地公园全部建成")).toBe("滨河湿地公园建成");
    expect(metric("月底前将西郊污水厂建成投用")).toBe("西郊污水厂建成投用");
    expect(metric("将乐县城南大桥建成通车")).toBe("将乐县城南大桥建成通车");
  });

  it("finds named things with a completion verb, before or after them", () => {
    expect(metric("民祥科技产业园建成投产")).toBe("民祥科技产业园建成投产");
    expect(metric("建成投用企业服务中心")).toBe("企业服务中心建成投用");
    expect(metric("开工建设范阳河污水处理厂")).toBe("范阳河污水处理厂开工建设");
    expect(metric("力争海川锂电池项目9月底前竣工投产")).toBe("海川锂电池项目竣工投产");
    expect(metric("推动卓创资讯主板上市")).toBe("卓创资讯主板上市");
    expect(metric("支持青年创业园创建省级数字经济园区")).toBe("青年创业园创建省级数字经济园区");
    expect(metric("抓好“硒谷琉园”乡村振兴齐鲁样板省级示范区创建")).not.toBeNull();
    expect(metric("推动美丽宜居乡村建设圆满收官")).not.toBeNull();
  });

  it("takes 建设 a facility bounded by a place or qualifier, not a kind of facility or work going on", () => {
    expect(metric("建设城北第三水厂")).not.toBeNull();
    expect(metric("建设老城区市民文化广场")).not.toBeNull();
    expect(metric("建设青龙湖滑雪乐园和冰场")).not.toBeNull();
    expect(metric("建设科技成果概念验证中心和中试基地")).not.toBeNull();
    expect(metric("建设养老服务中心")).toBeNull();
    expect(metric("建设一批社区服务中心")).toBeNull();
    expect(metric("加快建设城北第三水厂")).toBeNull();
  });

  it("takes 实施 a named site's renovation and 启动 a named project or new building", () => {
    expect(metric("实施长春路雨污管网改造")).not.toBeNull();
    expect(metric("实施白石水库水源地环境综合整治")).not.toBeNull();
    expect(metric("计划实施城关第二小学迁建项目")).not.toBeNull();
    expect(metric("实施背街小巷硬化改造")).toBeNull();
    expect(metric("启动新建南湖高级中学")).not.toBeNull();
    expect(metric("启动东关片区棚户区改造项目")).not.toBeNull();
  });

  it("takes 封顶 as a milestone, and not a date alone or a verb inside a 在…上 frame", () => {
    expect(metric("年内县医院门诊楼封顶")).not.toBeNull();
    expect(metric("预计6月上旬全部开工")).toBeNull();
    expect(metric("计划4月开工建设")).toBeNull();
    expect(metric("努力在全面建成小康社会的新征程上走在前列")).toBeNull();
  });

  it("reads titles in ASCII quotes, 办好 a named event, and 节/活动 only as whole words", () => {
    expect(metric('全力争创国家"义务教育优质均衡发展区"')).not.toBeNull();
    expect(metric("争创省级“美丽宜居示范区”")).not.toBeNull();
    expect(metric("办好全国青少年足球赛等赛事活动")).not.toBeNull();
    expect(metric("办好民生实事")).toBeNull();
    expect(metric("实施“健康进社区”活动")).toBeNull();
    expect(metric("实施城东大桥北桥头节点改造工程")).not.toBeNull();
    expect(metric("建成市民服务中心西部分中心")).not.toBeNull();
    expect(metric("将316国道城关至河口段作为一级公路进行改造")).toBe("316国道城关至河口段改造");
    expect(metric("将老旧管网进行改造")).toBeNull();
  });

  it("takes meeting a quota set from above as a task done, with what is measured as the object", () => {
    expect(metric("污染物减排完成省级下达任务")).toBe("污染物减排完成下达目标");
    expect(metric("用水总量控制在市下达指标以内")).toBe("用水总量完成下达目标");
  });

  it("takes 启动 with a named project or survey, and 设立 with a quoted name", () => {
    expect(metric("启动滨江体育馆、青少年宫建设")).toBe("滨江体育馆、青少年宫建设启动");
    expect(metric("启动第二次地名普查")).toBe("第二次地名普查启动");
    expect(metric("启动城市更新")).toBeNull();
    expect(metric("设立“科创信用贷”")).toBe("“科创信用贷”设立");
    expect(metric("设立专项资金")).toBeNull();
  });

  it("takes a clause's own verb (完成, 实施, 新建…) only with a concrete, named object", () => {
    expect(metric("全面完成节能减排约束性指标")).toBe("节能减排约束性指标完成");
    expect(metric("两年内完成全区雨污分流管网改造")).toBe("全区雨污分流管网改造完成");
    expect(metric("新建店子村棚式农贸市场")).toBe("店子村棚式农贸市场新建");
    expect(metric("超市化改造石村、金塔、龙凤苑农贸市场")).toBe("石村、金塔、龙凤苑农贸市场改造");
    expect(metric("实施“三河相通两库相连”引蓄水治理工程")).not.toBeNull();
    expect(metric("组织实施第五次经济普查")).not.toBeNull();
    expect(metric("以及东四路、西四路、西六路畅通改造工程", "完成")).toBe("东四路、西四路、西六路畅通改造工程完成");
    expect(metric("新建改造部分社区养老服务设施")).toBeNull();
    expect(metric("实施高新技术企业“双培育”工程")).toBeNull();
    expect(metric("实施文化品质提升工程")).toBeNull();
  });

  it("refuses effort, preparation, routine and slogans", () => {
    for (const clause of [
      "加快鼎成嘉和大厦等总部大厦建设",
      "抓好双碳产业园、电子信息科创园等项目建设",
      "探索设立城市更新基金",
      "研究制定园区管理办法",
      "规划实施“齐长城风景道”",
      "筹建淄川区老年活动中心",
      "支持科汇股份建设电力储能技术研究院",
      "常态化举办淄博青岛啤酒节、麦田音乐节等时尚节会",
      "持续实施名师、名校长、名班主任“三名”工程",
      "打好“金融赋能、靓鸟上市”战役",
      "以“基金丛林”搭建“创新雨林”",
      "抢抓上市公司孵化聚集区试点机遇",
      "构建线上线下融合发展的现代流通网络",
      "推动供地建设审批、项目开工、入库纳统等工作同步推进",
      "积极支持企业上市",
      "积极承办马拉松、机器人、电竞等赛事活动",
      "建成区绿化覆盖率达到42%",
    ]) {
      expect(metric(clause), clause).toBeNull();
    }
  });
});
