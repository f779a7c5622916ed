// Smaller points of issue 13 at the model level: "accept all" on a long report, an older update
// published after a newer one, and sign-in throttling that does not lock the owner out.
import { beforeAll, describe, expect, it } from "vitest";
import { acceptAllRemaining, publishReport } from "~/models/review.server";
import { reviewUpdate } from "~/models/update.server";
import { db } from "~/utils/db.server";
import { authenticate } from "~/utils/login.server";
import { makeItem, makeUpdate, setUpLedger, type LedgerFixture } from "./support/ledger";

let fx: LedgerFixture;
beforeAll(async () => {
  fx = await setUpLedger();
});

const supervisor = () => ({ id: fx.people.supervisor.id!, name: "督查室" });

describe("accept all", () => {
  it("accepts 1,200 proposed items in one go (SQLite refuses more than 999 bound variables per statement)", async () => {
    const report = await db.report.create({
      data: {
        jurisdictionId: fx.zhangdian.id,
        year: 2026,
        title: "长报告",
        sourceName: "long.txt",
        sourceType: "txt",
        text: "长报告",
        textHash: "long-report",
      },
    });
    await db.commitment.createMany({
      data: Array.from({ length: 1200 }, (_, i) => ({
        jurisdictionId: fx.zhangdian.id,
        reportId: report.id,
        year: 2026,
        ordinal: i + 1,
        quote: `第${i + 1}项`,
        kind: "deliverable",
        metric: `第${i + 1}项`,
      })),
    });
    expect(await acceptAllRemaining({ reportId: report.id, actor: supervisor() })).toBe(1200);
    expect(await db.commitment.count({ where: { reportId: report.id, reviewState: "accepted" } })).toBe(1200);
    expect(await db.auditEvent.count({ where: { action: "accept", reason: "accept all remaining" } })).toBe(1200);
    // Accepting never publishes; publishing is its own step, and it too takes all 1,200 at once.
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).state).toBe("reviewing");
    await publishReport({ reportId: report.id, actor: supervisor() });
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).state).toBe("published");
  });
});

describe("publishing updates out of order", () => {
  it("does not move the item back when an older update is published after a newer one", async () => {
    const item = await makeItem(fx, { progress: 30 });
    const older = await makeUpdate(fx, item.id, { progress: 60, note: "上半年" });
    const newer = await makeUpdate(fx, item.id, { progress: 80, note: "三季度" });
    await reviewUpdate({ updateId: newer.id, decision: "publish", actor: supervisor() });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: item.id } })).progress).toBe(80);
    await reviewUpdate({ updateId: older.id, decision: "publish", actor: supervisor() });
    const after = await db.commitment.findUniqueOrThrow({ where: { id: item.id } });
    expect(after.progress).toBe(80);
    // The older update is still published, as the record it is.
    expect((await db.statusUpdate.findUniqueOrThrow({ where: { id: older.id } })).state).toBe("published");
  });

  it("still moves the item forward in order", async () => {
    const item = await makeItem(fx, { progress: 30 });
    const first = await makeUpdate(fx, item.id, { progress: 60 });
    const second = await makeUpdate(fx, item.id, { progress: 80 });
    await reviewUpdate({ updateId: first.id, decision: "publish", actor: supervisor() });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: item.id } })).progress).toBe(60);
    await reviewUpdate({ updateId: second.id, decision: "publish", actor: supervisor() });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: item.id } })).progress).toBe(80);
  });
});

describe("sign-in throttling", () => {
  it("locks an address that guesses, not the owner signing in from elsewhere", async () => {
    const email = "leadstaff@ledger.test";
    for (let i = 0; i < 5; i++)
      expect(await authenticate(email, "wrong guess", "203.0.113.9")).toMatchObject({ ok: false, status: 400 });
    expect(await authenticate(email, "password-for-tests", "203.0.113.9")).toMatchObject({ ok: false, status: 429 });
    expect(await authenticate(email, "password-for-tests", "198.51.100.7")).toMatchObject({ ok: true });
  });

  it("still locks an account guessed at from many addresses", async () => {
    const email = "otherstaff@ledger.test";
    // 99 failures from elsewhere already counted (making them one by one costs 99 password hashes).
    const resetAt = new Date(Date.now() + 60_000);
    await db.rateLimit.create({ data: { key: `login:account:${email}`, count: 99, resetAt } });
    expect(await authenticate(email, "password-for-tests", "198.51.100.8")).toMatchObject({ ok: true });
    await authenticate(email, "the hundredth guess", "192.0.2.1");
    expect(await authenticate(email, "password-for-tests", "198.51.100.8")).toMatchObject({ ok: false, status: 429 });
  });
});
