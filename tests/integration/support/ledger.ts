// Ledger test fixtures: the demo places and departments, one account per role, items made directly,
// and helpers to call loaders and actions as a browser (session cookie) or an API client (token).
import type { AppLoadContext, LoaderFunctionArgs } from "@remix-run/node";
import { SYSTEM_ACTOR } from "~/models/audit.server";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { createUser } from "~/models/user.server";
import type { Role } from "~/domain/vocab";
import { createApiToken } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { startSession } from "~/utils/session.server";

export const ROLES = [
  "anonymous",
  "admin",
  "supervisor",
  "otherSupervisor",
  "leadStaff",
  "coopStaff",
  "otherStaff",
  "foreignStaff",
  "deputy",
] as const;
export type TestRole = (typeof ROLES)[number];

export const LEAD = "区人力资源和社会保障局";
export const COOP = "区商务局";
export const OTHER = "区民政局";

export interface Who {
  role: TestRole;
  id: number | null;
  cookie: string | null;
  token: string | null;
}

const ACCOUNTS: Record<Exclude<TestRole, "anonymous">, { role: Role; jurisdiction: string; department?: string }> = {
  admin: { role: "admin", jurisdiction: "zhangdian" },
  supervisor: { role: "supervisor", jurisdiction: "zhangdian" },
  otherSupervisor: { role: "supervisor", jurisdiction: "zichuan" },
  leadStaff: { role: "staff", jurisdiction: "zhangdian", department: LEAD },
  coopStaff: { role: "staff", jurisdiction: "zhangdian", department: COOP },
  otherStaff: { role: "staff", jurisdiction: "zhangdian", department: OTHER },
  foreignStaff: { role: "staff", jurisdiction: "zichuan", department: LEAD },
  deputy: { role: "deputy", jurisdiction: "zhangdian" },
};

export async function setUpLedger() {
  await ensureDemoJurisdictions();
  const people = {} as Record<TestRole, Who>;
  people.anonymous = { role: "anonymous", id: null, cookie: null, token: null };
  for (const [key, account] of Object.entries(ACCOUNTS) as [
    Exclude<TestRole, "anonymous">,
    (typeof ACCOUNTS)["admin"],
  ][]) {
    const user = await createUser({
      email: `${key.toLowerCase()}@ledger.test`,
      name: `${key} 测试`,
      role: account.role,
      jurisdiction: account.jurisdiction,
      department: account.department,
      password: "password-for-tests",
      actor: SYSTEM_ACTOR,
    });
    const setCookie = await startSession(new Request("http://test/"), user.id);
    people[key] = { role: key, id: user.id, cookie: setCookie.split(";")[0]!, token: await createApiToken(user.id) };
  }
  const zhangdian = await db.jurisdiction.findUniqueOrThrow({ where: { slug: "zhangdian" } });
  const zichuan = await db.jurisdiction.findUniqueOrThrow({ where: { slug: "zichuan" } });
  const dept = async (name: string, jurisdictionId = zhangdian.id) =>
    (await db.department.findUniqueOrThrow({ where: { jurisdictionId_name: { jurisdictionId, name } } })).id;
  return {
    people,
    zhangdian,
    zichuan,
    departments: { lead: await dept(LEAD), coop: await dept(COOP), other: await dept(OTHER) },
  };
}

export type LedgerFixture = Awaited<ReturnType<typeof setUpLedger>>;

let counter = 0;

/** An accepted item of 张店区 led by 人社局 with 商务局 co-operating (unless told otherwise). */
export async function makeItem(
  fx: LedgerFixture,
  over: Partial<{
    status: string;
    progress: number;
    leadDepartmentId: number | null;
    dueDate: Date;
    metric: string;
  }> = {},
) {
  counter += 1;
  return db.commitment.create({
    data: {
      jurisdictionId: fx.zhangdian.id,
      year: 2025,
      ordinal: counter,
      quote: `新增城镇就业1.3万人以上（测试 ${counter}）`,
      kind: "numeric",
      metric: over.metric ?? `新增城镇就业 ${counter}`,
      target: 1.3,
      unit: "万人",
      comparator: ">=",
      deadline: 2025,
      reviewState: "accepted",
      publishedAt: new Date(),
      status: over.status ?? "in_progress",
      progress: over.progress ?? 30,
      leadDepartmentId: over.leadDepartmentId === undefined ? fx.departments.lead : over.leadDepartmentId,
      dueDate: over.dueDate ?? new Date(Date.UTC(2025, 11, 31)),
      cooperating: { create: [{ departmentId: fx.departments.coop }] },
    },
    select: { id: true, version: true },
  });
}

/** A submitted update on an item, by the lead department's staff. */
export async function makeUpdate(
  fx: LedgerFixture,
  commitmentId: number,
  over: Partial<{ status: string; progress: number; note: string }> = {},
) {
  return db.statusUpdate.create({
    data: {
      commitmentId,
      authorId: fx.people.leadStaff.id!,
      status: over.status ?? "in_progress",
      progress: over.progress ?? 60,
      note: over.note ?? "已完成招聘会 3 场",
    },
    select: { id: true },
  });
}

// ——— Calling routes ———

type RouteFn = (args: LoaderFunctionArgs) => Promise<unknown> | unknown;

export function page(
  who: Who,
  path: string,
  init: { method?: string; form?: Record<string, string | string[] | Blob> } = {},
) {
  const headers = new Headers();
  if (who.cookie) headers.set("Cookie", who.cookie);
  let body: FormData | undefined;
  if (init.form) {
    body = new FormData();
    for (const [key, value] of Object.entries(init.form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
  }
  return new Request(`http://test${path}`, { method: init.method ?? (body ? "POST" : "GET"), body, headers });
}

export function api(who: Who, path: string, method = "GET", json?: unknown) {
  const headers = new Headers();
  if (who.token) headers.set("Authorization", `Bearer ${who.token}`);
  if (json !== undefined) headers.set("Content-Type", "application/json");
  // Errors in English (the API answers in the caller's language: ?lang= or the lang cookie).
  headers.set("Cookie", `lang=${encodeURIComponent(Buffer.from('"en"').toString("base64"))}`);
  return new Request(`http://test${path}`, {
    method,
    headers,
    body: json === undefined ? undefined : JSON.stringify(json),
  });
}

export interface Outcome {
  status: number;
  location: string | null;
  body: unknown;
}

/** Runs a loader or action; a thrown Response counts as the answer, like Remix does. */
export async function run(fn: RouteFn, request: Request, params: Record<string, string> = {}): Promise<Outcome> {
  let result: unknown;
  try {
    result = await fn({ request, params, context: {} as AppLoadContext });
  } catch (error) {
    if (!(error instanceof Response)) throw error;
    result = error;
  }
  if (result instanceof Response) {
    const type = result.headers.get("Content-Type") ?? "";
    const body = type.includes("json") ? await result.json() : null;
    return { status: result.status, location: result.headers.get("Location"), body };
  }
  if (result && typeof result === "object" && "init" in result && "data" in result) {
    const init = (result as { init: { status?: number } | null }).init;
    return { status: init?.status ?? 200, location: null, body: (result as { data: unknown }).data };
  }
  return { status: 200, location: null, body: result };
}

/** ok (2xx, or a redirect elsewhere than the login page), login, or the error status. */
export function verdict(outcome: Outcome): "ok" | "login" | number {
  if (outcome.status >= 300 && outcome.status < 400) return outcome.location?.startsWith("/login") ? "login" : "ok";
  if (outcome.status < 300) return "ok";
  return outcome.status;
}
