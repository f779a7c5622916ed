// The same demo on SQLite and on PostgreSQL gives the same public pages, downloads, feeds and API answers,
// byte for byte once the moments of the two imports are masked (ISO times; the day is the same). Then
// three app processes serve the PostgreSQL demo, and a write through one is what the others show at the
// very next read, micro-cache or not. Runs in the PostgreSQL pass: this file's database is PostgreSQL,
// and it makes a SQLite one beside it.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "~/models/audit.server";
import { loadDemoData } from "~/models/demo.server";
import { createUser } from "~/models/user.server";
import { createApiToken } from "~/utils/auth.server";
import { onPostgres } from "./support/database";
import { startWithDemoData } from "./support/demo";
import { startServer, type RunningServer } from "./support/server";

let sqlite: RunningServer;
let postgres: RunningServer;
const others: RunningServer[] = [];

/** Closes this process's Prisma client; the next use opens one on DATABASE_URL. */
async function reconnect() {
  const client = globalThis.__taizhangPrisma;
  globalThis.__taizhangPrisma = undefined;
  await client?.$disconnect();
}

/** Loads the demo into the database at `url` in this process, then goes back to the file's own database. */
async function loadDemoInto(url: string) {
  const own = process.env.DATABASE_URL;
  await reconnect();
  process.env.DATABASE_URL = url;
  try {
    await loadDemoData();
  } finally {
    await reconnect();
    process.env.DATABASE_URL = own;
  }
}

/** What must differ between two imports made seconds apart: their times (ISO, and turbo-stream's dates). */
const mask = (body: string) =>
  body
    .replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?/g, "<time>")
    .replace(/(\\*"D\\*",)\d{12,13}\]/g, "$1<time>]");

async function fetchBoth(url: string) {
  const [a, b] = await Promise.all([fetch(`${sqlite.url}${url}`), fetch(`${postgres.url}${url}`)]);
  return {
    status: [a.status, b.status],
    type: [a.headers.get("content-type"), b.headers.get("content-type")],
    body: [mask(await a.text()), mask(await b.text())],
  };
}

