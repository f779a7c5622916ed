// Every route file × every role, against the production server on a seeded database: who gets the page,
// who is sent to sign in, who is refused (403) and who is told it does not exist (404). A route file
// missing from the table fails the test, so each new route has to be classified here.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "~/models/audit.server";
import { createInspection } from "~/models/inspection.server";
import { askQuestion } from "~/models/question.server";
import { submitUpdate } from "~/models/update.server";
import { createUser } from "~/models/user.server";
import { createSession } from "~/models/vote.server";
import { db } from "~/utils/db.server";
import { storeUpload } from "~/utils/uploads.server";
import { startWithDemoData } from "./support/demo";
import { signIn, startServer, type RunningServer } from "./support/server";

const ROLES = ["anon", "admin", "supervisor", "otherSupervisor", "leadStaff", "otherStaff", "deputy"] as const;
type Role = (typeof ROLES)[number];

/** Real ids from the seeded database. */
interface Seed {
  published: number;
  reviewing: number;
  commitment: number;
  inspection: number;
  question: number;
  draftVote: number;
  privateFile: string;
  /** An account of 张店区 (the admin's own district). */
  user: number;
}

/**
 * One row per route file: the path to GET, then what each role gets, in the order of the header —
 * a status, "login" (redirect to the sign-in page) or "→/path" (redirect elsewhere); one value alone
 * is what every role gets. The optional
 * last column is what an anonymous POST (or the method named) gets from the route's action: its guard
 * answers before any work.
 */
type Row = [file: string, path: (s: Seed) => string, expected: string, anonWrite?: string];

