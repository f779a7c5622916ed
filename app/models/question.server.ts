// 询问: deputies' questions to the lead department, answers, ratings, follow-ups in a thread, overdue reminders.
import { defaultDueAt, dueAtFromDate, isValidDueDate, questionStatus } from "~/domain/deputies/questions";
import type { Role } from "~/domain/vocab";
import type { QuestionFilter } from "~/schemas/deputy";
import { db, type Tx } from "~/utils/db.server";
import { recordAudit } from "~/models/audit.server";
import { notify, notifyDepartment, notifyFollowers, type NotificationInput } from "~/models/notification.server";
import { AppError } from "~/utils/app-error";
import { logger } from "~/utils/logger.mjs";
import { publicAnswerFields, publicQuestionFields } from "~/models/public/question-fields.server";

const linkTo = (id: number) => `/questions/${id}`;

/** Supervisors of a jurisdiction (unrouted questions, overdue reminders). */
async function notifySupervisors(tx: Tx, jurisdictionId: number, input: NotificationInput) {
  const supervisors = await tx.user.findMany({
    where: { jurisdictionId, role: "supervisor", disabledAt: null },
    select: { id: true },
  });
  await notify(
    tx,
    supervisors.map((u) => u.id),
    input,
  );
}

export interface AskInput {
  actor: { id: number; name: string };
  commitment: { id: number; jurisdictionId: number; leadDepartmentId: number | null; metric: string };
  body: string;
  /** Any question of an existing thread: the new question is a follow-up in it. */
  threadId?: number;
  now?: Date;
}

export async function askQuestion(input: AskInput): Promise<{ id: number; dueAt: Date; departmentId: number | null }> {
  const now = input.now ?? new Date();
  let root: { id: number; departmentId: number | null } | null = null;
  if (input.threadId) {
    const any = await db.question.findUnique({
      where: { id: input.threadId },
      select: { id: true, threadId: true },
    });
    const rootId = any ? (any.threadId ?? any.id) : null;
    const found = rootId
      ? await db.question.findUnique({
          where: { id: rootId },
          select: { id: true, askerId: true, commitmentId: true, departmentId: true },
        })
      : null;
    if (!found || found.commitmentId !== input.commitment.id)
      throw new AppError("deputy.error.noThread", { status: 404 });
    if (found.askerId !== input.actor.id) throw new AppError("deputy.error.notAsker", { status: 403 });
    root = found;
  }
  const departmentId = root
    ? (root.departmentId ?? input.commitment.leadDepartmentId)
    : input.commitment.leadDepartmentId;
  const dueAt = defaultDueAt(now);
  return db.$transaction(async (tx) => {
    const question = await tx.question.create({
      data: {
        commitmentId: input.commitment.id,
        askerId: input.actor.id,
        departmentId,
        body: input.body,
        dueAt,
        threadId: root?.id ?? null,
        createdAt: now,
      },
      select: { id: true, dueAt: true, departmentId: true },
    });
    // Public, with the commitment's id: the item's history and feed include its questions' events.
    const after = {
      commitmentId: input.commitment.id,
      asker: input.actor.name,
      departmentId,
      dueAt: dueAt.toISOString(),
      threadId: root?.id ?? null,
      body: input.body,
    };
    await recordAudit(tx, {
      actor: input.actor,
      entity: "question",
      entityId: question.id,
      action: root ? "follow_up" : "ask",
      jurisdictionId: input.commitment.jurisdictionId,
      after,
      public: true,
    });
    const message = {
      kind: "question.new",
      title: input.commitment.metric,
      body: input.body,
      link: linkTo(question.id),
    };
    if (departmentId) await notifyDepartment(tx, departmentId, message);
    else await notifySupervisors(tx, input.commitment.jurisdictionId, { ...message, kind: "question.unrouted" });
    await notifyFollowers(tx, input.commitment.id, { ...message, kind: "followed.question" }, input.actor.id);
    return question;
  });
}

/** The question with what the answer, rating and management checks need. */
export async function findQuestionForAction(id: number) {
  return db.question.findUnique({
    where: { id },
    select: {
      id: true,
      askerId: true,
      departmentId: true,
      answeredAt: true,
      rating: true,
      dueAt: true,
      createdAt: true,
      body: true,
      threadId: true,
      commitment: { select: { id: true, jurisdictionId: true, metric: true, reviewState: true } },
    },
  });
}

export type QuestionForAction = NonNullable<Awaited<ReturnType<typeof findQuestionForAction>>>;

