// A title promised is reported by the title awarded, in other words; a named works is not reported by another one of
// its kind; a short form (西博会) names what its long form names. Invented review text.
import { describe, expect, it } from "vitest";
import { deliverable, matchOne } from "~/domain/followup/fixture.test-helpers";
import type { PromiseInput } from "~/domain/followup/match";

const one = (promise: PromiseInput, body: string) => matchOne(promise, body, { ownNames: ["明湖区", "明湖"] });

describe("titles awarded", () => {
  it("reads a title awarded at the same level and of the same kind as the title promised", () => {
    const zone = one(deliverable("争创省级高新技术产业开发区"), "明湖（东城）园区被批准为省级高新技术产业开发区。");
    expect(zone.verdict).toBe("achieved");
    const county = one(
      deliverable("争创省级蔬菜绿色高质高效生产试点区"),
      "获评全省果蔬绿色高质高效行动示范区，农业增加值增长4%。",
    );
    expect(county.verdict).toBe("achieved");
  });

  it("does not take a title of another level or another kind", () => {
    const level = one(deliverable("争创省级高新技术产业开发区"), "东城园区被批准为市级高新技术产业开发区。");
    expect(level.verdict).toBe("not_mentioned");
    const kind = one(deliverable("争创省级蔬菜绿色高质高效生产试点区"), "获评全省蔬菜绿色高质高效生产示范县。");
    expect(kind.verdict).toBe("not_mentioned");
  });
});

describe("another one of a kind", () => {
  it("does not report a named plant by another plant of the same kind", () => {
    const plants = deliverable("提标改造城北污水处理厂、湖滨污水处理厂", ["城北污水处理厂", "湖滨污水处理厂"]);
    expect(one(plants, "西岭污水处理厂主体工程完工。").verdict).toBe("not_mentioned");
    expect(one(plants, "湖滨污水处理厂提标改造完成，城北污水处理厂提标改造完成。").verdict).toBe("achieved");
  });
});

describe("short forms", () => {
  it("reads an event or body by its short form on either side", () => {
    expect(one(deliverable("筹办好第五届西博会"), "成功举办第五届中国西部国际博览会。").verdict).toBe("achieved");
    expect(one(deliverable("建成运行城东医疗联合体"), "城东街道组建的医联体建成运行。").verdict).toBe("achieved");
  });

  it("does not read three characters scattered over a clause as a short form", () => {
    expect(one(deliverable("筹办好第五届西博会"), "西部片区博物馆建设，全年召开招商会12场。").verdict).toBe(
      "not_mentioned",
    );
  });
});