// prettier-ignore
const TABLE: Row[] = [
  //  route file                              GET path                                      anon  admin  sup  sup2  lead other deputy   anon write
  ["_index.tsx",                              () => "/",                                    "200   200   200   200   200   200   200"],
  ["$.tsx",                                   () => "/no/such/page",                        "404   404   404   404   404   404   404"],
  ["healthz.ts",                              () => "/healthz",                             "200   200   200   200   200   200   200"],
  // A signed-in visitor lands on their own workspace.
  ["login.tsx",                               () => "/login",                               "200   →/admin/users →/ledger →/ledger →/ledger →/ledger →/deputy", "400"],
  ["logout.tsx",                              () => "/logout",                              "→/    →/    →/    →/    →/    →/    →/",   "→/"],
  ["lang.ts",                                 () => "/lang",                                "→/    →/    →/    →/    →/    →/    →/",   "→/"],
  ["account.tsx",                             () => "/account",                             "login 200   200   200   200   200   200",  "login"],
  // Administration: administrators only, within their own place.
  ["admin.users._index.tsx",                  () => "/admin/users",                         "login 200   403   403   403   403   403",  "login"],
  ["admin.users.$id.tsx",                     (s) => `/admin/users/${s.user}`,              "login 200   403   403   403   403   403",  "login"],
  ["admin.departments.tsx",                   () => "/admin/departments",                   "login 200   403   403   403   403   403",  "login"],
  ["admin.jurisdictions.tsx",                 () => "/admin/jurisdictions",                 "login 200   403   403   403   403   403",  "login"],
  ["inbox.tsx",                               () => "/inbox",                               "login 200   200   200   200   200   200",  "login"],
  ["follow.ts",                               () => "/follow",                              "→/inbox", "login"],
  // Public pages and open data
  ["search.tsx",                              () => "/search?q=%E5%B0%B1%E4%B8%9A",         "200   200   200   200   200   200   200"],
  ["j.$slug._index.tsx",                      () => "/j/zhangdian",                         "→/j/zhangdian/2025"],
  ["j.$slug.$year._index.tsx",                () => "/j/zhangdian/2025",                    "200   200   200   200   200   200   200"],
  ["j.$slug.$year.commitments.tsx",           () => "/j/zhangdian/2025/commitments",        "200   200   200   200   200   200   200"],
  ["j.$slug.$year.commitments[.]csv.ts",      () => "/j/zhangdian/2025/commitments.csv",    "200   200   200   200   200   200   200"],
  ["j.$slug.$year.commitments[.]json.ts",     () => "/j/zhangdian/2025/commitments.json",   "200   200   200   200   200   200   200"],
  ["c.$id.tsx",                               (s) => `/c/${s.commitment}`,                  "200   200   200   200   200   200   200"],
  ["r.$id.tsx",                               (s) => `/r/${s.published}`,                   "200   200   200   200   200   200   200"],
  ["metrics.$slug.tsx",                       () => "/metrics/zhangdian",                   "200   200   200   200   200   200   200"],
  ["inspections.$id.tsx",                     (s) => `/inspections/${s.inspection}`,        "200   200   200   200   200   200   200"],
  ["questions.$id.tsx",                       (s) => `/questions/${s.question}`,            "200   200   200   200   200   200   200",  "login"],
  ["votes._index.tsx",                        () => "/votes",                               "200   200   200   200   200   200   200",  "login"],
  // A draft ballot exists only for the supervision office that prepares it.
  ["votes.$id.tsx",                           (s) => `/votes/${s.draftVote}`,               "404   404   200   404   404   404   404",  "login"],
  // The comparison of a report still under review is internal to its supervision office.
  ["compare.$reportId.tsx",                   (s) => `/compare/${s.reviewing}`,             "404   404   200   404   404   404   404"],
  ["compare.$reportId_.table[.xlsx].ts",      (s) => `/compare/${s.reviewing}/table.xlsx`,  "404   404   200   404   404   404   404"],
  // Evidence of an update not yet verified: the item's supervision office and departments only.
  ["files.$sha256.ts",                        (s) => `/files/${s.privateFile}`,             "404   200   200   404   200   404   404"],
  ["feeds.$file.ts",                          () => "/feeds/zhangdian.atom",                "200   200   200   200   200   200   200"],
  ["feeds.c.$file.ts",                        (s) => `/feeds/c/${s.commitment}.atom`,       "200   200   200   200   200   200   200"],
  ["embed.j.$slug.ts",                        () => "/embed/j/zhangdian",                   "200   200   200   200   200   200   200"],
  ["badge.$file.ts",                          () => "/badge/zhangdian.svg",                 "200   200   200   200   200   200   200"],
  // API
  ["api.docs.tsx",                            () => "/api/docs",                            "200   200   200   200   200   200   200"],
  ["api.v1.openapi[.]json.ts",                () => "/api/v1/openapi.json",                 "200   200   200   200   200   200   200"],
  ["api.v1.jurisdictions.ts",                 () => "/api/v1/jurisdictions",                "200   200   200   200   200   200   200"],
  ["api.v1.reports.ts",                       () => "/api/v1/reports?jurisdiction=zhangdian", "200 200   200   200   200   200   200",  "401"],
  ["api.v1.commitments.ts",                   () => "/api/v1/commitments?jurisdiction=zhangdian&year=2025", "200 200 200 200 200 200 200"],
  ["api.v1.commitments.$id.ts",               (s) => `/api/v1/commitments/${s.commitment}`, "200   200   200   200   200   200   200",  "PATCH 401"],
  ["api.v1.commitments.$id_.history.ts",      (s) => `/api/v1/commitments/${s.commitment}/history`, "401 200 200 403 200 200 200"],
  ["api.v1.commitments.$id_.updates.ts",      (s) => `/api/v1/commitments/${s.commitment}/updates`, "405 405 405 405 405 405 405", "401"],
  ["api.v1.commitments.$id_.inspections.ts",  (s) => `/api/v1/commitments/${s.commitment}/inspections`, "405 405 405 405 405 405 405", "401"],
  ["api.v1.commitments.$id_.questions.ts",    (s) => `/api/v1/commitments/${s.commitment}/questions`, "405 405 405 405 405 405 405", "401"],
  ["api.v1.questions.$id_.answer.ts",         (s) => `/api/v1/questions/${s.question}/answer`, "405 405 405 405 405 405 405",   "401"],
  ["api.v1.updates.$id.review.ts",            () => "/api/v1/updates/1/review",             "405   405   405   405   405   405   405",  "401"],
  // The ledger: supervision offices and departments
  ["import.tsx",                              () => "/import",                              "login 200   200   200   403   403   403",  "login"],
  ["import.progress.ts",                      () => "/import/progress?job=x",               "login 200   200   200   200   200   200"],
  ["review.$reportId",                        (s) => `/review/${s.reviewing}`,              "login 403   200   403   403   403   403",  "login"],
  ["review.$reportId_.publish.tsx",           (s) => `/review/${s.reviewing}/publish`,      "login 403   200   403   403   403   403",  "login"],
  ["ledger._index.tsx",                       () => "/ledger",                              "login 200   200   200   200   200   403"],
  ["ledger.c.$id",                            (s) => `/ledger/c/${s.commitment}`,           "login 200   200   403   200   403   403",  "login"],
  ["ledger.c.$id_.history.tsx",               (s) => `/ledger/c/${s.commitment}/history`,   "login 200   200   403   200   200   200"],
  ["ledger.assign.tsx",                       () => "/ledger/assign",                       "login 403   200   200   403   403   403",  "login"],
  ["ledger.bulk.tsx",                         () => "/ledger/bulk",                         "login 403   403   403   200   200   403",  "login"],
  ["ledger.export.ts",                        () => "/ledger/export",                       "login 403   200   200   200   200   403"],
  ["ledger.import.tsx",                       () => "/ledger/import",                       "login 403   200   200   200   200   403",  "login"],
  ["ledger.verify.tsx",                       () => "/ledger/verify",                       "login 403   200   200   403   403   403",  "login"],
  ["followup._index.tsx",                     () => "/followup",                            "login 403   200   200   403   403   403"],
  ["followup.$reportId.tsx",                  (s) => `/followup/${s.published}`,            "login 403   200   403   403   403   403",  "login"],
  // Deputies
  ["deputy._index.tsx",                       () => "/deputy",                              "login 403   403   403   403   403   200"],
  ["deputy.c.$id.tsx",                        (s) => `/deputy/c/${s.commitment}`,           "login 403   403   403   403   403   200",  "login"],
  ["inspections.new.tsx",                     () => "/inspections/new",                     "login 403   403   403   403   403   200",  "login"],
  ["questions._index.tsx",                    () => "/questions",                           "login 403   200   200   200   200   200"],
];

