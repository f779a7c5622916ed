// Administration of accounts, departments and jurisdictions, within the administrator's own subtree.
// Every write checks "admin.manage" against the thing changed and is audited in its transaction.
import { randomInt } from "node:crypto";
import { JURISDICTION_LEVELS, type JurisdictionLevel, type Role } from "~/domain/vocab";
import { auditSubject, recordAudit, type AuditActor } from "~/models/audit.server";
import { listJurisdictionPaths } from "~/models/jurisdiction.server";
import { createUser } from "~/models/user.server";
import { accountFields, hashPassword, type SessionUser } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { forbidden } from "~/utils/http.server";
import { can } from "~/utils/permissions";
import { AppError } from "~/utils/app-error";

const actorOf = (admin: SessionUser): AuditActor => ({ id: admin.id, name: admin.name });

/** The audit row of a department or jurisdiction renamed: its name before and after. */
function recordRename(
  tx: Tx,
  admin: SessionUser,
  entity: "department" | "jurisdiction",
  entityId: number,
  jurisdictionId: number,
  name: { from: string; to: string },
) {
  return recordAudit(tx, {
    actor: actorOf(admin),
    entity,
    entityId,
    action: "rename",
    jurisdictionId,
    before: { name: name.from },
    after: { name: name.to },
  });
}

/** The jurisdictions an administrator manages: their own and everything below it. */
export async function managedJurisdictions(admin: SessionUser) {
  const all = await listJurisdictionPaths();
  const rows = await db.jurisdiction.findMany({ select: { id: true, level: true, parentId: true } });
  const info = new Map(rows.map((r) => [r.id, r]));
  return all
    .filter((j) => can(admin, "admin.manage", { jurisdictionId: j.id, jurisdictionPath: j.path }))
    .map((j) => ({
      id: j.id,
      slug: j.slug,
      name: j.name,
      depth: j.path.length,
      level: info.get(j.id)!.level as JurisdictionLevel,
      parentId: info.get(j.id)!.parentId,
    }))
    .sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name, "zh"));
}

async function requireManaged(admin: SessionUser, jurisdictionId: number) {
  const managed = await managedJurisdictions(admin);
  const found = managed.find((j) => j.id === jurisdictionId);
  if (!found) throw forbidden();
  return found;
}

/** A readable one-time password: no 0/O, 1/l/I. */
export function temporaryPassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join(""),
  );
  return groups.join("-");
}

// ——— Users ———

/** The accounts an administrator manages, as their list shows them. */
export async function listUsers(admin: SessionUser) {
  const managed = await managedJurisdictions(admin);
  const rows = await db.user.findMany({
    where: { jurisdictionId: { in: managed.map((j) => j.id) } },
    orderBy: [{ jurisdictionId: "asc" }, { role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      mustChangePassword: true,
      jurisdiction: { select: { name: true } },
      department: { select: { name: true } },
    },
    take: 2000,
  });
  return rows.map(({ role, jurisdiction, department, disabledAt, ...user }) => ({
    ...user,
    role: role as Role,
    jurisdiction: jurisdiction.name,
    department: department?.name ?? null,
    disabled: disabledAt !== null,
  }));
}

export async function getManagedUser(admin: SessionUser, userId: number) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      ...accountFields,
      createdAt: true,
      jurisdiction: { select: { name: true } },
      _count: { select: { sessions: true, apiTokens: { where: { revokedAt: null } } } },
    },
  });
  if (!user) throw new AppError("admin.users.notFound", { status: 404, field: "user" });
  await requireManaged(admin, user.jurisdictionId);
  return user;
}

