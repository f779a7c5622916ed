// The report viewer (highlights coloured by assessment, an outline usable on a phone), the 404 page's
// title, and a restatement found on the review screen.
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createAccount, signIn } from "./support/accounts";

async function reportId(request: APIRequestContext, planYear: number) {
  const body = await (await request.get("/api/v1/reports?jurisdiction=zhangdian")).json();
  return (body.items as { id: number; planYear: number | null; year: number }[]).find(
    (r) => (r.planYear ?? r.year) === planYear,
  )!.id;
}

test("highlights carry their promise's assessment, with a legend", async ({ page }) => {
  await page.goto(`/r/${await reportId(page.request, 2025)}`);
  const highlights = page.locator("a.hl");
  expect(await highlights.count()).toBeGreaterThan(20);
  const tones = await highlights.evaluateAll((links) => links.map((a) => a.getAttribute("data-assessment-tone")));
  expect(tones.every((tone) => tone && /^(green|lightgreen|yellow|red|blue|grey|purple)$/.test(tone))).toBe(true);
  // The words are there too: in each highlight's title and in the legend.
  await expect(highlights.first()).toHaveAttribute("title", /\S/);
  await expect(page.getByRole("list", { name: "高亮颜色表示评估" }).getByRole("listitem")).not.toHaveCount(0);
});

test("on a phone the outline opens from anywhere and jumps to a section", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/r/${await reportId(page.request, 2025)}`);
  await page.mouse.wheel(0, 6000);
  const outline = page.getByRole("navigation", { name: "目录：跳到章节" });
  await expect(outline.getByText("目录：跳到章节")).toBeInViewport();
  await outline.getByText("目录：跳到章节").click();
  const last = outline.getByRole("link").last();
  const target = (await last.getAttribute("href"))!;
  await last.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test("the 404 page has a title", async ({ page }) => {
  await page.goto("/c/99999999");
  await expect(page).toHaveTitle(/找不到这个页面.*台账/);
  await page.goto("/no/such/page");
  await expect(page).toHaveTitle(/找不到这个页面.*台账/);
});

test("the review screen finds that the 2022 news article restates the 2022 report and links it", async ({ page }) => {
  const supervisor = createAccount("supervisor");
  await signIn(page, supervisor, "/ledger");
  // The demo imports the news article for review, after the report it retells.
  const db = new Database(path.join(process.env.E2E_DATA_DIR!, "taizhang.db"), { readonly: true });
  const news = db.prepare(`SELECT id FROM "Report" WHERE sourceName = 'zhangdian-2022-news.txt'`).get() as {
    id: number;
  };
  const original = db.prepare(`SELECT title FROM "Report" WHERE sourceName = 'zhangdian-2022.txt'`).get() as {
    title: string;
  };
  db.close();
  await page.goto(`/review/${news.id}`);
  const notice = page.getByRole("region", { name: "可能是重述" });
  await expect(notice).toContainText(original.title);
  await expect(notice).toContainText(/\d+ 项承诺/);
  await notice.getByRole("button", { name: "链接到原报告" }).click();
  await expect(page.getByText(/已链接为.*的重述/)).toBeVisible();
});
