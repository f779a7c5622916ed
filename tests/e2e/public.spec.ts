// The public scorecard and open data in Chromium, on the demo data (five corpus reports).
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "./support/test";

const EMPLOYMENT = "新增城镇就业1.3万人以上";

async function employmentId(page: Page): Promise<number> {
  return (await employmentItem(page)).id;
}

/** The employment promise as the open API gives it (which demo items get a department depends on their order). */
async function employmentItem(page: Page): Promise<{ id: number; leadDepartment: string | null }> {
  const response = await page.request.get(
    `/api/v1/commitments?jurisdiction=zhangdian&year=2025&q=${encodeURIComponent(EMPLOYMENT)}`,
  );
  const body = await response.json();
  const item = body.items.find((i: { quote: string }) => i.quote === EMPLOYMENT);
  expect(item, "the demo data has the employment promise").toBeTruthy();
  return item;
}

test("the scorecard shows counts, shares, the kept figure, lights and breakdowns, as charts and as text", async ({
  page,
}) => {
  const { total } = await (await page.request.get("/api/v1/commitments?jurisdiction=zhangdian&year=2025")).json();
  expect(total).toBeGreaterThanOrEqual(25);
  await page.goto("/j/zhangdian");
  await expect(page).toHaveURL(/\/j\/zhangdian\/2025$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("张店区 2025 年承诺落实情况");
  const headline = page.getByRole("region", { name: /已兑现/ });
  await expect(headline.getByText(new RegExp(`\\d+ / ${total} 项`))).toBeVisible();
  await headline.getByText("怎么算的？").click();
  await expect(headline.getByText(/督查室核验销号/)).toBeVisible();
  await expect(page.getByRole("img", { name: /已兑现 \d+%/ })).toBeVisible();

  const byStatus = page.getByRole("region", { name: "按评估" });
  await expect(byStatus.getByRole("img", { name: /按评估：/ })).toBeVisible();
  const counts = await byStatus.locator("tbody tr td:nth-of-type(2)").allTextContents();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
  await expect(page.getByRole("region", { name: /红黄绿灯/ })).toContainText("序时进度");
  await expect(page.getByRole("region", { name: "按领域" }).getByRole("row")).not.toHaveCount(0);
  await expect(page.getByRole("region", { name: "按牵头单位" })).toContainText("区人力资源和社会保障局");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    "/feeds/zhangdian.atom",
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /张店区 2025/);

  await byStatus.getByRole("link", { name: "推进中" }).click();
  await expect(page).toHaveURL(/\/j\/zhangdian\/2025\/commitments\?assessment=in_progress$/);
  await expect(page.getByLabel("评估", { exact: true })).toHaveValue("in_progress");
  await expect(page.getByRole("status")).toContainText(/共 \d+ 项/);
});

test("filters and Chinese search each have their own URL, and a Chinese query finds the promise", async ({ page }) => {
  await page.goto("/j/zhangdian/2025/commitments");
  await page.getByLabel("搜索承诺").fill("城镇就业");
  await page.getByRole("button", { name: "筛选" }).first().click();
  await expect(page).toHaveURL(/\?q=%E5%9F%8E%E9%95%87%E5%B0%B1%E4%B8%9A$/);
  await expect(page.getByRole("link", { name: EMPLOYMENT })).toBeVisible();

  // Two characters are too short for the trigram index and are still found.
  await page.goto(`/j/zhangdian/2025/commitments?q=${encodeURIComponent("就业")}`);
  await expect(page.getByRole("link", { name: EMPLOYMENT })).toBeVisible();

  await page.goto("/j/zhangdian/2025/commitments");
  const unfiltered = await page.getByRole("status").textContent();
  await page.getByText("更多筛选条件").click();
  await page.getByLabel("类型").selectOption("numeric");
  await page.getByLabel("排序").selectOption("progress_desc");
  await page.getByRole("button", { name: "筛选" }).last().click();
  await expect(page).toHaveURL(/\/commitments\?kind=numeric&sort=progress_desc$/);
  // The router changes the address before React has drawn the new results: wait for them.
  await expect(page.getByRole("status")).not.toHaveText(unfiltered ?? "");
  const url = page.url();
  const total = await page.getByRole("status").textContent();
  await page.goto(url);
  await expect(page.getByLabel("类型")).toHaveValue("numeric");
  await expect(page.getByLabel("排序")).toHaveValue("progress_desc");
  await expect(page.getByRole("status")).toHaveText(total ?? "");

  // A messy URL lands on the canonical one.
  await page.goto("/j/zhangdian/2025/commitments?page=1&status=&sort=order&kind=numeric");
  await expect(page).toHaveURL(/\/commitments\?kind=numeric$/);
});

