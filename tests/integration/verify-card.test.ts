// The verification queue shows what was promised (target, due date) beside what a department reports,
// so the supervision office can judge the figure without opening the item.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as verify from "~/routes/ledger.verify";
import { db } from "~/utils/db.server";
import { makeItem, makeUpdate, page, run, setUpLedger, type LedgerFixture } from "./support/ledger";
import { startServer, type RunningServer } from "./support/server";

let fx: LedgerFixture;
let server: RunningServer;
let updateId = 0;

beforeAll(async () => {
  fx = await setUpLedger();
  const item = await makeItem(fx, { metric: "核验卡片上的事项", dueDate: new Date(Date.UTC(2026, 2, 31)) });
  updateId = (await makeUpdate(fx, item.id, { progress: 70 })).id;
  await db.statusUpdate.update({ where: { id: updateId }, data: { actualValue: 0.9, actualUnit: "万人" } });
  server = await startServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe("the verify card", () => {
  it("the queue's loader gives each update the promise's target and due date", async () => {
    const outcome = await run(verify.loader, page(fx.people.supervisor, "/ledger/verify"));
    const updates = (outcome.body as { updates: { id: number; commitment: Record<string, unknown> }[] }).updates;
    expect(updates.find((u) => u.id === updateId)?.commitment).toMatchObject({
      metric: "核验卡片上的事项",
      target: 1.3,
      unit: "万人",
      comparator: ">=",
      dueDate: new Date(Date.UTC(2026, 2, 31)),
      progress: 30,
    });
  });

  it("the rendered card puts the target and the due date right after the reported figure", async () => {
    const response = await fetch(`${server.url}/ledger/verify`, { headers: { Cookie: fx.people.supervisor.cookie! } });
    expect(response.status).toBe(200);
    const html = await response.text();
    const start = html.indexOf(`id="update-${updateId}"`);
    expect(start).toBeGreaterThan(0);
    const facts = html.slice(start, html.indexOf("</dl>", start));
    const text = facts
      .replace(/<!--.*?-->/g, "")
      .replace(/<[^>]+>/g, "|")
      .split("|")
      .map((s) => s.trim())
      .filter(Boolean);
    const at = text.indexOf("实际完成值");
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at, at + 6)).toEqual(["实际完成值", "0.9万人", "目标值", "≥1.3万人", "完成时限", "2026-03-31"]);
  });
});
