// Random and hostile field names, values and body shapes posted to every action and API endpoint,
// as anonymous and as a role the route lets in, against the production server: no 500, no crash,
// memory bounded. Deterministic (FUZZ_SEED, default 13); FUZZ_ROUNDS makes a longer run.
import { readFileSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "~/models/question.server";
import { createSession } from "~/models/vote.server";
import { db } from "~/utils/db.server";
import { startWithDemoData } from "./support/demo";
import { makeItem, makeUpdate, setUpLedger, type LedgerFixture, type TestRole } from "./support/ledger";
import { startServer, type RunningServer } from "./support/server";

const SEED = Number(process.env.FUZZ_SEED ?? 13);
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 12);

interface Seed {
  item: number;
  update: number;
  question: number;
  vote: number;
  reviewing: number;
  published: number;
  user: number;
}

type Body = "form" | "json";
/** One row per route file with an action: where to post, as whom, and what kind of body it reads. */
const ENDPOINTS: [file: string, method: string, path: (s: Seed) => string, roles: TestRole[], body: Body][] = [
  ["login.tsx", "POST", () => "/login", ["anonymous"], "form"],
  ["logout.tsx", "POST", () => "/logout", ["anonymous"], "form"],
  ["lang.ts", "POST", () => "/lang", ["anonymous", "deputy"], "form"],
  ["follow.ts", "POST", () => "/follow", ["deputy"], "form"],
  ["inbox.tsx", "POST", () => "/inbox", ["deputy"], "form"],
  ["deputy.c.$id.tsx", "POST", (s) => `/deputy/c/${s.item}`, ["deputy"], "form"],
  ["inspections.new.tsx", "POST", () => "/inspections/new", ["deputy"], "form"],
  ["questions.$id.tsx", "POST", (s) => `/questions/${s.question}`, ["deputy", "leadStaff", "supervisor"], "form"],
  ["votes._index.tsx", "POST", () => "/votes", ["supervisor"], "form"],
  ["votes.$id.tsx", "POST", (s) => `/votes/${s.vote}`, ["supervisor", "deputy"], "form"],
  ["import.tsx", "POST", () => "/import", ["supervisor"], "form"],
  ["review.$reportId", "POST", (s) => `/review/${s.reviewing}`, ["supervisor"], "form"],
  ["ledger.c.$id", "POST", (s) => `/ledger/c/${s.item}`, ["supervisor", "leadStaff"], "form"],
  ["ledger.bulk.tsx", "POST", () => "/ledger/bulk", ["leadStaff"], "form"],
  ["ledger.assign.tsx", "POST", () => "/ledger/assign", ["supervisor"], "form"],
  ["review.$reportId_.publish.tsx", "POST", (s) => `/review/${s.reviewing}/publish`, ["supervisor"], "form"],
  ["account.tsx", "POST", () => "/account", ["deputy", "leadStaff"], "form"],
  ["admin.users._index.tsx", "POST", () => "/admin/users", ["admin"], "form"],
  ["admin.users.$id.tsx", "POST", (s) => `/admin/users/${s.user}`, ["admin"], "form"],
  ["admin.departments.tsx", "POST", () => "/admin/departments", ["admin"], "form"],
  ["admin.jurisdictions.tsx", "POST", () => "/admin/jurisdictions", ["admin"], "form"],
  ["ledger.import.tsx", "POST", () => "/ledger/import", ["leadStaff", "supervisor"], "form"],
  ["ledger.verify.tsx", "POST", () => "/ledger/verify", ["supervisor"], "form"],
  ["followup.$reportId.tsx", "POST", (s) => `/followup/${s.published}`, ["supervisor"], "form"],
  ["api.v1.reports.ts", "POST", () => "/api/v1/reports", ["supervisor"], "json"],
  ["api.v1.commitments.$id.ts", "PATCH", (s) => `/api/v1/commitments/${s.item}`, ["supervisor"], "json"],
  ["api.v1.commitments.$id_.updates.ts", "POST", (s) => `/api/v1/commitments/${s.item}/updates`, ["leadStaff"], "json"],
  [
    "api.v1.commitments.$id_.inspections.ts",
    "POST",
    (s) => `/api/v1/commitments/${s.item}/inspections`,
    ["deputy"],
    "json",
  ],
  [
    "api.v1.commitments.$id_.questions.ts",
    "POST",
    (s) => `/api/v1/commitments/${s.item}/questions`,
    ["deputy"],
    "json",
  ],
  ["api.v1.questions.$id_.answer.ts", "POST", (s) => `/api/v1/questions/${s.question}/answer`, ["leadStaff"], "json"],
  ["api.v1.updates.$id.review.ts", "POST", (s) => `/api/v1/updates/${s.update}/review`, ["supervisor"], "json"],
];

