// 民生实事票决: sessions, candidates, secret ballots counted but never read back one by one, and
// the chosen projects turned into tracked commitments.
import { chinaDate, endOfChinaDay } from "~/domain/deputies/dates";
import { countSatisfaction, satisfactionResult, type SatisfactionCounts } from "~/domain/deputies/satisfaction";
import {
  isChosen,
  nextState,
  satisfactionCountsPublic,
  satisfactionTooSoon,
  voteCountsPublic,
  windowOpen,
  type SessionState,
  type SessionStep,
  type Tally,
} from "~/domain/deputies/votes";
import type { BallotChoice, SatisfactionChoice } from "~/domain/vocab";
import { db, type Tx } from "~/utils/db.server";
import { auditSubject, recordAudit, recordAudits } from "~/models/audit.server";
import { notify, notifyFollowers, type NotificationInput } from "~/models/notification.server";
import { AppError } from "~/utils/app-error";

type Actor = { id: number; name: string };

export async function findSession(id: number) {
  const row = await db.voteSession.findUnique({
    where: { id },
    select: {
      id: true,
      jurisdictionId: true,
      year: true,
      title: true,
      state: true,
      votingOpensAt: true,
      votingClosesAt: true,
      satisfactionOpensAt: true,
      satisfactionClosesAt: true,
      jurisdiction: { select: { name: true, slug: true } },
    },
  });
  return row ? { ...row, state: row.state as SessionState } : null;
}

export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

/** A jurisdiction's sessions (drafts only when asked for), or every published one. */
export async function listSessions(options: { jurisdictionId?: number; includeDrafts: boolean }) {
  return db.voteSession.findMany({
    where: {
      ...(options.jurisdictionId ? { jurisdictionId: options.jurisdictionId } : {}),
      ...(options.includeDrafts ? {} : { state: { not: "draft" } }),
    },
    orderBy: [{ year: "desc" }, { id: "desc" }],
    select: {
      id: true,
      year: true,
      title: true,
      state: true,
      jurisdiction: { select: { name: true } },
      _count: { select: { projects: true } },
    },
    take: 200,
  });
}

export async function createSession(input: { actor: Actor; jurisdictionId: number; title: string; year: number }) {
  return db.$transaction(async (tx) => {
    const session = await tx.voteSession.create({
      data: { jurisdictionId: input.jurisdictionId, title: input.title, year: input.year },
      select: { id: true },
    });
    await recordSessionAudit(tx, input.actor, { id: session.id, jurisdictionId: input.jurisdictionId }, "create", {
      after: { title: input.title, year: input.year },
    });
    return session;
  });
}

function requireState(session: SessionRow, state: SessionState) {
  if (session.state !== state) throw new AppError("deputy.error.sessionState", { status: 409 });
}

/** The audit row of something done to a session: its candidates, its state, its ballots. */
function recordSessionAudit(
  tx: Tx,
  actor: Actor,
  session: { id: number; jurisdictionId: number },
  action: string,
  change: { before?: unknown; after?: unknown },
) {
  return recordAudit(tx, {
    actor,
    ...auditSubject("vote_session", session),
    action,
    ...change,
  });
}

/** A candidate at the end of the session's list, audited with what made it one. */
async function createCandidate(
  input: { actor: Actor; session: SessionRow },
  project: { title: string; description: string; budget?: string | null; commitmentId?: number },
  action: "add_candidate" | "promote_candidate",
  audited: Record<string, unknown>,
) {
  return db.$transaction(async (tx) => {
    const last = await tx.livelihoodProject.findFirst({
      where: { sessionId: input.session.id },
      orderBy: { ordinal: "desc" },
      select: { ordinal: true },
    });
    const created = await tx.livelihoodProject.create({
      data: { sessionId: input.session.id, ordinal: (last?.ordinal ?? 0) + 1, ...project },
      select: { id: true },
    });
    await recordSessionAudit(tx, input.actor, input.session, action, { after: { projectId: created.id, ...audited } });
    return created;
  });
}

export async function addCandidate(input: {
  actor: Actor;
  session: SessionRow;
  title: string;
  description: string;
  budget: string;
}) {
  requireState(input.session, "draft");
  const budget = input.budget || null;
  return createCandidate(input, { title: input.title, description: input.description, budget }, "add_candidate", {
    title: input.title,
    budget,
  });
}

