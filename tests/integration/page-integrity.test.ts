// Every route, served by the production server, as each role and in each language: one DOCTYPE, no NUL
// byte, a title; in Chinese no English word outside an allow-list; in English (public and work pages
// alike) no Chinese outside a lang="zh" element; in neither a raw message key. The crawl follows the links of the pages it reads.
import { readdirSync, statSync } from "node:fs";
import { parse, type HTMLElement, type Node } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueKeys, type Locale } from "~/i18n";
import { CLI_ACTOR } from "~/models/audit.server";
import { createUser } from "~/models/user.server";
import { db } from "~/utils/db.server";
import { startWithDemoData } from "./support/demo";
import { signIn, startServer, type RunningServer } from "./support/server";

const PASSWORD = "a-long-integrity-password";
const ROLES = ["anon", "admin", "supervisor", "staff", "deputy"] as const;
type Role = (typeof ROLES)[number];

/** Technical names that stay as they are in Chinese text (besides acronyms in capitals). */
const ALLOWED = new Set(
  "Atom OpenAPI Word Excel ETag If None Match Base WebP Taizhang txt pdf docx html http https".split(" "),
);
const allowed = (word: string) => ALLOWED.has(word) || /^[A-Z]{2,6}$/.test(word);
/** Addresses, e-mail addresses and file names are not words of the interface. */
const NOT_TEXT = /https?:\/\/\S+|[\w.+-]+@[\w.-]+|[\w-]+\.(txt|pdf|docx|html|csv|json|xlsx|atom|svg)\b/g;
const KEYS = new Set(catalogueKeys("zh"));
const LANG_COOKIE: Record<Locale, string> = {
  zh: `lang=${encodeURIComponent(Buffer.from('"zh"').toString("base64"))}`,
  en: `lang=${encodeURIComponent(Buffer.from('"en"').toString("base64"))}`,
};

let server: RunningServer;
const sessions = new Map<Role, string>();
let extraPaths: string[] = [];

/** Paths no page links to (errors, API, downloads) so that every route file is read. */
async function seed(): Promise<string[]> {
  await startWithDemoData();
  const zhangdian = await db.jurisdiction.findUniqueOrThrow({ where: { slug: "zhangdian" } });
  for (const role of ROLES.filter((r) => r !== "anon")) {
    const lead =
      role === "staff" ? await db.department.findFirstOrThrow({ where: { jurisdictionId: zhangdian.id } }) : null;
    await createUser({
      email: `${role}@integrity.example.cn`,
      name: `测试${role === "admin" ? "管理员" : role === "supervisor" ? "督查" : role === "staff" ? "单位" : "代表"}`,
      role,
      jurisdiction: "zhangdian",
      department: lead?.name,
      password: PASSWORD,
      actor: CLI_ACTOR,
    });
  }
  const item = await db.commitment.findFirstOrThrow({
    where: { reviewState: "accepted", jurisdictionId: zhangdian.id },
  });
  const reviewing = await db.report.findFirst({ where: { state: "reviewing" } });
  return [
    "/no/such/page",
    "/c/999999",
    "/r/999999",
    "/j/atlantis/2025",
    `/search?q=${encodeURIComponent("养老")}`,
    "/healthz",
    "/api/v1/jurisdictions",
    "/api/v1/reports?jurisdiction=zhangdian",
    "/api/v1/commitments?jurisdiction=zhangdian&year=2025",
    "/api/v1/commitments?status=finished",
    `/api/v1/commitments/${item.id}`,
    `/api/v1/commitments/${item.id}/history`,
    `/api/v1/commitments/${item.id}/updates`,
    `/api/v1/commitments/${item.id}/inspections`,
    `/api/v1/commitments/${item.id}/questions`,
    "/api/v1/questions/1/answer",
    "/api/v1/updates/1/review",
    "/api/v1/openapi.json",
    "/j/zhangdian/2025/commitments.csv",
    "/j/zhangdian/2025/commitments.json",
    "/feeds/zhangdian.atom",
    `/feeds/c/${item.id}.atom`,
    "/embed/j/zhangdian",
    "/badge/zhangdian.svg",
    "/files/0000000000000000000000000000000000000000000000000000000000000000",
    "/follow",
    "/import/progress?job=none",
    "/lang",
    "/logout",
    "/ledger/export",
    "/votes/999999",
    "/questions/999999",
    `/followup/${item.reportId}`,
    `/compare/${item.reportId}/table.xlsx`,
    ...(reviewing
      ? [`/review/${reviewing.id}`, `/compare/${reviewing.id}`, `/compare/${reviewing.id}/table.xlsx`]
      : []),
  ];
}