/** Read-only API endpoints: hostile query strings. */
const QUERIES = ["/api/v1/commitments", "/api/v1/reports", "/api/v1/jurisdictions", "/j/zhangdian/2025/commitments"];

// ——— Random values (mulberry32: small, seeded, reproducible) ———

function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

const FIELDS = [
  "intent",
  "id",
  "version",
  "status",
  "progress",
  "note",
  "reason",
  "decision",
  "updateId",
  "metric",
  "quote",
  "kind",
  "target",
  "unit",
  "comparator",
  "growth",
  "deadline",
  "sector",
  "leadDepartmentId",
  "cooperatingIds",
  "dueDate",
  "responsiblePerson",
  "parts",
  "ids",
  "childId",
  "text",
  "staged",
  "jurisdiction",
  "year",
  "email",
  "password",
  "redirectTo",
  "lang",
  "commitmentId",
  "body",
  "answer",
  "visitedOn",
  "place",
  "observation",
  "assessment",
  "title",
  "projectId",
  "choice",
  "verdict",
  "updatedAt",
  "link",
  "files",
  "file",
  "photos",
  "rows.0.id",
  "rows.0.status",
  "rows.0.progress",
  "rows.1.note",
  "links.0.title",
  "links.0.url",
  "links.9.url",
];
const HOSTILE_NAMES = [
  "__proto__",
  "__proto__.polluted",
  "constructor.prototype.polluted",
  "prototype",
  "rows.__proto__.x",
  "rows.0.__proto__.polluted",
  "links.0.constructor.prototype.x",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "rows.99999999.id",
  "links.4294967295.url",
  "rows.-1.id",
  "rows.1e3.id",
  "rows.0x10.id",
  "rows.00.id",
  "a..b",
  ".a",
  "a.",
  "",
  " ",
  "a b",
  "a[0]",
  "a[]",
  "rows[0].id",
  "rows.0.id.x.y.z.w.v",
  "x".repeat(3000),
  "中文",
  "😀",
  "\u202e",
  "\u0000",
  "__INTENT__",
  "__state__",
  "intent.0",
  "id.x",
];
const VALUES = [
  "",
  " ",
  "0",
  "1",
  "-1",
  "2",
  "1.5",
  "1e309",
  "-1e309",
  "NaN",
  "Infinity",
  "99999999999999999999",
  "9007199254740993",
  "true",
  "false",
  "on",
  "null",
  "undefined",
  "[]",
  "{}",
  "x".repeat(20_000),
  "\u0000",
  "\u202e\u2066",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "https://example.cn/a",
  "http://",
  "2025-02-30",
  "2025-12-31",
  "9999-99-99",
  "zh",
  "en",
  "publish",
  "return",
  "accept",
  "reject",
  "restore",
  "edit",
  "split",
  "merge",
  "add",
  "acceptAll",
  "confirmAll",
  "assign",
  "update",
  "review",
  "verify",
  "subtask",
  "attach",
  "import",
  "analyse",
  "open",
  "read",
  "done",
  "in_progress",
  "not_started",
  "changed",
  "verified",
  ">=",
  "=",
  "//evil.example",
  "/\t/evil.example",
  "../../etc/passwd",
  "a".repeat(33).replace(/a/g, "f"),
  "zhangdian",
  "张店区",
  "'; DROP TABLE Commitment; --",
];

/**
 * Bodies stay under ~100 KB: a route that refuses an anonymous visitor answers before reading the
 * body and closes the connection, and a client still writing a larger body sees a broken pipe
 * instead of the answer. (Size limits have tests of their own.)
 */