const PNG_1PX = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const PASSWORD = "a-long-route-table-password";

let server: RunningServer;
let seed: Seed;
const cookies = new Map<Role, string>();

async function seedDatabase(): Promise<Seed> {
  await startWithDemoData();
  const zhangdian = await db.jurisdiction.findUniqueOrThrow({ where: { slug: "zhangdian" }, select: { id: true } });
  const published = (
    await db.report.findFirstOrThrow({ where: { jurisdictionId: zhangdian.id, year: 2025 }, select: { id: true } })
  ).id;
  const reviewing = (await db.report.findFirstOrThrow({ where: { state: "reviewing" }, select: { id: true } })).id;
  const commitment = await db.commitment.findFirstOrThrow({
    where: {
      reportId: published,
      reviewState: "accepted",
      leadDepartmentId: { not: null },
      parentId: null,
      status: { in: ["not_started", "in_progress"] },
    },
    orderBy: { ordinal: "asc" },
    select: { id: true, jurisdictionId: true, leadDepartmentId: true, metric: true, status: true, progress: true },
  });
  const lead = await db.department.findUniqueOrThrow({ where: { id: commitment.leadDepartmentId! } });
  const other = await db.department.findFirstOrThrow({
    where: { jurisdictionId: commitment.jurisdictionId, id: { not: lead.id } },
  });
  const account = async (
    role: Role,
    dbRole: "admin" | "supervisor" | "staff" | "deputy",
    place: string,
    dept?: string,
  ) => {
    const user = await createUser({
      email: `${role.toLowerCase()}@routes.example.cn`,
      name: role,
      role: dbRole,
      jurisdiction: place,
      department: dept,
      password: PASSWORD,
      actor: CLI_ACTOR,
    });
    return { id: user.id, name: role };
  };
  await account("admin", "admin", "zhangdian");
  const supervisor = await account("supervisor", "supervisor", "zhangdian");
  await account("otherSupervisor", "supervisor", "zichuan");
  const leadStaff = await account("leadStaff", "staff", "zhangdian", lead.name);
  await account("otherStaff", "staff", "zhangdian", other.name);
  const deputy = await account("deputy", "deputy", "zhangdian");

  const photo = await storeUpload(PNG_1PX, "evidence.png");
  await submitUpdate({
    commitmentId: commitment.id,
    input: { status: "in_progress", progress: Math.max(commitment.progress, 10), links: [], files: [photo] },
    actor: leadStaff,
  });
  const inspection = await createInspection({
    actor: deputy,
    jurisdictionId: commitment.jurisdictionId,
    commitments: [commitment],
    visitedOn: new Date(Date.UTC(2025, 5, 1)),
    place: "张店区",
    observation: "现场查看了项目进展。",
    assessment: "on_track",
    photos: [],
  });
  const question = await askQuestion({ actor: deputy, commitment, body: "请说明目前的进展。" });
  const vote = await createSession({
    actor: supervisor,
    jurisdictionId: commitment.jurisdictionId,
    title: "2026年民生实事",
    year: 2026,
  });
  return {
    published,
    reviewing,
    commitment: commitment.id,
    inspection: inspection.id,
    question: question.id,
    draftVote: vote.id,
    privateFile: photo.sha256,
    user: supervisor.id,
  };
}

