// Issue 13's attacks, as requests against the production server (started once for the file): one
// form field must not take the process down, the request's Host never reaches other visitors,
// redirects stay on the site, history shows others only the public record, and the CSRF check and
// the bearer parsing agree.
import { request as httpRequest } from "node:http";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewUpdate, submitUpdate } from "~/models/update.server";
import { db } from "~/utils/db.server";
import { startWithDemoData } from "./support/demo";
import { makeItem, setUpLedger, type LedgerFixture, type TestRole } from "./support/ledger";
import { startServer, type RunningServer } from "./support/server";

let server: RunningServer;
let fx: LedgerFixture;
let published = 0; // an accepted item of a published demo report
let internal = 0; // an item with internal notes, a returned update and evidence

const SECRET_NOTE = "内部备注-仅承办单位可见";
const SECRET_REASON = "退回理由-仅承办单位可见";
const SECRET_EVIDENCE = "内部证据-仅承办单位可见";

beforeAll(async () => {
  await startWithDemoData();
  fx = await setUpLedger();
  published = (
    await db.commitment.findFirstOrThrow({
      where: { reviewState: "accepted", report: { state: "published" } },
      select: { id: true },
    })
  ).id;
  internal = (await makeItem(fx)).id;
  const staff = { id: fx.people.leadStaff.id!, name: "leadStaff 测试" };
  const returned = await submitUpdate({
    commitmentId: internal,
    actor: staff,
    input: { status: "in_progress", progress: 40, note: SECRET_NOTE, links: [], files: [] },
  });
  await reviewUpdate({
    updateId: returned.id,
    decision: "return",
    reason: SECRET_REASON,
    actor: { id: fx.people.supervisor.id!, name: "supervisor 测试" },
  });
  await submitUpdate({
    commitmentId: internal,
    actor: staff,
    input: {
      status: "in_progress",
      progress: 50,
      note: null,
      links: [{ title: SECRET_EVIDENCE, url: "https://example.cn/internal" }],
      files: [],
    },
  });
  server = await startServer();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

const cookie = (role: TestRole) => fx.people[role].cookie!;

function post(
  path: string,
  body: string,
  options: { as?: TestRole; type?: string; headers?: Record<string, string> } = {},
) {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      Origin: server.url,
      "Content-Type": options.type ?? "application/x-www-form-urlencoded",
      ...(options.as ? { Cookie: cookie(options.as) } : {}),
      ...options.headers,
    },
    body,
    signal: AbortSignal.timeout(20_000),
  });
}