test("the item page shows the sentence inside its paragraph, progress, updates and the record", async ({ page }) => {
  const { id, leadDepartment } = await employmentItem(page);
  await page.goto(`/j/zhangdian/2025/commitments?q=${encodeURIComponent("城镇就业")}`);
  await page.getByRole("link", { name: EMPLOYMENT }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(EMPLOYMENT);

  const source = page.getByRole("region", { name: "原文" });
  await expect(source.locator("mark")).toHaveText(EMPLOYMENT);
  const paragraph = (await source.locator("blockquote").textContent()) ?? "";
  expect(paragraph.length).toBeGreaterThan(EMPLOYMENT.length + 40);
  expect(paragraph).toContain("坚持就业优先");
  await expect(page.getByRole("region", { name: "要点" })).toContainText("1.3万人以上");
  await expect(page.getByRole("region", { name: "要点" })).toContainText(leadDepartment ?? "尚未分配");
  // The department's progress as a chart, or (for a promise nobody reported on) that there is none yet.
  const progress = page.getByRole("region", { name: "进度" });
  await expect(progress.getByRole("img").or(progress.getByText("承办单位尚未报告进展"))).toBeVisible();
  await expect(page.getByRole("region", { name: "公开记录" })).toContainText("承诺公开");

  await source.getByRole("link", { name: "在报告原文中查看" }).click();
  await expect(page).toHaveURL(new RegExp(`/r/\\d+#c-${id}$`));
  await expect(page.locator(`#c-${id} + a.hl`)).toHaveText(EMPLOYMENT);
});

test("the report viewer shows the whole report in paragraphs, every accepted promise linked", async ({ page }) => {
  const reports = await (await page.request.get("/api/v1/reports?jurisdiction=zhangdian")).json();
  const report = reports.items.find((r: { year: number }) => r.year === 2025);
  await page.goto(`/r/${report.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2025年政府工作报告");
  const text = page.getByRole("region", { name: "报告全文" });
  await expect(text.getByRole("heading").first()).toBeVisible();
  const paragraphs = await text.locator("p").allTextContents();
  expect(paragraphs.length).toBeGreaterThan(20);
  expect(paragraphs.some((p) => p.length > 200)).toBe(true);
  // Every promise is linked from its sentence (two promises of one clause share it: the second gets a small link).
  const links = text.locator("a.hl, a.hl-extra");
  const linked = new Set(await links.evaluateAll((all) => all.map((a) => a.getAttribute("href"))));
  expect(linked.size).toBe(report.commitments);
  await text.getByRole("link", { name: EMPLOYMENT }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(EMPLOYMENT);
});

test("the filtered list downloads as CSV and JSON", async ({ page }) => {
  await page.goto("/j/zhangdian/2025/commitments?kind=numeric");
  const total = Number((await page.getByRole("status").textContent())?.match(/\d+/)?.[0]);
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV" }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe("taizhang-zhangdian-2025.csv");
  const csv = readFileSync(await csvDownload.path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split("\r\n");
  // A spreadsheet for people: headers (and values) in the page's language.
  expect(lines[0].startsWith("编号,网址,地区,年度,承诺原文")).toBe(true);
  expect(lines).toHaveLength(total + 1);
  const [jsonDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "JSON" }).click(),
  ]);
  const json = JSON.parse(readFileSync(await jsonDownload.path(), "utf8"));
  expect(json.total).toBe(total);
  expect(json.items).toHaveLength(total);
  expect(json.items.every((i: { kind: string }) => i.kind === "numeric")).toBe(true);
});

test("the Atom feeds are valid Atom documents", async ({ page }) => {
  const id = await employmentId(page);
  await page.goto("/");
  for (const path of ["/feeds/zhangdian.atom", `/feeds/c/${id}.atom`]) {
    const response = await page.request.get(path);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    const checked = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "application/xml");
      const atom = "http://www.w3.org/2005/Atom";
      const feed = doc.documentElement;
      const child = (el: Element, name: string) => Array.from(el.children).find((c) => c.localName === name);
      const entries = Array.from(feed.children).filter((c) => c.localName === "entry");
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        root: `${feed.namespaceURI} ${feed.localName}`,
        feed: ["id", "title", "updated", "author"].every((n) => child(feed, n)),
        entries: entries.length,
        complete: entries.every(
          (e) =>
            ["id", "title", "updated", "link"].every((n) => child(e, n)) &&
            !Number.isNaN(Date.parse(child(e, "updated")!.textContent ?? "")),
        ),
        links: entries.map((e) => child(e, "link")!.getAttribute("href")),
        atom,
      };
    }, xml);
    expect(checked.error).toBe(false);
    expect(checked.root).toBe(`${checked.atom} feed`);
    expect(checked.feed).toBe(true);
    expect(checked.entries).toBeGreaterThan(0);
    expect(checked.complete).toBe(true);
    const first = await page.request.get(checked.links[0]!);
    expect(first.status()).toBe(200);
  }
});

test("the OpenAPI document is valid JSON and every path in it answers", async ({ page, request }) => {
  const id = await employmentId(page);
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = JSON.parse(await response.text());
  expect(doc.openapi).toMatch(/^3\./);
  const paths = Object.keys(doc.paths);
  expect(paths).toEqual(
    expect.arrayContaining([
      "/api/v1/jurisdictions",
      "/api/v1/reports",
      "/api/v1/commitments",
      "/api/v1/commitments/{id}",
    ]),
  );
  for (const path of paths.filter((p) => doc.paths[p].get && !doc.paths[p].get.security)) {
    const answer = await request.get(path.replace("{id}", String(id)));
    expect(answer.status(), path).toBe(200);
    expect(answer.headers()["content-type"]).toContain("application/json");
    JSON.parse(await answer.text());
    expect(answer.headers()["etag"]).toBeTruthy();
  }
  // Operations that need a token answer too: 401 with a JSON error, never a login page.
  for (const [path, operations] of Object.entries(doc.paths) as [string, Record<string, { security?: unknown }>][]) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!operation.security) continue;
      const answer = await request.fetch(path.replace("{id}", String(id)), {
        method: method.toUpperCase(),
        headers: { "Content-Type": "application/json", Authorization: "Bearer tz_not-a-token" },
        data: "{}",
        maxRedirects: 0,
      });
      expect(answer.status(), `${method} ${path}`).toBe(401);
      expect(await answer.json()).toHaveProperty("error");
    }
  }
  const list = await (
    await request.get("/api/v1/commitments?jurisdiction=zhangdian&year=2025&status=verified&page=1")
  ).json();
  expect(Object.keys(list)).toEqual(expect.arrayContaining(["items", "total", "page"]));
  expect(list.items.every((i: { status: string }) => i.status === "verified")).toBe(true);
  expect((await request.get("/api/v1/commitments?status=nope")).status()).toBe(400);
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("开放数据与 API");
  await expect(page.getByRole("link", { name: "OpenAPI 描述文件" })).toHaveAttribute("href", "/api/v1/openapi.json");
});

test("public pages and the API answer 304 to a current ETag", async ({ request }) => {
  for (const path of [
    "/j/zhangdian/2025",
    "/api/v1/commitments?jurisdiction=zhangdian&year=2025",
    "/feeds/zhangdian.atom",
  ]) {
    const first = await request.get(path);
    const etag = first.headers()["etag"];
    expect(etag, path).toBeTruthy();
    const again = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(again.status(), path).toBe(304);
  }
});

test("the widget may be framed by other sites, nothing else may", async ({ page, baseURL }) => {
  const embed = await page.request.get("/embed/j/zhangdian");
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  const scorecard = await page.request.get("/j/zhangdian/2025");
  expect(scorecard.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const badge = await page.request.get("/badge/zhangdian.svg");
  expect(badge.headers()["content-type"]).toContain("image/svg+xml");
  expect(await badge.text()).toMatch(/^<svg[^>]*role="img"/);

  // Another site's page with both frames: a server of its own on another port (so another origin, still
  // on the loopback address, which Chromium's local-network rules would otherwise keep from a public
  // page). No script of ours runs in it, so frame-ancestors alone decides.
  const hostPage = `<!doctype html><title>host</title><iframe id="widget" title="w" src="${baseURL}/embed/j/zhangdian"></iframe><iframe id="page" title="p" src="${baseURL}/j/zhangdian/2025"></iframe>`;
  const otherSite = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(hostPage));
  await new Promise<void>((resolve) => otherSite.listen(0, "127.0.0.1", resolve));
  const host = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}/`;
  try {
    const pageLoaded = page.waitForResponse((r) => r.url().endsWith("/j/zhangdian/2025") && r.status() === 200);
    await page.goto(host);
    await expect(page.frameLocator("#widget").getByText(/已兑现 \d+%/)).toBeVisible();
    await expect(page.frameLocator("#widget").getByRole("link", { name: "在台账查看详情" })).toBeVisible();
    // The scorecard arrived, and the browser refused to show it: the frame holds Chromium's error page.
    await pageLoaded;
    const frame = await (await page.locator("#page").elementHandle())!.contentFrame();
    await expect.poll(() => frame?.url()).toBe("chrome-error://chromewebdata/");
    await expect(page.frameLocator("#page").getByText("承诺落实情况")).toHaveCount(0);
  } finally {
    otherSite.close();
  }
});

test("the print layout drops navigation and keeps the content", async ({ page }) => {
  await page.goto("/j/zhangdian/2025");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/\/j\/zhangdian\/2025$/)).toBeVisible();
});

test("the public pages switch to English", async ({ page }) => {
  await page.goto("/j/zhangdian/2025");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("张店区 2025: what became of the promises");
  await expect(page.getByRole("region", { name: "By assessment" })).toContainText("In progress");
  await page.goto("/j/zhangdian/2025/commitments");
  await expect(page.getByLabel("Search the promises")).toBeVisible();
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByLabel("搜索承诺")).toBeVisible();
});

const MAIN_PAGES = async (page: Page) => {
  const id = await employmentId(page);
  const reports = await (await page.request.get("/api/v1/reports?jurisdiction=zhangdian")).json();
  return [
    "/",
    "/j/zhangdian/2025",
    "/j/zhangdian/2025/commitments",
    `/c/${id}`,
    `/r/${reports.items[0].id}`,
    "/login",
    "/api/docs",
  ];
};

test("the main pages have no serious or critical accessibility violations (axe)", async ({ page }) => {
  for (const path of await MAIN_PAGES(page)) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      );
    expect(bad, path).toEqual([]);
  }
});

test("the main pages fit a 390 px phone without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of await MAIN_PAGES(page)) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(390);
  }
});
