import { describe, expect, it } from "vitest";
import { splitSentences } from "~/domain/text/sentences";

const clauses = (text: string) =>
  splitSentences(text, 0, text.length).flatMap((s) => s.clauses.map((c) => text.slice(c.start, c.end)));

describe("splitSentences", () => {
  it("splits sentences at full stops and clauses at commas", () => {
    expect(clauses("新建学校3所,改造道路5条。开展培训")).toEqual(["新建学校3所", "改造道路5条", "开展培训"]);
  });

  it("splits clauses run together after a count when a verb opens the next one", () => {
    expect(clauses("全年新增创新平台12家新增孵化器4个以上")).toEqual(["全年新增创新平台12家", "新增孵化器4个以上"]);
    expect(clauses("开工建设安置房2.3万套推进18个老旧小区改造")).toEqual([
      "开工建设安置房2.3万套",
      "推进18个老旧小区改造",
    ]);
    expect(clauses("投资5300万元建成公租房510套")).toEqual(["投资5300万元建成公租房510套"]);
    expect(clauses("用2年完成管网改造")).toEqual(["用2年完成管网改造"]);
  });

  it("drops item numbers and list marks in front of a clause", () => {
    expect(clauses("*为6个小区新增充电设施")).toEqual(["为6个小区新增充电设施"]);
    expect(clauses("●新建公园2个")).toEqual(["新建公园2个"]);
    expect(clauses("(3)新建公园2个")).toEqual(["新建公园2个"]);
  });

  it("splits numbered items run together without a comma", () => {
    expect(clauses("城建工程3项:(1)东湖公园二期工程(2)人民路北延工程(3)第三水厂开工建设")).toEqual([
      "城建工程3项",
      "东湖公园二期工程",
      "人民路北延工程",
      "第三水厂开工建设",
    ]);
    expect(clauses("完成第十四个五年规划(2021-2025)编制")).toEqual(["完成第十四个五年规划(2021-2025)编制"]);
    // Item numbers of one character (⑴, ⒈, ㈠) are numbers all the same.
    expect(clauses("城建工程3项:⑴东湖公园二期工程⑵人民路北延工程㈢第三水厂开工建设")).toEqual([
      "城建工程3项",
      "东湖公园二期工程",
      "人民路北延工程",
      "第三水厂开工建设",
    ]);
    // ①–⑳ too, before a name or a count.
    expect(clauses("城建工程3项:①东湖公园提升工程②人民路北延③8条乡村道路硬化")).toEqual([
      "城建工程3项",
      "东湖公园提升工程",
      "人民路北延",
      "8条乡村道路硬化",
    ]);
    expect(clauses("完成指标①的分解")).toEqual(["完成指标①的分解"]);
  });
});
