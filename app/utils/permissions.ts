// Who may do what: one table of actions, each a rule over the actor and the thing acted on.
import type { Role } from "~/domain/vocab";

export interface Actor {
  id: number;
  role: Role;
  jurisdictionId: number;
  departmentId: number | null;
}

/** Where the thing acted on sits: its jurisdiction (with ancestors) and, for tasks, the departments on it. */
export interface Scope {
  jurisdictionId: number;
  /** Ids from the root of the tree down to jurisdictionId (inclusive); lets an admin act in their subtree. */
  jurisdictionPath?: readonly number[];
  leadDepartmentId?: number | null;
  departmentIds?: readonly number[];
}

type Rule = (actor: Actor, scope: Scope) => boolean;

const inJurisdiction: Rule = (actor, scope) => actor.jurisdictionId === scope.jurisdictionId;
const inSubtree: Rule = (actor, scope) =>
  actor.jurisdictionId === scope.jurisdictionId || (scope.jurisdictionPath ?? []).includes(actor.jurisdictionId);

const role =
  (...roles: Role[]): Rule =>
  (actor, scope) =>
    roles.includes(actor.role) && (actor.role === "admin" ? inSubtree(actor, scope) : inJurisdiction(actor, scope));

const leadStaff: Rule = (actor, scope) =>
  actor.role === "staff" &&
  inJurisdiction(actor, scope) &&
  actor.departmentId !== null &&
  actor.departmentId === scope.leadDepartmentId;

const departmentStaff: Rule = (actor, scope) =>
  actor.role === "staff" &&
  inJurisdiction(actor, scope) &&
  actor.departmentId !== null &&
  (actor.departmentId === scope.leadDepartmentId || (scope.departmentIds ?? []).includes(actor.departmentId));

const any =
  (...rules: Rule[]): Rule =>
  (actor, scope) =>
    rules.some((rule) => rule(actor, scope));

export const PERMISSIONS = {
  "report.import": role("supervisor", "admin"),
  "commitment.review": role("supervisor"),
  "commitment.assign": role("supervisor"),
  "commitment.verify": role("supervisor"),
  "update.submit": leadStaff,
  "update.review": role("supervisor"),
  "ledger.view": any(role("supervisor", "admin"), departmentStaff),
  "ledger.export": any(role("supervisor"), departmentStaff),
  // A department's sheet comes back from its own staff; a jurisdiction's from the supervision office.
  "ledger.import": any(role("supervisor"), leadStaff),
  "history.view": role("admin", "supervisor", "staff", "deputy"),
  "inspection.create": role("deputy"),
  "question.ask": role("deputy"),
  "question.answer": leadStaff,
  "question.manage": role("supervisor"),
  "vote.cast": role("deputy"),
  "vote.manage": role("supervisor"),
  "followup.confirm": role("supervisor"),
  "admin.manage": role("admin"),
} satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor | null | undefined, permission: Permission, scope: Scope): boolean {
  if (!actor) return false;
  return PERMISSIONS[permission](actor, scope);
}
