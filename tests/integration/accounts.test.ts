// Self-service and administration: password change, personal tokens that expire and can be revoked,
// email settings; administrators invite, edit, disable and reset accounts within their own place, and
// a disabled account's sessions and tokens stop working at once.
import { beforeAll, describe, expect, it } from "vitest";
import usersCommand from "~/cli/commands/users";
import { deliverPendingEmails } from "~/models/mail.server";
import { notify } from "~/models/notification.server";
import * as account from "~/routes/account";
import * as adminDepartments from "~/routes/admin.departments";
import * as adminJurisdictions from "~/routes/admin.jurisdictions";
import * as adminUser from "~/routes/admin.users.$id";
import * as adminUsers from "~/routes/admin.users._index";
import * as ledger from "~/routes/ledger._index";
import { action as loginAction } from "~/routes/login";
import { getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { startSession } from "~/utils/session.server";
import { page, run, setUpLedger, type LedgerFixture, type TestRole, type Who } from "./support/ledger";
import { smtpSink } from "./support/smtp";

let fx: LedgerFixture;

beforeAll(async () => {
  fx = await setUpLedger();
});

const bearer = (token: string) =>
  new Request("http://test/api/v1/commitments", { headers: { Authorization: `Bearer ${token}` } });
const asCookie = (cookie: string) => new Request("http://test/ledger", { headers: { Cookie: cookie } });

async function signIn(email: string, password: string) {
  const result = await loginAction({
    request: new Request("http://test/login", { method: "POST", body: new URLSearchParams({ email, password }) }),
    params: {},
    context: {},
  });
  if (!(result instanceof Response)) {
    return { status: (result as { init: { status: number } }).init.status, location: null, cookie: null };
  }
  return {
    status: result.status,
    location: result.headers.get("Location"),
    cookie: result.headers.get("Set-Cookie")?.split(";")[0] ?? null,
  };
}

const post = (who: Who, path: string, form: Record<string, string>, fn: typeof account.action, params = {}) =>
  run(fn, page(who, path, { form }), params);

describe("my account", () => {
  it("changes the password after the current one, ending the other sessions but not this one", async () => {
    const me = fx.people.deputy;
    const other = (await startSession(new Request("http://test/"), me.id!)).split(";")[0]!;
    const wrong = await post(
      me,
      "/account",
      { intent: "password", current: "nope-nope", next: "a-new-long-password", repeat: "a-new-long-password" },
      account.action,
    );
    expect(wrong).toMatchObject({ status: 400, body: { errors: { current: "account.password.wrongCurrent" } } });
    const mismatch = await post(
      me,
      "/account",
      { intent: "password", current: "password-for-tests", next: "a-new-long-password", repeat: "another" },
      account.action,
    );
    expect(mismatch).toMatchObject({ status: 400, body: { errors: { repeat: "account.password.mismatch" } } });
    expect(await getUser(asCookie(other))).not.toBeNull();

    const changed = await post(
      me,
      "/account",
      { intent: "password", current: "password-for-tests", next: "a-new-long-password", repeat: "a-new-long-password" },
      account.action,
    );
    expect(changed.location).toBe("/account?saved=password");
    expect(await getUser(asCookie(me.cookie!))).not.toBeNull();
    expect(await getUser(asCookie(other))).toBeNull();
    expect((await signIn("deputy@ledger.test", "password-for-tests")).status).toBe(400);
    expect((await signIn("deputy@ledger.test", "a-new-long-password")).status).toBe(302);
    expect(await db.auditEvent.count({ where: { entity: "user", entityId: me.id!, action: "password_change" } })).toBe(
      1,
    );
  });

  it("creates a named token with an expiry, shows it once, and stores only its hash", async () => {
    const me = fx.people.supervisor;
    const created = await post(
      me,
      "/account",
      { intent: "token_create", label: "月报脚本", days: "30" },
      account.action,
    );
    const token = (created.body as { created: { token: string; expiresAt: Date } }).created.token;
    expect(token).toMatch(/^tz_/);
    const row = await db.apiToken.findFirstOrThrow({ where: { userId: me.id!, label: "月报脚本" } });
    expect(row.tokenHash).not.toContain(token);
    const days = (row.expiresAt!.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(30);
    expect((await getUser(bearer(token)))?.id).toBe(me.id);
    // The page lists it without the token itself.
    const listed = await run(account.loader, page(me, "/account"));
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(listed.body).toMatchObject({
      tokens: expect.arrayContaining([expect.objectContaining({ label: "月报脚本", state: "active" })]),
    });
    // Only the offered lifetimes.
    const bad = await post(me, "/account", { intent: "token_create", label: "x", days: "100000" }, account.action);
    expect(bad).toMatchObject({ status: 400, body: { errors: { days: "account.tokens.daysInvalid" } } });
  });

  it("refuses an expired token, and an old token without an expiry after 90 days", async () => {
    const me = fx.people.supervisor;
    const created = await post(me, "/account", { intent: "token_create", label: "短期", days: "7" }, account.action);
    const token = (created.body as { created: { token: string } }).created.token;
    await db.apiToken.updateMany({
      where: { userId: me.id!, label: "短期" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getUser(bearer(token))).toBeNull();
    // Made before expiry existed: 91 days old, no expiresAt.
    const legacy = await post(me, "/account", { intent: "token_create", label: "旧令牌", days: "365" }, account.action);
    const old = (legacy.body as { created: { token: string } }).created.token;
    await db.apiToken.updateMany({
      where: { userId: me.id!, label: "旧令牌" },
      data: { expiresAt: null, createdAt: new Date(Date.now() - 91 * 86_400_000) },
    });
    expect(await getUser(bearer(old))).toBeNull();
    const listed = (await run(account.loader, page(me, "/account"))).body as {
      tokens: { label: string; state: string }[];
    };
    expect(listed.tokens.filter((t) => t.label === "短期" || t.label === "旧令牌").map((t) => t.state)).toEqual([
      "expired",
      "expired",
    ]);
  });

  it("revokes a token only after confirming, and it stops working at once; never another user's", async () => {
    const me = fx.people.supervisor;
    const created = await post(
      me,
      "/account",
      { intent: "token_create", label: "要撤销的", days: "90" },
      account.action,
    );
    const token = (created.body as { created: { token: string } }).created.token;
    const row = await db.apiToken.findFirstOrThrow({ where: { userId: me.id!, label: "要撤销的" } });
    const asked = await post(me, "/account", { intent: "token_revoke", tokenId: String(row.id) }, account.action);
    expect(asked).toMatchObject({ status: 200, body: { confirm: { title: "account.tokens.confirmTitle" } } });
    expect(await getUser(bearer(token))).not.toBeNull();
    const someoneElse = await post(
      fx.people.leadStaff,
      "/account",
      { intent: "token_revoke", tokenId: String(row.id), confirm: "yes" },
      account.action,
    );
    expect(someoneElse.status).toBe(404);
    expect(await getUser(bearer(token))).not.toBeNull();
    const revoked = await post(
      me,
      "/account",
      { intent: "token_revoke", tokenId: String(row.id), confirm: "yes" },
      account.action,
    );
    expect(revoked.location).toBe("/account?saved=revoked#tokens");
    expect(await getUser(bearer(token))).toBeNull();
    expect(await db.auditEvent.count({ where: { entity: "user", entityId: me.id!, action: "token_revoke" } })).toBe(1);
  });

  it("turns email off per group of notifications; the inbox keeps them", async () => {
    const me = fx.people.coopStaff;
    const saved = await post(me, "/account", { intent: "email", email: "votes" }, account.action);
    expect(saved.location).toBe("/account?saved=email#email");
    const settings = (await run(account.loader, page(me, "/account"))).body as { settings: Record<string, boolean> };
    expect(settings.settings).toMatchObject({ votes: true, questions: false, tasks: false });
    const invalid = await run(
      account.action,
      page(me, "/account", { form: { intent: "email", email: ["votes", "nonsense"] } }),
    );
    expect(invalid.status).toBe(400);

    await db.notification.updateMany({ where: { emailedAt: null }, data: { emailedAt: new Date() } });
    await db.$transaction(async (tx) => {
      await notify(tx, [me.id!], { kind: "commitment.assigned", title: "新的牵头任务：邮件测试" });
      await notify(tx, [me.id!], { kind: "vote.opened", title: "票决开始：邮件测试" });
    });
    const sink = await smtpSink();
    const before = process.env.SMTP_URL;
    process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
    try {
      expect(await deliverPendingEmails()).toEqual({ sent: 1, failed: 0 });
      expect(sink.messages).toHaveLength(1);
    } finally {
      if (before === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = before;
      sink.close();
    }
    expect(await db.notification.count({ where: { userId: me.id!, title: { contains: "邮件测试" } } })).toBe(2);
  });
});

describe("administration", () => {
  const notAdmins: TestRole[] = ["supervisor", "otherSupervisor", "leadStaff", "deputy"];

  it("lets only administrators see and use the admin pages", async () => {
    const pages = [
      [adminUsers, "/admin/users", {}],
      [adminDepartments, "/admin/departments", {}],
      [adminJurisdictions, "/admin/jurisdictions", {}],
      [adminUser, `/admin/users/${fx.people.leadStaff.id}`, { id: String(fx.people.leadStaff.id) }],
    ] as const;
    for (const [route, path, params] of pages) {
      expect((await run(route.loader, page(fx.people.anonymous, path), params)).status, path).toBe(302);
      expect((await run(route.loader, page(fx.people.admin, path), params)).status, path).toBe(200);
      for (const who of notAdmins) {
        expect((await run(route.loader, page(fx.people[who], path), params)).status, `${who} ${path}`).toBe(403);
        const write = await run(
          route.action,
          page(fx.people[who], path, { form: { intent: "create", name: "x" } }),
          params,
        );
        expect(write.status, `${who} POST ${path}`).toBe(403);
      }
    }
  });

  it("invites a user with a one-time password that must be changed at the first sign-in", async () => {
    const invited = await run(
      adminUsers.action,
      page(fx.people.admin, "/admin/users", {
        form: {
          email: "New.Staff@example.gov.cn",
          name: "新科员",
          role: "staff",
          jurisdictionId: String(fx.zhangdian.id),
          departmentId: String(fx.departments.lead),
        },
      }),
    );
    const { password, email } = (invited.body as { invited: { email: string; password: string } }).invited;
    expect(email).toBe("new.staff@example.gov.cn");
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { department: true } });
    expect(user).toMatchObject({ role: "staff", mustChangePassword: true });
    expect(user.department?.name).toBe("区人力资源和社会保障局");
    expect(await db.auditEvent.count({ where: { entity: "user", entityId: user.id, action: "invite" } })).toBe(1);

    // The first sign-in lands on the password form, and every other page sends them there.
    const first = await signIn(email, password);
    expect(first.location).toBe("/account?required=1");
    const who: Who = { role: "leadStaff", id: user.id, cookie: first.cookie, token: null };
    const own = await run(account.loader, page(who, "/account"));
    expect(own.status).toBe(200);
    const elsewhere = await run(ledger.loader, page(who, "/ledger"));
    expect(elsewhere.location).toBe("/account?required=1");
    const token = await run(
      account.action,
      page(who, "/account", { form: { intent: "token_create", label: "x", days: "7" } }),
    );
    expect(token).toMatchObject({ status: 409, body: { errors: { label: "account.tokens.passwordFirst" } } });
    await run(
      account.action,
      page(who, "/account", {
        form: { intent: "password", current: password, next: "my-own-password", repeat: "my-own-password" },
      }),
    );
    expect((await run(ledger.loader, page(who, "/ledger"))).status).toBe(200);

    // Staff need a department of that place; an email is taken once; only the admin's own places.
    const base = { email: "x@example.gov.cn", name: "x", jurisdictionId: String(fx.zhangdian.id) };
    const noDept = await run(
      adminUsers.action,
      page(fx.people.admin, "/admin/users", { form: { ...base, role: "staff", departmentId: "" } }),
    );
    expect(noDept.body).toMatchObject({ errors: { departmentId: "admin.users.staffNeedsDepartment" } });
    const taken = await run(
      adminUsers.action,
      page(fx.people.admin, "/admin/users", { form: { ...base, email, role: "deputy", departmentId: "" } }),
    );
    expect(taken).toMatchObject({ status: 409, body: { errors: { email: "admin.users.emailTaken" } } });
    const elsewherePlace = await run(
      adminUsers.action,
      page(fx.people.admin, "/admin/users", {
        form: { ...base, role: "deputy", departmentId: "", jurisdictionId: String(fx.zichuan.id) },
      }),
    );
    expect(elsewherePlace.status).toBe(403);
    expect(await db.user.count({ where: { email: "x@example.gov.cn" } })).toBe(0);
  });

  it("changes a role and department; the person signs in again; never their own role", async () => {
    const target = fx.people.otherStaff;
    const path = `/admin/users/${target.id}`;
    const params = { id: String(target.id) };
    const changed = await run(
      adminUser.action,
      page(fx.people.admin, path, { form: { intent: "update", name: "改任代表", role: "deputy", departmentId: "" } }),
      params,
    );
    expect(changed.location).toBe(`${path}?saved=update`);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id! } })).toMatchObject({
      role: "deputy",
      departmentId: null,
      name: "改任代表",
    });
    expect(await getUser(asCookie(target.cookie!))).toBeNull();
    const self = await run(
      adminUser.action,
      page(fx.people.admin, `/admin/users/${fx.people.admin.id}`, {
        form: { intent: "update", name: "管理员", role: "deputy", departmentId: "" },
      }),
      { id: String(fx.people.admin.id) },
    );
    expect(self).toMatchObject({ status: 409, body: { errors: { role: "admin.users.notYourself" } } });
    // A user of another place is not theirs to see or change.
    const foreign = `/admin/users/${fx.people.foreignStaff.id}`;
    expect(
      (await run(adminUser.loader, page(fx.people.admin, foreign), { id: String(fx.people.foreignStaff.id) })).status,
    ).toBe(403);
  });

  it("disables an account only after confirming; its sessions and tokens stop working at once", async () => {
    const target = fx.people.leadStaff;
    const path = `/admin/users/${target.id}`;
    const params = { id: String(target.id) };
    expect(await getUser(asCookie(target.cookie!))).not.toBeNull();
    expect(await getUser(bearer(target.token!))).not.toBeNull();
    const asked = await run(adminUser.action, page(fx.people.admin, path, { form: { intent: "disable" } }), params);
    expect(asked).toMatchObject({ status: 200, body: { confirm: { title: "admin.users.confirmDisable" } } });
    expect(await getUser(asCookie(target.cookie!))).not.toBeNull();

    const disabled = await run(
      adminUser.action,
      page(fx.people.admin, path, { form: { intent: "disable", confirm: "yes" } }),
      params,
    );
    expect(disabled.location).toBe(`${path}?saved=disabled`);
    expect(await getUser(asCookie(target.cookie!))).toBeNull();
    expect(await getUser(bearer(target.token!))).toBeNull();
    expect((await signIn("leadstaff@ledger.test", "password-for-tests")).status).toBe(400);
    expect(await db.session.count({ where: { userId: target.id! } })).toBe(0);
    expect(await db.apiToken.count({ where: { userId: target.id!, revokedAt: null } })).toBe(0);

    // Enabled again, the person signs in anew; the old cookie and token stay dead.
    await run(adminUser.action, page(fx.people.admin, path, { form: { intent: "enable" } }), params);
    expect((await signIn("leadstaff@ledger.test", "password-for-tests")).status).toBe(302);
    expect(await getUser(asCookie(target.cookie!))).toBeNull();
    expect(await getUser(bearer(target.token!))).toBeNull();
    const actions = await db.auditEvent.findMany({
      where: { entity: "user", entityId: target.id! },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["disable", "enable"]));
  });

  it("the command line disables and enables an account the same way", async () => {
    const target = fx.people.foreignStaff;
    const write = process.stdout.write;
    const output: string[] = [];
    process.stdout.write = ((chunk: string) => (output.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      expect(await usersCommand(["disable", "--email", "ForeignStaff@ledger.test"])).toBe(0);
      expect(await getUser(bearer(target.token!))).toBeNull();
      expect(await getUser(asCookie(target.cookie!))).toBeNull();
      expect(await usersCommand(["enable", "--email", "foreignstaff@ledger.test"])).toBe(0);
      await expect(usersCommand(["disable", "--email", "nobody@ledger.test"])).rejects.toThrow(/No user/);
    } finally {
      process.stdout.write = write;
    }
    expect(JSON.parse(output[0]!)).toEqual({ id: target.id, disabled: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id! } })).disabledAt).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entity: "user", entityId: target.id!, action: "disable" },
    });
    expect(audit.actorLabel).toBe("cli");
  });

  it("a disabled user's session stops working even when the row is changed outside the admin page", async () => {
    const target = fx.people.coopStaff;
    expect(await getUser(asCookie(target.cookie!))).not.toBeNull();
    await db.user.update({ where: { id: target.id! }, data: { disabledAt: new Date() } });
    expect(await getUser(asCookie(target.cookie!))).toBeNull();
    expect(await getUser(bearer(target.token!))).toBeNull();
    await db.user.update({ where: { id: target.id! }, data: { disabledAt: null } });
  });

  it("resets a password after confirming: a one-time password, sessions and tokens ended", async () => {
    const target = fx.people.coopStaff;
    const path = `/admin/users/${target.id}`;
    const params = { id: String(target.id) };
    const asked = await run(adminUser.action, page(fx.people.admin, path, { form: { intent: "reset" } }), params);
    expect(asked.body).toMatchObject({ confirm: { title: "admin.users.confirmReset" } });
    expect((await signIn("coopstaff@ledger.test", "password-for-tests")).status).toBe(302);
    const reset = await run(
      adminUser.action,
      page(fx.people.admin, path, { form: { intent: "reset", confirm: "yes" } }),
      params,
    );
    const password = (reset.body as { reset: { password: string } }).reset.password;
    expect(await getUser(asCookie(target.cookie!))).toBeNull();
    expect(await getUser(bearer(target.token!))).toBeNull();
    expect((await signIn("coopstaff@ledger.test", "password-for-tests")).status).toBe(400);
    expect((await signIn("coopstaff@ledger.test", password)).location).toBe("/account?required=1");
  });

  it("adds and renames departments and places within the admin's own subtree only", async () => {
    const created = await run(
      adminDepartments.action,
      page(fx.people.admin, "/admin/departments", {
        form: { intent: "create", jurisdictionId: String(fx.zhangdian.id), name: "区数据局" },
      }),
    );
    expect(created.location).toBe("/admin/departments?saved=created");
    const dept = await db.department.findFirstOrThrow({ where: { name: "区数据局", jurisdictionId: fx.zhangdian.id } });
    const twice = await run(
      adminDepartments.action,
      page(fx.people.admin, "/admin/departments", {
        form: { intent: "create", jurisdictionId: String(fx.zhangdian.id), name: "区数据局" },
      }),
    );
    expect(twice.status).toBe(409);
    const foreign = await run(
      adminDepartments.action,
      page(fx.people.admin, "/admin/departments", {
        form: { intent: "create", jurisdictionId: String(fx.zichuan.id), name: "区数据局" },
      }),
    );
    expect(foreign.status).toBe(403);
    await run(
      adminDepartments.action,
      page(fx.people.admin, "/admin/departments", {
        form: { intent: "rename", id: String(dept.id), name: "区大数据局" },
      }),
    );
    expect((await db.department.findUniqueOrThrow({ where: { id: dept.id } })).name).toBe("区大数据局");
    expect(await db.auditEvent.count({ where: { entity: "department", entityId: dept.id } })).toBe(2);

    // A district administrator has no places below; renaming their own works, another's does not.
    const child = await run(
      adminJurisdictions.action,
      page(fx.people.admin, "/admin/jurisdictions", {
        form: { intent: "create", parentId: String(fx.zhangdian.id), slug: "xin-qu", name: "新区" },
      }),
    );
    expect(child.body).toMatchObject({ errors: { parentId: "admin.jurisdictions.noChildren" } });
    const renameOther = await run(
      adminJurisdictions.action,
      page(fx.people.admin, "/admin/jurisdictions", {
        form: { intent: "rename", id: String(fx.zichuan.id), name: "别处" },
      }),
    );
    expect(renameOther.status).toBe(403);
    expect((await db.jurisdiction.findUniqueOrThrow({ where: { id: fx.zichuan.id } })).name).toBe("淄川区");
  });
});
