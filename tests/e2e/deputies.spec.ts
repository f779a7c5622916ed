// Deputies in a real browser: an inspection with a photo published at once, a question answered by the
// department, an overdue question, and a livelihood vote from candidates to the satisfaction result.
import { existsSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "./support/test";
import Database from "better-sqlite3";
import { votingClosedDaysAgo } from "./support/database";
import { createAccount, signIn, type TestAccount } from "./support/accounts";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const DAY = 86_400_000;

async function as(browser: Browser, account: TestAccount, path = "/"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account, path);
  return page;
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Time passing, for a test: move a question's dates into the past, straight in the server's database. */
function backdateQuestion(id: number, askedDaysAgo: number, dueDaysAgo: number) {
  const db = new Database(path.join(process.env.E2E_DATA_DIR!, "taizhang.db"));
  const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
  db.prepare("UPDATE Question SET createdAt = ?, dueAt = ? WHERE id = ?").run(
    iso(new Date(Date.now() - askedDaysAgo * DAY)),
    iso(new Date(Date.now() - dueDaysAgo * DAY)),
    id,
  );
  db.close();
}

/** The first promise of the deputy's list whose metric we can read back. */
async function firstItem(page: Page) {
  await page.goto("/deputy");
  const link = page.locator("tbody tr td:nth-child(3) a").first();
  const metric = (await link.textContent())!.trim();
  const id = Number((await link.getAttribute("href"))!.split("/").pop());
  return { metric, id };
}

test("a deputy logs an inspection with a photo against two items and it is public at once", async ({
  page,
  browser,
}) => {
  const deputy = createAccount("deputy", { name: "王伟代表" });
  await signIn(page, deputy, "/deputy");
  await expect(page.getByRole("heading", { level: 1, name: "代表工作台" })).toBeVisible();
  await expectAccessible(page);
  const rows = page.locator("tbody tr");
  const first = (await rows.nth(0).locator("td:nth-child(3) a").textContent())!.trim();
  const second = (await rows.nth(1).locator("td:nth-child(3) a").textContent())!.trim();
  await rows.nth(0).getByRole("checkbox").check();
  await rows.nth(1).getByRole("checkbox").check();
  await page.getByRole("button", { name: "为选中的事项记录视察" }).click();

  await expect(page.getByRole("heading", { name: "记录视察" })).toBeVisible();
  await expect(page.getByLabel(first)).toBeChecked();
  await expect(page.getByLabel(second)).toBeChecked();
  await expectAccessible(page);
  // The browser checks the form before anything is sent.
  await page.getByRole("button", { name: "提交视察记录" }).click();
  await expect(page.getByText("请选择对进度的判断。")).toBeVisible();

  await page.getByLabel("地点").fill("张店区人力资源市场");
  await page.getByLabel("所见所闻").fill("零工驿站已投入使用，现场登记求职人员四十余人。");
  await page.getByRole("group", { name: "对进度的判断" }).getByLabel("对报告进度存疑").check();
  await page.getByLabel("照片").setInputFiles({ name: "site.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "提交视察记录" }).click();
  await expect(page).toHaveURL(/\/inspections\/\d+$/);
  const url = page.url();

  // A visitor without an account sees it under the deputy's name, with the photo and both items.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(url);
  await expect(visitor.getByRole("heading", { name: /王伟代表 视察/ })).toBeVisible();
  await expect(visitor.getByText("零工驿站已投入使用")).toBeVisible();
  await expect(visitor.getByText("对报告进度存疑")).toBeVisible();
  const photo = visitor.getByRole("img", { name: /视察照片 1/ });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expect(visitor.getByRole("link", { name: first })).toBeVisible();
  await expect(visitor.getByRole("link", { name: second })).toBeVisible();
  await expectAccessible(visitor);
});

test("the inspection shows on the public item page", async ({ page, browser }) => {
  test.fixme(!existsSync("app/routes/c.$id.tsx"), "the public item page /c/:id is not merged yet");
  const deputy = createAccount("deputy", { name: "刘洋代表" });
  await signIn(page, deputy, "/deputy");
  const item = await firstItem(page);
  await page.goto(`/inspections/new?c=${item.id}`);
  await page.getByLabel("地点").fill("和平街道");
  await page.getByLabel("所见所闻").fill("施工现场已停工两周。");
  await page.getByRole("group", { name: "对进度的判断" }).getByLabel("进度滞后").check();
  await page.getByLabel("照片").setInputFiles({ name: "p.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "提交视察记录" }).click();
  await expect(page).toHaveURL(/\/inspections\/\d+$/);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/c/${item.id}`);
  await expect(visitor.getByText("施工现场已停工两周。")).toBeVisible();
  await expect(visitor.getByText(/刘洋代表/).first()).toBeVisible();
  await expect(visitor.locator('img[src^="/files/"]').first()).toBeVisible();
});

test("a deputy asks, the supervisor forwards, the department answers, the deputy rates and follows up", async ({
  page,
  browser,
}) => {
  const deputy = createAccount("deputy", { name: "陈静代表" });
  const supervisor = createAccount("supervisor", { name: "周督查" });
  const staff = createAccount("staff", { name: "孙科长", department: "区人力资源和社会保障局" });
  await signIn(page, deputy, "/deputy");
  const item = await firstItem(page);
  await page.goto(`/deputy/c/${item.id}`);
  await expect(page.getByRole("heading", { level: 1, name: item.metric })).toBeVisible();
  await page.getByRole("button", { name: "关注" }).click();
  await expect(page.getByRole("button", { name: "取消关注" })).toBeVisible();
  await page.getByLabel("询问内容").fill("这项工作目前进展如何？资金是否到位？");
  await page.getByRole("button", { name: "提出询问" }).click();
  await expect(page).toHaveURL(/\/questions\/\d+$/);
  const questionUrl = page.url();
  await expect(page.getByText("这项工作目前进展如何？资金是否到位？")).toBeVisible();
  await expect(page.getByText(/已等待 0 天/)).toBeVisible();

  // The item has no lead department yet: the supervisor forwards it and keeps the default date.
  const sup = await as(browser, supervisor, "/questions?state=unrouted");
  await sup.getByRole("link", { name: /这项工作目前进展如何/ }).click();
  await sup.getByText("转交与期限（督查室）").click();
  await sup.getByLabel("承办单位").selectOption({ label: "区人力资源和社会保障局" });
  await sup.getByRole("button", { name: "保存" }).click();
  await expect(sup.getByText(/承办：区人力资源和社会保障局/)).toBeVisible();

  // The department's staff find it in their inbox and answer.
  const dept = await as(browser, staff, "/inbox");
  await expect(dept.getByText("新的询问").first()).toBeVisible();
  await dept.getByRole("button", { name: "查看" }).first().click();
  await expect(dept).toHaveURL(questionUrl);
  await expectAccessible(dept);
  await dept.getByLabel("答复内容").fill("截至目前已完成年度任务的 35%，资金已拨付 600 万元。");
  await dept.getByRole("button", { name: "提交答复" }).click();
  await expect(dept.getByText("区人力资源和社会保障局答复")).toBeVisible();
  await expect(dept.getByLabel("答复内容")).toHaveCount(0);

  // The deputy is told, rates the answer and follows up in the same thread.
  await page.goto("/inbox");
  await expect(page.getByText("询问已答复")).toBeVisible();
  await page.goto(questionUrl);
  await expect(page.getByText("截至目前已完成年度任务的 35%")).toBeVisible();
  await page.getByLabel("不满意").check();
  await page.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByText("代表评价")).toBeVisible();
  await page.getByLabel("追问内容").fill("剩余资金何时到位？");
  await page.getByRole("button", { name: "提出追问" }).click();
  await expect(page.getByText("陈静代表 代表追问")).toBeVisible();
  await expect(page.getByText("陈静代表 代表询问")).toBeVisible();

  // The public sees the thread, not who in the department wrote the answer.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(questionUrl);
  await expect(visitor.getByText("截至目前已完成年度任务的 35%")).toBeVisible();
  await expect(visitor.getByText("孙科长")).toHaveCount(0);
});

test("an unanswered question past its due date shows overdue to the supervisor and the public", async ({
  page,
  browser,
  request,
}) => {
  const deputy = createAccount("deputy", { name: "黄磊代表" });
  const supervisor = createAccount("supervisor", { name: "吴督查" });
  await signIn(page, deputy, "/deputy");
  const item = await firstItem(page);
  await page.goto(`/deputy/c/${item.id}`);
  await page.getByLabel("询问内容").fill("为什么进度明显落后？");
  await page.getByRole("button", { name: "提出询问" }).click();
  await expect(page).toHaveURL(/\/questions\/\d+$/);
  const questionUrl = new URL(page.url()).pathname;
  const id = Number(questionUrl.split("/").pop());

  backdateQuestion(id, 20, 5);

  const sup = await as(browser, supervisor, "/questions?overdue=1");
  const row = sup.locator("tr", { hasText: "为什么进度明显落后？" });
  await expect(row).toBeVisible();
  await expect(row.getByText(/逾期 5 天/)).toBeVisible();
  await expect(sup.getByRole("link", { name: /项询问已逾期未答复/ })).toBeVisible();
  await expectAccessible(sup);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(questionUrl);
  await expect(visitor.getByText(/已 20 天未答复/)).toBeVisible();

  // The reminder reached the deputy once, however many times the pages ran the check.
  await sup.reload();
  await page.goto("/inbox");
  await expect(page.getByText("询问逾期未答复")).toHaveCount(1);
  expect((await request.get(questionUrl)).status()).toBe(200);
});

test("a livelihood vote: candidates, secret ballots, chosen projects tracked, year-end satisfaction published", async ({
  browser,
}) => {
  test.setTimeout(180_000); // five accounts signing in, two rounds of ballots
  const supervisor = createAccount("supervisor", { name: "郑督查" });
  const deputies = [1, 2, 3].map((n) => createAccount("deputy", { name: `票决代表${n}` }));
  const sup = await as(browser, supervisor, "/votes");
  await sup.getByLabel("名称").fill("张店区2025年民生实事项目票决");
  await sup.getByLabel("年度").fill("2025");
  await sup.getByRole("button", { name: "新建" }).click();
  await expect(sup).toHaveURL(/\/votes\/\d+$/);
  const sessionUrl = new URL(sup.url()).pathname;

  for (const [title, budget] of [
    ["老旧小区改造提升", "3000万元"],
    ["社区养老助餐点", "800万元"],
  ]) {
    await sup.getByLabel("项目", { exact: true }).fill(title);
    await sup.getByLabel("预算").fill(budget);
    await sup.getByRole("button", { name: "添加", exact: true }).click();
    await expect(sup.getByRole("cell", { name: new RegExp(title) })).toBeVisible();
  }
  const promoted = (await sup.getByLabel("承诺事项").locator("option").first().textContent())!.trim();
  await sup.getByRole("button", { name: "列为候选" }).click();
  await expect(sup.locator("tbody tr")).toHaveCount(3);
  await expectAccessible(sup);
  // The eligible deputies (应到) of this vote: the three taking part, not every deputy other tests made.
  const eligible = sup.getByRole("group", { name: /应到代表/ });
  for (const box of await eligible.getByRole("checkbox").all()) await box.uncheck();
  for (const deputy of deputies) await eligible.getByLabel(deputy.name).check();
  await sup.getByRole("button", { name: "开始投票" }).click();
  const opening = sup.getByRole("alertdialog", { name: /开始“张店区2025年民生实事项目票决”的投票/ });
  await expect(opening).toContainText("应到代表 3 人，对 3 个候选项目投票");
  await expect(sup.getByText("投票中")).toHaveCount(0);
  await opening.getByRole("button", { name: "开始投票" }).click();
  await expect(sup.getByText("投票中")).toBeVisible();

  // 老旧小区改造提升: 3 for → chosen. 社区养老助餐点: 2 for → chosen. The promoted one: 1 for → not.
  const plans = [
    ["赞成", "赞成", "赞成"],
    ["赞成", "赞成", "弃权"],
    ["赞成", "反对", "反对"],
  ];
  for (const [i, deputy] of deputies.entries()) {
    const page = await as(browser, deputy, sessionUrl);
    const ballot = page.locator("form.ballot");
    const groups = ballot.locator("fieldset");
    await expect(groups).toHaveCount(3);
    for (let g = 0; g < 3; g += 1) await groups.nth(g).getByLabel(plans[i]![g]!, { exact: true }).check();
    await page.getByRole("button", { name: "投票" }).click();
    // The ballot is summed up before it is cast; nothing is recorded yet.
    const summary = page.getByRole("alertdialog", { name: "请核对您的选票" });
    await expect(summary).toContainText(`老旧小区改造提升：${plans[i]![0]}`);
    await expect(page.getByText(`应到 3 人，实到 ${i} 人`)).toBeVisible();
    await summary.getByRole("button", { name: "确认投票" }).click();
    await expect(page.getByText("您的选票已记录")).toBeVisible();
    await expect(page.locator("form.ballot")).toHaveCount(0);
    await expect(page.getByText(`应到 3 人，实到 ${i + 1} 人`)).toBeVisible();
  }

  await sup.reload();
  await sup.getByRole("button", { name: "结束投票并公布结果" }).click();
  await sup
    .getByRole("alertdialog", { name: /结束“张店区2025年民生实事项目票决”的投票/ })
    .getByRole("button", { name: "结束投票并公布结果" })
    .click();
  await expect(sup.getByText("已票决")).toBeVisible();
  const row = (title: string) => sup.locator("tbody tr", { hasText: title });
  await expect(row("老旧小区改造提升").getByText("当选", { exact: true })).toBeVisible();
  await expect(row("社区养老助餐点").getByText("当选", { exact: true })).toBeVisible();
  await expect(row(promoted).getByText("未当选")).toBeVisible();
  await expect(row("老旧小区改造提升").locator("td").nth(2)).toHaveText("3");
  await expect(sup.getByRole("img", { name: "票决计票" })).toBeVisible();

  // Chosen projects are tracked items: the deputies find them in their workspace.
  const deputyPage = await as(browser, deputies[0]!, "/deputy?livelihood=1");
  await expect(deputyPage.getByRole("link", { name: "老旧小区改造提升" })).toBeVisible();
  await expect(deputyPage.getByRole("link", { name: "社区养老助餐点" })).toBeVisible();

  // Not on the day the projects were chosen; a few days later, and saying that they are still at 0 %.
  await sup.getByRole("button", { name: "开始年终满意度测评" }).click();
  await expect(sup.getByText("满意度测评不能与票决结果在同一天开始")).toBeVisible();
  votingClosedDaysAgo(Number(sessionUrl.split("/").pop()));
  await sup.reload();
  await sup.getByRole("button", { name: "开始年终满意度测评" }).click();
  const rating = sup.getByRole("alertdialog", { name: /满意度测评/ });
  await expect(rating).toContainText("“老旧小区改造提升”的进度仍为 0%");
  await rating.getByLabel("我知道上述项目进度为 0%，仍要开展满意度测评").check();
  await rating.getByRole("button", { name: "开始年终满意度测评" }).click();
  await expect(sup.getByText("满意度测评中")).toBeVisible();
  const satisfaction = [
    ["满意", "满意"],
    ["满意", "基本满意"],
    ["不满意", "不满意"],
  ];
  for (const [i, deputy] of deputies.entries()) {
    const page = await as(browser, deputy, sessionUrl);
    const groups = page.locator("form.ballot fieldset");
    await expect(groups).toHaveCount(2);
    for (let g = 0; g < 2; g += 1) await groups.nth(g).getByLabel(satisfaction[i]![g]!, { exact: true }).check();
    await page.getByRole("button", { name: "投票" }).click();
    await page
      .getByRole("alertdialog", { name: "请核对您的满意度测评票" })
      .getByRole("button", { name: "确认投票" })
      .click();
    await expect(page.getByText("您的选票已记录")).toBeVisible();
  }
  await sup.reload();
  await sup.getByRole("button", { name: "结束测评并公布结果" }).click();
  await sup
    .getByRole("alertdialog", { name: /结束“张店区2025年民生实事项目票决”的满意度测评/ })
    .getByRole("button", { name: "结束测评并公布结果" })
    .click();

  // Published: anyone can read the counts and the results, never a ballot.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(sessionUrl);
  await expect(visitor.getByText("测评结果已公布")).toBeVisible();
  const publicRow = (title: string) => visitor.locator("tbody tr", { hasText: title });
  await expect(publicRow("老旧小区改造提升").locator("td").last()).toHaveText("满意");
  await expect(publicRow("社区养老助餐点").locator("td").last()).toHaveText("基本满意");
  await expect(visitor.getByRole("img", { name: "满意度测评计票" })).toBeVisible();
  for (const deputy of deputies) await expect(visitor.getByText(deputy.name)).toHaveCount(0);
  await expectAccessible(visitor);
});

test("the forms work without JavaScript and keep what was typed", async ({ browser }) => {
  const deputy = createAccount("deputy", { name: "无脚本代表" });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, deputy, "/deputy");
  const item = await firstItem(page);

  // The inspection form comes with the chosen item ticked and today's date.
  await page.goto(`/inspections/new?c=${item.id}`);
  await expect(page.getByLabel(item.metric)).toBeChecked();
  await expect(page.getByLabel("视察日期")).not.toHaveValue("");
  await page.getByLabel("所见所闻").fill("没有脚本也能提交。");
  await page.getByRole("button", { name: "提交视察记录" }).click();
  await expect(page.getByText("此项必填。")).toBeVisible();
  await expect(page.getByText("请选择对进度的判断。")).toBeVisible();
  await expect(page.getByLabel("所见所闻")).toHaveValue("没有脚本也能提交。");
  await expect(page.getByLabel(item.metric)).toBeChecked();
  await page.getByLabel("地点").fill("东风街道");
  await page.getByRole("group", { name: "对进度的判断" }).getByLabel("进展正常").check();
  await page.getByRole("button", { name: "提交视察记录" }).click();
  await expect(page).toHaveURL(/\/inspections\/\d+$/);
  await expect(page.getByText("没有脚本也能提交。")).toBeVisible();

  await page.goto(`/deputy/c/${item.id}`);
  await page.getByLabel("询问内容").fill("没有脚本的询问");
  await page.getByRole("button", { name: "提出询问" }).click();
  await expect(page).toHaveURL(/\/questions\/\d+$/);
  await expect(page.getByText("没有脚本的询问")).toBeVisible();
  await context.close();
});

test("the deputy pages fit a 390 px wide phone", async ({ browser }) => {
  const deputy = createAccount("deputy", { name: "手机代表" });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, deputy, "/deputy");
  for (const path of ["/deputy", "/questions", "/votes", "/inbox"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
