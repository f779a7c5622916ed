// The browser tests' `test`: every page it hands out (the `page` fixture and any page of a context made with
// `browser.newContext`) waits, after each goto and reload, until the page's scripts have taken over. A click
// that lands before hydration does nothing on a control that needs JavaScript, and on a busy machine that
// gap lasts long enough to lose a click now and then.
import { test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";

export { expect } from "@playwright/test";
export type { APIRequestContext, Browser, Page } from "@playwright/test";

/** Until the root has marked the page hydrated (app/root.tsx); at once on a page without the app's scripts. */
export async function untilHydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !("__remixContext" in window) || document.documentElement.hasAttribute("data-hydrated"),
  );
}

const waiting = new WeakSet<Page>();

function waitingForHydration(page: Page): Page {
  if (waiting.has(page)) return page;
  waiting.add(page);
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await untilHydrated(page);
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await untilHydrated(page);
    return response;
  };
  return page;
}

function withHydratingPages(context: BrowserContext): BrowserContext {
  const newPage = context.newPage.bind(context);
  context.newPage = async () => waitingForHydration(await newPage());
  return context;
}

export const test = base.extend<object, { browser: Browser }>({
  browser: [
    async ({ browser }, provide) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        // Without JavaScript there is nothing to wait for (and nothing to wait with).
        return options?.javaScriptEnabled === false ? context : withHydratingPages(context);
      };
      await provide(browser);
    },
    { scope: "worker" },
  ],
  page: async ({ page }, provide) => {
    await provide(waitingForHydration(page));
  },
});