export async function inviteUser(
  admin: SessionUser,
  input: { email: string; name: string; role: Role; jurisdictionId: number; departmentId: number | null },
) {
  const jurisdiction = await requireManaged(admin, input.jurisdictionId);
  const department = input.departmentId
    ? await db.department.findFirst({
        where: { id: input.departmentId, jurisdictionId: jurisdiction.id },
        select: { name: true },
      })
    : null;
  if (input.departmentId && !department)
    throw new AppError("admin.users.unknownDepartment", { status: 400, field: "departmentId" });
  if (input.role === "staff" && !department)
    throw new AppError("admin.users.staffNeedsDepartment", { status: 400, field: "departmentId" });
  const password = temporaryPassword();
  const user = await createUser({
    email: input.email,
    name: input.name,
    role: input.role,
    jurisdiction: jurisdiction.slug,
    department: input.role === "staff" ? department!.name : undefined,
    password,
    actor: actorOf(admin),
    mustChangePassword: true,
  });
  return { id: user.id, email: user.email, password };
}

/** Ends every session and revokes every token of a user (disable, password reset). */
async function cutAccess(tx: Tx, userId: number) {
  const sessions = await tx.session.deleteMany({ where: { userId } });
  const tokens = await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return { sessionsEnded: sessions.count, tokensRevoked: tokens.count };
}

export async function updateUser(
  admin: SessionUser,
  userId: number,
  input: { name: string; role: Role; departmentId: number | null },
) {
  const user = await getManagedUser(admin, userId);
  if (user.id === admin.id && input.role !== user.role)
    throw new AppError("admin.users.notYourself", { status: 409, field: "role" });
  const department = input.departmentId
    ? await db.department.findFirst({
        where: { id: input.departmentId, jurisdictionId: user.jurisdictionId },
        select: { id: true, name: true },
      })
    : null;
  if (input.departmentId && !department)
    throw new AppError("admin.users.unknownDepartment", { status: 400, field: "departmentId" });
  if (input.role === "staff" && !department)
    throw new AppError("admin.users.staffNeedsDepartment", { status: 400, field: "departmentId" });
  const departmentId = input.role === "staff" ? department!.id : null;
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { name: true, role: true, department: { select: { name: true } } },
    });
    await tx.user.update({ where: { id: userId }, data: { name: input.name, role: input.role, departmentId } });
    await recordAudit(tx, {
      actor: actorOf(admin),
      entity: "user",
      entityId: userId,
      action: "update",
      jurisdictionId: user.jurisdictionId,
      before: { name: before.name, role: before.role, department: before.department?.name ?? null },
      after: { name: input.name, role: input.role, department: input.role === "staff" ? department!.name : null },
    });
    // A new role or department is a new set of rights: sign in again.
    if (before.role !== input.role || (before.department?.name ?? null) !== (department?.name ?? null))
      await tx.session.deleteMany({ where: { userId } });
  });
}

/** Disabling ends the user's sessions and revokes their tokens at once; enabling restores neither. */
export async function setDisabled(admin: SessionUser, userId: number, disabled: boolean) {
  const user = await getManagedUser(admin, userId);
  if (user.id === admin.id) throw new AppError("admin.users.notYourself", { status: 409, field: "form" });
  await applyDisabled({ id: user.id, jurisdictionId: user.jurisdictionId }, disabled, actorOf(admin));
}

/** The same for the command line (an operator with no administrator account at hand). */
export async function setDisabledByEmail(email: string, disabled: boolean, actor: AuditActor) {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, jurisdictionId: true },
  });
  if (!user) throw new AppError("admin.users.notFound", { status: 404, field: "email" });
  await applyDisabled(user, disabled, actor);
  return user;
}

async function applyDisabled(user: { id: number; jurisdictionId: number }, disabled: boolean, actor: AuditActor) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: disabled ? new Date() : null } });
    const cut = disabled ? await cutAccess(tx, user.id) : null;
    await recordAudit(tx, {
      actor,
      ...auditSubject("user", user),
      action: disabled ? "disable" : "enable",
      after: cut ?? {},
    });
  });
}

