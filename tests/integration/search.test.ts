// Search from the home page (issue 14, point 3): a promise is found by any word of its sentence or of
// its paragraph, across places and years; queries typed with Kangxi radicals find the folded text.
import { beforeAll, describe, expect, it } from "vitest";
import type { PublicListItem } from "~/models/public/list.server";
import { loader as home } from "~/routes/_index";
import { loader as search } from "~/routes/search";
import { db } from "~/utils/db.server";
import { startWithDemoData } from "./support/demo";
import { settle } from "./support/deputies";

type Found = { filters: { q: string; page: number }; items: PublicListItem[]; total: number; capped: boolean };

const args = (url: string) => ({ request: new Request(`http://test${url}`), params: {}, context: {} });
const find = async (q: string, page = 1) =>
  (await search(args(`/search?q=${encodeURIComponent(q)}${page > 1 ? `&page=${page}` : ""}`))) as Found;

/** Every result of a query, page after page. */
async function findAll(q: string): Promise<PublicListItem[]> {
  const all: PublicListItem[] = [];
  for (let page = 1; ; page += 1) {
    const found = await find(q, page);
    all.push(...found.items);
    if (all.length >= found.total || found.items.length === 0) return all;
  }
}

/** The redirect a loader threw. */
const thrown = async (promise: Promise<unknown>) => (await settle(promise)) as Response;

beforeAll(async () => {
  await startWithDemoData();
}, 120_000);

describe("search across places and years", () => {
  it("finds a promise by a word of its paragraph that its sentence does not hold (教育, 张店 2022)", async () => {
    const items = await findAll("教育");
    const zhangdian2022 = items.filter((i) => i.jurisdiction.slug === "zhangdian" && i.year === 2022);
    expect(zhangdian2022.length).toBeGreaterThan(0);
    const rows = await db.commitment.findMany({
      where: { id: { in: zhangdian2022.map((i) => i.id) } },
      select: { quote: true, paragraph: true },
    });
    expect(
      rows.some((r) => !r.quote.includes("教育") && r.paragraph?.includes("推动教育从基本均衡向优质均衡转变")),
    ).toBe(true);
  });

  it("finds 养老 in 张店 2025, and results from several places and years", async () => {
    const all = await findAll("养老");
    expect(all.some((i) => i.jurisdiction.slug === "zhangdian" && i.year === 2025)).toBe(true);
    expect(new Set(all.map((i) => i.jurisdiction.slug)).size).toBeGreaterThan(1);
    expect(new Set(all.map((i) => i.year)).size).toBeGreaterThan(1);
  });

  it("needs every word, and reads Kangxi radicals as the ideographs they stand for", async () => {
    const both = await find("养老 食堂");
    const one = await find("养老");
    expect(both.total).toBeGreaterThan(0);
    expect(both.total).toBeLessThan(one.total);
    // ⽼ is KANGXI RADICAL OLD (U+2F7C): stored text holds 老.
    expect((await find("养\u2F7C")).total).toBe(one.total);
  });

  it("stops counting at a cap, saying so, and still shows the first page", async () => {
    const all = await find("建设");
    expect(all.capped).toBe(false);
    const { listPublicCommitments } = await import("~/models/public/list.server");
    const { DEFAULT_FILTERS } = await import("~/domain/public/filters");
    const scope = { jurisdictionId: null, filters: { ...DEFAULT_FILTERS, q: "建设" }, today: new Date() };
    const capped = await listPublicCommitments(scope, "cap-test", 5);
    expect(capped).toMatchObject({ total: 5, capped: true });
    expect(capped.items.map((i) => i.id)).toEqual(all.items.map((i) => i.id));
  });

  it("shows nothing for an empty query and keeps one URL per query", async () => {
    expect(await search(args("/search"))).toMatchObject({ total: 0, items: [] });
    expect((await thrown(search(args("/search?q=+")))).headers.get("Location")).toBe("/search");
    const moved = await thrown(search(args("/search?page=1&q=%E5%85%BB%E8%80%81&x=1")));
    expect([moved.status, moved.headers.get("Location")]).toEqual([302, `/search?q=${encodeURIComponent("养老")}`]);
  });

  it("is offered on the home page", async () => {
    // The home page's data still loads with the search box on it (the box itself is markup).
    expect(((await home()) as { jurisdictions: unknown[] }).jurisdictions.length).toBeGreaterThan(0);
  });
});
