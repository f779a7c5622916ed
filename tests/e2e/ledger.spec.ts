// The whole ledger loop in Chromium: import a corpus report on the web, review it, assign, a department
// updates with a link and a photo, the supervision office publishes one update and returns another.
import { expect, test, type Page } from "./support/test";
import { createAccount, signIn, type TestAccount } from "./support/accounts";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const DEPARTMENT = "区人力资源和社会保障局";
const PUBLISHED_NOTE = "E2E：已举办专场招聘会 3 场，新增就业 4200 人";
const RETURNED_NOTE = "E2E：这一条会被退回，不应公开";
const LINK_TITLE = "区人社局工作通报";

test.describe.serial("the ledger loop", () => {
  let supervisor: TestAccount;
  let staff: TestAccount;
  let itemId: number;

  test.beforeAll(() => {
    supervisor = createAccount("supervisor", { name: "李督查" });
    staff = createAccount("staff", { name: "张科员", department: DEPARTMENT });
  });

  test("a supervisor imports a corpus report, reviews it side by side and accepts its commitments", async ({
    page,
  }) => {
    await signIn(page, supervisor, "/import");
    await expect(page.getByRole("heading", { level: 1, name: "导入政府工作报告" })).toBeVisible();
    await page.getByLabel("报告文件").setInputFiles("data/reports/zhangdian-2022-news.txt");
    await page.getByRole("button", { name: "分析报告" }).click();

    // The analyser's place and year are filled in for the supervisor to confirm.
    await expect(page.getByText(/识别出 \d+ 项承诺/)).toBeVisible();
    await expect(page.getByLabel("地区")).toHaveValue("zhangdian");
    await expect(page.getByLabel("年度")).toHaveValue("2022");
    await page.getByRole("button", { name: "导入并开始审核" }).click();

    await expect(page).toHaveURL(/\/review\/\d+\?imported=(new|again)/);
    // The demo loaded this text already: importing it again updates the same report.
    await expect(page.getByText("这份报告之前已导入过")).toBeVisible();
    const text = page.getByRole("region", { name: "报告原文" });
    await expect(text).toBeVisible();
    await expect(text.locator("mark").first()).toBeVisible();

    // Show one quote in its paragraph, then accept that item.
    const first = page.locator("li.review-item").first();
    const metric = (await first.locator("h3").textContent())!.trim();
    await first.getByRole("link", { name: "在原文中查看" }).click();
    await expect(page).toHaveURL(/focus=\d+/);
    await expect(text.locator("mark.focus").first()).toBeVisible();
    await first.getByRole("button", { name: `采纳: ${metric}` }).click();
    await expect(page.locator("li.review-item.focused .badge").first()).toHaveText("已采纳");

    // Add a commitment the analyser missed by selecting its text in the report.
    const selected = await text
      .locator("p span[data-o]")
      .nth(3)
      .evaluate((span) => {
        const node = span.firstChild!;
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, Math.min(12, node.textContent!.length));
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return range.toString();
      });
    const quote = page.getByRole("textbox", { name: "报告原文" });
    await expect(quote).toHaveValue(selected.replace(/\s+/g, ""));
    const add = page.locator("#add-form");
    await add.getByLabel("任务").fill("E2E 补录的承诺");
    await add.getByRole("button", { name: "补录" }).click();
    await expect(page.getByText("已补录，请审核。")).toBeVisible();
    await expect(page.locator("li.review-item", { hasText: "E2E 补录的承诺" })).toBeVisible();

    await page.getByRole("button", { name: /全部采纳剩余 \d+ 项/ }).click();
    await expect(page.getByText(/已采纳 \d+ 项。/)).toBeVisible();

    const open = page.locator("li.review-item", { hasText: metric }).getByRole("link", { name: "打开台账事项" });
    itemId = Number((await open.getAttribute("href"))!.match(/\/ledger\/c\/(\d+)/)![1]);
    expect(itemId).toBeGreaterThan(0);

    // Accepting is not publishing: the report is published as a step of its own.
    await page.getByRole("link", { name: "预览并发布报告" }).first().click();
    await page.getByRole("button", { name: /确认发布/ }).click();
    await expect(page.getByText(/报告已发布，\d+ 项承诺已公开/)).toBeVisible();
  });

  test("the supervisor assigns the item to a department", async ({ page }) => {
    await signIn(page, supervisor, `/ledger/c/${itemId}`);
    const form = page.getByRole("form", { name: "分解交办" });
    await form.getByLabel("牵头单位").selectOption({ label: DEPARTMENT });
    await form.getByRole("group", { name: "配合单位" }).getByLabel("区商务局").check();
    await form.getByLabel("完成时限").fill(`${new Date().getUTCFullYear() + 1}-12-31`);
    await form.getByLabel("责任人").fill("王局长");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("分解交办信息已保存。")).toBeVisible();
    await expect(page.locator(".facts")).toContainText(DEPARTMENT);
  });

  test("department staff see the item and submit an update with a link and a photo", async ({ page }) => {
    await signIn(page, staff, "/ledger");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(DEPARTMENT);
    await page.locator(`a[href="/ledger/c/${itemId}"]`).first().click();
    await expect(page.getByRole("heading", { name: "报送进展" })).toBeVisible();

    // A link that is not http(s) is refused in the browser, and nothing typed is lost.
    await page.getByLabel("进度（%）").fill("60");
    await page.getByLabel("进展说明").fill(PUBLISHED_NOTE);
    await page.getByLabel("链接 1 标题").fill(LINK_TITLE);
    await page.getByLabel("链接 1 地址").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "报送", exact: true }).click();
    await expect(page.getByText("请输入以 http:// 或 https:// 开头的链接。")).toBeVisible();
    await expect(page.getByLabel("进展说明")).toHaveValue(PUBLISHED_NOTE);

    await page.getByLabel("链接 1 地址").fill("https://example.gov.cn/zhangdian/rsj/2026/notice");
    await page
      .getByLabel("佐证文件（照片或 PDF）")
      .setInputFiles({ name: "招聘会现场.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "报送", exact: true }).click();
    await expect(page.getByText("进展已报送，等待督查室核验。")).toBeVisible();
    const card = page.locator("article.update", { hasText: PUBLISHED_NOTE });
    await expect(card.getByText("待核验")).toBeVisible();
    await expect(card.getByRole("link", { name: LINK_TITLE })).toHaveAttribute("href", /^https:\/\//);
    await expect(card.getByRole("img", { name: "招聘会现场.png" })).toBeVisible();

    // A second update, which the supervision office will return. The form starts from the last values.
    await expect(page.getByLabel("进度（%）")).toHaveValue("60");
    await page.getByLabel("进度（%）").fill("70");
    await page.getByLabel("进展说明").fill(RETURNED_NOTE);
    await page.getByRole("button", { name: "报送", exact: true }).click();
    await expect(page.locator("article.update", { hasText: RETURNED_NOTE })).toBeVisible();
  });

  test("the supervisor publishes one update and returns the other with a reason", async ({ page }) => {
    await signIn(page, supervisor, "/ledger/verify");
    const good = page.locator("article.update", { hasText: PUBLISHED_NOTE });
    await good.getByRole("button", { name: "核验并公开" }).click();
    await expect(page.getByText("进展已核验并公开。")).toBeVisible();

    const bad = page.locator("article.update", { hasText: RETURNED_NOTE });
    await bad.getByRole("button", { name: "退回" }).click();
    await expect(bad.getByText("退回时必须说明原因。")).toBeVisible();
    await bad.getByLabel("退回原因").fill("数据口径与统计局不一致，请核实后重报");
    await bad.getByRole("button", { name: "退回" }).click();
    await expect(page.getByText("进展已退回")).toBeVisible();
    await expect(page.locator("article.update", { hasText: RETURNED_NOTE })).toHaveCount(0);

    await page.goto(`/ledger/c/${itemId}`);
    await expect(page.locator(".progress-text").first()).toHaveText("60%");
    await page.getByRole("link", { name: "变更记录" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("变更记录");
    await expect(page.getByText("核验公开").first()).toBeVisible();
    await expect(page.getByText("数据口径与统计局不一致，请核实后重报")).toBeVisible();
  });

  test("the returned update waits for its department with the reason", async ({ page }) => {
    await signIn(page, staff, `/ledger/c/${itemId}`);
    const returned = page.locator("article.update", { hasText: RETURNED_NOTE });
    await expect(returned.getByText("已退回")).toBeVisible();
    await expect(returned).toContainText("数据口径与统计局不一致");
    await expect(page.getByLabel("进展说明")).toHaveValue(RETURNED_NOTE);
  });

  test("the public item page shows the published update and its evidence, never the returned one", async ({ page }) => {
    await publicItem(page, itemId);
    await expect(page.getByText(PUBLISHED_NOTE)).toBeVisible();
    await expect(page.getByRole("link", { name: LINK_TITLE })).toBeVisible();
    const photo = page.locator('img[src^="/files/"]').first();
    await expect(photo).toBeVisible();
    const response = await page.request.get((await photo.getAttribute("src"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-security-policy"]).toContain("sandbox");
    await expect(page.getByText(RETURNED_NOTE)).toHaveCount(0);
    await expect(page.getByText("数据口径与统计局不一致")).toHaveCount(0);
  });
});

async function publicItem(page: Page, id: number) {
  const response = await page.goto(`/c/${id}`);
  expect(response?.status(), "the public item page /c/:id (public scorecard issue)").toBe(200);
}