/** A new one-time password, shown once to the administrator; the user must choose their own at sign-in. */
export async function resetPassword(admin: SessionUser, userId: number) {
  const user = await getManagedUser(admin, userId);
  if (user.id === admin.id) throw new AppError("admin.users.notYourself", { status: 409, field: "form" });
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true } });
    const cut = await cutAccess(tx, userId);
    await recordAudit(tx, {
      actor: actorOf(admin),
      entity: "user",
      entityId: userId,
      action: "password_reset",
      jurisdictionId: user.jurisdictionId,
      after: cut,
    });
  });
  return { email: user.email, password };
}

// ——— Departments ———

export async function listManagedDepartments(admin: SessionUser) {
  const managed = await managedJurisdictions(admin);
  const rows = await db.department.findMany({
    where: { jurisdictionId: { in: managed.map((j) => j.id) } },
    orderBy: [{ jurisdictionId: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      jurisdictionId: true,
      _count: { select: { users: true, ledCommitments: true } },
    },
  });
  return rows.map(({ _count, ...d }) => ({ ...d, users: _count.users, led: _count.ledCommitments }));
}

export async function createDepartment(admin: SessionUser, input: { jurisdictionId: number; name: string }) {
  await requireManaged(admin, input.jurisdictionId);
  return db.$transaction(async (tx) => {
    const exists = await tx.department.findUnique({
      where: { jurisdictionId_name: { jurisdictionId: input.jurisdictionId, name: input.name } },
      select: { id: true },
    });
    if (exists) throw new AppError("admin.departments.exists", { status: 409, field: "name" });
    const row = await tx.department.create({ data: input, select: { id: true } });
    await recordAudit(tx, {
      actor: actorOf(admin),
      entity: "department",
      entityId: row.id,
      action: "create",
      jurisdictionId: input.jurisdictionId,
      after: { name: input.name },
    });
    return row;
  });
}

export async function renameDepartment(admin: SessionUser, input: { id: number; name: string }) {
  const department = await db.department.findUnique({
    where: { id: input.id },
    select: { id: true, name: true, jurisdictionId: true },
  });
  if (!department) throw new AppError("admin.departments.notFound", { status: 404, field: "id" });
  await requireManaged(admin, department.jurisdictionId);
  await db.$transaction(async (tx) => {
    const clash = await tx.department.findFirst({
      where: { jurisdictionId: department.jurisdictionId, name: input.name, id: { not: department.id } },
      select: { id: true },
    });
    if (clash) throw new AppError("admin.departments.exists", { status: 409, field: "name" });
    await tx.department.update({ where: { id: department.id }, data: { name: input.name } });
    await recordRename(tx, admin, "department", department.id, department.jurisdictionId, {
      from: department.name,
      to: input.name,
    });
  });
}

// ——— Jurisdictions ———

/** A place below one the administrator manages: a city under a province, a district under a city. */
export async function createJurisdiction(admin: SessionUser, input: { parentId: number; slug: string; name: string }) {
  const parent = await requireManaged(admin, input.parentId);
  const level = JURISDICTION_LEVELS[JURISDICTION_LEVELS.indexOf(parent.level) + 1];
  if (!level) throw new AppError("admin.jurisdictions.noChildren", { status: 400, field: "parentId" });
  return db.$transaction(async (tx) => {
    if (await tx.jurisdiction.findUnique({ where: { slug: input.slug }, select: { id: true } }))
      throw new AppError("admin.jurisdictions.slugTaken", { status: 409, field: "slug" });
    const row = await tx.jurisdiction.create({
      data: { slug: input.slug, name: input.name, level, parentId: parent.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(admin),
      entity: "jurisdiction",
      entityId: row.id,
      action: "create",
      jurisdictionId: row.id,
      after: { slug: input.slug, name: input.name, level, parent: parent.slug },
    });
    return row;
  });
}

export async function renameJurisdiction(admin: SessionUser, input: { id: number; name: string }) {
  const jurisdiction = await requireManaged(admin, input.id);
  await db.$transaction(async (tx) => {
    await tx.jurisdiction.update({ where: { id: input.id }, data: { name: input.name } });
    await recordRename(tx, admin, "jurisdiction", input.id, input.id, { from: jurisdiction.name, to: input.name });
  });
}
