// The hostile and malformed inputs against the production server: the web upload (/import) and the
// JSON API. Each gets a clear 4xx — a JSON `{"error": …}` from the API, the message on the page from
// the upload — nothing is written, and the server keeps serving. GBK text labelled UTF-8 is read.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "~/models/audit.server";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { submitUpdate } from "~/models/update.server";
import { createUser } from "~/models/user.server";
import { createApiToken } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { signIn, startServer, type RunningServer } from "./support/server";

const hostile = (name: string) => readFileSync(path.resolve("tests/fixtures/hostile", name));
const PASSWORD = "a-long-bad-input-password";
const DEPARTMENT = "区人力资源和社会保障局";
/** 21 MB of report-like text: over the 20 MB upload limit. */
const HUGE = Buffer.from("政府工作报告。新增城镇就业1万人。\n".repeat(Math.ceil((21 * 1024 * 1024) / 50)));

let server: RunningServer;
let cookie: string;
const tokens: Record<"supervisor" | "staff" | "deputy", string> = { supervisor: "", staff: "", deputy: "" };
let item: number;
let update: number;

async function counts() {
  const staging = path.join(process.env.TAIZHANG_DATA_DIR!, "staging");
  const uploads = path.join(process.env.TAIZHANG_DATA_DIR!, "uploads");
  const files = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0);
  const [reports, commitments, updates, evidence, inspections, questions, answers, audits, notifications] =
    await Promise.all([
      db.report.count(),
      db.commitment.count(),
      db.statusUpdate.count(),
      db.evidence.count(),
      db.inspection.count(),
      db.question.count(),
      db.answer.count(),
      db.auditEvent.count(),
      db.notification.count(),
    ]);
  return {
    reports,
    commitments,
    updates,
    evidence,
    inspections,
    questions,
    answers,
    audits,
    notifications,
    staged: files(staging),
    uploaded: files(uploads),
  };
}

beforeAll(async () => {
  await ensureDemoJurisdictions();
  const account = async (role: "supervisor" | "staff" | "deputy") => {
    const user = await createUser({
      email: `${role}@bad-input.example.cn`,
      name: role,
      role,
      jurisdiction: "zhangdian",
      department: role === "staff" ? DEPARTMENT : undefined,
      password: PASSWORD,
      actor: CLI_ACTOR,
    });
    tokens[role] = await createApiToken(user.id);
    return user;
  };
  await account("supervisor");
  const staff = await account("staff");
  await account("deputy");
  const zhangdian = await db.jurisdiction.findUniqueOrThrow({ where: { slug: "zhangdian" } });
  const lead = await db.department.findFirstOrThrow({ where: { jurisdictionId: zhangdian.id, name: DEPARTMENT } });
  item = (
    await db.commitment.create({
      data: {
        jurisdictionId: zhangdian.id,
        year: 2025,
        quote: "新增城镇就业1.3万人以上",
        kind: "numeric",
        metric: "新增城镇就业",
        reviewState: "accepted",
        publishedAt: new Date(),
        leadDepartmentId: lead.id,
      },
    })
  ).id;
  update = (
    await submitUpdate({
      commitmentId: item,
      input: { status: "in_progress", progress: 10, links: [], files: [] },
      actor: { id: staff.id, name: staff.name },
    })
  ).id;
  server = await startServer();
  cookie = await signIn(server, "supervisor@bad-input.example.cn", PASSWORD);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** A multipart upload to the import page, as the browser's form sends it. */
async function upload(bytes: Buffer, name: string, type = "text/plain;charset=utf-8") {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), name);
  form.append("text", "");
  const response = await fetch(`${server.url}/import`, {
    method: "POST",
    headers: { Origin: server.url, Cookie: cookie },
    body: form,
  });
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
}