export async function answerQuestion(input: {
  actor: { id: number; name: string };
  question: QuestionForAction;
  body: string;
  now?: Date;
}) {
  const now = input.now ?? new Date();
  const { question } = input;
  return db.$transaction(async (tx) => {
    // Claim the question: of two answers sent at once, only one sets answeredAt.
    const claimed = await tx.question.updateMany({
      where: { id: question.id, answeredAt: null },
      data: { answeredAt: now },
    });
    if (claimed.count === 0) throw new AppError("deputy.error.alreadyAnswered", { status: 409 });
    const answer = await tx.answer.create({
      data: { questionId: question.id, authorId: input.actor.id, body: input.body, createdAt: now },
      select: { id: true, createdAt: true },
    });
    const late = now.getTime() > question.dueAt.getTime();
    await recordAudit(tx, {
      actor: input.actor,
      entity: "question",
      entityId: question.id,
      action: "answer",
      jurisdictionId: question.commitment.jurisdictionId,
      before: { answeredAt: null },
      after: { answeredAt: now.toISOString(), answerId: answer.id, late, body: input.body },
      public: true,
    });
    const message = {
      kind: "question.answered",
      title: question.commitment.metric,
      body: input.body,
      link: linkTo(question.id),
    };
    await notify(tx, [question.askerId], message);
    await notifyFollowers(tx, question.commitment.id, { ...message, kind: "followed.answer" }, question.askerId);
    return answer;
  });
}

export async function rateAnswer(input: {
  actor: { id: number; name: string };
  question: QuestionForAction;
  rating: "satisfied" | "unsatisfied";
}) {
  const { question } = input;
  if (question.askerId !== input.actor.id) throw new AppError("deputy.error.notAsker", { status: 403 });
  if (!question.answeredAt) throw new AppError("deputy.error.notAnswered", { status: 409 });
  return db.$transaction(async (tx) => {
    const rated = await tx.question.updateMany({
      where: { id: question.id, rating: null },
      data: { rating: input.rating },
    });
    if (rated.count === 0) throw new AppError("deputy.error.alreadyRated", { status: 409 });
    await recordAudit(tx, {
      actor: input.actor,
      entity: "question",
      entityId: question.id,
      action: "rate",
      jurisdictionId: question.commitment.jurisdictionId,
      before: { rating: null },
      after: { rating: input.rating },
      public: true,
    });
    if (question.departmentId) {
      await notifyDepartment(tx, question.departmentId, {
        kind: input.rating === "satisfied" ? "question.rated_satisfied" : "question.rated_unsatisfied",
        title: question.commitment.metric,
        body: question.body,
        link: linkTo(question.id),
      });
    }
  });
}

/** Supervisor: route the question to a department and set its due date. */
export async function manageQuestion(input: {
  actor: { id: number; name: string };
  question: QuestionForAction;
  departmentId: number | null;
  dueDate: string;
}) {
  const { question } = input;
  if (question.answeredAt) throw new AppError("deputy.error.alreadyAnswered", { status: 409 });
  if (!isValidDueDate(input.dueDate, question.createdAt))
    throw new AppError("deputy.v.dueBeforeAsked", { status: 400, field: "dueDate" });
  if (input.departmentId !== null) {
    const department = await db.department.findFirst({
      where: { id: input.departmentId, jurisdictionId: question.commitment.jurisdictionId },
      select: { id: true },
    });
    if (!department) throw new AppError("deputy.v.department", { status: 400, field: "departmentId" });
  }
  const dueAt = dueAtFromDate(input.dueDate);
  return db.$transaction(async (tx) => {
    await tx.question.update({ where: { id: question.id }, data: { departmentId: input.departmentId, dueAt } });
    await recordAudit(tx, {
      actor: input.actor,
      entity: "question",
      entityId: question.id,
      action: "manage",
      jurisdictionId: question.commitment.jurisdictionId,
      before: { departmentId: question.departmentId, dueAt: question.dueAt.toISOString() },
      after: { departmentId: input.departmentId, dueAt: dueAt.toISOString() },
      public: true,
    });
    if (input.departmentId && input.departmentId !== question.departmentId) {
      await notifyDepartment(tx, input.departmentId, {
        kind: "question.new",
        title: question.commitment.metric,
        body: question.body,
        link: linkTo(question.id),
      });
    }
  });
}

interface Viewer {
  id: number;
  role: Role;
  jurisdictionId: number;
  departmentId: number | null;
}

/** Whose questions a viewer's list shows: a deputy their own, staff their department's, supervisors all. */
function viewerWhere(viewer: Viewer) {
  if (viewer.role === "deputy") return { askerId: viewer.id };
  if (viewer.role === "staff") return { departmentId: viewer.departmentId ?? -1 };
  return { commitment: { jurisdictionId: viewer.jurisdictionId } };
}

function filterWhere(filter: QuestionFilter, now: Date) {
  switch (filter) {
    case "open":
      return { answeredAt: null, dueAt: { gte: now } };
    case "overdue":
      return { answeredAt: null, dueAt: { lt: now } };
    case "answered":
      return { answeredAt: { not: null } };
    case "unrouted":
      return { answeredAt: null, departmentId: null };
    default:
      return {};
  }
}

