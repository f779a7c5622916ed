// The micro-cache in front of Remix (public-cache.mjs): reused while the database is unchanged, never
// for signed-in visitors or other paths, one answer made for many simultaneous requests.
import { EventEmitter } from "node:events";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataVersionSource } from "../../data-version.mjs";
import { publicCache } from "../../public-cache.mjs";
import { cacheablePaths } from "~/public-pages";
import { db } from "~/utils/db.server";
import { onPostgres, query } from "./support/database";

let server: Server;
let source: ReturnType<typeof dataVersionSource>;
let base = "";
let calls = 0;
const BURST = "/j/burst/2025";
const BURST_SIZE = 10;
const burst = { arrived: 0, events: new EventEmitter() };

beforeAll(async () => {
  await db.jurisdiction.count(); // open the app's own connection first, as the server does
  const app = express();
  // Counted before the cache sees them: the burst's first answer is made only once all of it has arrived.
  app.use((req, _res, next) => {
    if (req.path === BURST) burst.arrived += 1;
    burst.events.emit("arrived");
    next();
  });
  // Every request gets its own id before the cache sees it, as the server's logger gives one.
  let requests = 0;
  app.use((_req, res, next) => {
    res.setHeader("X-Request-Id", `request-${(requests += 1)}`);
    next();
  });
  source = dataVersionSource(process.env.DATABASE_URL!);
  await source.ready();
  app.use(publicCache({ dataVersion: () => source.fresh(), paths: cacheablePaths(), ttlMs: 60_000 }));
  app.get("*", async (req, res) => {
    calls += 1;
    if (req.path === BURST)
      while (burst.arrived < BURST_SIZE) await new Promise((resolve) => burst.events.once("arrived", resolve));
    if (req.path === "/j/missing") return res.status(404).send("missing");
    if (req.path === "/j/cookie") res.setHeader("Set-Cookie", "a=b");
    res.setHeader("ETag", `W/"v${calls}"`);
    res.type("text/plain").send(`answer ${calls} ${req.headers.cookie ?? ""}`);
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((r) => server.close(r)));

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

describe("public micro-cache", () => {
  it("answers a repeated anonymous GET from memory", async () => {
    const first = await get("/j/a/2025");
    expect(first.headers.get("X-Cache")).toBe("miss");
    const before = calls;
    const second = await get("/j/a/2025");
    expect(second.headers.get("X-Cache")).toBe("hit");
    expect(await second.text()).toBe(await first.text());
    expect(calls).toBe(before);
  });

  it("answers from memory under the request's own id, not the id of the request that made the answer", async () => {
    const first = await get("/j/ids/2025");
    const second = await get("/j/ids/2025");
    expect(second.headers.get("X-Cache")).toBe("hit");
    expect(second.headers.get("X-Request-Id")).toMatch(/^request-\d+$/);
    expect(second.headers.get("X-Request-Id")).not.toBe(first.headers.get("X-Request-Id"));
  });

  it("answers 304 from memory for a current ETag", async () => {
    const first = await get("/c/1");
    const etag = first.headers.get("ETag")!;
    const again = await get("/c/1", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("X-Cache")).toBe("hit");
  });

  it("makes a new answer once the database changes", async () => {
    await get("/api/v1/jurisdictions");
    expect((await get("/api/v1/jurisdictions")).headers.get("X-Cache")).toBe("hit");
    await db.jurisdiction.create({ data: { slug: "cache-test", name: "测试区", level: "district" } });
    expect((await get("/api/v1/jurisdictions")).headers.get("X-Cache")).toBe("miss");
  });

  it("keeps languages apart and never serves signed-in visitors or other paths from memory", async () => {
    await get("/r/1");
    expect((await get("/r/1", { Cookie: "lang=en" })).headers.get("X-Cache")).toBe("miss");
    expect((await get("/r/1", { Cookie: "lang=en" })).headers.get("X-Cache")).toBe("hit");
    const before = calls;
    const signedIn = await get("/r/1", { Cookie: "lang=en; __taizhang_session=abc" });
    expect(signedIn.headers.get("X-Cache")).toBeNull();
    expect(await get("/r/1", { Authorization: "Bearer x" }).then((r) => r.headers.get("X-Cache"))).toBeNull();
    await get("/account");
    await get("/account");
    expect(calls).toBe(before + 4);
  });

  it("does not keep errors or answers that set cookies", async () => {
    await get("/j/missing");
    expect((await get("/j/missing")).headers.get("X-Cache")).toBe("miss");
    await get("/j/cookie");
    expect((await get("/j/cookie")).headers.get("X-Cache")).toBe("miss");
  });

  it("makes one answer for many simultaneous requests", async () => {
    const before = calls;
    const answers = await Promise.all(Array.from({ length: BURST_SIZE }, () => get(BURST).then((r) => r.text())));
    expect(calls).toBe(before + 1);
    expect(new Set(answers).size).toBe(1);
    const errors = await Promise.all(Array.from({ length: 5 }, () => get("/j/missing").then((r) => r.status)));
    expect(errors).toEqual([404, 404, 404, 404, 404]);
  });
});

describe.runIf(onPostgres)("public micro-cache on PostgreSQL (LISTEN/NOTIFY)", () => {
  it("drops answers at the very next request after another process commits", async () => {
    for (let round = 0; round < 20; round += 1) {
      await get("/j/notify/2025");
      expect((await get("/j/notify/2025")).headers.get("X-Cache")).toBe("hit");
      // A write by another connection, not this process's pool: only its notification tells, and the
      // next request waits for a round trip that guarantees it has been heard.
      await query(`UPDATE "Jurisdiction" SET "name" = "name" WHERE "slug" = 'cache-test'`);
      expect((await get("/j/notify/2025")).headers.get("X-Cache")).toBe("miss");
    }
  });

  it("keeps answers across writes no public page reads (sessions, throttling, tokens, the inbox)", async () => {
    await get("/j/quiet/2025");
    await db.rateLimit.create({ data: { key: "quiet-test", count: 1, resetAt: new Date() } });
    await db.$transaction((tx) => tx.rateLimit.update({ where: { key: "quiet-test" }, data: { count: 2 } }));
    await query(`UPDATE "RateLimit" SET "count" = "count" + 1`);
    expect((await get("/j/quiet/2025")).headers.get("X-Cache")).toBe("hit");
    // A public table written through this process's own pool: the next request is fresh.
    await db.$transaction((tx) => tx.jurisdiction.update({ where: { slug: "cache-test" }, data: { name: "测试区" } }));
    expect((await get("/j/quiet/2025")).headers.get("X-Cache")).toBe("miss");
  });

  it("notifies once per committed statement's table, and not at all for a write that rolls back", async () => {
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const heard: string[] = [];
    listener.on("notification", (n) => heard.push(n.payload ?? ""));
    await listener.query("LISTEN taizhang_data");
    try {
      await query(`DO $$ BEGIN UPDATE "Jurisdiction" SET "name" = "name"; RAISE EXCEPTION 'undo'; END $$`).catch(
        () => {},
      );
      await query(`UPDATE "Department" SET "name" = "name"`);
      await query(`UPDATE "Session" SET "expiresAt" = "expiresAt"`);
      // The marker: once it is heard, everything committed before it has been heard too (commit order).
      await query(`UPDATE "Report" SET "title" = "title"`);
      const deadline = Date.now() + 5000;
      while (!heard.includes("Report") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      expect(heard).toEqual(["Department", "Report"]);
    } finally {
      await listener.end();
    }
  });

  it("serves uncached while the listening connection is down, and caches again once it is back", async () => {
    await query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = 'taizhang-listen'`);
    const deadline = Date.now() + 5000;
    while (source.current() !== null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(source.current()).toBeNull();
    const before = calls;
    const first = await get("/j/down/2025");
    const second = await get("/j/down/2025");
    expect([first.headers.get("X-Cache"), second.headers.get("X-Cache")]).toEqual([null, null]);
    expect(calls).toBe(before + 2);
    await source.ready();
    expect((await get("/j/down/2025")).headers.get("X-Cache")).toBe("miss");
    expect((await get("/j/down/2025")).headers.get("X-Cache")).toBe("hit");
  });
});
