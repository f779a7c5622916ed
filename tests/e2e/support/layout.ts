// Layout checks a person would make by eye, as assertions: every column of a table readable (at least
// four characters wide), every tap target at least 44 px, nothing wider than the screen, the header
// bar on one line.
import { expect, type Page } from "@playwright/test";

/** Columns of the visible tables (those still laid out as tables) narrower than four characters. */
export async function expectReadableColumns(page: Page) {
  const narrow = await page.evaluate(() => {
    const problems: string[] = [];
    for (const table of document.querySelectorAll<HTMLTableElement>("main table")) {
      const style = getComputedStyle(table);
      if (style.display !== "table" || table.getBoundingClientRect().width === 0) continue;
      const row = table.tHead?.rows[0] ?? table.rows[0];
      if (!row) continue;
      for (const cell of Array.from(row.cells)) {
        const fontSize = parseFloat(getComputedStyle(cell).fontSize);
        const width = cell.getBoundingClientRect().width;
        if (width + 0.5 < 4 * fontSize)
          problems.push(`${table.caption?.textContent?.trim() ?? "table"} › ${cell.textContent?.trim()}: ${width}px`);
      }
    }
    return problems;
  });
  expect(narrow, "table columns narrower than four characters").toEqual([]);
}

/** Buttons, fields, menu and the labels of checkboxes and radio buttons smaller than 44 × 44 px. */
export async function expectTapTargets(page: Page) {
  const small = await page.evaluate(() => {
    const problems: string[] = [];
    const selector =
      "main button, main .button, main select, main input:not([type=hidden]), main summary, header summary, header .phone-nav a";
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest(".visually-hidden")) continue;
      // Not shown: inside a closed <details>, display: none, visibility: hidden.
      if (!element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
      const own = element.getBoundingClientRect();
      if (own.width === 0 || own.height === 0) continue;
      let target: HTMLElement = element;
      if (element.matches("input[type=checkbox], input[type=radio]")) {
        target =
          element.closest("label") ??
          (element.id ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(element.id)}"]`) : null) ??
          element;
      }
      const box = target.getBoundingClientRect();
      if (box.height + 0.5 < 44 || box.width + 0.5 < 44) {
        const name = (target.getAttribute("aria-label") ?? target.textContent ?? target.tagName).trim().slice(0, 30);
        problems.push(`${target.tagName.toLowerCase()} "${name}": ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return problems;
  });
  expect(small, "tap targets smaller than 44 px").toEqual([]);
}

export async function expectNoSideways(page: Page) {
  const wide = await page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    // The outermost elements that stick out, to say what to fix.
    return Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= window.innerWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(el.getBoundingClientRect().right)}px`);
  });
  expect(wide, "the page scrolls sideways").toEqual([]);
}

/** The bar of links in the header: all on one line. */
export async function expectNavOnOneLine(page: Page) {
  const tops = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("header .site-nav a")).map((a) =>
      Math.round(a.getBoundingClientRect().top),
    ),
  );
  expect(tops.length).toBeGreaterThan(0);
  expect(new Set(tops).size, "navigation wraps").toBe(1);
}

/** All of the above that apply at the page's width. */
export async function checkLayout(page: Page) {
  const width = page.viewportSize()!.width;
  await expectReadableColumns(page);
  await expectNoSideways(page);
  if (width < 600) await expectTapTargets(page);
  else await expectNavOnOneLine(page);
}
