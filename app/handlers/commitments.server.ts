// Write API on ledger items: PATCH an item (supervisor), POST an update (lead department), GET its history.
import { dayToDate, isoDay } from "~/domain/ledger/format";
import { commitmentHistory, historyAccess } from "~/models/history.server";
import { actorOf, commitmentScope } from "~/models/commitment.server";
import { assignCommitment, setStatusDirectly, type AssignInput } from "~/models/commitment-write.server";
import { submitUpdate } from "~/models/update.server";
import { apiCommitmentPatchSchema, apiUpdateSchema } from "~/schemas/ledger";
import { idParam, readJson, requireApiUser, type ApiArgs } from "~/utils/api.server";
import { requirePermission } from "~/utils/auth.server";
import { db, type Tx } from "~/utils/db.server";
import { notFound } from "~/utils/http.server";
import { AppError } from "~/utils/app-error";
import { progressFields } from "~/models/commitment-fields.server";

async function itemJson(id: number) {
  const row = await db.commitment.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      version: true,
      metric: true,
      ...progressFields,
      dueDate: true,
      responsiblePerson: true,
      sector: true,
      leadDepartment: { select: { id: true, name: true } },
      cooperating: { select: { department: { select: { id: true, name: true } } } },
    },
  });
  return {
    ...row,
    dueDate: isoDay(row.dueDate) || null,
    cooperating: row.cooperating.map((c) => c.department),
  };
}

/** The item an API write names, with its scope; a rejected proposal is no item (404). */
async function writableItem(rawId: string | undefined) {
  const id = idParam(rawId);
  const scope = await commitmentScope(id);
  if (!scope || scope.reviewState === "rejected") throw notFound();
  return { id, scope };
}

async function departmentIdOf(tx: Tx, jurisdictionId: number, ref: number | string): Promise<number> {
  const row = await tx.department.findFirst({
    where: typeof ref === "number" ? { id: ref, jurisdictionId } : { name: ref, jurisdictionId },
    select: { id: true },
  });
  if (!row) throw new AppError("ledger.assign.unknownDepartment", { status: 422, field: "leadDepartment" });
  return row.id;
}

/** PATCH /api/v1/commitments/:id — assignment and status, by the supervision office. */
export async function patchCommitment({ request, params }: ApiArgs): Promise<Response> {
  const user = await requireApiUser(request);
  const { id, scope } = await writableItem(params.id);
  requirePermission(user, "commitment.assign", scope);
  const body = await readJson(request, apiCommitmentPatchSchema);
  if (body.status === "verified") requirePermission(user, "commitment.verify", scope);
  await db.$transaction(async (tx) => {
    let version = body.version ?? null;
    const input: AssignInput = {};
    if (body.leadDepartment !== undefined)
      input.leadDepartmentId =
        body.leadDepartment === null ? null : await departmentIdOf(tx, scope.jurisdictionId, body.leadDepartment);
    if (body.cooperating !== undefined) {
      input.cooperatingIds = [];
      for (const ref of body.cooperating)
        input.cooperatingIds.push(await departmentIdOf(tx, scope.jurisdictionId, ref));
    }
    if (body.dueDate !== undefined) input.dueDate = dayToDate(body.dueDate);
    if (body.responsiblePerson !== undefined) input.responsiblePerson = body.responsiblePerson || null;
    if (body.sector !== undefined) input.sector = body.sector || null;
    if (body.metric !== undefined) input.metric = body.metric;
    if (Object.keys(input).length) {
      version = (await assignCommitment(tx, { id, version, input, actor: actorOf(user), reason: body.reason })).version;
    }
    if (body.status !== undefined || body.progress !== undefined) {
      await setStatusDirectly(tx, {
        id,
        version,
        status: body.status ?? scope.status,
        progress: body.progress,
        reason: body.reason,
        actor: actorOf(user),
      });
    }
  });
  return Response.json(await itemJson(id));
}

/** POST /api/v1/commitments/:id/updates — a department's update, submitted for verification. */
export async function postUpdate({ request, params }: ApiArgs): Promise<Response> {
  const user = await requireApiUser(request);
  const { id, scope } = await writableItem(params.id);
  requirePermission(user, "update.submit", scope);
  const body = await readJson(request, apiUpdateSchema);
  const update = await submitUpdate({
    commitmentId: id,
    actor: { id: user.id, name: user.name },
    input: {
      status: body.status,
      progress: body.progress,
      actualValue: body.actualValue,
      actualUnit: body.actualUnit || null,
      note: body.note || null,
      links: body.evidence ?? [],
      files: [],
    },
  });
  return Response.json({ id: update.id, state: update.state }, { status: 201 });
}

/** GET /api/v1/commitments/:id/history — the audit trail, for signed-in users of the jurisdiction. */
export async function getHistory({ request, params }: ApiArgs): Promise<Response> {
  const user = await requireApiUser(request);
  const id = idParam(params.id);
  const events = await commitmentHistory(id, await historyAccess(user, id));
  return Response.json({
    commitmentId: id,
    events: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actor: e.actor || null,
      entity: e.entity,
      entityId: e.entityId,
      action: e.action,
      reason: e.reason,
      public: e.public,
      changes: e.changes,
    })),
  });
}