const BUDGET = 100_000;

function formBody(r: Random): { body: string | FormData; type?: string } {
  const count = r.next() < 0.05 ? 6000 : r.int(40);
  const name = () => (r.next() < 0.4 ? r.pick(HOSTILE_NAMES) : r.pick(FIELDS));
  let spent = 0;
  const value = () => {
    const v = r.pick(VALUES);
    const short = spent + v.length > BUDGET ? v.slice(0, 8) : v;
    spent += short.length + 40;
    return short;
  };
  const shape = r.next();
  if (shape < 0.6) {
    const params = new URLSearchParams();
    for (let i = 0; i < count; i++) params.append(name(), value());
    return { body: params.toString(), type: "application/x-www-form-urlencoded" };
  }
  if (shape < 0.85) {
    const form = new FormData();
    for (let i = 0; i < Math.min(count, 200); i++) {
      if (r.next() < 0.15) form.append(name(), new Blob([value()]), r.pick(["a.png", "r.pdf", "s.xlsx", "x"]));
      else form.append(name(), value());
    }
    return { body: form };
  }
  return r.pick([
    {
      body: '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\nunfinished',
      type: "multipart/form-data; boundary=b",
    },
    { body: "a=1", type: "multipart/form-data" },
    { body: JSON.stringify({ __proto__: { polluted: 1 }, intent: "update" }), type: "application/json" },
    { body: "%E0%A4%A=%&&==&", type: "application/x-www-form-urlencoded" },
    { body: "\u0000\u0001\u0002", type: "text/plain" },
  ]);
}

function jsonValue(r: Random, depth = 0): unknown {
  const kind = r.int(depth > 3 ? 4 : 8);
  switch (kind) {
    case 0:
      return r.pick(VALUES);
    case 1:
      return r.pick([0, -1, 1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 2025, 100, 101]);
    case 2:
      return r.pick([null, true, false]);
    case 3:
      return r.pick(["in_progress", "publish", "return", "zhangdian", "https://example.cn/x"]);
    case 4:
    case 5: {
      const object: Record<string, unknown> = {};
      for (let i = r.int(8); i > 0; i--)
        object[r.next() < 0.3 ? r.pick(HOSTILE_NAMES) : r.pick(FIELDS)] = jsonValue(r, depth + 1);
      return object;
    }
    default:
      return Array.from({ length: r.int(6) }, () => jsonValue(r, depth + 1));
  }
}