/** What a response amounts to, in the table's words. */
function outcome(response: Response): string {
  if (response.status >= 300 && response.status < 400) {
    const location = new URL(response.headers.get("location") ?? "", server.url);
    return location.pathname === "/login" ? "login" : `→${location.pathname}`;
  }
  return String(response.status);
}

async function request(path: string, role: Role, method = "GET"): Promise<string> {
  const headers: Record<string, string> = { Origin: server.url };
  const cookie = cookies.get(role);
  if (cookie) headers.Cookie = cookie;
  const write = method !== "GET";
  if (write) headers["Content-Type"] = "application/x-www-form-urlencoded";
  const response = await fetch(`${server.url}${path}`, {
    method,
    redirect: "manual",
    headers,
    body: write ? "" : undefined,
  });
  await response.arrayBuffer();
  return outcome(response);
}

beforeAll(async () => {
  seed = await seedDatabase();
  server = await startServer({ INSECURE_COOKIES: "1" });
  for (const role of ROLES) {
    if (role !== "anon") cookies.set(role, await signIn(server, `${role.toLowerCase()}@routes.example.cn`, PASSWORD));
  }
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe("the route × role table", () => {
  it("classifies every route file in app/routes, and nothing else", () => {
    const files = readdirSync("app/routes").sort();
    expect(TABLE.map(([file]) => file).sort()).toEqual(files);
  });

  it.each(TABLE.map((row) => [row[0], row] as const))("%s", async (_file, [, path, expected, anonWrite]) => {
    const url = path(seed);
    const columns = expected.trim().split(/\s+/);
    const want = columns.length === 1 ? ROLES.map(() => columns[0]!) : columns;
    expect(want).toHaveLength(ROLES.length);
    const got: string[] = [];
    for (const role of ROLES) got.push(await request(url, role));
    expect(Object.fromEntries(ROLES.map((r, i) => [r, got[i]])), `GET ${url}`).toEqual(
      Object.fromEntries(ROLES.map((r, i) => [r, want[i]])),
    );
    if (anonWrite) {
      const [method, status] = anonWrite.includes(" ") ? anonWrite.split(" ") : ["POST", anonWrite];
      expect(await request(url, "anon", method), `anonymous ${method} ${url}`).toBe(status);
    }
  });

  it("keeps every session valid to the end (no row signed anyone out)", async () => {
    for (const role of ROLES) if (role !== "anon") expect(await request("/account", role)).toBe("200");
  });
});
