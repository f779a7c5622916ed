// The item page's writes, one per intent: assign, update (with files), review, verify, sub-tasks.
import { redirect } from "@remix-run/node";
import { chinaDate } from "~/domain/deputies/dates";
import { dueInPast } from "~/domain/ledger/due";
import { decideStatus } from "~/domain/progress/status-rules";
import { dayToDate, isoDay } from "~/domain/ledger/format";
import { actorOf, commitmentHeading, currentAssignment, type CommitmentScope } from "~/models/commitment.server";
import { assignCommitment, verifyCommitment } from "~/models/commitment-write.server";
import { attachSubTask, createSubTask } from "~/models/subtask.server";
import { reviewUpdate, submitUpdate, updateScope } from "~/models/update.server";
import {
  assignSchema,
  attachSchema,
  reviewUpdateSchema,
  subTaskSchema,
  updateFormSchema,
  verifySchema,
} from "~/schemas/ledger";
import type { SessionUser } from "~/utils/auth.server";
import { requirePermission } from "~/utils/auth.server";
import { askToConfirm, isConfirmed } from "~/utils/confirm.server";
import { db } from "~/utils/db.server";
import { formObject, formValues, parseForm, readForm } from "~/utils/forms";
import { httpError } from "~/utils/http.server";
import { filesFromForm, maxUploadBytes, storeUpload, type StoredFile } from "~/utils/uploads.server";
import { asAppError, isConflict } from "~/utils/app-error";
import { formFailure } from "~/utils/form-failure.server";
import { dispatchIntent } from "~/utils/intents.server";

const MAX_FILES = 10;

type Ctx = { user: SessionUser; scope: CommitmentScope; form: FormData; id: number };

const done = (id: number, what: string) => redirect(`/ledger/c/${id}?saved=${what}`);

async function assign({ user, scope, form, id }: Ctx) {
  requirePermission(user, "commitment.assign", scope);
  const values = formObject(form, ["cooperatingIds"]);
  const parsed = parseForm(assignSchema, values);
  if (!parsed.ok) return formFailure("assign", parsed.errors, values);
  const input = parsed.data;
  // A due date already past makes the item overdue at once: accepted, after a warning.
  const current = await currentAssignment(id);
  // A stale version is reported as a conflict first (below); only a save that can go through is asked about.
  if (
    current.version === input.version &&
    dueInPast(input.dueDate, chinaDate(new Date())) &&
    input.dueDate !== isoDay(current.dueDate) &&
    !isConfirmed(form)
  ) {
    return askToConfirm(
      {
        intent: "assign",
        title: "ledger.due.pastTitle",
        titleVars: { day: input.dueDate! },
        lines: [{ key: "ledger.due.pastLine", vars: { count: 1 }, tone: "warning" }],
        button: "ledger.due.pastConfirm",
      },
      form,
    );
  }
  try {
    await db.$transaction((tx) =>
      assignCommitment(tx, {
        id,
        version: input.version,
        actor: actorOf(user),
        reason: input.reason,
        input: {
          leadDepartmentId: input.leadDepartmentId,
          cooperatingIds: input.cooperatingIds,
          dueDate: dayToDate(input.dueDate),
          responsiblePerson: input.responsiblePerson ?? null,
          sector: input.sector ?? null,
        },
      }),
    );
  } catch (error) {
    if (isConflict(error)) {
      // Keep what they typed; show what is there now; the next save (with the new version) is deliberate.
      const now = await currentAssignment(id);
      return formFailure(
        "assign",
        error,
        { ...values, version: String(now.version) },
        {
          extra: {
            conflict: {
              leadDepartment: now.leadDepartment?.name ?? "",
              cooperating: now.cooperating.map((c) => c.department.name).join("、"),
              dueDate: isoDay(now.dueDate),
              responsiblePerson: now.responsiblePerson ?? "",
              sector: now.sector ?? "",
            },
          },
        },
      );
    }
    return formFailure("assign", error, values);
  }
  return done(id, "assign");
}

