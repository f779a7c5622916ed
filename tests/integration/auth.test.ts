import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR } from "~/models/audit.server";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { createUser } from "~/models/user.server";
import { loader as accountLoader } from "~/routes/account";
import { loader as healthLoader } from "~/routes/healthz";
import { action as loginAction } from "~/routes/login";
import { action as logoutAction } from "~/routes/logout";
import { createApiToken, getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

const args = (request: Request) => ({ request, params: {}, context: {} });

function post(path: string, fields: Record<string, string>, cookie?: string) {
  return new Request(`http://test${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: cookie ? { Cookie: cookie } : {},
  });
}

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

describe("accounts and sessions", () => {
  beforeAll(async () => {
    await ensureDemoJurisdictions();
    await createUser({
      email: "Li.Ming@example.gov.cn",
      name: "李明",
      role: "supervisor",
      jurisdiction: "张店区",
      password: "correct horse battery",
      actor: CLI_ACTOR,
    });
  });

  it("stores an argon2id hash, never the password, and audits the creation", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "li.ming@example.gov.cn" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain("correct horse");
    expect(await db.auditEvent.count({ where: { entity: "user", entityId: user.id, action: "create" } })).toBe(1);
  });

  it("refuses duplicates, unknown jurisdictions and staff without a department", async () => {
    const base = { name: "x", password: "12345678", actor: CLI_ACTOR } as const;
    await expect(
      createUser({ ...base, email: "li.ming@example.gov.cn", role: "deputy", jurisdiction: "zhangdian" }),
    ).rejects.toThrow(/already exists/);
    await expect(createUser({ ...base, email: "a@b.cn", role: "deputy", jurisdiction: "nowhere" })).rejects.toThrow(
      /Unknown jurisdiction/,
    );
    await expect(createUser({ ...base, email: "b@b.cn", role: "staff", jurisdiction: "zhangdian" })).rejects.toThrow(
      /department/,
    );
  });

  it("rejects a wrong password with 400 and no session", async () => {
    const sessions = await db.session.count();
    const result = (await loginAction(
      args(post("/login", { email: "li.ming@example.gov.cn", password: "wrong password" })),
    )) as unknown as {
      init: { status: number };
      data: { failed: boolean };
    };
    expect(result.init.status).toBe(400);
    expect(result.data.failed).toBe(true);
    expect(await db.session.count()).toBe(sessions);
  });

  it("signs in, guards the account page, and ends the session on logout", async () => {
    const anonymous = await thrown(accountLoader(args(new Request("http://test/account"))));
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toBe("/login?redirectTo=%2Faccount");

    const response = (await loginAction(
      args(
        post("/login", { email: "LI.MING@example.gov.cn", password: "correct horse battery", redirectTo: "/account" }),
      ),
    )) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/account");
    const setCookie = response.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0]!;

    const account = await accountLoader(args(new Request("http://test/account", { headers: { Cookie: cookie } })));
    expect(account).toMatchObject({ account: { name: "李明", role: "supervisor", jurisdiction: "张店区" } });

    await logoutAction(args(post("/logout", {}, cookie)));
    const afterLogout = await thrown(
      accountLoader(args(new Request("http://test/account", { headers: { Cookie: cookie } }))),
    );
    expect(afterLogout.status).toBe(302);
  });

  it("issues a new session id at every login and ends the one the browser had", async () => {
    const login = async (cookie?: string) => {
      const response = (await loginAction(
        args(post("/login", { email: "li.ming@example.gov.cn", password: "correct horse battery" }, cookie)),
      )) as Response;
      return (response.headers.get("Set-Cookie") ?? "").split(";")[0]!;
    };
    const first = await login();
    const second = await login(first);
    expect(second).not.toBe(first);
    const account = (cookie: string) =>
      accountLoader(args(new Request("http://test/account", { headers: { Cookie: cookie } })));
    expect((await thrown(account(first))).status).toBe(302);
    await expect(account(second)).resolves.toMatchObject({ account: { name: "李明" } });
  });

  it("does not accept a forged or tampered cookie", async () => {
    const forged = await thrown(
      accountLoader(args(new Request("http://test/account", { headers: { Cookie: "__taizhang_session=abc.def" } }))),
    );
    expect(forged.status).toBe(302);
  });

  it("authenticates API requests with a personal token stored only as a hash", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "li.ming@example.gov.cn" } });
    const token = await createApiToken(user.id);
    expect(await db.apiToken.count({ where: { tokenHash: token } })).toBe(0);
    const found = await getUser(new Request("http://test/api/v1/x", { headers: { Authorization: `Bearer ${token}` } }));
    expect(found?.email).toBe("li.ming@example.gov.cn");
    expect(
      await getUser(new Request("http://test/api/v1/x", { headers: { Authorization: "Bearer tz_wrong" } })),
    ).toBeNull();
  });

  it("answers /healthz with the database state", async () => {
    const response = await healthLoader();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, db: "ok", writes: "ok", files: "ok" });
  });
});
