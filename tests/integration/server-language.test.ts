// The answers server.mjs gives itself before Remix (403 cross-site, 411, 413) are in the visitor's
// language: the `lang` cookie the app sets (or `?lang=`), else Chinese.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localeCookie } from "~/i18n/locale.server";
import { requestLocale, serverMessage } from "../../server-messages.mjs";
import { startServer, type RunningServer } from "./support/server";

let server: RunningServer;
let english = "";

beforeAll(async () => {
  english = (await localeCookie.serialize("en")).split(";")[0]!;
  server = await startServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** A POST written by hand, so that its headers are exactly these (fetch would fix Content-Length). */
function post(path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; error: string }>((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: "POST", headers, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, error: (JSON.parse(text) as { error: string }).error }));
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe("the server's own refusals", () => {
  it("a cross-site POST is refused in Chinese, or in English for an English reader", async () => {
    const zh = await post("/logout", { Origin: "https://evil.example", "Content-Length": "0" });
    expect(zh).toEqual({ status: 403, error: "跨站请求已拒绝：请求必须来自本站（CSRF 防护）。" });
    const en = await post("/logout", { Origin: "https://evil.example", "Content-Length": "0", Cookie: english });
    expect(en).toEqual({
      status: 403,
      error: "Cross-site request refused: the request must come from this site (CSRF protection).",
    });
    const query = await post("/logout?lang=en", { Origin: "https://evil.example", "Content-Length": "0" });
    expect(query.error).toMatch(/^Cross-site request refused/);
  });

  it("a body without a length (411) and one over the limit (413) are refused in the reader's language", async () => {
    const chunked = { Origin: server.url, "Transfer-Encoding": "chunked" };
    expect(await post("/login", chunked, "x")).toEqual({ status: 411, error: "请在请求中提供 Content-Length 头。" });
    expect(await post("/login", { ...chunked, Cookie: english }, "x")).toEqual({
      status: 411,
      error: "Send a Content-Length header.",
    });
    const huge = { Origin: server.url, "Content-Length": String(500 * 1024 * 1024) };
    expect(await post("/login", huge)).toEqual({
      status: 413,
      error: expect.stringMatching(/^请求太大（上限 \d+ MB）。$/),
    });
    expect(await post("/login", { ...huge, Cookie: `other=1; ${english}` })).toEqual({
      status: 413,
      error: expect.stringMatching(/^The request is too large \(limit \d+ MB\)\.$/),
    });
  });

  it("reads the language as the app writes it, and falls back to Chinese for anything else", () => {
    const req = (url: string, cookie?: string) => ({ originalUrl: url, headers: cookie ? { cookie } : {} });
    expect(requestLocale(req("/", english))).toBe("en");
    expect(requestLocale(req("/?lang=zh", english))).toBe("zh");
    expect(requestLocale(req("/", "lang=en"))).toBe("zh");
    expect(requestLocale(req("/", "lang=%%%"))).toBe("zh");
    expect(requestLocale(req("/?lang=fr"))).toBe("zh");
    expect(serverMessage(req("/", english), "server.tooLarge", { limit: 60 })).toBe(
      "The request is too large (limit 60 MB).",
    );
  });
});