async function update({ user, scope, form, id }: Ctx) {
  requirePermission(user, "update.submit", scope);
  const values = formObject(form);
  const parsed = parseForm(updateFormSchema, values);
  if (!parsed.ok) return formFailure("update", parsed.errors, values);
  const uploads = await filesFromForm(form, "files");
  if (uploads.length > MAX_FILES) return formFailure("update", { files: "ledger.update.tooManyFiles" }, values);
  const files: StoredFile[] = [];
  for (const file of uploads) {
    try {
      files.push(await storeUpload(file.bytes, file.name));
    } catch (error) {
      return formFailure("update", asAppError(error)?.on("files") ?? error, values);
    }
  }
  try {
    await submitUpdate({
      commitmentId: id,
      actor: { id: user.id, name: user.name },
      input: { ...parsed.data, links: parsed.data.links, files },
    });
  } catch (error) {
    return formFailure("update", error, values);
  }
  return done(id, "update");
}

async function review({ user, scope, form, id }: Ctx) {
  requirePermission(user, "update.review", scope);
  const parsed = parseForm(reviewUpdateSchema, form);
  if (!parsed.ok) return formFailure("review", parsed.errors, formValues(form));
  if ((await updateScope(parsed.data.updateId))?.commitmentId !== id) throw httpError(404, "http.notFound");
  try {
    await reviewUpdate({ ...parsed.data, actor: { id: user.id, name: user.name } });
  } catch (error) {
    return formFailure("review", error, formValues(form));
  }
  return done(id, parsed.data.decision === "publish" ? "published" : "returned");
}

async function verify({ user, scope, form, id }: Ctx) {
  requirePermission(user, "commitment.verify", scope);
  const parsed = parseForm(verifySchema, form);
  if (!parsed.ok) return formFailure("verify", parsed.errors, formValues(form));
  // The status rules answer first; then, 销号 being final, say what happens and ask once.
  const rule = decideStatus({
    actor: "supervisor",
    from: scope.status,
    to: "verified",
    currentProgress: scope.progress,
    reason: parsed.data.note,
  });
  if (!rule.ok)
    return formFailure("verify", { [rule.field === "reason" ? "note" : rule.field]: rule.error }, formValues(form), {
      status: 422,
    });
  if (scope.version === parsed.data.version && !isConfirmed(form)) {
    const { metric } = await commitmentHeading(id);
    return askToConfirm(
      {
        intent: "verify",
        title: "ledger.verify.confirmTitle",
        titleVars: { metric },
        lines: [{ key: "ledger.verify.confirmPublic" }, { key: "ledger.verify.confirmFinal", tone: "warning" }],
        button: "ledger.verify.crossOff",
      },
      form,
    );
  }
  try {
    await verifyCommitment({ id, version: parsed.data.version, note: parsed.data.note, actor: actorOf(user) });
  } catch (error) {
    return formFailure("verify", error, formValues(form));
  }
  return done(id, "verified");
}

async function subtask({ user, scope, form, id }: Ctx) {
  requirePermission(user, "commitment.assign", scope);
  const parsed = parseForm(subTaskSchema, form);
  if (!parsed.ok) return formFailure("subtask", parsed.errors, formValues(form));
  try {
    await createSubTask({
      parentId: id,
      metric: parsed.data.metric,
      leadDepartmentId: parsed.data.leadDepartmentId,
      dueDate: dayToDate(parsed.data.dueDate),
      actor: actorOf(user),
    });
  } catch (error) {
    return formFailure("subtask", error, formValues(form));
  }
  return done(id, "subtask");
}

async function attach({ user, scope, form, id }: Ctx) {
  requirePermission(user, "commitment.assign", scope);
  const parsed = parseForm(attachSchema, form);
  if (!parsed.ok) return formFailure("attach", parsed.errors, formValues(form));
  try {
    await attachSubTask({ parentId: id, childId: parsed.data.childId, actor: actorOf(user) });
  } catch (error) {
    return formFailure("attach", error, formValues(form));
  }
  return done(id, "subtask");
}

const HANDLERS = { assign, update, review, verify, subtask, attach } as const;

export async function itemAction(ctx: Omit<Ctx, "form"> & { request: Request }) {
  const declared = Number(ctx.request.headers.get("Content-Length") ?? 0);
  if (declared > maxUploadBytes() * MAX_FILES + 1024 * 1024) throw httpError(413, "http.uploadTooLarge");
  const form = await readForm(ctx.request);
  return dispatchIntent(form, HANDLERS, { ...ctx, form });
}
