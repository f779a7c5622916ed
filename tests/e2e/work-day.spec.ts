// Each role's main working day, at 1280 px and on a 390 px phone, in Chromium, with the layout checked
// on every screen (readable columns, 44 px targets, no sideways scrolling, the bar on one line):
// the supervision office imports, previews and publishes a report, then assigns its items in bulk;
// a department reports with a photo taken by the phone's camera; a deputy inspects with a photo and
// votes, seeing the ballot summed up before it is cast. Every irreversible step shows its
// confirmation first. Sign-in is a session cookie (support/session.ts), not the form.
import { expect, test, type Page } from "./support/test";
import { createAccount, signInWithForm, type TestAccount } from "./support/accounts";
import { checkLayout } from "./support/layout";
import { signInAs } from "./support/session";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PLACE = "tianqiao";
const DEPARTMENT = "区人力资源和社会保障局";
const NEXT_YEAR = new Date().getUTCFullYear() + 1;

const DEVICES = [
  {
    name: "1280 px",
    viewport: { width: 1280, height: 900 },
    report: "tests/fixtures/probe4/yuhua-2019.txt",
    year: "2019",
  },
  {
    name: "390 px",
    viewport: { width: 390, height: 844 },
    report: "tests/fixtures/probe4/shenzhen-2017.txt",
    year: "2017",
  },
] as const;

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

