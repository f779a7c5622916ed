import { expect, test } from "./support/test";
import { createAccount, signInWithForm } from "./support/accounts";

test("the home page lists the demo jurisdictions with their reports", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/台账/);
  const list = page.getByRole("list", { name: "各地政府工作报告" });
  // Exact: a report's title names its place too ("2023年淄川区政府工作报告").
  for (const name of ["张店区", "淄川区", "天桥区"])
    await expect(list.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(list.getByRole("link", { name: /2025.*政府工作报告/ }).first()).toBeVisible();
});

test("/healthz answers 200 with the database state", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, db: "ok", writes: "ok", files: "ok" });
});

test("an unknown path shows the 404 page", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("404");
  await expect(page.getByText("找不到这个页面")).toBeVisible();
});

test("a protected page sends an anonymous visitor to the login page", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount/);
  await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
});

test("a user created with the CLI signs in and out in the browser", async ({ page, context }) => {
  const account = createAccount("supervisor", { name: "王督查" });
  await page.goto("/login");
  await page.getByLabel("电子邮箱").fill(account.email);
  await page.getByLabel("密码").fill("wrong password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert")).toContainText("邮箱或密码不正确");
  await expect(page.getByLabel("电子邮箱")).toHaveValue(account.email);

  await signInWithForm(page, account, "/account");
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "我的账号" })).toBeVisible();
  await expect(page.getByText("王督查").first()).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === "__taizhang_session");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);
});

test("client-side validation stops an empty login before it is sent", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
  await page.goto("/login");
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("请输入有效的电子邮箱。")).toBeVisible();
  expect(posts).toEqual([]);
});

test("the language switch turns the interface to English and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Government work reports");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("各地政府工作报告");
});
