// Point 6 of issue 13: heavy work runs in a worker thread with limits. Zip bombs (.docx, .xlsx) are
// refused before anything is inflated, a text with more promises than any report is refused, and
// while a long import is stored the server goes on answering, and the import page can ask how far it
// is. (How fast it answers meanwhile is measured by `npm run bench heavy`, not asserted here.)
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_COMMITMENTS } from "~/models/report-import.server";
import { db } from "~/utils/db.server";
import { DOCX_FILES, zipBomb } from "../../scripts/lib/zip-bomb.mjs";
import { setUpLedger, type LedgerFixture } from "./support/ledger";
import { startServer, type RunningServer } from "./support/server";

let server: RunningServer;
let fx: LedgerFixture;

beforeAll(async () => {
  fx = await setUpLedger();
  server = await startServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** A plan of `count` short promises (each sentence one commitment). */
function longReport(count: number, from = 0): string {
  const lines = ["政府工作报告", "各位代表：", "一、2024年工作回顾", "新增就业1.2万人。", "二、2025年工作安排"];
  for (let i = from; i < from + count; i++) lines.push(`新建第${i}号道路${(i % 97) + 1}公里。`);
  return lines.join("\n");
}

const asSupervisor = (extra: Record<string, string> = {}) => ({
  Origin: server.url,
  Cookie: fx.people.supervisor.cookie!,
  ...extra,
});

async function uploadReport(bytes: Buffer, name: string, job = randomUUID()) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)]), name);
  form.append("job", job);
  const response = await fetch(`${server.url}/import`, { method: "POST", headers: asSupervisor(), body: form });
  return { status: response.status, text: await response.text() };
}

async function stillServing() {
  expect(server.process.exitCode).toBeNull();
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
}

describe("limits", () => {
  it("refuses a .docx zip bomb before inflating it", async () => {
    const bomb = await zipBomb(DOCX_FILES, "word/document.xml", 300);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const answer = await uploadReport(bomb, "bomb.docx");
    expect(answer.status).toBe(422);
    expect(answer.text).toContain("解压后会超过 100 MB");
    await stillServing();
  });

  it("refuses an .xlsx zip bomb before inflating it", async () => {
    const bomb = await zipBomb({ "[Content_Types].xml": "<Types/>" }, "xl/worksheets/sheet1.xml", 300);
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(bomb)]), "bomb.xlsx");
    const response = await fetch(`${server.url}/ledger/import`, {
      method: "POST",
      headers: { Origin: server.url, Cookie: fx.people.leadStaff.cookie! },
      body: form,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("ledger.sheet.inflatesTooLarge");
    await stillServing();
  });

  it(`refuses a text with more than ${MAX_COMMITMENTS} promises, storing nothing`, async () => {
    const response = await fetch(`${server.url}/api/v1/reports`, {
      method: "POST",
      headers: { Authorization: `Bearer ${fx.people.supervisor.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ jurisdiction: "zhangdian", year: 2025, text: longReport(MAX_COMMITMENTS + 1) }),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: "import.error.too_many_commitments" });
    expect(await db.report.count()).toBe(0);
  });
});

describe("a long import", () => {
  it("runs off the request thread: the server answers and the page can follow it while it is stored", async () => {
    const job = randomUUID();
    const analysed = await uploadReport(Buffer.from(longReport(3000)), "long.txt", job);
    expect(analysed.status).toBe(200);
    const staged = /name="staged" value="([0-9a-f]{32})"/.exec(analysed.text)![1]!;
    const importing = fetch(`${server.url}/import`, {
      method: "POST",
      redirect: "manual",
      headers: asSupervisor({ "Content-Type": "application/x-www-form-urlencoded" }),
      body: new URLSearchParams({ intent: "import", staged, jurisdiction: "zhangdian", year: "2025", job }),
    }).then((r) => ({ status: r.status, location: r.headers.get("location") ?? "", at: Date.now() }));
    let finished = false;
    void importing.then(() => (finished = true));
    // Ask the progress endpoint until it reports storing (the request is still open meanwhile).
    const phases = new Set<string>();
    for (let i = 0; i < 600 && !phases.has("storing") && !finished; i++) {
      const answer = await fetch(`${server.url}/import/progress?job=${job}`, { headers: asSupervisor() });
      const { phase } = (await answer.json()) as { phase: string | null };
      if (phase) phases.add(phase);
    }
    expect(phases.has("storing")).toBe(true);
    // The server answers other visitors while that import is being stored.
    const health = await fetch(`${server.url}/healthz`);
    const page = await fetch(`${server.url}/j/zhangdian`, { redirect: "manual" });
    expect(health.status).toBe(200);
    expect(page.status).toBeLessThan(500);
    expect(finished).toBe(false);
    const done = await importing;
    expect(done.status).toBe(302);
    expect(done.location).toMatch(/^\/review\/\d+/);
    expect(await db.commitment.count()).toBe(3000);
    // Someone else's job is not theirs to follow.
    const other = await fetch(`${server.url}/import/progress?job=${job}`, {
      headers: { Cookie: fx.people.otherSupervisor.cookie! },
    });
    expect(await other.json()).toEqual({ phase: null });
  }, 180_000);
});