describe.runIf(onPostgres)("the same demo on SQLite and on PostgreSQL", () => {
  beforeAll(async () => {
    const file = path.join(process.env.TAIZHANG_DATA_DIR!, "parity.db");
    execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: "pipe",
    });
    // This file's PostgreSQL database: the demo as the loader left it in this run's template (support/demo.ts).
    await startWithDemoData();
    await loadDemoInto(`file:${file}`);
    // One public address for both, as behind one proxy: absolute links are then the same.
    const PUBLIC_URL = "https://taizhang.example.cn";
    [sqlite, postgres] = await Promise.all([
      startServer({ DATABASE_URL: `file:${file}`, PUBLIC_URL }),
      startServer({ PUBLIC_URL }),
    ]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([sqlite?.stop(), postgres?.stop(), ...others.map((s) => s.stop())]);
  });

  it("answers every public page, download, feed and API request identically", { timeout: 180_000 }, async () => {
    const json = async (url: string) =>
      (await (await fetch(`${postgres.url}${url}`)).json()) as Record<string, unknown>;
    const places = (await json("/api/v1/jurisdictions")).items as { slug: string }[];
    const items: { id: number }[] = [];
    for (let page = 1; page <= 3; page += 1)
      items.push(...((await json(`/api/v1/commitments?perPage=100&page=${page}`)).items as { id: number }[]));
    const reports = (await json("/api/v1/reports?jurisdiction=zhangdian")).items as { id: number }[];
    const q = (words: string) => encodeURIComponent(words);
    const urls = [
      "/",
      "/api/v1/jurisdictions",
      `/api/v1/commitments?perPage=100`,
      `/api/v1/commitments?q=${q("教育")}&perPage=100`,
      `/api/v1/commitments?q=${q("城镇就业 万人")}`,
      `/api/v1/commitments?sort=progress_asc&perPage=50&page=2`,
      `/api/v1/commitments?sort=due&verdict=none&perPage=50`,
      `/api/v1/commitments?sort=behind&perPage=100`,
      `/search?q=${q("养老")}`,
      `/search?q=${q("教育")}&page=2`,
      `/search?q=${q("5G")}`,
      `/search?q=${q("民祥科技")}`,
      ...places.flatMap(({ slug }) => [
        `/j/${slug}`,
        `/api/v1/reports?jurisdiction=${slug}`,
        `/feeds/${slug}.atom`,
        `/badge/${slug}.svg`,
        `/embed/j/${slug}`,
        `/metrics/${slug}`,
      ]),
      ...[
        ["zhangdian", 2025],
        ["zhangdian", 2022],
        ["zichuan", 2023],
        ["tianqiao", 2025],
      ].flatMap(([slug, year]) => [
        `/j/${slug}/${year}`,
        `/j/${slug}/${year}/commitments`,
        `/j/${slug}/${year}/commitments?page=2`,
        `/j/${slug}/${year}/commitments?status=in_progress&sort=progress_desc`,
        `/j/${slug}/${year}/commitments?department=none&kind=numeric`,
        `/j/${slug}/${year}/commitments?light=red&sort=due`,
        `/j/${slug}/${year}/commitments?q=${q("建设")}`,
        `/j/${slug}/${year}/commitments.csv`,
        `/j/${slug}/${year}/commitments.json?sort=behind`,
      ]),
      ...reports.map((r) => `/r/${r.id}`),
      // Every 7th promise, its API answer and its feed.
      ...items
        .filter((_, i) => i % 7 === 0)
        .flatMap(({ id }) => [`/c/${id}`, `/api/v1/commitments/${id}`, `/feeds/c/${id}.atom`]),
    ];
    expect(items.length).toBeGreaterThan(200);
    const differences: string[] = [];
    for (const url of urls) {
      const { status, type, body } = await fetchBoth(url);
      if (status[0] !== status[1] || type[0] !== type[1] || body[0] !== body[1]) {
        const at = [...body[0]!].findIndex((c, i) => c !== body[1]![i]);
        differences.push(
          `${url} ${status} …${body[0]!.slice(at - 40, at + 60)}… ≠ …${body[1]!.slice(at - 40, at + 60)}…`,
        );
      }
      expect(status[0], url).toBeLessThan(400);
    }
    expect(differences).toEqual([]);
    expect(urls.length).toBeGreaterThan(100);
  });

  it(
    "serves it from three processes: a write through one is read at once through the others",
    { timeout: 120_000 },
    async () => {
      others.push(...(await Promise.all([startServer({ PUBLIC_URL: "https://taizhang.example.cn" }), startServer()])));
      const servers = [postgres, ...others];
      const supervisor = await createUser({
        email: "supervisor@parity.example.cn",
        name: "督查员",
        role: "supervisor",
        jurisdiction: "zhangdian",
        password: "a-long-test-password",
        actor: CLI_ACTOR,
      });
      const token = await createApiToken(supervisor.id);
      const list = (await (
        await fetch(`${postgres.url}/api/v1/commitments?jurisdiction=zhangdian&year=2025&status=not_started`)
      ).json()) as {
        items: { id: number }[];
      };
      const id = list.items[0]!.id;
      const read = async (server: RunningServer) => {
        const response = await fetch(`${server.url}/api/v1/commitments/${id}`);
        return {
          cache: response.headers.get("X-Cache"),
          progress: ((await response.json()) as { progress: number }).progress,
        };
      };
      for (let round = 1; round <= 12; round += 1) {
        // Every process has the current answer in its micro-cache…
        for (const server of servers) await read(server);
        expect((await Promise.all(servers.map(read))).map((r) => r.cache)).toEqual(["hit", "hit", "hit"]);
        // …then one of them writes, and the very next read anywhere shows the write.
        const writer = servers[round % 3]!;
        const patched = await fetch(`${writer.url}/api/v1/commitments/${id}`, {
          method: "PATCH",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body: JSON.stringify({ status: "in_progress", progress: round }),
        });
        expect(patched.status, await patched.clone().text()).toBe(200);
        expect((await Promise.all(servers.map(read))).map((r) => r.progress)).toEqual([round, round, round]);
      }
    },
  );
});
