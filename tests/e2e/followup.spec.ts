import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { createAccount, signIn, type TestAccount } from "./support/accounts";
import { importReport } from "./support/reports";

// A plan and the next year's review (tests/fixtures/followup), imported under a jurisdiction the demo data
// leaves without reports, unpublished: other browser tests never see them.
const JURISDICTION = "jinan";
let earlierId: number;
let laterId: number;
let supervisor: TestAccount;

test.beforeAll(() => {
  earlierId = importReport("tests/fixtures/followup/minghu-2023.txt", JURISDICTION);
  laterId = importReport("tests/fixtures/followup/minghu-2024.txt", JURISDICTION);
  supervisor = createAccount("supervisor", { jurisdiction: JURISDICTION, name: "赵督查" });
});

test("a supervisor reviews proposed verdicts: quotes side by side, confirm, override with a reason", async ({
  page,
}) => {
  await signIn(page, supervisor, "/followup");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("年度对账");
  await page.getByRole("link", { name: "逐项确认" }).click();
  await expect(page).toHaveURL(new RegExp(`/followup/${laterId}$`));

  const jobs = page.getByRole("listitem").filter({ hasText: "城镇新增就业1.2万人以上" });
  await expect(jobs.getByRole("blockquote").first()).toHaveText("城镇新增就业1.2万人以上");
  await expect(jobs.getByRole("blockquote").nth(1)).toHaveText("新增就业13560人");
  await expect(jobs.getByText("建议结论")).toContainText("已实现");
  await jobs.getByRole("button", { name: "保存结论" }).click();
  await expect(page.getByRole("status")).toContainText("结论已保存");
  await expect(page.getByRole("listitem").filter({ hasText: "城镇新增就业1.2万人以上" })).toContainText(
    "已确认：赵督查",
  );

  // Overriding needs a reason: the browser says so before anything is sent, and keeps the choice.
  const road = page.getByRole("listitem").filter({ hasText: "东环路快速化改造工程建成通车" });
  await expect(road.getByRole("blockquote").nth(1)).toHaveText("东环路快速化改造工程主体完工");
  await road.getByLabel("结论").selectOption("missed");
  await road.getByRole("button", { name: "保存结论" }).click();
  await expect(road.getByRole("alert")).toContainText("改判时请说明理由");
  await expect(road.getByLabel("结论")).toHaveValue("missed");
  await road.getByLabel("理由（改判时必填）").fill("主体完工不等于建成通车");
  await road.getByRole("button", { name: "保存结论" }).click();
  await expect(page.getByRole("status")).toContainText("结论已保存");
  await expect(page.getByRole("listitem").filter({ hasText: "东环路快速化改造工程建成通车" })).toContainText(
    "已改判：赵督查",
  );

  // What the review never mentions is listed as such, and a search of the review text finds nothing either.
  const hall = page.getByRole("listitem").filter({ hasText: "建成区级应急指挥中心" });
  await expect(hall).toContainText("本报告的工作回顾没有提到这一项");
  await hall.getByLabel(/在报告原文中查找/).fill("应急指挥中心");
  await hall.getByRole("button", { name: "查找", exact: true }).click();
  await expect(
    page.getByRole("listitem").filter({ hasText: "建成区级应急指挥中心" }).getByRole("status"),
  ).toContainText("没有找到");

  // Find in the review text, take a sentence and one of its figures as the evidence of the verdict.
  const towers = () => page.getByRole("listitem").filter({ hasText: "新建5G基站300个" });
  await towers()
    .getByLabel(/在报告原文中查找/)
    .fill("5G基站");
  await towers().getByRole("button", { name: "查找", exact: true }).click();
  await towers().getByRole("link", { name: "采用这句" }).first().click();
  await expect(towers().getByLabel(/完成情况的原文/)).toHaveValue(/新建5G基站426个/);
  await towers().getByLabel("采用的数值").selectOption({ label: "426个（新建5G基站）" });
  await towers().getByRole("button", { name: "保存结论" }).click();
  await expect(page.getByRole("status")).toContainText("结论已保存");
  await expect(towers().getByRole("blockquote").nth(1)).toContainText("新建5G基站426个");
  await expect(towers()).toContainText("已确认：赵督查");

  await page.getByRole("button", { name: /一键确认高置信度结论/ }).click();
  await expect(page.getByRole("status")).toContainText(/已确认 \d+ 项高置信度结论/);

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("the review form works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, supervisor);
  await page.goto(`/followup/${laterId}`);
  const flats = page.getByRole("listitem").filter({ hasText: "建成人才公寓800套" });
  await flats.getByLabel("结论").selectOption("partial");
  await flats.getByRole("button", { name: "保存结论" }).click();
  const again = page.getByRole("listitem").filter({ hasText: "建成人才公寓800套" });
  await expect(again.getByRole("alert")).toContainText("改判时请说明理由");
  await expect(again.getByLabel("结论")).toHaveValue("partial");
  await again.getByLabel("理由（改判时必填）").fill("620套已交付，另有180套主体完工");
  await again.getByRole("button", { name: "保存结论" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "建成人才公寓800套" })).toContainText("已改判");

  // Saving untouched confirms the proposal, not whatever the first option is.
  const hall = page.getByRole("listitem").filter({ hasText: "建成区级应急指挥中心" });
  await expect(hall.getByLabel("结论")).toHaveValue("not_mentioned");
  await hall.getByRole("button", { name: "保存结论" }).click();
  const saved = page.getByRole("listitem").filter({ hasText: "建成区级应急指挥中心" });
  await expect(saved).toContainText("已确认");
  await expect(saved.getByLabel("结论")).toHaveValue("not_mentioned");
  await context.close();
});

test("the 对照表 lists every quantified target with its result, downloads as XLSX and prints without the navigation", async ({
  page,
}) => {
  await signIn(page, supervisor, `/compare/${earlierId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("量化目标与完成情况对照表");
  const table = page.getByRole("table");
  const jobs = table.getByRole("row").filter({ hasText: "城镇新增就业1.2万人以上" });
  await expect(jobs).toContainText("1.2万人以上");
  await expect(jobs).toContainText("13560人");
  await expect(jobs).toContainText("已实现");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 Excel（XLSX）" }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeHidden();
  await expect(page.getByRole("link", { name: "下载 Excel（XLSX）" })).toBeHidden();
  await expect(jobs).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await page.setViewportSize({ width: 390, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("an unpublished report's 对照表 and review screen stay hidden from visitors", async ({ page }) => {
  const response = await page.goto(`/compare/${earlierId}`);
  expect(response?.status()).toBe(404);
  await page.goto(`/followup/${laterId}`);
  await expect(page).toHaveURL(/\/login\?redirectTo=/);
});

test("the metric series of a jurisdiction draws targets against results, numbers as text", async ({ page }) => {
  await page.goto("/metrics/zhangdian");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("张店区");
  const charts = page.getByRole("img");
  await expect(charts.first()).toBeVisible();
  await expect(page.getByRole("table").first()).toContainText(/\d/);
  await page.setViewportSize({ width: 390, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