function jsonBody(r: Random): { body: string; type: string } {
  const shape = r.next();
  if (shape < 0.7) {
    const value = jsonValue(r);
    const object = typeof value === "object" && value && !Array.isArray(value) ? value : { value };
    const text = JSON.stringify(object);
    // A literal "__proto__" key, which JSON.stringify of an object literal would not write.
    return {
      body: r.next() < 0.3 ? text.replace(/^\{/, '{"__proto__":{"polluted":1},') : text,
      type: "application/json",
    };
  }
  return r.pick([
    { body: "[".repeat(40_000) + "]".repeat(40_000), type: "application/json" },
    { body: JSON.stringify({ evidence: Array.from({ length: 30_000 }, () => ({})) }), type: "application/json" },
    { body: JSON.stringify({ cooperating: Array.from({ length: 20_000 }, (_, i) => i) }), type: "application/json" },
    { body: '{"status": "in_progress", "progress": 50', type: "application/json" },
    { body: Buffer.from([0xff, 0xfe, 0x00, 0x7b]).toString("latin1"), type: "application/json; charset=utf-8" },
    { body: "status=in_progress", type: "application/x-www-form-urlencoded" },
    { body: "{}", type: "application/json; charset=gbk" },
    { body: "", type: "application/json" },
  ]);
}

// ——— The run ———

let server: RunningServer;
let fx: LedgerFixture;
let seed: Seed;

beforeAll(async () => {
  await startWithDemoData();
  fx = await setUpLedger();
  const item = await makeItem(fx);
  const deputy = { id: fx.people.deputy.id!, name: "deputy 测试" };
  const commitment = await db.commitment.findUniqueOrThrow({
    where: { id: item.id },
    select: { id: true, jurisdictionId: true, leadDepartmentId: true, metric: true },
  });
  seed = {
    item: item.id,
    update: (await makeUpdate(fx, item.id)).id,
    question: (await askQuestion({ actor: deputy, commitment, body: "请说明进展。" })).id,
    vote: (
      await createSession({
        actor: { id: fx.people.supervisor.id!, name: "supervisor 测试" },
        jurisdictionId: fx.zhangdian.id,
        title: "民生实事",
        year: 2026,
      })
    ).id,
    reviewing: (await db.report.findFirstOrThrow({ where: { state: "reviewing" } })).id,
    published: (await db.report.findFirstOrThrow({ where: { state: "published" } })).id,
    user: fx.people.deputy.id!,
  };
  server = await startServer();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

function rssMb(): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.process.pid}/status`, "utf8"))![1]) / 1024;
}

function headersFor(role: TestRole, api: boolean, type?: string): Record<string, string> {
  const who = fx.people[role];
  // A connection per request: a route that answers before reading the body (a guard) may close the
  // connection after answering, and the next request on it would fail for reasons of transport.
  const headers: Record<string, string> = { Origin: server.url, Connection: "close" };
  if (type) headers["Content-Type"] = type;
  if (api && who.token) headers.Authorization = `Bearer ${who.token}`;
  else if (who.cookie) headers.Cookie = who.cookie;
  return headers;
}

describe("fuzzing every action and API endpoint", () => {
  it("lists every route file that has an action", () => {
    const withAction = readdirSync("app/routes", { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.includes(".test."))
      .filter((e) =>
        /export (async function|const|function) action\b/.test(readFileSync(`${e.parentPath}/${e.name}`, "utf8")),
      )
      .map((e) => (e.parentPath.endsWith("routes") ? e.name : e.parentPath.split("/").pop()!));
    expect(withAction.sort()).toEqual(ENDPOINTS.map(([file]) => file).sort());
  });

  it(`answers no 500 and stays up (seed ${SEED}, ${ROUNDS} rounds)`, async () => {
    const r = random(SEED);
    const before = rssMb();
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const [file, method, path, roles, kind] of ENDPOINTS) {
        for (const role of ["anonymous", ...roles] as TestRole[]) {
          const made = kind === "json" && r.next() < 0.8 ? jsonBody(r) : formBody(r);
          // Sent whole, as a browser does: a streamed body still being written when a route answers
          // early (a guard's redirect) fails in the client for reasons of transport.
          const encoded = new Response(made.body, made.type ? { headers: { "Content-Type": made.type } } : {});
          const type = encoded.headers.get("Content-Type") ?? undefined;
          const body = Buffer.from(await encoded.arrayBuffer());
          const what = `${method} ${path(seed)} as ${role} (${file}) ${type}: ${body.toString("utf8", 0, 200)}`;
          try {
            const response = await fetch(`${server.url}${path(seed)}`, {
              method,
              redirect: "manual",
              headers: headersFor(role, kind === "json", type),
              body,
              signal: AbortSignal.timeout(30_000),
            });
            await response.arrayBuffer();
            if (response.status >= 500) failures.push(`${what} → ${response.status}`);
          } catch (error) {
            failures.push(`${what} → ${String(error)} ${String((error as Error).cause)}`);
            if (server.process.exitCode !== null) break;
          }
        }
      }
      for (const path of QUERIES) {
        const params = new URLSearchParams();
        for (let i = r.int(12); i > 0; i--) params.append(r.pick([...FIELDS, ...HOSTILE_NAMES]), r.pick(VALUES));
        try {
          const response = await fetch(`${server.url}${path}?${params}`, {
            redirect: "manual",
            headers: { Connection: "close" },
          });
          await response.arrayBuffer();
          if (response.status >= 500) failures.push(`GET ${path}?${params} → ${response.status}`);
        } catch (error) {
          failures.push(`GET ${path}?${params} → ${String(error)}; server: ${server.output().slice(-500)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(server.process.exitCode).toBeNull();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(rssMb() - before).toBeLessThan(300);
  }, 240_000);
});
