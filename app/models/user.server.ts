// User accounts: created from the CLI and the admin pages, passwords hashed with argon2id.
import type { Role } from "~/domain/vocab";
import { hashPassword } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { recordAudit, type AuditActor } from "~/models/audit.server";
import { ensureDepartment, findJurisdiction } from "~/models/jurisdiction.server";
import { AppError } from "~/utils/app-error";

export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  jurisdiction: string;
  department?: string;
  password: string;
  actor: AuditActor;
  /** Invited with a temporary password: the first sign-in asks for a new one. */
  mustChangePassword?: boolean;
}

export async function createUser(input: CreateUserInput) {
  const jurisdiction = await findJurisdiction(input.jurisdiction);
  if (!jurisdiction)
    throw new AppError("http.unknownJurisdiction", {
      status: 400,
      field: "jurisdiction",
      vars: { name: input.jurisdiction },
      detail: `Unknown jurisdiction "${input.jurisdiction}"`,
    });
  if (input.role === "staff" && !input.department)
    throw new AppError("admin.users.staffNeedsDepartment", {
      status: 400,
      field: "departmentId",
      detail: "Staff accounts need a department (--department)",
    });
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("admin.users.emailTaken", {
      status: 409,
      field: "email",
      detail: `A user with the email ${email} already exists`,
    });
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const department = input.department ? await ensureDepartment(tx, jurisdiction.id, input.department.trim()) : null;
    const user = await tx.user.create({
      data: {
        email,
        name: input.name.trim(),
        role: input.role,
        jurisdictionId: jurisdiction.id,
        departmentId: department?.id ?? null,
        passwordHash,
        mustChangePassword: input.mustChangePassword ?? false,
      },
      select: { id: true, email: true, name: true, role: true, jurisdictionId: true, departmentId: true },
    });
    await recordAudit(tx, {
      actor: input.actor,
      entity: "user",
      entityId: user.id,
      action: input.mustChangePassword ? "invite" : "create",
      jurisdictionId: jurisdiction.id,
      after: { email, name: user.name, role: user.role, department: department?.name ?? null },
    });
    return user;
  });
}

export async function findUserForLogin(email: string) {
  return db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      passwordHash: true,
      disabledAt: true,
      name: true,
      jurisdictionId: true,
      role: true,
      mustChangePassword: true,
    },
  });
}