describe("the web upload (/import)", () => {
  it.each([
    ["an empty file", hostile("empty.txt"), "empty.txt", 400, "请选择文件或粘贴报告全文"],
    // The reason in the page's language (Chinese by default), not the domain's English.
    ["a binary file", hostile("binary.bin"), "binary.bin", 422, "这是二进制文件"],
    ["a truncated PDF", hostile("truncated.pdf"), "report.pdf", 422, "PDF"],
    ["text that is no report", hostile("not-a-report.txt"), "notes.txt", 422, "无法导入这份材料"],
  ])("refuses %s with the reason on the page, storing nothing", async (_what, bytes, name, status, message) => {
    const before = await counts();
    const answer = await upload(bytes, name);
    expect(answer.status).toBe(status);
    expect(answer.type).toMatch(/text\/html/);
    expect(answer.text).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it("refuses a 21 MB text before reading it: 413 with a JSON error", async () => {
    const before = await counts();
    const answer = await upload(HUGE, "huge.txt");
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toEqual({ error: expect.stringMatching(/too large.*MB/) });
    expect(await counts()).toEqual(before);
  });

  it("reads GBK text sent as UTF-8, and imports it readable", async () => {
    const analysed = await upload(hostile("gbk-labelled-utf8.txt"), "report-utf8.txt");
    expect(analysed.status).toBe(200);
    expect(analysed.text).toMatch(/识别出 \d+ 项承诺/);
    const staged = /name="staged" value="([0-9a-f]{32})"/.exec(analysed.text)?.[1];
    expect(staged).toBeDefined();
    const confirm = await fetch(`${server.url}/import`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: server.url, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "import", staged: staged!, jurisdiction: "zhangdian", year: "2025" }),
    });
    expect(confirm.status).toBe(302);
    const reportId = Number(/\/review\/(\d+)/.exec(confirm.headers.get("location") ?? "")?.[1]);
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { text: true } });
    expect(report.text).toContain("新增城镇就业1.3万人以上");
    expect(report.text).not.toContain("\uFFFD");
  });
});

type Who = keyof typeof tokens | null;
interface BadRequest {
  what: string;
  method?: string;
  path: () => string;
  who: Who;
  body: string | Buffer;
  type?: string;
  status: number;
  error: RegExp;
}

const json = (value: unknown) => JSON.stringify(value);
const REPORT = "2025年政府工作报告\n二、2025年重点工作\n新增城镇就业1.3万人以上。\n";

