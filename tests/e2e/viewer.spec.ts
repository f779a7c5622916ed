// The report viewer (highlights coloured by assessment, an outline usable on a phone), the 404 page's
// title, and a restatement found on the review screen.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "./support/test";
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

test("an imported restatement of the 2022 report is found on the review screen and linked to it", async ({ page }) => {
  const supervisor = createAccount("supervisor");
  const db = new Database(path.join(process.env.E2E_DATA_DIR!, "taizhang.db"), { readonly: true });
  const original = db.prepare(`SELECT title FROM "Report" WHERE sourceName = 'zhangdian-2022.txt'`).get() as {
    title: string;
  };
  db.close();
  // A retelling of the report's first part, as a news site would print it: its own headline and the
  // report's sentences.
  const report = readFileSync("data/reports/zhangdian-2022.txt", "utf8");
  const retelling = `区政府工作报告摘要（${Date.now()}）\n\n${report.slice(0, Math.round(report.length * 0.6))}`;
  const file = path.join(tmpdir(), `restatement-${Date.now()}.txt`);
  writeFileSync(file, retelling);
  await signIn(page, supervisor, "/import");
  await page.getByLabel("报告文件").setInputFiles(file);
  await page.getByRole("button", { name: "分析报告" }).click();
  await page.getByLabel("地区").selectOption("zhangdian");
  await page.getByLabel("年度").fill("2022");
  await page.getByRole("button", { name: "导入并开始审核" }).click();
  await expect(page).toHaveURL(/\/review\/\d+\?imported=new/);

  const notice = page.getByRole("region", { name: "可能是重述" });
  await expect(notice).toContainText(original.title);
  await expect(notice).toContainText(/\d+ 项承诺/);
  await notice.getByRole("button", { name: "链接到原报告" }).click();
  await expect(page.getByText(/已链接为.*的重述/)).toBeVisible();
  await expect(page.getByRole("region", { name: "可能是重述" })).toHaveCount(0);
});
