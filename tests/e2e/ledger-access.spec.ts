// The ledger pages without JavaScript, on a phone, and under an accessibility check.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { createAccount, createToken, signIn, type TestAccount } from "./support/accounts";
import { importReport } from "./support/reports";

const DEPARTMENT = "区住房和城乡建设局";
let supervisor: TestAccount;
let staff: TestAccount;
let itemId: number;
let reportId: number;

test.beforeAll(async ({ request }) => {
  supervisor = createAccount("supervisor", { name: "周督查" });
  staff = createAccount("staff", { name: "陈科员", department: DEPARTMENT });
  const token = createToken(supervisor.email);
  // An accepted demo item, assigned to the staff's department through the API.
  const list = await request.get("/ledger", { headers: { Authorization: `Bearer ${token}` } });
  const html = await list.text();
  itemId = Number(html.match(/href="\/ledger\/c\/(\d+)"/)![1]);
  const patch = await request.patch(`/api/v1/commitments/${itemId}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { leadDepartment: DEPARTMENT, dueDate: "2026-12-31" },
  });
  expect(patch.status()).toBe(200);
  // A report of its own in review (imported, not published), so the review screen is always there to check.
  reportId = importReport("tests/fixtures/probe3/boxing-2015.txt", "zhangdian");
});

async function noSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an update form posts as it is; errors come back from the server with what was typed", async ({ page }) => {
    await signIn(page, staff);
    await page.goto(`/ledger/c/${itemId}`);
    await page.getByLabel("状态").selectOption("in_progress");
    await page.getByLabel("进度（%）").fill("35");
    await page.getByLabel("进展说明").fill("无脚本报送的进展");
    await page.getByLabel("链接 1 标题").fill("通报");
    await page.getByLabel("链接 1 地址").fill("ftp://example.gov.cn/file");
    await page.getByRole("button", { name: "报送", exact: true }).click();
    await expect(page.getByText("请输入以 http:// 或 https:// 开头的链接。")).toBeVisible();
    await expect(page.getByLabel("进展说明")).toHaveValue("无脚本报送的进展");
    await expect(page.getByLabel("进度（%）")).toHaveValue("35");
    await page.getByLabel("链接 1 地址").fill("https://example.gov.cn/file");
    await page.getByRole("button", { name: "报送", exact: true }).click();
    await expect(page.getByText("进展已报送，等待督查室核验。")).toBeVisible();
  });

  test("a review item's folded edit form opens through a link and saves", async ({ page }) => {
    await signIn(page, supervisor, `/review/${reportId}`);
    const item = page.locator("li.review-item").first();
    await item.locator("summary", { hasText: "修改" }).click();
    await item.getByRole("link", { name: "打开“修改”表单" }).click();
    await expect(page).toHaveURL(/\?open=edit-\d+/);
    const opened = page.locator("li.review-item").first();
    await opened.getByLabel("任务").fill("无脚本修改的任务");
    await opened.getByRole("button", { name: "保存" }).click();
    await expect(page.locator("li.review-item", { hasText: "无脚本修改的任务" })).toBeVisible();
  });
});

test("a review item's edit form is drawn when its fold is opened", async ({ page }) => {
  await signIn(page, supervisor, `/review/${reportId}`);
  const item = page.locator("li.review-item").nth(1);
  await expect(item.getByLabel("任务")).toHaveCount(0);
  await item.locator("summary", { hasText: "修改" }).click();
  await expect(item.getByLabel("任务")).toBeVisible();
  await expect(item.getByRole("link", { name: "打开“修改”表单" })).toHaveCount(0);
});

test("the ledger pages fit a 390 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, supervisor, "/ledger");
  for (const path of ["/ledger", `/ledger/c/${itemId}`, "/ledger/verify", "/import", `/ledger/c/${itemId}/history`]) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(390);
  }
});

test("the ledger pages pass an automated accessibility check", async ({ page, browser }) => {
  await signIn(page, supervisor, "/ledger");
  for (const path of ["/ledger", `/ledger/c/${itemId}`, "/ledger/verify", "/import", `/ledger/c/${itemId}/history`]) {
    await page.goto(path);
    await noSeriousViolations(page);
  }
  await page.goto(`/review/${reportId}`);
  await expect(page.getByRole("region", { name: "报告原文" })).toBeVisible();
  await noSeriousViolations(page);
  const staffPage = await (await browser.newContext()).newPage();
  await signIn(staffPage, staff, "/ledger");
  await noSeriousViolations(staffPage);
  await staffPage.goto("/ledger/bulk");
  await noSeriousViolations(staffPage);
});
