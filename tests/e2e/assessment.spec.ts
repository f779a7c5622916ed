// One promise through every combination of the department's status and the next report's verdict:
// the item page, the list, the scorecard, the widget, the feed, the CSV and the API say the same
// thing, and no page shows two labels for it.
import path from "node:path";
import Database from "better-sqlite3";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "./support/test";

const STATUSES = ["not_started", "in_progress", "done", "verified", "partial", "missed", "changed"] as const;
const VERDICTS = [null, "achieved", "partial", "missed", "in_progress", "not_mentioned"] as const;

/** The stated precedence, written out again here: a verdict that decides, else the status, else "no data". */
const BY_VERDICT: Record<string, string> = {
  achieved: "achieved",
  partial: "partly_achieved",
  missed: "not_achieved",
  in_progress: "carried_over",
};
const BY_STATUS: Record<string, string> = {
  not_started: "not_started",
  in_progress: "in_progress",
  done: "reported_done",
  verified: "verified",
  partial: "partly_done",
  missed: "not_done",
  changed: "changed",
};

function expected(status: string, verdict: string | null, reported: boolean): string {
  if (verdict && BY_VERDICT[verdict]) return BY_VERDICT[verdict];
  return status === "not_started" && !reported ? "no_data" : BY_STATUS[status];
}

function database() {
  return new Database(path.join(process.env.E2E_DATA_DIR!, "taizhang.db"));
}

interface Target {
  id: number;
  quote: string;
  reportId: number;
  laterReportId: number;
  reported: boolean;
}

/** A promise of 张店 2025 that nobody has reported on, and another report to give verdicts from. */
function pickTarget(): Target {
  const db = database();
  try {
    const row = db
      .prepare(
        `SELECT c.id, c.quote, c.reportId FROM "Commitment" c JOIN "Jurisdiction" j ON j.id = c.jurisdictionId
         WHERE j.slug = 'zhangdian' AND c.year = 2025 AND c.reviewState = 'accepted' AND c.parentId IS NULL
           AND c.status = 'not_started' AND c.progress = 0 AND c.dueDate IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM "StatusUpdate" u WHERE u.commitmentId = c.id)
           AND NOT EXISTS (SELECT 1 FROM "Commitment" k WHERE k.parentId = c.id)
           AND c.carriedOverFromId IS NULL
         ORDER BY c.id LIMIT 1`,
      )
      .get() as { id: number; quote: string; reportId: number };
    const later = db.prepare(`SELECT id FROM "Report" WHERE id <> ? ORDER BY id LIMIT 1`).get(row.reportId) as {
      id: number;
    };
    return { ...row, laterReportId: later.id, reported: false };
  } finally {
    db.close();
  }
}

/** Puts the promise in a state: the department's status and a confirmed verdict of the later report (or none). */
function setState(target: Target, status: string, verdict: string | null) {
  const db = database();
  try {
    const now = new Date().toISOString();
    db.prepare(`UPDATE "Commitment" SET status = ?, progress = ?, version = version + 1 WHERE id = ?`).run(
      status,
      status === "not_started" ? 0 : status === "in_progress" ? 40 : 100,
      target.id,
    );
    db.prepare(`DELETE FROM "FollowUp" WHERE commitmentId = ?`).run(target.id);
    if (verdict)
      db.prepare(
        `INSERT INTO "FollowUp" (commitmentId, laterReportId, proposedVerdict, confidence, verdict, state, createdAt, updatedAt)
         VALUES (?, ?, ?, 0.9, ?, 'confirmed', ?, ?)`,
      ).run(target.id, target.laterReportId, verdict, verdict, now, now);
  } finally {
    db.close();
  }
}

async function apiItem(page: Page, id: number) {
  const response = await page.request.get(`/api/v1/commitments/${id}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as { assessment: string; assessmentLabel: string; light: string | null };
}

// What the server renders is what is checked (42 states × 4 pages): without JavaScript the pages load
// several times faster, and hydration adding or changing a label is the console tests' business.
test.use({ javaScriptEnabled: false });

test("every status × verdict reads the same on the item page, list, scorecard, widget, feed, CSV and API", async ({
  page,
}) => {
  test.setTimeout(600_000);
  const target = pickTarget();
  const q = encodeURIComponent(target.quote.slice(0, 30));
  try {
    for (const status of STATUSES)
      for (const verdict of VERDICTS) {
        setState(target, status, verdict);
        const key = expected(status, verdict, status !== "not_started" || target.reported);
        const where = `${status} × ${verdict ?? "no verdict"}`;

        const api = await apiItem(page, target.id);
        expect(api.assessment, where).toBe(key);
        const words = api.assessmentLabel;
        const name = words.split(" · ")[0];

        // The item page: one assessment, with these words; no other label of a status, verdict or light.
        await page.goto(`/c/${target.id}`);
        const item = page.locator("article.item-page");
        await expect(item.locator("[data-assessment]"), where).toHaveCount(1);
        await expect(item.locator("[data-assessment]"), where).toHaveAttribute("data-assessment", key);
        await expect(item.locator("[data-assessment]"), where).toHaveText(words);
        await expect(item.locator(".badge"), where).toHaveCount(1);

        // The list row says the same, and only that.
        await page.goto(`/j/zhangdian/2025/commitments?q=${q}`);
        const row = page.locator("li.item-row").filter({ has: page.locator(`a[href="/c/${target.id}"]`) });
        await expect(row.locator("[data-assessment]"), where).toHaveText(words);
        await expect(row.locator(".badge"), where).toHaveCount(1);

        // The scorecard counts it under the same words, and its link lists it.
        await page.goto("/j/zhangdian/2025");
        const card = page.getByRole("region", { name: "按评估" });
        const cell = card.getByRole("rowheader", { name, exact: true });
        await expect(cell, where).toHaveCount(1);
        await cell.getByRole("link").click();
        await expect(page).toHaveURL(new RegExp(`assessment=${key}`));
        await expect(page.locator(`li.item-row a[href="/c/${target.id}"]`).first(), where).toBeVisible();

        // The widget, the feed and the CSV.
        // The widget counts the year's promises under the same words: as many as the year's CSV lists.
        const widget = await (await page.request.get("/embed/j/zhangdian")).text();
        const entry = widget.match(new RegExp(`<li data-assessment="${key}">(.*?)</li>`))?.[1] ?? "";
        const entryText = entry.replace(/<[^>]*>/g, "").trim();
        const year = await (await page.request.get("/j/zhangdian/2025/commitments.csv")).text();
        const yearRows = parse(year.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
        expect(entryText, where).toBe(`${name} ${yearRows.filter((r) => r["评估"] === name).length}`);
        const feed = await (await page.request.get(`/feeds/c/${target.id}.atom`)).text();
        expect(feed, where).toContain(`<subtitle>评估：${words}。`);
        const csv = await (await page.request.get(`/j/zhangdian/2025/commitments.csv?q=${q}`)).text();
        const rows = parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
        const line = rows.find((r) => r["编号"] === String(target.id));
        expect(line?.["评估"], where).toBe(name);
        expect(line?.["红黄绿灯"], where).toBe(api.light ? words.split(" · ")[1] : "无灯");
      }
  } finally {
    setState(target, "not_started", null);
  }
});