/** A regular expression for each route file (Remix flat routes), to see that the crawl read them all. */
function routePatterns(): { file: string; pattern: RegExp }[] {
  return readdirSync("app/routes").map((file) => {
    const name = statSync(`app/routes/${file}`).isDirectory() ? file : file.replace(/\.tsx?$/, "");
    if (name === "$") return { file, pattern: /^\/no\/such\/page$/ };
    const segments = name
      .split(/\.(?![^[]*\])/)
      .filter((s) => s !== "_index")
      .map((s) =>
        s.startsWith("$")
          ? "[^/]+"
          : s
              .replace(/_$/, "")
              .replace(/\[([^\]]+)\]/g, "$1")
              .replace(/[.*+?^${}()|\\]/g, "\\$&"),
      );
    return { file, pattern: new RegExp(`^/${segments.join("/")}$`) };
  });
}

function textNodes(node: Node, skip: (el: HTMLElement) => boolean, out: string[] = []): string[] {
  if (node.nodeType === 3) out.push(node.rawText);
  else if (node.nodeType === 1) {
    const el = node as HTMLElement;
    if (skip(el)) return out;
    for (const name of ["title", "alt", "aria-label", "placeholder"]) {
      const value = el.getAttribute(name);
      if (value) out.push(value);
    }
    for (const child of el.childNodes) textNodes(child, skip, out);
  }
  return out;
}

const decode = (text: string) => parse(`<p>${text}</p>`).text;
const NOT_WORDS = new Set(["SCRIPT", "STYLE", "CODE", "PRE", "TEXTAREA", "TEMPLATE", "NOSCRIPT"]);

interface Problem {
  path: string;
  role: Role;
  locale: Locale;
  problem: string;
}

function checkHtml(html: string, locale: Locale): string[] {
  const problems: string[] = [];
  if (!/^<!DOCTYPE html>/i.test(html)) problems.push("does not start with a DOCTYPE");
  if ((html.match(/<!DOCTYPE/gi) ?? []).length !== 1) problems.push("more than one DOCTYPE");
  const root = parse(html);
  const title = root.querySelector("title")?.text.trim();
  if (!title) problems.push("empty <title>");
  const body = root.querySelector("body");
  if (!body) return [...problems, "no <body>"];
  // Data (report text, names) is marked lang="zh" and is not UI text; code samples are not words.
  // The <title> cannot mark a name as Chinese, so it is held to the Chinese pages' rule only.
  const ui = textNodes(body, (el) => NOT_WORDS.has(el.tagName) || /^(zh|en)/.test(el.getAttribute("lang") ?? ""))
    .concat(title && locale === "zh" ? [title] : [])
    .map(decode)
    .join("\n")
    .replace(NOT_TEXT, " ");
  for (const word of ui.match(/\b[a-z]+(?:\.[a-zA-Z_>=<~]+)+\b/g) ?? [])
    if (
      KEYS.has(word) ||
      /^(public|ledger|deputy|followup|http|import|status|verdict|light|assessment|error|nav|v)\./.test(word)
    )
      problems.push(`raw key "${word}"`);
  if (locale === "zh") {
    for (const word of ui.match(/[A-Za-z]{2,}/g) ?? []) if (!allowed(word)) problems.push(`English "${word}"`);
  } else {
    // Every page, public or signed-in (ledger, review, deputy, votes, questions, inbox, admin…), marks
    // report text, names and notes as Chinese.
    const chinese = ui.match(/[\u4e00-\u9fff]+/g) ?? [];
    for (const run of chinese) problems.push(`Chinese "${run}" outside lang="zh"`);
  }
  return problems;
}