/** An existing published commitment of the jurisdiction becomes a candidate. */
export async function promoteCommitment(input: { actor: Actor; session: SessionRow; commitmentId: number }) {
  requireState(input.session, "draft");
  const commitment = await db.commitment.findFirst({
    where: { id: input.commitmentId, jurisdictionId: input.session.jurisdictionId, reviewState: "accepted" },
    select: { id: true, metric: true, quote: true, livelihoodProject: { select: { id: true } } },
  });
  if (!commitment) throw new AppError("deputy.error.noCommitment", { status: 404 });
  if (commitment.livelihoodProject) throw new AppError("deputy.error.alreadyCandidate", { status: 409 });
  const project = {
    title: commitment.metric.slice(0, 200),
    description: commitment.quote.slice(0, 2000),
    commitmentId: commitment.id,
  };
  return createCandidate(input, project, "promote_candidate", { commitmentId: commitment.id });
}

export async function removeCandidate(input: { actor: Actor; session: SessionRow; projectId: number }) {
  requireState(input.session, "draft");
  await db.$transaction(async (tx) => {
    const removed = await tx.livelihoodProject.deleteMany({
      where: { id: input.projectId, sessionId: input.session.id },
    });
    if (removed.count === 0) throw new AppError("deputy.error.noCandidate", { status: 404 });
    await recordSessionAudit(tx, input.actor, input.session, "remove_candidate", {
      before: { projectId: input.projectId },
    });
  });
}

/** Published commitments of the session's year that could be promoted to candidates. */
export async function promotableCommitments(session: SessionRow) {
  return db.commitment.findMany({
    where: {
      jurisdictionId: session.jurisdictionId,
      year: session.year,
      reviewState: "accepted",
      livelihoodProject: null,
      parentId: null,
    },
    select: { id: true, metric: true },
    orderBy: [{ ordinal: "asc" }, { id: "asc" }],
    take: 500,
  });
}

/** The deputies entitled to vote in a session (all active deputies of the place for older sessions). */
async function notifyDeputies(tx: Tx, session: { id: number; jurisdictionId: number }, input: NotificationInput) {
  const eligible = await tx.voteEligibility.findMany({ where: { sessionId: session.id }, select: { deputyId: true } });
  const deputies = eligible.length
    ? eligible.map((e) => e.deputyId)
    : (
        await tx.user.findMany({
          where: { jurisdictionId: session.jurisdictionId, role: "deputy", disabledAt: null },
          select: { id: true },
        })
      ).map((d) => d.id);
  await notify(tx, deputies, input);
}

