// Hostile content in Chromium: script tags, event-handler markup, javascript: and data: links, bidi
// overrides and huge strings — in a report uploaded on the web, in update notes and evidence (API and
// page, with and without JavaScript), in inspections and questions. Nothing runs, markup shows as text,
// links that are not http(s) are refused, bidi controls are gone, and the pages fit 390 px.
import { expect, test, type Page } from "./support/test";
import { createAccount, createToken, signIn, type TestAccount } from "./support/accounts";

// A place no other browser test reads, so the hostile report changes no scorecard they check.
const PLACE = "zibo";
const DEPARTMENT = "区人力资源和社会保障局";
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const RLO = "\u202E";
const PDF = "\u202C";
const NOTE = `<script>alert("note")</script><img src=x onerror=alert(2)> 进度${RLO}正常推进${PDF}，完毕`;
const TITLE = `<b onmouseover=alert(3)>工作通报</b>${RLO}fdp.exe`;
const OBSERVATION = `<iframe src="javascript:alert(4)"></iframe>现场${RLO}工地已开工${PDF}。`;
const QUESTION = `<svg onload=alert(5)>请说明${RLO}进度滞后${PDF}的原因`;

const RAW_PAYLOADS = [
  "<script>alert(",
  "<img src=x onerror",
  '<a href="javascript:',
  '<iframe src="javascript:',
  "<svg onload",
  "<b onmouseover",
  "<marquee>",
];

const dialogs: string[] = [];

function watchDialogs(page: Page) {
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

/** Nothing on the page came from markup in the data, and the text carries no bidi control. */
async function expectInert(page: Page) {
  await expect(page.locator("[onerror], [onload], [onmouseover], [onclick], iframe, svg script")).toHaveCount(0);
  await expect(page.locator('[href^="javascript:" i], [href^="data:" i], [src^="javascript:" i]')).toHaveCount(0);
  // The payloads appear only escaped: as text (&lt;script&gt;) or inside the page's data (\u003cscript).
  const html = await page.content();
  expect(RAW_PAYLOADS.filter((payload) => html.includes(payload))).toEqual([]);
  expect(BIDI.test(await page.locator("body").innerText()), "a bidi control in the page text").toBe(false);
}

async function expectFits390(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, page.url()).toBeLessThanOrEqual(390);
}

/** Whether `needle` is laid out in reading order (its first character left of, or above, its last). */
function readsInOrder(page: Page, needle: string): Promise<boolean | null> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const box = (i: number) => {
        const range = document.createRange();
        range.setStart(node!, i);
        range.setEnd(node!, i + 1);
        return range.getBoundingClientRect();
      };
      const first = box(at);
      const last = box(at + text.length - 1);
      if (first.width === 0) continue;
      return Math.abs(first.top - last.top) < 2 ? first.left < last.left : first.top < last.top;
    }
    return null;
  }, needle);
}

test.beforeEach(({ page }) => watchDialogs(page));
test.afterEach(() => expect(dialogs, "no alert, confirm or prompt ever opened").toEqual([]));

