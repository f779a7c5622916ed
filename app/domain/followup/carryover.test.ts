import { describe, expect, it } from "vitest";
import type { Verdict } from "~/domain/vocab";
import { findCarryOvers } from "~/domain/followup/carryover";
import { deliverable, numeric } from "~/domain/followup/fixture.test-helpers";

const OWN = { ownNames: ["明湖区", "明湖"] };

describe("carry-over (结转)", () => {
  const earlier: { promise: ReturnType<typeof deliverable>; verdict: Verdict }[] = [
    { promise: deliverable("东环路快速化改造工程建成通车"), verdict: "in_progress" },
    { promise: deliverable("启动建设明湖二号水厂"), verdict: "not_mentioned" },
    { promise: deliverable("瑞丰新材料产业园建成投产"), verdict: "achieved" },
    { promise: numeric("新增高新技术企业30家以上", "新增高新技术企业", 30, "家", ">="), verdict: "partial" },
    { promise: numeric("地区生产总值增长6%左右", "地区生产总值", 6, "%", "~", true), verdict: "missed" },
    { promise: deliverable("市民文化中心投入使用"), verdict: "missed" },
  ];
  const later = [
    numeric("地区生产总值增长6%左右", "地区生产总值", 6, "%", "~", true),
    deliverable("支持瑞丰新材料等骨干企业做优做强"),
    deliverable("确保东环路快速化改造工程年内建成通车"),
    numeric("新增高新技术企业30家以上", "新增高新技术企业", 30, "家", ">="),
    deliverable("加快明湖二号水厂建设"),
    deliverable("推动市民文化中心尽快投入使用"),
  ];

  it("links an unfinished project the new plan repeats, one to one", () => {
    const links = findCarryOvers(earlier, later, OWN).map((l) => [l.earlierIndex, l.laterIndex]);
    expect(links.sort()).toEqual([
      [0, 2],
      [1, 4],
      [5, 5],
    ]);
  });

  it("never links achieved promises or recurring yearly targets", () => {
    const links = findCarryOvers(earlier, later, OWN);
    expect(links.some((l) => [2, 3, 4].includes(l.earlierIndex))).toBe(false);
  });
});
