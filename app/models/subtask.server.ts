// Sub-tasks (分解): a new task under an accepted commitment, or an existing item of the same report grouped under it.
import { db } from "~/utils/db.server";
import { auditSubject, recordAudit, type AuditActor } from "~/models/audit.server";
import { dayOf, writeCommitment } from "~/models/commitment-write.server";
import { notifyDepartment } from "~/models/notification.server";
import { AppError } from "~/utils/app-error";

/** A new sub-task under an accepted commitment: same source sentence, its own task, department and due date. */
export async function createSubTask(args: {
  parentId: number;
  metric: string;
  leadDepartmentId: number | null;
  dueDate: Date | null;
  actor: AuditActor;
}) {
  return db.$transaction(async (tx) => {
    const parent = await tx.commitment.findUnique({
      where: { id: args.parentId },
      select: {
        id: true,
        reportId: true,
        sectionId: true,
        jurisdictionId: true,
        year: true,
        quote: true,
        quoteStart: true,
        quoteEnd: true,
        paragraph: true,
        deadline: true,
        sector: true,
        dueDate: true,
        reviewState: true,
        parentId: true,
      },
    });
    if (!parent) throw new AppError("ledger.notFound", { status: 404 });
    if (parent.reviewState !== "accepted") throw new AppError("ledger.notAccepted", { status: 409 });
    if (parent.parentId !== null) throw new AppError("ledger.subtask.nested", { status: 422, field: "metric" });
    if (args.leadDepartmentId !== null) {
      const dept = await tx.department.findFirst({
        where: { id: args.leadDepartmentId, jurisdictionId: parent.jurisdictionId },
        select: { id: true },
      });
      if (!dept) throw new AppError("ledger.assign.unknownDepartment", { status: 422, field: "leadDepartmentId" });
    }
    const child = await tx.commitment.create({
      data: {
        reportId: parent.reportId,
        sectionId: parent.sectionId,
        jurisdictionId: parent.jurisdictionId,
        year: parent.year,
        ordinal: 0,
        quote: parent.quote,
        quoteStart: parent.quoteStart,
        quoteEnd: parent.quoteEnd,
        paragraph: parent.paragraph,
        kind: "deliverable",
        metric: args.metric,
        deadline: parent.deadline,
        sector: parent.sector,
        reviewState: "accepted",
        publishedAt: new Date(),
        leadDepartmentId: args.leadDepartmentId,
        dueDate: args.dueDate ?? parent.dueDate,
        parentId: parent.id,
      },
      select: { id: true, metric: true, dueDate: true },
    });
    await recordAudit(tx, {
      actor: args.actor,
      entity: "commitment",
      entityId: child.id,
      action: "subtask.create",
      jurisdictionId: parent.jurisdictionId,
      after: { parentId: parent.id, metric: child.metric, dueDate: dayOf(child.dueDate) },
      public: true,
    });
    await recordAudit(tx, {
      actor: args.actor,
      ...auditSubject("commitment", parent),
      action: "subtask.add",
      after: { subTask: child.metric, subTaskId: child.id },
      public: true,
    });
    if (args.leadDepartmentId !== null) {
      await notifyDepartment(tx, args.leadDepartmentId, {
        kind: "commitment.assigned",
        title: { key: "ledger.notice.assigned", vars: { metric: child.metric } },
        link: `/ledger/c/${child.id}`,
      });
    }
    return child;
  });
}

/** Groups an existing item of the same report under this one. */
export async function attachSubTask(args: { parentId: number; childId: number; actor: AuditActor }) {
  return db.$transaction(async (tx) => {
    const [parent, child] = await Promise.all(
      [args.parentId, args.childId].map((id) =>
        tx.commitment.findUnique({
          where: { id },
          select: {
            id: true,
            reportId: true,
            jurisdictionId: true,
            reviewState: true,
            parentId: true,
            metric: true,
            version: true,
            _count: { select: { children: true } },
          },
        }),
      ),
    );
    if (!parent || !child) throw new AppError("ledger.notFound", { status: 404 });
    const fits =
      parent.id !== child.id &&
      parent.jurisdictionId === child.jurisdictionId &&
      parent.reportId === child.reportId &&
      parent.reviewState === "accepted" &&
      child.reviewState === "accepted" &&
      parent.parentId === null &&
      child.parentId === null &&
      child._count.children === 0;
    if (!fits) throw new AppError("ledger.subtask.cannotAttach", { status: 422, field: "childId" });
    return writeCommitment(tx, {
      id: child.id,
      version: child.version,
      data: { parentId: parent.id },
      before: { parent: null },
      after: { parent: parent.metric },
      actor: args.actor,
      action: "subtask.attach",
      jurisdictionId: child.jurisdictionId,
      published: true,
    });
  });
}