const listSelect = {
  ...publicQuestionFields,
  threadId: true,
  department: { select: { name: true } },
  commitment: { select: { id: true, metric: true } },
} as const;

export async function listQuestions(viewer: Viewer, filter: QuestionFilter, now: Date, take = 200) {
  const rows = await db.question.findMany({
    where: { ...viewerWhere(viewer), ...filterWhere(filter, now) },
    select: listSelect,
    // Overdue first (oldest due date first), then the newest.
    orderBy: filter === "overdue" ? [{ dueAt: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((row) => ({ ...row, status: questionStatus(row, now) }));
}

/** A whole thread (the first question and its follow-ups) with answers; staff-facing (answer authors). */
export async function questionThread(id: number, now: Date) {
  const any = await db.question.findUnique({ where: { id }, select: { id: true, threadId: true } });
  if (!any) return null;
  const rootId = any.threadId ?? any.id;
  const rows = await db.question.findMany({
    where: { OR: [{ id: rootId }, { threadId: rootId }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...listSelect,
      askerId: true,
      departmentId: true,
      answers: {
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
        orderBy: { id: "asc" },
      },
      commitment: {
        select: {
          id: true,
          metric: true,
          quote: true,
          jurisdictionId: true,
          reviewState: true,
          leadDepartmentId: true,
        },
      },
    },
  });
  if (rows.length === 0 || rows[0]!.commitment.reviewState !== "accepted") return null;
  return { rootId, questions: rows.map((row) => ({ ...row, status: questionStatus(row, now) })) };
}

/**
 * The questions of one commitment as the public sees them: asked by (deputy's name), when, due,
 * answered by (the department), the answer, the rating, and how long it has waited.
 */
export async function publicQuestionsForCommitment(commitmentId: number, now: Date) {
  const rows = await db.question.findMany({
    where: { commitmentId, commitment: { reviewState: "accepted" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...publicQuestionFields,
      threadId: true,
      department: { select: { name: true } },
      answers: { select: publicAnswerFields, orderBy: { id: "asc" } },
    },
  });
  return rows.map((row) => ({ ...row, status: questionStatus(row, now) }));
}

/**
 * Overdue reminders, idempotent: each unanswered question past its due date gets one reminder (to the
 * department, the supervisors and the asker) per due date — a later due date set by the supervisor
 * earns a new one when it passes too. Safe to run from page loads and the CLI at the same time.
 */
export async function remindOverdueQuestions(now: Date, jurisdictionId?: number): Promise<number> {
  const overdue = await db.question.findMany({
    where: {
      answeredAt: null,
      dueAt: { lt: now },
      commitment: { reviewState: "accepted", ...(jurisdictionId ? { jurisdictionId } : {}) },
    },
    select: {
      id: true,
      body: true,
      dueAt: true,
      askerId: true,
      departmentId: true,
      commitment: { select: { jurisdictionId: true, metric: true } },
    },
    take: 1000,
  });
  if (overdue.length === 0) return 0;
  const reminded = await db.overdueReminder.findMany({
    where: { questionId: { in: overdue.map((q) => q.id) } },
    select: { questionId: true, dueAt: true },
  });
  const done = new Set(reminded.map((r) => `${r.questionId}:${r.dueAt.getTime()}`));
  const pending = overdue.filter((q) => !done.has(`${q.id}:${q.dueAt.getTime()}`));
  let sent = 0;
  for (const question of pending) {
    const link = linkTo(question.id);
    try {
      await db.$transaction(async (tx) => {
        // The key (question, due date) makes this "once" even when several processes remind at the same
        // moment: the second insert fails and its whole transaction, notifications included, rolls back.
        await tx.overdueReminder.create({ data: { questionId: question.id, dueAt: question.dueAt } });
        const message = { kind: "question.overdue", title: question.commitment.metric, body: question.body, link };
        await notify(tx, [question.askerId], message);
        if (question.departmentId) await notifyDepartment(tx, question.departmentId, message);
        await notifySupervisors(tx, question.commitment.jurisdictionId, message);
        await recordAudit(tx, {
          actor: { id: null, name: "system" },
          entity: "question",
          entityId: question.id,
          action: "overdue_reminder",
          jurisdictionId: question.commitment.jurisdictionId,
          after: { dueAt: question.dueAt.toISOString() },
        });
      });
      sent += 1;
    } catch (error) {
      // A unique violation: another process reminded of this due date first, and its reminder stands.
      // Anything else (a busy database) is retried by the next sweep.
      const unique = (error as { code?: unknown } | null)?.code === "P2002";
      if (!unique) logger.warn({ err: error, questionId: question.id }, "overdue reminder skipped");
    }
  }
  return sent;
}
