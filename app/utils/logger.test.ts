// The one logger: levels from LOG_LEVEL, one line per request with its id, errors with their stack,
// secrets and cookies redacted. Real pino and pino-http in front of a real Express server.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger, requestLogger } from "~/utils/logger.mjs";

/** A destination that keeps every line and says when the next one arrives. */
function sink() {
  const lines: Record<string, unknown>[] = [];
  let waiting: (() => void) | null = null;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line) lines.push(JSON.parse(line));
      waiting?.();
      done();
    },
  });
  const next = () => new Promise<void>((resolve) => (waiting = resolve));
  return { stream, lines, next };
}

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(level: string) {
  const out = sink();
  const app = express();
  app.use(requestLogger(createLogger({ level, destination: out.stream })));
  app.get("/ok", (_req, res) => void res.send("ok"));
  app.get("/broken", (_req, res) => void res.status(500).send("no"));
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server!.once("listening", resolve));
  const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return { url, ...out };
}

describe("request log", () => {
  it("writes one line per request at info, with the request's id and status", async () => {
    const { url, lines, next } = await serve("info");
    const logged = next();
    const response = await fetch(`${url}/ok`);
    await logged;
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      reqId: id,
      req: { method: "GET", url: "/ok" },
      res: { statusCode: 200 },
    });
  });

  it("keeps a well-formed X-Request-Id and replaces anything else", async () => {
    const { url, lines, next } = await serve("info");
    let logged = next();
    await fetch(`${url}/ok`, { headers: { "X-Request-Id": "proxy-1234abcd" } });
    await logged;
    logged = next();
    const forged = await fetch(`${url}/ok`, { headers: { "X-Request-Id": "<script>alert(1)</script>" } });
    await logged;
    expect(lines[0].reqId).toBe("proxy-1234abcd");
    expect(lines[1].reqId).toBe(forged.headers.get("x-request-id"));
    expect(lines[1].reqId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("writes nothing at silent", async () => {
    const { url, lines } = await serve("silent");
    const response = await fetch(`${url}/ok`);
    await response.text();
    await fetch(`${url}/broken`).then((r) => r.text());
    expect(lines).toEqual([]);
  });

  it("logs a 5xx at error, and an error with its type, message and stack", async () => {
    const { url, lines, next } = await serve("error");
    let logged = next();
    await fetch(`${url}/ok`).then((r) => r.text());
    await fetch(`${url}/broken`).then((r) => r.text());
    await logged;
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, res: { statusCode: 500 } });

    const out = sink();
    logged = out.next();
    createLogger({ level: "error", destination: out.stream }).error({ err: new TypeError("boom") }, "failed");
    await logged;
    expect(out.lines[0]).toMatchObject({ level: 50, msg: "failed", err: { type: "TypeError", message: "boom" } });
    expect((out.lines[0].err as { stack: string }).stack).toMatch(/^TypeError: boom\n\s+at /);
  });

  it("redacts cookies, authorization and passwords", async () => {
    const { url, lines, next } = await serve("info");
    const logged = next();
    await fetch(`${url}/ok`, {
      headers: { Cookie: "__taizhang_session=s3cr3t-session", Authorization: "Bearer tz_s3cr3t-token" },
    });
    await logged;
    const text = JSON.stringify(lines);
    expect(text).not.toContain("s3cr3t");
    expect(lines[0]).toMatchObject({ req: { headers: { cookie: "[redacted]", authorization: "[redacted]" } } });

    const out = sink();
    const written = out.next();
    createLogger({ level: "info", destination: out.stream }).info({ user: { email: "a@b.cn", password: "hunter2" } });
    await written;
    expect(out.lines[0]).toMatchObject({ user: { email: "a@b.cn", password: "[redacted]" } });
  });
});
