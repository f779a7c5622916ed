// Every route is classified in app/public-pages.ts, so a new public page cannot silently miss the cache
// (or a signed-in page silently enter it).
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cacheablePaths, ROUTES } from "~/public-pages";

const routeFiles = readdirSync("app/routes").filter((name) => !/\.test\.tsx?$/.test(name));

describe("the route table of the public cache", () => {
  it("lists every route file, cached or with the reason it is not", () => {
    expect(Object.keys(ROUTES).sort()).toEqual(routeFiles.sort());
  });

  it("derives the cached paths from the table", () => {
    const paths = cacheablePaths();
    for (const path of [
      "/",
      "/j/zhangdian",
      "/j/zhangdian/2025/commitments",
      "/j/zhangdian/2025/commitments.csv",
      "/c/12",
      "/r/3",
      "/metrics/hailaer",
      "/compare/4",
      "/feeds/zhangdian.atom",
      "/feeds/c/12.atom",
      "/badge/zhangdian.svg",
      "/embed/j/zhangdian",
      "/api/docs",
      "/api/v1/commitments/12",
      "/api/v1/openapi.json",
    ])
      expect(paths.test(path), path).toBe(true);
    for (const path of [
      "/ledger",
      "/login",
      "/account",
      "/api/v1/commitments/12/history",
      "/votes/1",
      "/files/abc",
      "/c/12/extra",
      "/j/zhangdian/2025/commitmentsXcsv",
    ])
      expect(paths.test(path), path).toBe(false);
  });
});