async function get(path: string, role: Role, locale: Locale) {
  const cookie = [LANG_COOKIE[locale], sessions.get(role)].filter(Boolean).join("; ");
  const response = await fetch(`${server.url}${path}`, { redirect: "manual", headers: { Cookie: cookie } });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** Same-origin links of a page, one or two per route shape (ids and queries vary, routes do not). */
function linksOf(html: string): string[] {
  return parse(html)
    .querySelectorAll("a[href]")
    .map((a) => a.getAttribute("href") ?? "")
    .filter((href) => href.startsWith("/") && !href.startsWith("//"))
    .map((href) => href.split("#")[0]!)
    .filter((href) => !/^\/(logout|lang)\b/.test(href));
}

const shapeOf = (path: string) => path.split("?")[0]!.replace(/\d+/g, "0");

async function crawl(role: Role, locale: Locale, seen: Set<string>, problems: Problem[]) {
  const queue = ["/", ...extraPaths];
  const shapes = new Map<string, number>();
  let read = 0;
  while (queue.length > 0 && read < 250) {
    const path = queue.shift()!;
    const key = `${role}:${locale}:${path}`;
    if (seen.has(key)) continue;
    const shape = shapeOf(path);
    if ((shapes.get(shape) ?? 0) >= 2) continue;
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    seen.add(key);
    read += 1;
    const { response, bytes } = await get(path, role, locale);
    const report = (problem: string) => problems.push({ path, role, locale, problem });
    const type = response.headers.get("Content-Type") ?? "";
    if (/^(text\/|application\/(json|atom\+xml)|image\/svg)/.test(type) && bytes.includes(0))
      report("NUL byte in the response");
    const text = new TextDecoder().decode(bytes);
    if (type.includes("text/html")) {
      for (const problem of checkHtml(text, locale)) report(problem);
      for (const link of linksOf(text)) queue.push(link);
    } else if (type.includes("application/json") && response.status >= 400) {
      const body = JSON.parse(text) as { error?: string };
      const words = (body.error ?? "").replace(/[\w-]+\/[\w-]+|Content-Type/g, "").match(/[A-Za-z]{2,}/g) ?? [];
      const named = new URL(path, server.url).searchParams;
      const english = words.filter((w) => !allowed(w) && !named.has(w));
      if (locale === "zh" && english.length) report(`English error "${body.error}"`);
      if (locale === "en" && /[\u4e00-\u9fff]/.test(body.error ?? "")) report(`Chinese error "${body.error}"`);
      if (KEYS.has(body.error ?? "")) report(`raw key error "${body.error}"`);
    } else if (type.includes("text/csv")) {
      const header = text.replace(/^\uFEFF/, "").split("\r\n")[0] ?? "";
      if (locale === "zh" && /[A-Za-z]{2,}/.test(header)) report(`English CSV header "${header}"`);
      if (/\b(not_started|in_progress|verified|true|false|>=|<=)\b/.test(text)) report("CSV with codes for words");
    }
  }
}

beforeAll(async () => {
  extraPaths = await seed();
  server = await startServer({ INSECURE_COOKIES: "1" });
  for (const role of ROLES)
    if (role !== "anon") sessions.set(role, await signIn(server, `${role}@integrity.example.cn`, PASSWORD));
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe("the language check", () => {
  const page = (body: string, title = "Ledger") =>
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

  it('fails on Chinese outside lang="zh" in English, on English in Chinese, and on a raw key', () => {
    expect(checkHtml(page(`<h1>Ledger of 张店区</h1>`), "en")).toEqual([`Chinese "张店区" outside lang="zh"`]);
    expect(checkHtml(page(`<img alt="视察照片">`), "en")).toEqual([`Chinese "视察照片" outside lang="zh"`]);
    expect(checkHtml(page(`<h1>Ledger of <span lang="zh">张店区</span></h1>`), "en")).toEqual([]);
    expect(checkHtml(page(`<p>进度 Light</p>`, "台账"), "zh")).toEqual([`English "Light"`]);
    expect(checkHtml(page(`<p>ledger.table.light</p>`), "en")).toEqual([`raw key "ledger.table.light"`]);
  });
});

describe("every served page", () => {
  const seen = new Set<string>();
  const problems: Problem[] = [];

  it.each(ROLES.flatMap((role) => (["zh", "en"] as const).map((locale) => [role, locale] as const)))(
    "as %s in %s: one DOCTYPE, no NUL byte, a title, one language, no raw key",
    async (role, locale) => {
      const before = problems.length;
      await crawl(role, locale, seen, problems);
      const mine = problems.slice(before).map((p) => `${p.path}: ${p.problem}`);
      expect([...new Set(mine)]).toEqual([]);
    },
    240_000,
  );

  it("read every route file", () => {
    const paths = [...seen].map((key) => key.split(":").slice(2).join(":").split("?")[0]!);
    const unread = routePatterns().filter(({ pattern }) => !paths.some((p) => pattern.test(p)));
    expect(unread.map((r) => r.file)).toEqual([]);
  });
});
