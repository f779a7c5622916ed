// Every role on the main pages in Chromium: no console error, no uncaught exception, no hydration mismatch.
import { expect, test, type Page } from "./support/test";
import { createAccount, signIn, type TestAccount } from "./support/accounts";

const PUBLIC_PAGES = ["/", "/j/zhangdian/2025", "/j/zhangdian/2022", "/j/zhangdian/2025/commitments", "/api/docs"];
const ROLE_PAGES: Record<string, string[]> = {
  anonymous: ["/login"],
  admin: ["/account", "/inbox", "/import", "/admin/users", "/admin/departments", "/admin/jurisdictions"],
  supervisor: [
    "/ledger",
    "/ledger/verify",
    "/ledger/assign",
    "/ledger/import",
    "/import",
    "/followup",
    "/questions",
    "/votes",
    "/inbox",
  ],
  staff: ["/ledger", "/ledger/bulk", "/ledger/import", "/questions", "/inbox"],
  deputy: ["/deputy", "/inspections/new", "/questions", "/votes", "/inbox"],
};

/** A role's pages about one item. */
const ITEM_PAGES: Record<string, (id: number) => string[]> = {
  supervisor: (id) => [`/ledger/c/${id}`, `/ledger/c/${id}/history`],
  deputy: (id) => [`/deputy/c/${id}`],
};

/** Public ids of the pages that need one: a few items (with and without activity) and a report. */
async function samplePages(page: Page): Promise<string[]> {
  const list = await (
    await page.request.get("/api/v1/commitments?jurisdiction=zhangdian&year=2025&perPage=100")
  ).json();
  const items: { id: number; reportId: number | null; progress: number }[] = list.items;
  const busy = items.find((i) => i.progress > 0) ?? items[0];
  const idle = items.find((i) => i.progress === 0) ?? items[1];
  return [`/c/${busy.id}`, `/c/${idle.id}`, `/r/${busy.reportId}`];
}

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
  return problems;
}

async function visit(page: Page, problems: string[], path: string) {
  await page.goto(path);
  // Hydration has finished when the router is in place and React attached its root.
  await page.waitForFunction(() => "__remixRouter" in window && document.readyState === "complete");
  await page.waitForLoadState("networkidle");
  expect(problems, `${path}: ${problems.join("\n")}`).toEqual([]);
}

const accounts: Record<string, () => TestAccount | null> = {
  anonymous: () => null,
  admin: () => createAccount("admin"),
  supervisor: () => createAccount("supervisor"),
  staff: () => createAccount("staff"),
  deputy: () => createAccount("deputy"),
};
/** One account per role, shared by its Chinese and English test. */
const made = new Map<string, TestAccount | null>();
const accountFor = (role: string) => (made.has(role) ? made.get(role)! : made.set(role, accounts[role]()).get(role)!);

for (const role of Object.keys(accounts)) {
  for (const lang of ["zh", "en"] as const) {
    test(`${role} (${lang}): no console error on the main pages`, async ({ page, context, baseURL }) => {
      const account = accountFor(role);
      if (account) await signIn(page, account);
      // The value as Remix's createCookie writes it (base64 of the JSON string).
      const value = encodeURIComponent(Buffer.from(JSON.stringify(lang)).toString("base64"));
      await context.addCookies([{ name: "lang", value, url: baseURL ?? "" }]);
      const problems = watch(page);
      const samples = await samplePages(page);
      const itemId = Number(samples[0].slice("/c/".length));
      for (const path of [...PUBLIC_PAGES, ...samples, ...ROLE_PAGES[role], ...(ITEM_PAGES[role]?.(itemId) ?? [])]) {
        await visit(page, problems, path);
      }
    });
  }
}

test("switching the language loads the other catalogue and renders without errors", async ({ page }) => {
  const problems = watch(page);
  await visit(page, problems, "/j/zhangdian/2025");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("承诺落实情况");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("what became of the promises");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("承诺落实情况");
  expect(problems).toEqual([]);
});
