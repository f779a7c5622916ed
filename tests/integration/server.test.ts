import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "~/models/audit.server";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { createUser } from "~/models/user.server";
import { startServer, type RunningServer } from "./support/server";

let server: RunningServer;

beforeAll(async () => {
  await ensureDemoJurisdictions();
  await createUser({
    email: "throttle@example.cn",
    name: "限流测试",
    role: "deputy",
    jurisdiction: "zhangdian",
    password: "the right password",
    actor: CLI_ACTOR,
  });
  server = await startServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe("security headers", () => {
  it.each(["/", "/login", "/healthz", "/favicon.svg", "/no/such/page"])("are on every response: %s", async (path) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("give documents a script policy of their own files and hashed inline scripts only", async () => {
    const response = await fetch(`${server.url}/login`);
    const policy = response.headers.get("content-security-policy") ?? "";
    const script = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(script).toMatch(/'self'/);
    expect(script).toMatch(/'sha256-/);
    expect(script).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers.getSetCookie?.() ?? []).toEqual([]);
  });
});

describe("CSRF protection", () => {
  const post = (headers: Record<string, string>) =>
    fetch(`${server.url}/logout`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body: "",
    });

  it("refuses a state-changing request from another site or with no origin", async () => {
    expect((await post({ Origin: "https://evil.example" })).status).toBe(403);
    expect((await post({})).status).toBe(403);
    expect((await post({ Referer: "https://evil.example/page" })).status).toBe(403);
    const refused = await post({ Origin: "https://evil.example" });
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/CSRF/) });
  });

  it("accepts the same request from this site", async () => {
    expect((await post({ Origin: server.url })).status).toBe(302);
    expect((await post({ Referer: `${server.url}/account` })).status).toBe(302);
  });
});

describe("request limits", () => {
  it("refuses a body over the upload limit before reading it", async () => {
    const response = await fetch(`${server.url}/login`, {
      method: "POST",
      headers: {
        Origin: server.url,
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": String(500 * 1024 * 1024),
      },
      body: "x",
      duplex: "half",
    }).catch((error: unknown) => error);
    if (response instanceof Response) expect(response.status).toBe(413);
    else expect(String(response)).toMatch(/fetch failed|other side closed|mismatch/i);
  });
});

describe("login throttling", () => {
  const login = (password: string) =>
    fetch(`${server.url}/login?index`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
      body: form({ email: "throttle@example.cn", password }),
    });

  it("locks an account after repeated failures with 429 and Retry-After, even for the right password", async () => {
    for (let i = 0; i < 5; i += 1) expect((await login(`wrong ${i}`)).status).toBe(400);
    const locked = await login("the right password");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(60);
    expect(await locked.text()).toMatch(/登录失败次数过多/);
  });
});

describe("caching", () => {
  it("answers an unchanged public page with 304 to If-None-Match", async () => {
    const first = await fetch(`${server.url}/`);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    const again = await fetch(`${server.url}/`);
    expect(again.headers.get("etag")).toBe(etag);
    const conditional = await fetch(`${server.url}/`, { headers: { "If-None-Match": etag! } });
    expect(conditional.status).toBe(304);
  });
});

describe("operations", () => {
  it("logs one JSON line per request with its id, status and time", async () => {
    const logged = await startServer({ LOG_LEVEL: "info" });
    try {
      const response = await fetch(`${logged.url}/healthz`);
      const id = response.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await logged.printed(new RegExp(`"reqId":"${id}"`));
      const line = logged
        .output()
        .split("\n")
        .find((l) => l.includes(id!));
      expect(JSON.parse(line!)).toMatchObject({
        level: 30,
        reqId: id,
        req: { method: "GET", url: "/healthz" },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      });
    } finally {
      await logged.stop();
    }
  }, 60_000);

  it("answers /healthz 503 when the database cannot be opened", async () => {
    const broken = await startServer({ DATABASE_URL: "file:/nonexistent-dir/taizhang.db" });
    try {
      const response = await fetch(`${broken.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ ok: false, db: "unreachable", writes: "failing", files: "failing" });
    } finally {
      await broken.stop();
    }
  }, 60_000);

  it("refuses to start with invalid configuration, saying what is wrong", async () => {
    await expect(startServer({ SESSION_SECRET: "short" })).rejects.toThrow(
      /SESSION_SECRET must be at least 32 characters/,
    );
  }, 60_000);

  it("finishes a request in flight on SIGTERM, then exits 0", async () => {
    const victim = await startServer({ LOG_LEVEL: "info" });
    const { port } = new URL(victim.url);
    const socket = connect(Number(port), "127.0.0.1");
    let response = "";
    socket.on("data", (chunk) => (response += chunk.toString()));
    const closed = new Promise((resolve) => socket.on("close", resolve));
    await new Promise((resolve) => socket.on("connect", resolve));
    const body = "email=a%40b.cn&password=x";
    // Headers and half the body. Node answers "100 Continue" once it has read the headers and handed the
    // request to the app: from then on the request is under way.
    const headersRead = new Promise((resolve) => socket.once("data", resolve));
    socket.write(
      `POST /login?index HTTP/1.1\r\nHost: ${victim.url.slice(7)}\r\nOrigin: ${victim.url}\r\n` +
        `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: close\r\n` +
        `Expect: 100-continue\r\n\r\n` +
        body.slice(0, 10),
    );
    await headersRead;
    expect(response).toMatch(/^HTTP\/1\.1 100 Continue/);
    const exited = victim.stop("SIGTERM");
    // The rest of the body only once the server is stopping.
    await victim.printed(/SIGTERM: finishing open requests/);
    socket.write(body.slice(10));
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 (200|400) /);
    expect(await exited).toBe(0);
    expect(victim.output()).toMatch(/SIGTERM: finishing open requests/);
  }, 60_000);
});