test.describe.serial("hostile content is inert", () => {
  let supervisor: TestAccount;
  let staff: TestAccount;
  let deputy: TestAccount;
  let reportId: number;
  let items: { id: number; quote: string }[];

  test.beforeAll(() => {
    supervisor = createAccount("supervisor", { jurisdiction: PLACE, name: "<b>督查</b>员" });
    staff = createAccount("staff", { jurisdiction: PLACE, department: DEPARTMENT });
    deputy = createAccount("deputy", { jurisdiction: PLACE });
  });

  test("a hostile report uploaded on the web is reviewed and published as plain text", async ({ page }) => {
    await signIn(page, supervisor, "/import");
    await page.getByLabel("报告文件").setInputFiles("tests/fixtures/hostile/hostile-report.txt");
    await page.getByRole("button", { name: "分析报告" }).click();
    await expect(page.getByText(/识别出 \d+ 项承诺/)).toBeVisible();
    await expect(page.getByLabel("地区")).toHaveValue(PLACE);
    await page.getByRole("button", { name: "导入并开始审核" }).click();
    await expect(page).toHaveURL(/\/review\/\d+\?imported=new/);
    reportId = Number(new URL(page.url()).pathname.split("/")[2]);

    const text = page.getByRole("region", { name: "报告原文" });
    await expect(text).toContainText("<script>alert('x')</script>");
    await expect(text).toContainText('<a href="javascript:alert(1)">示范</a>');
    await expectInert(page);
    await page.getByRole("button", { name: /全部采纳剩余 \d+ 项/ }).click();
    await expect(page.getByText(/已采纳 \d+ 项。/)).toBeVisible();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expectInert(page);
    await expectFits390(page);

    // Publishing is its own step; the preview shows the hostile text as text too.
    await page.getByRole("link", { name: "预览并发布报告" }).first().click();
    await expectInert(page);
    await expectFits390(page);
    await page.getByRole("button", { name: /确认发布/ }).click();
    await expect(page.getByText(/报告已发布，\d+ 项承诺已公开/)).toBeVisible();

    const list = await (await page.request.get(`/api/v1/commitments?jurisdiction=${PLACE}&year=2025`)).json();
    items = (list.items as { id: number; quote: string }[]).map(({ id, quote }) => ({ id, quote }));
    expect(items.map((i) => i.quote)).toContain("建成测试医院投入使用");
    expect(items.map((i) => i.quote).join()).toContain("<img src=x onerror=alert(1)>");
  });

  test("the report viewer and the item pages show the markup as text, in reading order, within 390 px", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/r/${reportId}`);
    const text = page.getByRole("region", { name: "报告全文" });
    await expect(text).toContainText("<script>alert('x')</script>");
    await expect(text).toContainText("<img src=x onerror=alert(1)>");
    await expect(text).toContainText("很长的文字很长的文字");
    await expectInert(page);
    await expectFits390(page);
    expect(await readsInOrder(page, "建成测试医院")).toBe(true);

    for (const item of items) {
      await page.goto(`/c/${item.id}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectInert(page);
      await expectFits390(page);
    }
    const hospital = items.find((i) => i.quote === "建成测试医院投入使用")!;
    await page.goto(`/c/${hospital.id}`);
    expect(await readsInOrder(page, "建成测试医院")).toBe(true);
  });

  test("update notes and evidence through the API: bad links refused, the rest stored as inert text", async ({
    page,
  }) => {
    const item = items[0]!;
    const supervisorToken = createToken(supervisor.email);
    const staffToken = createToken(staff.email);
    const api = (token: string, path: string, method: string, body: unknown) =>
      page.request.fetch(path, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          "Content-Type": "application/json",
          // Errors in English (the API answers in the caller's language).
          Cookie: `lang=${encodeURIComponent(Buffer.from('"en"').toString("base64"))}`,
        },
        data: JSON.stringify(body),
      });
    const assigned = await api(supervisorToken, `/api/v1/commitments/${item.id}`, "PATCH", {
      leadDepartment: DEPARTMENT,
    });
    expect(assigned.status()).toBe(200);

    const update = (evidence: { url: string; title: string }[], note = NOTE) =>
      api(staffToken, `/api/v1/commitments/${item.id}/updates`, "POST", {
        status: "in_progress",
        progress: 30,
        note,
        evidence,
      });
    for (const url of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>"]) {
      const refused = await update([{ url, title: "通报" }]);
      expect(refused.status(), url).toBe(400);
      expect((await refused.json()).error).toMatch(/http:\/\/ or https:\/\//);
    }
    const tooLong = await update([], "长".repeat(2001));
    expect(tooLong.status()).toBe(400);
    expect((await tooLong.json()).error).toMatch(/^note: /);

    const longUrl = `https://example.gov.cn/${"a".repeat(1500)}`;
    const accepted = await update([{ url: longUrl, title: TITLE }], `${NOTE}${"W".repeat(1500)}`);
    expect(accepted.status()).toBe(201);
    const { id: updateId } = await accepted.json();
    const published = await api(supervisorToken, `/api/v1/updates/${updateId}/review`, "POST", { decision: "publish" });
    expect(published.status()).toBe(200);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/c/${item.id}`);
    await expect(page.getByText('<script>alert("note")</script><img src=x onerror=alert(2)>')).toBeVisible();
    await expect(page.getByText("进度正常推进，完毕")).toBeVisible();
    const link = page.getByRole("link", { name: "<b onmouseover=alert(3)>工作通报</b>fdp.exe" });
    await expect(link).toHaveAttribute("href", longUrl);
    await link.hover();
    await expectInert(page);
    await expectFits390(page);
    expect(await readsInOrder(page, "正常推进")).toBe(true);
  });

  test("update notes and links through the page without JavaScript: refused with a message, kept as typed", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    watchDialogs(page);
    await signIn(page, staff, `/ledger/c/${items[0]!.id}`);
    await page.getByLabel("进度（%）").fill("40");
    await page.getByLabel("进展说明").fill(NOTE);
    await page.getByLabel("链接 1 标题").fill(TITLE);
    await page.getByLabel("链接 1 地址").fill("data:text/html,<script>alert(1)</script>");
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "报送", exact: true }).click(),
    ]);
    expect(refused.status()).toBe(400);
    await expect(page.getByText("请输入以 http:// 或 https:// 开头的链接。")).toBeVisible();
    await expect(page.getByLabel("进展说明")).toHaveValue(NOTE);

    await page.getByLabel("链接 1 地址").fill("https://example.gov.cn/notice");
    await page.getByRole("button", { name: "报送", exact: true }).click();
    await expect(page.getByText("进展已报送，等待督查室核验。")).toBeVisible();
    const card = page.locator("article.update").first();
    await expect(card).toContainText('<script>alert("note")</script>');
    await expect(card).toContainText("进度正常推进，完毕");
    await expectInert(page);
    await context.close();
  });

  test("inspections and questions with markup and bidi tricks are shown as plain text", async ({ page }) => {
    const item = items[0]!;
    const token = createToken(deputy.email);
    const post = (path: string, body: unknown) =>
      page.request.post(path, {
        headers: {
          Authorization: `Bearer ${token}`,
          "Content-Type": "application/json",
          // Errors in English (the API answers in the caller's language).
          Cookie: `lang=${encodeURIComponent(Buffer.from('"en"').toString("base64"))}`,
        },
        data: JSON.stringify(body),
      });
    const inspection = await post(`/api/v1/commitments/${item.id}/inspections`, {
      visitedOn: "2025-06-01",
      place: "<marquee>施工现场</marquee>",
      observation: OBSERVATION,
      assessment: "behind",
    });
    expect(inspection.status()).toBe(201);
    const inspectionId = (await inspection.json()).inspection.id;
    const question = await post(`/api/v1/commitments/${item.id}/questions`, { body: QUESTION });
    expect(question.status()).toBe(201);
    const questionId = (await question.json()).question.id;

    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [`/inspections/${inspectionId}`, `/questions/${questionId}`, `/c/${item.id}`]) {
      await page.goto(path);
      await expectInert(page);
      await expectFits390(page);
    }
    await page.goto(`/c/${item.id}`);
    await expect(page.getByText('<iframe src="javascript:alert(4)"></iframe>现场工地已开工。')).toBeVisible();
    await expect(page.getByText("<svg onload=alert(5)>请说明进度滞后的原因")).toBeVisible();
  });
});
