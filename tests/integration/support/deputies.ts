// A small world for the deputies' integration tests: two districts, departments, one account per role,
// published commitments quoting real report sentences, and helpers to call loaders and actions.
import { readFileSync } from "node:fs";
import { CLI_ACTOR } from "~/models/audit.server";
import { ensureDepartment, ensureJurisdiction } from "~/models/jurisdiction.server";
import { createUser } from "~/models/user.server";
import type { Role } from "~/domain/vocab";
import { createApiToken } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

/** The sentence of a corpus report that contains `needle`, with PDF line breaks and spaces removed. */
export function reportSentence(file: string, needle: string): string {
  const text = readFileSync(`data/reports/${file}`, "utf8").replace(/\s+/g, "");
  const sentence = text.split(/[。；]/).find((s) => s.includes(needle));
  if (!sentence) throw new Error(`"${needle}" not found in ${file}`);
  return sentence;
}

export interface Account {
  id: number;
  name: string;
  token: string;
}

export async function makeWorld() {
  const { district, other, lead, otherDept, foreignDept } = await db.$transaction(async (tx) => {
    const province = await ensureJurisdiction(tx, {
      slug: "shandong",
      name: "山东省",
      level: "province",
      parentId: null,
    });
    const city = await ensureJurisdiction(tx, { slug: "zibo", name: "淄博市", level: "city", parentId: province.id });
    const district = await ensureJurisdiction(tx, {
      slug: "zhangdian",
      name: "张店区",
      level: "district",
      parentId: city.id,
    });
    const other = await ensureJurisdiction(tx, {
      slug: "zichuan",
      name: "淄川区",
      level: "district",
      parentId: city.id,
    });
    return {
      district,
      other,
      lead: await ensureDepartment(tx, district.id, "区人力资源和社会保障局"),
      otherDept: await ensureDepartment(tx, district.id, "区住房和城乡建设局"),
      foreignDept: await ensureDepartment(tx, other.id, "区人力资源和社会保障局"),
    };
  });

  let n = 0;
  async function account(role: Role, name: string, jurisdiction: string, department?: string): Promise<Account> {
    n += 1;
    const user = await createUser({
      email: `${role}${n}@example.gov.cn`,
      name,
      role,
      jurisdiction,
      department,
      password: "a-long-test-password",
      actor: CLI_ACTOR,
    });
    return { id: user.id, name, token: await createApiToken(user.id) };
  }

  const users = {
    deputy: await account("deputy", "王代表", "zhangdian"),
    deputy2: await account("deputy", "李代表", "zhangdian"),
    deputy3: await account("deputy", "赵代表", "zhangdian"),
    otherDeputy: await account("deputy", "淄川代表", "zichuan"),
    leadStaff: await account("staff", "人社干部", "zhangdian", "区人力资源和社会保障局"),
    otherStaff: await account("staff", "住建干部", "zhangdian", "区住房和城乡建设局"),
    foreignStaff: await account("staff", "淄川人社干部", "zichuan", "区人力资源和社会保障局"),
    supervisor: await account("supervisor", "督查员", "zhangdian"),
    otherSupervisor: await account("supervisor", "淄川督查员", "zichuan"),
    admin: await account("admin", "管理员", "zhangdian"),
  };

  const commitment = (data: {
    jurisdictionId: number;
    quote: string;
    metric: string;
    reviewState?: string;
    leadDepartmentId?: number | null;
    progress?: number;
    status?: string;
  }) =>
    db.commitment.create({
      data: {
        year: 2025,
        kind: "numeric",
        dueDate: new Date(Date.UTC(2025, 11, 31)),
        deadline: 2025,
        reviewState: "accepted",
        publishedAt: new Date(),
        ...data,
      },
      select: { id: true, metric: true },
    });

  const commitments = {
    jobs: await commitment({
      jurisdictionId: district.id,
      quote: reportSentence("zhangdian-2025.txt", "新增城镇就业1.3万人以上"),
      metric: "新增城镇就业",
      leadDepartmentId: lead.id,
      status: "in_progress",
      progress: 20,
    }),
    housing: await commitment({
      jurisdictionId: district.id,
      quote: reportSentence("zhangdian-2025.txt", "投用人才公寓200套以上"),
      metric: "投用人才公寓",
      leadDepartmentId: null,
    }),
    proposed: await commitment({
      jurisdictionId: district.id,
      quote: reportSentence("zhangdian-2025.txt", "张店零工驿站"),
      metric: "张店零工驿站",
      reviewState: "proposed",
      leadDepartmentId: lead.id,
    }),
    foreign: await commitment({
      jurisdictionId: other.id,
      quote: reportSentence("zichuan-2023.txt", "新增城镇就业"),
      metric: "淄川新增城镇就业",
      leadDepartmentId: foreignDept.id,
    }),
  };

  return { district, other, departments: { lead, otherDept, foreignDept }, users, commitments };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

const auth = (user?: Account): Record<string, string> => (user ? { Authorization: `Bearer ${user.token}` } : {});

export function getRequest(path: string, user?: Account) {
  return new Request(`http://test${path}`, { headers: auth(user) });
}

export function formRequest(path: string, fields: Record<string, string | string[]>, user?: Account) {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return new Request(`http://test${path}`, { method: "POST", body, headers: auth(user) });
}

export function multipartRequest(path: string, form: FormData, user?: Account) {
  return new Request(`http://test${path}`, { method: "POST", body: form, headers: auth(user) });
}

export function jsonRequest(path: string, body: unknown, user?: Account) {
  return new Request(`http://test${path}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { ...auth(user), "Content-Type": "application/json" },
  });
}

export const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

/** The Response a loader or action threw (guards throw), or the one it returned. */
export async function settle(promise: Promise<unknown>): Promise<Response | unknown> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}

/** HTTP status of whatever a loader/action produced: thrown or returned Response, `data(…, {status})`, or 200. */
export async function statusOf(promise: Promise<unknown>): Promise<number> {
  const result = await settle(promise);
  if (result instanceof Response) return result.status;
  if (result && typeof result === "object" && "init" in result) {
    return (result as { init: { status?: number } | null }).init?.status ?? 200;
  }
  return 200;
}

/** Every key anywhere in a JSON-able value. */
export function allKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) allKeys(v, keys);
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      allKeys(v, keys);
    }
  }
  return keys;
}

/** A tiny real PNG (1×1). */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