// prettier-ignore
const BAD: BadRequest[] = [
  // POST /api/v1/reports with the hostile files
  { what: "report: an empty text", path: () => "/api/v1/reports", who: "supervisor", body: json({ jurisdiction: "zhangdian", text: hostile("empty.txt").toString() }), status: 400, error: /^text: / },
  { what: "report: binary bytes as the body", path: () => "/api/v1/reports", who: "supervisor", body: hostile("binary.bin"), status: 400, error: /not UTF-8|not valid JSON/ },
  { what: "report: binary bytes as the text", path: () => "/api/v1/reports", who: "supervisor", body: json({ jurisdiction: "zhangdian", text: hostile("binary.bin").toString("latin1") }), status: 422, error: /report/i },
  { what: "report: a truncated PDF as the body", path: () => "/api/v1/reports", who: "supervisor", body: hostile("truncated.pdf"), status: 400, error: /not valid JSON/ },
  { what: "report: a truncated PDF as the text", path: () => "/api/v1/reports", who: "supervisor", body: json({ jurisdiction: "zhangdian", text: hostile("truncated.pdf").toString("latin1") }), status: 422, error: /report/i },
  { what: "report: text that is no report", path: () => "/api/v1/reports", who: "supervisor", body: json({ jurisdiction: "zhangdian", text: hostile("not-a-report.txt").toString() }), status: 422, error: /report/i },
  { what: "report: 21 MB of text", path: () => "/api/v1/reports", who: "supervisor", body: json({ jurisdiction: "zhangdian", text: HUGE.toString() }), status: 413, error: /too large/ },
  { what: "report: 3 MB of text (over the JSON limit)", path: () => "/api/v1/reports", who: "supervisor", body: json({ jurisdiction: "zhangdian", text: REPORT.repeat(60_000) }), status: 413, error: /too large/ },
  { what: "report: malformed JSON", path: () => "/api/v1/reports", who: "supervisor", body: hostile("malformed.json"), status: 400, error: /not valid JSON/ },
  { what: "report: wrong types", path: () => "/api/v1/reports", who: "supervisor", body: hostile("wrong-types.json"), status: 400, error: /^jurisdiction: / },
  { what: "report: year 99999", path: () => "/api/v1/reports", who: "supervisor", body: json({ jurisdiction: "zhangdian", year: 99999, text: REPORT }), status: 400, error: /^year: / },
  { what: "report: year -2025", path: () => "/api/v1/reports", who: "supervisor", body: json({ jurisdiction: "zhangdian", year: -2025, text: REPORT }), status: 400, error: /^year: / },
  { what: "report: year as a string", path: () => "/api/v1/reports", who: "supervisor", body: json({ jurisdiction: "zhangdian", year: "2025", text: REPORT }), status: 400, error: /^year: / },
  { what: "report: an unknown jurisdiction", path: () => "/api/v1/reports", who: "supervisor", body: json({ jurisdiction: "atlantis", text: REPORT }), status: 422, error: /Unknown jurisdiction/ },
  { what: "report: an unknown field", path: () => "/api/v1/reports", who: "supervisor", body: json({ jurisdiction: "zhangdian", text: REPORT, publish: true }), status: 400, error: /publish/ },
  { what: "report: text/plain", path: () => "/api/v1/reports", who: "supervisor", body: REPORT, type: "text/plain", status: 415, error: /JSON/ },
  { what: "report: a form", path: () => "/api/v1/reports", who: "supervisor", body: "jurisdiction=zhangdian", type: "application/x-www-form-urlencoded", status: 415, error: /JSON/ },
  { what: "report: a JSON array", path: () => "/api/v1/reports", who: "supervisor", body: "[]", status: 400, error: /object/ },
  { what: "report: JSON null", path: () => "/api/v1/reports", who: "supervisor", body: "null", status: 400, error: /object/ },
  // PATCH /api/v1/commitments/:id
  { what: "item: progress -5", method: "PATCH", path: () => `/api/v1/commitments/${item}`, who: "supervisor", body: json({ progress: -5 }), status: 400, error: /^progress: / },
  { what: "item: progress 1e308", method: "PATCH", path: () => `/api/v1/commitments/${item}`, who: "supervisor", body: '{"progress": 1e308}', status: 400, error: /^progress: / },
  { what: "item: progress 1e999 (Infinity)", method: "PATCH", path: () => `/api/v1/commitments/${item}`, who: "supervisor", body: '{"progress": 1e999}', status: 400, error: /^progress: / },
  { what: "item: progress 50.5", method: "PATCH", path: () => `/api/v1/commitments/${item}`, who: "supervisor", body: json({ progress: 50.5 }), status: 400, error: /^progress: / },
  { what: "item: status of the wrong type", method: "PATCH", path: () => `/api/v1/commitments/${item}`, who: "supervisor", body: json({ status: 42 }), status: 400, error: /^status: / },
  { what: "item: a due date 2025-02-30", method: "PATCH", path: () => `/api/v1/commitments/${item}`, who: "supervisor", body: json({ dueDate: "2025-02-30" }), status: 400, error: /^dueDate: / },
  { what: "item: version -1", method: "PATCH", path: () => `/api/v1/commitments/${item}`, who: "supervisor", body: json({ version: -1, progress: 10 }), status: 400, error: /^version: / },
  { what: "item: nothing to change", method: "PATCH", path: () => `/api/v1/commitments/${item}`, who: "supervisor", body: json({}), status: 400, error: /nothing to change/i },
  { what: "item: an unknown id", method: "PATCH", path: () => "/api/v1/commitments/99999999", who: "supervisor", body: json({ progress: 10 }), status: 404, error: /Not found/i },
  { what: "item: an id that is no number", method: "PATCH", path: () => "/api/v1/commitments/1e3", who: "supervisor", body: json({ progress: 10 }), status: 404, error: /Not found/i },
  { what: "item: an id past 2^53", method: "PATCH", path: () => "/api/v1/commitments/99999999999999999999", who: "supervisor", body: json({ progress: 10 }), status: 404, error: /Not found/i },
  { what: "item: malformed JSON", method: "PATCH", path: () => `/api/v1/commitments/${item}`, who: "supervisor", body: '{"progress": ', status: 400, error: /not valid JSON/ },
  // POST /api/v1/commitments/:id/updates
  { what: "update: progress -5", path: () => `/api/v1/commitments/${item}/updates`, who: "staff", body: json({ status: "in_progress", progress: -5 }), status: 400, error: /^progress: / },
  { what: "update: progress 1e308", path: () => `/api/v1/commitments/${item}/updates`, who: "staff", body: '{"status": "in_progress", "progress": 1e308}', status: 400, error: /^progress: / },
  { what: "update: an actual value of 1e999", path: () => `/api/v1/commitments/${item}/updates`, who: "staff", body: '{"status": "in_progress", "actualValue": 1e999}', status: 400, error: /^actualValue: / },
  { what: "update: an unknown status", path: () => `/api/v1/commitments/${item}/updates`, who: "staff", body: json({ status: "finished" }), status: 400, error: /^status: / },
  { what: "update: evidence that is no list", path: () => `/api/v1/commitments/${item}/updates`, who: "staff", body: json({ status: "in_progress", evidence: "https://example.cn" }), status: 400, error: /^evidence: / },
  { what: "update: a javascript: link", path: () => `/api/v1/commitments/${item}/updates`, who: "staff", body: json({ status: "in_progress", evidence: [{ url: "javascript:alert(1)", title: "x" }] }), status: 400, error: /http:\/\/ or https:\/\// },
  { what: "update: an unknown item", path: () => "/api/v1/commitments/99999999/updates", who: "staff", body: json({ status: "in_progress" }), status: 404, error: /Not found/i },
  { what: "update: text/plain", path: () => `/api/v1/commitments/${item}/updates`, who: "staff", body: "in_progress", type: "text/plain", status: 415, error: /JSON/ },
  // POST /api/v1/updates/:id/review
  { what: "review: an unknown decision", path: () => `/api/v1/updates/${update}/review`, who: "supervisor", body: json({ decision: "maybe" }), status: 400, error: /^decision: / },
  { what: "review: returned without a reason", path: () => `/api/v1/updates/${update}/review`, who: "supervisor", body: json({ decision: "return" }), status: 400, error: /reason/ },
  { what: "review: an unknown update", path: () => "/api/v1/updates/99999999/review", who: "supervisor", body: json({ decision: "publish" }), status: 404, error: /Not found/i },
  { what: "review: malformed JSON", path: () => `/api/v1/updates/${update}/review`, who: "supervisor", body: "{decision: publish}", status: 400, error: /not valid JSON/ },
  // Deputies: inspections, questions, answers
  { what: "inspection: an impossible date", path: () => `/api/v1/commitments/${item}/inspections`, who: "deputy", body: json({ visitedOn: "2025-02-30", place: "现场", observation: "看了", assessment: "on_track" }), status: 400, error: /visitedOn/ },
  { what: "inspection: a photo that is no image", path: () => `/api/v1/commitments/${item}/inspections`, who: "deputy", body: json({ visitedOn: "2025-06-01", place: "现场", observation: "看了", assessment: "on_track", photos: [{ name: "x.png", contentBase64: hostile("binary.bin").toString("base64") }] }), status: 400, error: /JPEG|image|type/i },
  { what: "inspection: an unknown item", path: () => "/api/v1/commitments/99999999/inspections", who: "deputy", body: json({ visitedOn: "2025-06-01", place: "现场", observation: "看了", assessment: "on_track" }), status: 404, error: /not found/i },
  { what: "question: a body of the wrong type", path: () => `/api/v1/commitments/${item}/questions`, who: "deputy", body: json({ body: 42 }), status: 400, error: /body/ },
  { what: "question: 2001 characters", path: () => `/api/v1/commitments/${item}/questions`, who: "deputy", body: json({ body: "问".repeat(2001) }), status: 400, error: /body/ },
  { what: "answer: an unknown question", path: () => "/api/v1/questions/99999999/answer", who: "staff", body: json({ body: "答复" }), status: 404, error: /not found/i },
];

describe("the JSON API", () => {
  it.each(BAD.map((b) => [b.what, b] as const))(
    "refuses %s with a clear 4xx and writes nothing",
    async (_what, bad) => {
      const before = await counts();
      // Errors in English (the API answers in the caller's language: ?lang= or the lang cookie).
      const headers: Record<string, string> = {
        "Content-Type": bad.type ?? "application/json",
        Cookie: `lang=${encodeURIComponent(Buffer.from('"en"').toString("base64"))}`,
      };
      if (bad.who) headers.Authorization = `Bearer ${tokens[bad.who]}`;
      const body = typeof bad.body === "string" ? bad.body : new Uint8Array(bad.body);
      const response = await fetch(`${server.url}${bad.path()}`, { method: bad.method ?? "POST", headers, body });
      const text = await response.text();
      expect({ status: response.status, text: text.slice(0, 300) }).toMatchObject({ status: bad.status });
      const { error } = JSON.parse(text) as { error: unknown };
      expect(typeof error).toBe("string");
      expect(error).toMatch(bad.error);
      expect(await counts()).toEqual(before);
    },
  );

  it("reads a GBK body labelled UTF-8 as the Chinese it is", async () => {
    const gbk = hostile("gbk-labelled-utf8.txt");
    const escaped = Buffer.from(gbk.toString("latin1").replace(/\n/g, "\\n"), "latin1");
    const body = Buffer.concat([Buffer.from('{"jurisdiction": "zichuan", "text": "'), escaped, Buffer.from('"}')]);
    const supervisor = await createUser({
      email: "zichuan@bad-input.example.cn",
      name: "淄川督查",
      role: "supervisor",
      jurisdiction: "zichuan",
      password: PASSWORD,
      actor: CLI_ACTOR,
    });
    const response = await fetch(`${server.url}/api/v1/reports`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${await createApiToken(supervisor.id)}`,
        "Content-Type": "application/json; charset=utf-8",
      },
      body: new Uint8Array(body),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const { id, commitments } = (await response.json()) as { id: number; commitments: number };
    expect(commitments).toBeGreaterThan(0);
    const report = await db.report.findUniqueOrThrow({ where: { id }, select: { text: true } });
    expect(report.text).toContain("新增城镇就业1.3万人以上");
  });

  it("keeps serving afterwards", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/v1/jurisdictions`)).status).toBe(200);
  });
});
