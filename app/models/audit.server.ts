// The append-only audit trail: every state change writes one row in the same transaction.
import type { Tx } from "~/utils/db.server";

export type AuditActor = { id: number; name: string } | { id: null; name: "system" | "cli" };

export const SYSTEM_ACTOR: AuditActor = { id: null, name: "system" };
export const CLI_ACTOR: AuditActor = { id: null, name: "cli" };

export interface AuditInput {
  actor: AuditActor;
  entity: string;
  entityId: number;
  action: string;
  jurisdictionId?: number | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /** Shown in public history and feeds (only for published information). */
  public?: boolean;
}

/** The columns naming the row a change is about: its entity, id and jurisdiction. */
export function auditSubject(entity: string, row: { id: number; jurisdictionId: number | null }) {
  return { entity, entityId: row.id, jurisdictionId: row.jurisdictionId };
}

function toRow(input: AuditInput) {
  return {
    actorId: input.actor.id,
    actorLabel: input.actor.name,
    jurisdictionId: input.jurisdictionId ?? null,
    entity: input.entity,
    entityId: input.entityId,
    action: input.action,
    before: input.before === undefined ? null : JSON.stringify(input.before),
    after: input.after === undefined ? null : JSON.stringify(input.after),
    reason: input.reason ?? null,
    public: input.public ?? false,
  };
}

export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: toRow(input) });
}

/** Rows per INSERT: a dozen bound values each stays well under SQLite's limit on variables. */
const AUDIT_BATCH = 500;

export async function recordAudits(tx: Tx, inputs: AuditInput[]): Promise<void> {
  for (let i = 0; i < inputs.length; i += AUDIT_BATCH)
    await tx.auditEvent.createMany({ data: inputs.slice(i, i + AUDIT_BATCH).map(toRow) });
}

/** The same change made to many commitments at once (accepted on import, rejected as a restatement): a row each. */
export async function recordCommitmentAudits(
  tx: Tx,
  commitments: readonly { id: number }[],
  change: Omit<AuditInput, "entity" | "entityId">,
): Promise<void> {
  await recordAudits(
    tx,
    commitments.map((c) => ({ ...change, entity: "commitment", entityId: c.id })),
  );
}

/** Only the fields that differ, for compact before/after records. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    const left = before[key] instanceof Date ? (before[key] as Date).toISOString() : before[key];
    const right = after[key] instanceof Date ? (after[key] as Date).toISOString() : after[key];
    if (JSON.stringify(left) !== JSON.stringify(right)) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}