/** Active deputies of the place: who may be recorded as eligible when voting opens. */
export async function deputiesOf(jurisdictionId: number) {
  return db.user.findMany({
    where: { jurisdictionId, role: "deputy", disabledAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** Chosen projects and how far their items have come: satisfaction voting on a project at 0 % is said out loud. */
export async function chosenProjectsProgress(sessionId: number) {
  const rows = await db.livelihoodProject.findMany({
    where: { sessionId, chosen: true },
    orderBy: [{ ordinal: "asc" }, { id: "asc" }],
    select: { id: true, title: true, commitment: { select: { progress: true, status: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, progress: r.commitment?.progress ?? 0 }));
}

/** Counts per candidate, the turnout (实到: deputies who cast at least one ballot) and the eligible (应到); never who chose what. */
async function voteCounts(client: Tx, sessionId: number) {
  const [groups, voters, eligible] = await Promise.all([
    client.ballot.groupBy({ by: ["projectId", "choice"], where: { project: { sessionId } }, _count: { _all: true } }),
    client.ballot.groupBy({ by: ["deputyId"], where: { project: { sessionId } } }),
    client.voteEligibility.count({ where: { sessionId } }),
  ]);
  const counts = new Map<number, Tally>();
  for (const g of groups) {
    const tally = counts.get(g.projectId) ?? { for: 0, against: 0, abstain: 0 };
    tally[g.choice as BallotChoice] += g._count._all;
    counts.set(g.projectId, tally);
  }
  return { counts, turnout: voters.length, eligible };
}

async function satisfactionCounts(client: Tx, sessionId: number) {
  const [groups, voters] = await Promise.all([
    client.satisfactionBallot.groupBy({
      by: ["projectId", "choice"],
      where: { project: { sessionId } },
      _count: { _all: true },
    }),
    client.satisfactionBallot.groupBy({ by: ["deputyId"], where: { project: { sessionId } } }),
  ]);
  const counts = new Map<number, SatisfactionCounts>();
  for (const g of groups) {
    const c = counts.get(g.projectId) ?? countSatisfaction([]);
    c[g.choice as SatisfactionChoice] += g._count._all;
    counts.set(g.projectId, c);
  }
  return { counts, turnout: voters.length };
}

const EMPTY_TALLY: Tally = { for: 0, against: 0, abstain: 0 };

/** Moves the session one step; closing a phase tallies it and publishes the result. */
export async function stepSession(input: {
  actor: Actor;
  session: SessionRow;
  step: SessionStep;
  closesOn?: string;
  /** open_voting: the deputies entitled to vote (应到); absent: every active deputy of the place. */
  eligibleIds?: number[] | null;
  /** open_satisfaction: the supervisor said so for projects still at 0 %. */
  acknowledgeZero?: boolean;
  now?: Date;
}) {
  const now = input.now ?? new Date();
  const { session, step } = input;
  const to = nextState(session.state, step);
  if (!to) throw new AppError("deputy.error.sessionState", { status: 409 });
  const closesAt = input.closesOn ? endOfChinaDay(input.closesOn) : null;
  if (closesAt && closesAt.getTime() < now.getTime()) throw new AppError("deputy.v.closesInPast", { status: 400 });
  if (step === "open_satisfaction") {
    const closedDay = session.votingClosesAt ? chinaDate(session.votingClosesAt) : null;
    if (satisfactionTooSoon(closedDay, chinaDate(now)))
      throw new AppError("deputy.error.satisfactionSameDay", { status: 409 });
    const atZero = (await chosenProjectsProgress(session.id)).filter((p) => p.progress === 0);
    if (atZero.length > 0 && !input.acknowledgeZero) throw new AppError("deputy.error.zeroProgress", { status: 409 });
  }

  return db.$transaction(async (tx) => {
    // Changing the state first takes the write lock, so no ballot can slip in between check and tally.
    const moved = await tx.voteSession.updateMany({
      where: { id: session.id, state: session.state },
      data: { state: to },
    });
    if (moved.count === 0) throw new AppError("deputy.error.sessionState", { status: 409 });
    const projects = await tx.livelihoodProject.findMany({
      where: { sessionId: session.id },
      select: { id: true, title: true, description: true, chosen: true, commitmentId: true },
      orderBy: [{ ordinal: "asc" }, { id: "asc" }],
    });
    const audit = { actor: input.actor, entity: "vote_session", entityId: session.id, action: step };
    const jurisdictionId = session.jurisdictionId;
    const link = `/votes/${session.id}`;

    if (step === "open_voting") {
      if (projects.length === 0) throw new AppError("deputy.error.noCandidates", { status: 409 });
      const deputies = await tx.user.findMany({
        where: {
          jurisdictionId,
          role: "deputy",
          disabledAt: null,
          ...(input.eligibleIds ? { id: { in: input.eligibleIds } } : {}),
        },
        select: { id: true },
      });
      if (input.eligibleIds && deputies.length !== new Set(input.eligibleIds).size)
        throw new AppError("deputy.error.notDeputies", { status: 400, field: "eligible" });
      if (deputies.length === 0) throw new AppError("deputy.error.noEligible", { status: 409, field: "eligible" });
      await tx.voteEligibility.createMany({ data: deputies.map((d) => ({ sessionId: session.id, deputyId: d.id })) });
      await tx.voteSession.update({
        where: { id: session.id },
        data: { votingOpensAt: now, votingClosesAt: closesAt },
      });
      await recordAudit(tx, {
        ...audit,
        jurisdictionId,
        after: {
          state: to,
          eligible: deputies.length,
          candidates: projects.map((p) => ({ id: p.id, title: p.title })),
        },
        public: true,
      });
      await notifyDeputies(tx, session, { kind: "vote.opened", title: session.title, link });
    } else if (step === "close_voting") {
      const { counts, turnout, eligible } = await voteCounts(tx, session.id);
      const results = [];
      for (const project of projects) {
        const tally = counts.get(project.id) ?? EMPTY_TALLY;
        const chosen = isChosen(tally, eligible, turnout);
        let commitmentId = project.commitmentId;
        if (chosen) commitmentId = await trackAsCommitment(tx, { session, project, actor: input.actor, now });
        await tx.livelihoodProject.update({ where: { id: project.id }, data: { chosen, commitmentId } });
        results.push({ projectId: project.id, title: project.title, ...tally, chosen, commitmentId });
      }
      await tx.voteSession.update({ where: { id: session.id }, data: { votingClosesAt: now } });
      await recordAudit(tx, {
        ...audit,
        jurisdictionId,
        after: { state: to, eligible, turnout, results },
        public: true,
      });
      await notifyDeputies(tx, session, { kind: "vote.decided", title: session.title, link });
    } else if (step === "open_satisfaction") {
      if (!projects.some((p) => p.chosen)) throw new AppError("deputy.error.noChosen", { status: 409 });
      await tx.voteSession.update({
        where: { id: session.id },
        data: { satisfactionOpensAt: now, satisfactionClosesAt: closesAt },
      });
      await recordAudit(tx, { ...audit, jurisdictionId, after: { state: to }, public: true });
      await notifyDeputies(tx, session, { kind: "satisfaction.opened", title: session.title, link });
    } else {
      const { counts, turnout } = await satisfactionCounts(tx, session.id);
      const results = [];
      for (const project of projects.filter((p) => p.chosen)) {
        const c = counts.get(project.id) ?? countSatisfaction([]);
        const result = satisfactionResult(c);
        await tx.livelihoodProject.update({ where: { id: project.id }, data: { satisfactionResult: result } });
        results.push({ projectId: project.id, title: project.title, ...c, result });
        if (project.commitmentId) {
          await recordAudit(tx, {
            actor: input.actor,
            entity: "commitment",
            entityId: project.commitmentId,
            action: "satisfaction_result",
            jurisdictionId,
            after: { sessionId: session.id, ...c, result },
            public: true,
          });
          await notifyFollowers(tx, project.commitmentId, {
            kind: "followed.satisfaction",
            title: project.title,
            link,
          });
        }
      }
      await tx.voteSession.update({ where: { id: session.id }, data: { satisfactionClosesAt: now } });
      await recordAudit(tx, { ...audit, jurisdictionId, after: { state: to, turnout, results }, public: true });
    }
  });
}

/** A chosen project is tracked as a commitment: the promoted one, or a new deliverable for the year. */
async function trackAsCommitment(
  tx: Tx,
  args: {
    session: SessionRow;
    project: { id: number; title: string; description: string; commitmentId: number | null };
    actor: Actor;
    now: Date;
  },
): Promise<number> {
  const { session, project } = args;
  if (project.commitmentId) {
    await tx.commitment.update({
      where: { id: project.commitmentId },
      data: { isLivelihood: true, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actor: args.actor,
      entity: "commitment",
      entityId: project.commitmentId,
      action: "livelihood_chosen",
      jurisdictionId: session.jurisdictionId,
      before: { isLivelihood: false },
      after: { isLivelihood: true, sessionId: session.id },
      public: true,
    });
    return project.commitmentId;
  }
  const quote = project.description ? `${project.title}：${project.description}` : project.title;
  const commitment = await tx.commitment.create({
    data: {
      jurisdictionId: session.jurisdictionId,
      year: session.year,
      quote: quote.slice(0, 2000),
      kind: "deliverable",
      metric: project.title,
      deadline: session.year,
      dueDate: new Date(Date.UTC(session.year, 11, 31)),
      reviewState: "accepted",
      status: "not_started",
      isLivelihood: true,
      publishedAt: args.now,
    },
    select: { id: true },
  });
  await recordAudits(tx, [
    {
      actor: args.actor,
      entity: "commitment",
      entityId: commitment.id,
      action: "livelihood_chosen",
      jurisdictionId: session.jurisdictionId,
      after: { isLivelihood: true, sessionId: session.id, metric: project.title, reviewState: "accepted" },
      public: true,
    },
  ]);
  return commitment.id;
}

type Sheet = Record<string, string>;

async function sheetProjects(session: SessionRow, sheet: Sheet, onlyChosen: boolean) {
  const ids = Object.keys(sheet).map(Number);
  const projects = await db.livelihoodProject.findMany({
    where: { id: { in: ids }, sessionId: session.id, ...(onlyChosen ? { chosen: true } : {}) },
    select: { id: true },
  });
  if (projects.length !== ids.length) throw new AppError("deputy.error.noCandidate", { status: 400 });
  return ids;
}

type CastInput = { actor: Actor; session: SessionRow; sheet: Sheet; now?: Date };

/** One ballot per deputy and candidate: a ballot once cast is final; a second one is refused (409). */
export function castBallots(input: CastInput) {
  return castSheet("voting", input);
}

export function castSatisfaction(input: CastInput) {
  return castSheet("satisfaction", input);
}

/** 票决 ballots in the voting phase, satisfaction ballots on the chosen projects in the satisfaction phase. */
async function castSheet(phase: "voting" | "satisfaction", input: CastInput) {
  const now = input.now ?? new Date();
  const { session } = input;
  const voting = phase === "voting";
  const window = voting
    ? { opensAt: session.votingOpensAt, closesAt: session.votingClosesAt }
    : { opensAt: session.satisfactionOpensAt, closesAt: session.satisfactionClosesAt };
  if (!windowOpen(session.state, phase, window, now)) throw new AppError("deputy.error.votingClosed", { status: 409 });
  const ids = await sheetProjects(session, input.sheet, !voting);
  try {
    await db.$transaction(async (tx) => {
      const open = await tx.voteSession.updateMany({
        where: { id: session.id, state: phase },
        data: { state: phase },
      });
      if (open.count === 0) throw new AppError("deputy.error.votingClosed", { status: 409 });
      // Only the eligible deputies (应到) vote, in sessions that recorded them.
      const eligible = await tx.voteEligibility.count({ where: { sessionId: session.id } });
      if (eligible > 0) {
        const entitled = await tx.voteEligibility.count({ where: { sessionId: session.id, deputyId: input.actor.id } });
        if (entitled === 0) throw new AppError("deputy.error.notEligible", { status: 403 });
      }
      const mine = { deputyId: input.actor.id, projectId: { in: ids } };
      const existing = voting
        ? await tx.ballot.count({ where: mine })
        : await tx.satisfactionBallot.count({ where: mine });
      if (existing > 0) throw new AppError("deputy.error.alreadyVoted", { status: 409 });
      const rows = ids.map((projectId) => ({
        projectId,
        deputyId: input.actor.id,
        choice: input.sheet[String(projectId)]!,
      }));
      if (voting) await tx.ballot.createMany({ data: rows });
      else await tx.satisfactionBallot.createMany({ data: rows });
      // Who took part is recorded, never the choice.
      await recordSessionAudit(tx, input.actor, session, voting ? "ballot" : "satisfaction_ballot", {
        after: { projects: ids.length },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("deputy.error.alreadyVoted", { status: 409 });
    throw error;
  }
}

/**
 * Everything a session page may show. Counts only once their phase is over; the viewer learns on
 * which candidates they have already voted (to hide those forms), never anyone's choice.
 */
export async function sessionView(session: SessionRow, viewerId: number | null) {
  const projects = await db.livelihoodProject.findMany({
    where: { sessionId: session.id },
    orderBy: [{ ordinal: "asc" }, { id: "asc" }],
    select: {
      id: true,
      ordinal: true,
      title: true,
      description: true,
      budget: true,
      chosen: true,
      commitmentId: true,
      satisfactionResult: true,
    },
  });
  const showVotes = voteCountsPublic(session.state);
  const showSatisfaction = satisfactionCountsPublic(session.state);
  const [votes, satisfaction, voted, rated] = await Promise.all([
    session.state === "draft" ? null : voteCounts(db, session.id),
    session.state === "satisfaction" || session.state === "closed" ? satisfactionCounts(db, session.id) : null,
    viewerId
      ? db.ballot.findMany({
          where: { deputyId: viewerId, project: { sessionId: session.id } },
          select: { projectId: true },
        })
      : [],
    viewerId
      ? db.satisfactionBallot.findMany({
          where: { deputyId: viewerId, project: { sessionId: session.id } },
          select: { projectId: true },
        })
      : [],
  ]);
  const eligibleRows = await db.voteEligibility.findMany({
    where: { sessionId: session.id },
    select: { deputyId: true },
  });
  return {
    eligible: eligibleRows.length,
    viewerEligible:
      viewerId !== null && (eligibleRows.length === 0 || eligibleRows.some((e) => e.deputyId === viewerId)),
    turnout: votes?.turnout ?? 0,
    satisfactionTurnout: satisfaction?.turnout ?? 0,
    projects: projects.map((p) => ({
      ...p,
      // Chosen and results are public only with the counts behind them.
      chosen: showVotes ? p.chosen : null,
      satisfactionResult: showSatisfaction ? p.satisfactionResult : null,
      votes: showVotes ? (votes?.counts.get(p.id) ?? EMPTY_TALLY) : null,
      satisfaction: showSatisfaction && p.chosen ? (satisfaction?.counts.get(p.id) ?? countSatisfaction([])) : null,
    })),
    votedProjectIds: voted.map((b) => b.projectId),
    ratedProjectIds: rated.map((b) => b.projectId),
  };
}

/** True for Prisma's unique-constraint violation (a second ballot raced past the check). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
