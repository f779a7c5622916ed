import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";

test("a citizen searches every place and year from the home page", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "在各地、各年度的承诺中搜索" });
  await box.fill("教育");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%E6%95%99%E8%82%B2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索“教育”");
  await expect(page.getByRole("status")).toContainText(/共 \d+ 项/);
  const results = page.locator("ol.item-list > li");
  await expect(results.first().getByRole("link")).toHaveAttribute("href", /^\/c\/\d+$/);
  // Across places: the first pages hold promises of more than one district.
  const places = new Set<string>();
  for (const row of await results.all()) {
    const place = await row.locator(".row.small.muted span").first().textContent();
    if (place) places.add(place);
  }
  expect(places.size).toBeGreaterThan(1);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations).toEqual([]);
});

test("the search box keeps the query, and an empty query shows no results", async ({ page }) => {
  await page.goto("/search?q=%E5%85%BB%E8%80%81");
  await expect(page.getByRole("searchbox")).toHaveValue("养老");
  await page.getByRole("searchbox").fill("");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索承诺");
  await expect(page.locator("ol.item-list")).toHaveCount(0);
});