for (const device of DEVICES) {
  test.describe.serial(`a working day at ${device.name}`, () => {
    test.use({ viewport: device.viewport, hasTouch: device.viewport.width < 600 });
    const phone = device.viewport.width < 600;
    let supervisor: TestAccount;
    let staff: TestAccount;
    let deputy: TestAccount;
    let reportId: number;
    let itemId: number;
    let voteId: number;

    test.beforeAll(() => {
      supervisor = createAccount("supervisor", { jurisdiction: PLACE, name: `督查 ${device.name}` });
      staff = createAccount("staff", { jurisdiction: PLACE, department: DEPARTMENT, name: `科员 ${device.name}` });
      deputy = createAccount("deputy", { jurisdiction: PLACE, name: `代表 ${device.name}` });
    });

    test("supervisor: import → preview → publish → bulk-assign", async ({ page, context, baseURL }) => {
      test.setTimeout(120_000);
      await signInAs(context, supervisor, baseURL!);
      await open(page, "/import");
      await checkLayout(page);
      await page.getByLabel("报告文件").setInputFiles(device.report);
      await page.getByRole("button", { name: "分析报告" }).click();
      await expect(page.getByText(/识别出 \d+ 项承诺/)).toBeVisible();
      await page.getByLabel("年度").fill(device.year);
      await page.getByRole("button", { name: "导入并开始审核" }).click();
      await expect(page).toHaveURL(/\/review\/\d+\?imported=new/);
      reportId = Number(new URL(page.url()).pathname.split("/").pop());

      // The compact table: one row per item.
      await page.getByRole("link", { name: "表格视图" }).click();
      await expect(page.locator("table.review-table")).toBeVisible();
      await checkLayout(page);
      await page.getByRole("button", { name: /全部采纳剩余 \d+ 项/ }).click();
      await expect(page.getByText(/已采纳 \d+ 项。/)).toBeVisible();
      // Accepting is not publishing.
      await expect(page.getByText("报告尚未公开")).toBeVisible();
      expect((await page.request.get(`/r/${reportId}`)).status()).toBe(404);

      // The publish step: what becomes public, then one confirmed post.
      await page.getByRole("link", { name: "预览并发布报告" }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: /发布报告/ })).toBeVisible();
      await expect(page.getByText("发布不能撤回")).toBeVisible();
      await checkLayout(page);
      await page.getByRole("button", { name: /确认发布/ }).click();
      await expect(page).toHaveURL(/\/ledger\/assign\?report=\d+&published=\d+/);
      await expect(page.getByText(/报告已发布，\d+ 项承诺已公开/)).toBeVisible();
      // Focus moved to what just happened.
      await expect(page.locator("[data-flash]").first()).toBeFocused();
      expect((await page.request.get(`/r/${reportId}`)).status()).toBe(200);
      await checkLayout(page);

      // Bulk assignment: everything at once; a due date already past is asked about first.
      await page.getByRole("link", { name: /全选 \d+ 项/ }).click();
      await expect(page.locator('input[name="ids"]:checked').first()).toBeVisible();
      const picked = await page.locator('input[name="ids"]:checked').count();
      expect(picked).toBeGreaterThan(1);
      await page.getByLabel("牵头单位").selectOption({ label: DEPARTMENT });
      await page.getByLabel("完成时限").fill("2020-01-31");
      await page.getByRole("button", { name: "应用到所选事项" }).click();
      const warning = page.getByRole("alertdialog", { name: /完成时限 2020-01-31 已经过去/ });
      await expect(warning).toBeVisible();
      await expect(warning).toBeFocused();
      await checkLayout(page);
      await warning.getByRole("link", { name: "取消" }).click();
      await expect(warning).toBeHidden();
      await page.getByLabel("牵头单位").selectOption({ label: DEPARTMENT });
      await page.getByLabel("完成时限").fill(`${NEXT_YEAR}-06-30`);
      await page.getByLabel("责任人").fill("王局长");
      await page.getByRole("button", { name: "应用到所选事项" }).click();
      await expect(page.getByText(`已为 ${picked} 项保存交办信息`)).toBeVisible();
      const first = page.locator("table.compact tbody tr").first();
      await expect(first).toContainText(DEPARTMENT);
      await expect(first).toContainText(`${NEXT_YEAR}-06-30`);
      itemId = Number((await first.locator('a[href^="/ledger/c/"]').getAttribute("href"))!.split("/").pop());
      await checkLayout(page);
    });

    test("staff: reports progress with a photo from the camera", async ({ page, context, baseURL }) => {
      await signInAs(context, staff, baseURL!);
      await open(page, "/ledger");
      await expect(page.getByRole("heading", { level: 1 })).toContainText(DEPARTMENT);
      await checkLayout(page);
      // The new task reached the department, with its due date.
      await open(page, "/inbox");
      await expect(page.getByText(new RegExp(`完成时限：${NEXT_YEAR}-06-30`)).first()).toBeVisible();
      if (phone) {
        // One menu button with the unread count; its links are 44 px tall too.
        const menu = page.locator("header summary");
        await expect(menu).toContainText(/菜单\s*\d+/);
        await menu.click();
        await expect(page.locator("header .phone-nav").getByRole("link", { name: /消息/ })).toBeVisible();
        await checkLayout(page);
        await menu.click();
      } else {
        await expect(
          page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: /消息/ }),
        ).toContainText(/\d+/);
      }
      await checkLayout(page);

      await open(page, `/ledger/c/${itemId}`);
      await page.getByLabel("状态", { exact: true }).selectOption({ label: "推进中" });
      await page.getByLabel("进度（%）").fill("40");
      await page.getByLabel("进展说明").fill(`E2E ${device.name}：已召开推进会`);
      await page
        .getByLabel("拍照（用手机摄像头现场拍摄）")
        .setInputFiles({ name: `现场-${device.viewport.width}.png`, mimeType: "image/png", buffer: PNG });
      await checkLayout(page);
      await page.getByRole("button", { name: "报送", exact: true }).click();
      await expect(page.getByText("进展已报送，等待督查室核验。")).toBeVisible();
      const card = page.locator("article.update", { hasText: `E2E ${device.name}` });
      await expect(card.getByRole("img", { name: `现场-${device.viewport.width}.png` })).toBeVisible();
      await checkLayout(page);
    });

    test("supervisor: prepares a vote and opens it after confirming", async ({ page, context, baseURL }) => {
      test.setTimeout(90_000);
      await signInAs(context, supervisor, baseURL!);
      await open(page, "/votes");
      await page.getByLabel("名称").fill(`E2E 民生实事 ${device.name}`);
      await page.getByLabel("年度", { exact: true }).fill(String(NEXT_YEAR));
      await page.getByRole("button", { name: "新建" }).click();
      await expect(page).toHaveURL(/\/votes\/\d+$/);
      voteId = Number(new URL(page.url()).pathname.split("/").pop());
      for (const title of ["口袋公园", "社区食堂"]) {
        await page.getByLabel("项目", { exact: true }).fill(title);
        await page.getByRole("button", { name: "添加", exact: true }).click();
        await expect(page.getByRole("cell", { name: new RegExp(title) })).toBeVisible();
      }
      await expect(page.getByRole("group", { name: /应到代表/ }).getByLabel(deputy.name)).toBeChecked();
      await page.getByRole("button", { name: "开始投票" }).click();
      const confirm = page.getByRole("alertdialog", { name: /开始“E2E 民生实事/ });
      await expect(confirm).toBeVisible();
      await expect(confirm).toContainText(/应到代表 \d+ 人，对 2 个候选项目投票/);
      await checkLayout(page);
      await confirm.getByRole("button", { name: "开始投票" }).click();
      await expect(page.getByText(/应到 \d+ 人，实到 0 人/)).toBeVisible();
    });

    test("deputy: inspects with a photo from the camera, then votes after checking the ballot", async ({
      page,
      context,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      await signInAs(context, deputy, baseURL!);
      await open(page, "/deputy");
      // On a phone the filters fold away behind one button; on a wide screen they are shown.
      if (phone) await expect(page.getByLabel("关键词")).toBeHidden();
      else await expect(page.getByLabel("关键词")).toBeVisible();
      await checkLayout(page);
      await page.locator('input[name="c"]').first().check();
      await page.getByRole("button", { name: "为选中的事项记录视察" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "记录视察" })).toBeVisible();
      await page.getByLabel("地点").fill("天桥区某社区");
      await page.getByLabel("所见所闻").fill(`E2E ${device.name}：现场已开工，围挡规范。`);
      await page.getByLabel("进展正常").check();
      await page
        .getByLabel("拍照（用手机摄像头现场拍摄）")
        .setInputFiles({ name: `视察-${device.viewport.width}.png`, mimeType: "image/png", buffer: PNG });
      await checkLayout(page);
      await page.getByRole("button", { name: "提交视察记录" }).click();
      await expect(page).toHaveURL(/\/inspections\/\d+$/);
      await expect(page.getByRole("img", { name: /天桥区某社区/ })).toBeVisible();

      await open(page, `/votes/${voteId}`);
      await expect(page.getByText("选票一经投出不可更改")).toBeVisible();
      const sheet = page.locator("form.ballot");
      await sheet.getByRole("group", { name: "口袋公园" }).getByLabel("赞成").check();
      await sheet.getByRole("group", { name: "社区食堂" }).getByLabel("弃权").check();
      await checkLayout(page);
      await sheet.getByRole("button", { name: "投票" }).click();
      const summary = page.getByRole("alertdialog", { name: "请核对您的选票" });
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary).toContainText("口袋公园：赞成");
      await expect(summary).toContainText("社区食堂：弃权");
      await checkLayout(page);
      await summary.getByRole("button", { name: "确认投票" }).click();
      await expect(page.getByText("您的选票已记录")).toBeVisible();
      await expect(page.getByText(/应到 \d+ 人，实到 1 人/)).toBeVisible();
    });

    test("supervisor: closes the vote after confirming; a chosen project links back to it", async ({
      page,
      context,
      baseURL,
    }) => {
      await signInAs(context, supervisor, baseURL!);
      await open(page, `/votes/${voteId}`);
      await page.getByRole("button", { name: "结束投票并公布结果" }).click();
      const confirm = page.getByRole("alertdialog", { name: /结束“E2E 民生实事/ });
      await expect(confirm).toContainText(/应到 \d+ 人，实到 1 人/);
      await expect(confirm).toContainText("不能重新开放");
      await checkLayout(page);
      await confirm.getByRole("button", { name: "结束投票并公布结果" }).click();
      await expect(confirm).toBeHidden();
      await expect(page.locator("p.notice", { hasText: /应到 \d+ 人，实到 1 人/ })).toBeVisible();
      // The rule counts against the eligible deputies: one vote for is a majority of one eligible deputy
      // (1280 px, the first vote of the day) but not of two (390 px, when the first deputy was eligible too).
      const park = page.locator("tbody tr", { hasText: "口袋公园" });
      if (phone) {
        await expect(park.getByText("未当选")).toBeVisible();
      } else {
        await expect(park.getByText("当选", { exact: true })).toBeVisible();
        const tracked = await park.getByRole("link").getAttribute("href");
        await open(page, `/ledger/c/${tracked!.split("/").pop()}`);
        await expect(page.getByRole("link", { name: `E2E 民生实事 ${device.name}` })).toHaveAttribute(
          "href",
          `/votes/${voteId}`,
        );
        await open(page, `/votes/${voteId}`);
      }
      // Opening satisfaction voting on the same day is refused.
      await page.getByRole("button", { name: "开始年终满意度测评" }).click();
      await expect(page.getByText("满意度测评不能与票决结果在同一天开始")).toBeVisible();
    });
  });
}

test("after signing in, each role lands on its own workspace", async ({ page }) => {
  const landing: [TestAccount, RegExp][] = [
    [createAccount("supervisor", { jurisdiction: PLACE }), /\/ledger$/],
    [createAccount("staff", { jurisdiction: PLACE, department: DEPARTMENT }), /\/ledger$/],
    [createAccount("deputy", { jurisdiction: PLACE }), /\/deputy$/],
    [createAccount("admin", { jurisdiction: PLACE }), /\/admin\/users$/],
  ];
  for (const [account, where] of landing) {
    await page.context().clearCookies();
    await signInWithForm(page, account, "/");
    await expect(page).toHaveURL(where);
    await expectNavFits(page);
  }
});

async function expectNavFits(page: Page) {
  const tops = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("header .site-nav a")).map((a) =>
      Math.round(a.getBoundingClientRect().top),
    ),
  );
  expect(new Set(tops).size).toBe(1);
}