/** A GET with a Host header of our choosing (fetch would not send one). */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers: { Host: host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

function residentMemoryMb(): number {
  const status = readFileSync(`/proc/${server.process.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function stillServing() {
  expect(server.process.exitCode).toBeNull();
  const health = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(10_000) });
  expect(health.status).toBe(200);
}

describe("hostile field names (point 1: prototype pollution)", () => {
  it.each([
    "__proto__.polluted=1",
    "constructor.prototype.polluted=1",
    "rows.0.__proto__.polluted=1",
    "rows.__proto__.polluted=1",
    "prototype.polluted=1",
  ])("%s is refused with 400 and the server keeps serving", async (body) => {
    const response = await post("/ledger/bulk", body, { as: "leadStaff" });
    expect(response.status).toBe(400);
    await stillServing();
    const page = await fetch(`${server.url}/ledger/bulk`, { headers: { Cookie: cookie("leadStaff") } });
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain("polluted");
  });
});

describe("huge indices and many fields (point 2)", () => {
  it.each([
    "rows.99999999.id=255&rows.99999999.status=done",
    "links.99999999.title=x&links.99999999.url=https://example.cn&status=in_progress&intent=update",
  ])("%s answers 400 at once, memory bounded", async (body) => {
    const before = residentMemoryMb();
    const path = body.startsWith("rows") ? "/ledger/bulk" : `/ledger/c/${internal}`;
    expect((await post(path, body, { as: "leadStaff" })).status).toBe(400);
    expect(residentMemoryMb() - before).toBeLessThan(100);
    await stillServing();
  });

  it("refuses a form of 6,000 fields", async () => {
    const body = Array.from({ length: 6000 }, (_, i) => `f${i}=1`).join("&");
    expect((await post("/ledger/bulk", body, { as: "leadStaff" })).status).toBe(400);
    await stillServing();
  });
});

describe("the Host header (point 3)", () => {
  const paths = () => [
    "/feeds/zhangdian.atom",
    "/j/zhangdian/2025",
    `/c/${published}`,
    "/embed/j/zhangdian",
    "/api/v1/jurisdictions",
    `/api/v1/commitments/${published}`,
    "/api/v1/openapi.json",
    "/api/docs",
  ];

  it("never puts the request's host into a page, nor into the cache for the next visitor", async () => {
    for (const path of paths()) {
      const poisoned = await getWithHost(path, "evil.example");
      expect(poisoned.status, path).toBe(200);
      expect(poisoned.body, path).not.toContain("evil.example");
      const next = await fetch(`${server.url}${path}`);
      expect(next.status, path).toBe(200);
      const body = await next.text();
      expect(body, path).not.toContain("evil.example");
      if (path !== "/j/zhangdian/2025") expect(body, path).toContain(server.url);
    }
  });
});

describe("redirect targets (point 5)", () => {
  it.each(["/%09/evil.example", "/%0a/evil.example", "/%5C/evil.example", "/%20/evil.example"])(
    "a signed-in visitor of /login?redirectTo=%s stays on the site",
    async (target) => {
      const response = await fetch(`${server.url}/login?redirectTo=${target}`, {
        redirect: "manual",
        headers: { Cookie: cookie("deputy") },
      });
      expect(response.status).toBe(302);
      // Refused targets fall back to the role's own workspace.
      expect(response.headers.get("location")).toBe("/deputy");
    },
  );

  it("signing in with redirectTo=/<tab>/evil.example stays on the site", async () => {
    const body = new URLSearchParams({
      email: "deputy@ledger.test",
      password: "password-for-tests",
      redirectTo: "/\t/evil.example",
    });
    const response = await post("/login", body.toString());
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/deputy");
  });
});

describe("history of an item (point 7)", () => {
  const secrets = [SECRET_NOTE, SECRET_REASON, SECRET_EVIDENCE, "leadStaff 测试", "supervisor 测试"];

  it.each(["deputy", "otherStaff"] as const)("%s sees no internal notes, reasons, evidence or names", async (role) => {
    const page = await fetch(`${server.url}/ledger/c/${internal}/history`, { headers: { Cookie: cookie(role) } });
    expect(page.status).toBe(200);
    const api = await fetch(`${server.url}/api/v1/commitments/${internal}/history`, {
      headers: { Authorization: `Bearer ${fx.people[role].token}` },
    });
    expect(api.status).toBe(200);
    const text = (await page.text()) + (await api.text());
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it("the item's own department and supervision office see all of it", async () => {
    for (const role of ["leadStaff", "supervisor"] as const) {
      const api = await fetch(`${server.url}/api/v1/commitments/${internal}/history`, {
        headers: { Authorization: `Bearer ${fx.people[role].token}` },
      });
      const text = await api.text();
      for (const secret of secrets) expect(text, role).toContain(secret);
    }
  });
});

describe("CSRF and bearer tokens (point 10)", () => {
  it("a malformed bearer header neither skips the cross-site check nor signs in from the cookie", async () => {
    const crossSite = await post("/logout", "", {
      as: "deputy",
      headers: { Origin: "https://evil.example", Authorization: "Bearer a b" },
    });
    expect(crossSite.status).toBe(403);
    const read = await fetch(`${server.url}/api/v1/commitments/${internal}/history`, {
      headers: { Cookie: cookie("deputy"), Authorization: "Bearer a b" },
    });
    expect(read.status).toBe(401);
  });

  it("refuses this host with the wrong scheme as Origin", async () => {
    const wrongScheme = server.url.replace("http:", "https:");
    expect((await post("/logout", "", { as: "deputy", headers: { Origin: wrongScheme } })).status).toBe(403);
    expect((await post("/logout", "", { headers: { Origin: "", Referer: `${wrongScheme}/account` } })).status).toBe(
      403,
    );
  });

  it("answers a malformed multipart body with 400, in the visitor's language", async () => {
    for (const type of ["multipart/form-data; boundary=zzz", "multipart/form-data"]) {
      const response = await post(`/ledger/c/${internal}`, "--zzz\r\nnot a part", { as: "leadStaff", type });
      expect(response.status, type).toBe(400);
      expect(await response.text()).toContain("无法读取提交的表单");
    }
    await stillServing();
  });
});
