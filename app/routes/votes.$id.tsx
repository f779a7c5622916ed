import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SessionStateBadge } from "~/components/deputy/badges";
import type { FormFeedback } from "~/components/deputy/form-feedback";
import { BallotSheet, CandidateForm, PromoteForm, StepForm } from "~/components/deputy/vote-forms";
import { ConfirmPanel, type ConfirmRequest } from "~/components/confirm-panel";
import { VoteResults } from "~/components/deputy/vote-results";
import { chinaDate } from "~/domain/deputies/dates";
import { windowOpen } from "~/domain/deputies/votes";
import { useT } from "~/i18n/use-t";
import { formFailure } from "~/utils/form-failure.server";
import { sendEmailsSoon } from "~/models/mail.server";
import { confirmStep, confirmBallot } from "~/models/vote-confirm.server";
import {
  addCandidate,
  castBallots,
  castSatisfaction,
  deputiesOf,
  findSession,
  promotableCommitments,
  promoteCommitment,
  removeCandidate,
  sessionView,
  stepSession,
} from "~/models/vote.server";
import {
  ballotFormSchema,
  candidateSchema,
  promoteSchema,
  satisfactionFormSchema,
  sheetOf,
  stepSchema,
} from "~/schemas/deputy";
import deputyStyles from "~/styles/deputy.css?url";
import { idParam } from "~/utils/api.server";
import { getUser, requirePermission, requireUser, type SessionUser } from "~/utils/auth.server";
import { isAcknowledged, isConfirmed } from "~/utils/confirm.server";
import { formValues, parseForm, readForm } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { AppError } from "~/utils/app-error";
import { dispatchIntent } from "~/utils/intents.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: deputyStyles }];
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data ? pageMeta(matches, data.session.title) : pageMeta(matches, { key: "deputy.votes.title" });

/** Public once voting has opened (counts after each phase closes); drafts only for the supervisor. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const session = await findSession(idParam(params.id));
  if (!session) throw notFound();
  const where = { jurisdictionId: session.jurisdictionId };
  const canManage = can(user, "vote.manage", where);
  if (session.state === "draft" && !canManage) throw notFound();
  const voter = can(user, "vote.cast", where) ? user!.id : null;
  const now = new Date();
  const view = await sessionView(session, voter);
  const votingOpen = windowOpen(
    session.state,
    "voting",
    { opensAt: session.votingOpensAt, closesAt: session.votingClosesAt },
    now,
  );
  const ratingOpen = windowOpen(
    session.state,
    "satisfaction",
    { opensAt: session.satisfactionOpensAt, closesAt: session.satisfactionClosesAt },
    now,
  );
  const date = (d: Date | null) => (d ? chinaDate(d) : null);
  return {
    session: {
      id: session.id,
      title: session.title,
      year: session.year,
      state: session.state,
      jurisdiction: session.jurisdiction.name,
      votingOpensAt: date(session.votingOpensAt),
      votingClosesAt: date(session.votingClosesAt),
      satisfactionOpensAt: date(session.satisfactionOpensAt),
      satisfactionClosesAt: date(session.satisfactionClosesAt),
    },
    canManage,
    isVoter: voter !== null && view.viewerEligible,
    eligible: view.eligible,
    turnout: view.turnout,
    satisfactionTurnout: view.satisfactionTurnout,
    projects: view.projects,
    toVote:
      voter && view.viewerEligible && votingOpen
        ? view.projects.filter((p) => !view.votedProjectIds.includes(p.id))
        : [],
    toRate:
      voter && view.viewerEligible && ratingOpen
        ? view.projects.filter((p) => p.chosen && !view.ratedProjectIds.includes(p.id))
        : [],
    hasVoted: view.votedProjectIds.length > 0,
    hasRated: view.ratedProjectIds.length > 0,
    promotable: canManage && session.state === "draft" ? await promotableCommitments(session) : [],
    deputies: canManage && session.state === "draft" ? await deputiesOf(session.jurisdictionId) : [],
  };
}

type Session = NonNullable<Awaited<ReturnType<typeof findSession>>>;
type Ctx = { user: SessionUser; session: Session; form: FormData };

/** A deputy's ballot or satisfaction sheet: summed up first, cast with a second, confirmed post (it is final). */
async function cast({ user, session, form }: Ctx, intent: "ballot" | "satisfaction") {
  requirePermission(user, "vote.cast", { jurisdictionId: session.jurisdictionId });
  const phase = intent === "ballot" ? "voting" : "satisfaction";
  const window =
    phase === "voting"
      ? { opensAt: session.votingOpensAt, closesAt: session.votingClosesAt }
      : { opensAt: session.satisfactionOpensAt, closesAt: session.satisfactionClosesAt };
  if (!windowOpen(session.state, phase, window, new Date()))
    throw new AppError("deputy.error.votingClosed", { status: 409 });
  const view = await sessionView(session, user.id);
  if (!view.viewerEligible) throw new AppError("deputy.error.notEligible", { status: 403 });
  const done = intent === "ballot" ? view.votedProjectIds : view.ratedProjectIds;
  const ids = view.projects.filter((p) => (intent === "ballot" || p.chosen) && !done.includes(p.id)).map((p) => p.id);
  const schema = intent === "ballot" ? ballotFormSchema(ids) : satisfactionFormSchema(ids);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return formFailure(intent, parsed.errors, parsed.values);
  if (ids.length === 0) throw new AppError("deputy.error.alreadyVoted", { status: 409 });
  const sheet = sheetOf(parsed.data as Record<string, string>);
  if (!isConfirmed(form)) return confirmBallot(intent, view.projects, sheet, form);
  if (intent === "ballot") await castBallots({ actor: user, session, sheet });
  else await castSatisfaction({ actor: user, session, sheet });
  return redirect(`/votes/${session.id}?voted=1`);
}

/** The supervision office's work on the session: `run` returns a failure or a confirmation, or nothing when done. */
function managing<R>(run: (ctx: Ctx, intent: string) => Promise<R | void>) {
  return async (ctx: Ctx, intent: string) => {
    requirePermission(ctx.user, "vote.manage", { jurisdictionId: ctx.session.jurisdictionId });
    return (await run(ctx, intent)) ?? redirect(`/votes/${ctx.session.id}`);
  };
}

const INTENTS = {
  ballot: (ctx: Ctx) => cast(ctx, "ballot"),
  satisfaction: (ctx: Ctx) => cast(ctx, "satisfaction"),
  add: managing(async ({ user, session, form }, intent) => {
    const parsed = parseForm(candidateSchema, form);
    if (!parsed.ok) return formFailure(intent, parsed.errors, parsed.values);
    await addCandidate({ actor: user, session, ...parsed.data });
  }),
  promote: managing(async ({ user, session, form }, intent) => {
    const parsed = parseForm(promoteSchema, form);
    if (!parsed.ok) return formFailure(intent, parsed.errors, parsed.values);
    await promoteCommitment({ actor: user, session, commitmentId: parsed.data.commitmentId });
  }),
  remove: managing(async ({ user, session, form }) => {
    await removeCandidate({ actor: user, session, projectId: idParam(String(form.get("projectId") ?? "")) });
  }),
  step: managing(async ({ user, session, form }, intent) => {
    const parsed = parseForm(stepSchema, form);
    if (!parsed.ok) return formFailure(intent, parsed.errors, parsed.values);
    const eligibleIds = form.has("eligibleListed")
      ? form
          .getAll("eligible")
          .map(Number)
          .filter((n) => Number.isSafeInteger(n) && n > 0)
      : null;
    if (eligibleIds !== null && eligibleIds.length === 0)
      throw new AppError("deputy.error.noEligible", { status: 400, field: "eligible" });
    if (!isConfirmed(form)) return await confirmStep(session, parsed.data, eligibleIds, form);
    await stepSession({
      actor: user,
      session,
      step: parsed.data.step,
      closesOn: parsed.data.closesOn,
      eligibleIds,
      acknowledgeZero: isAcknowledged(form),
    });
    sendEmailsSoon();
  }),
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const session = await findSession(idParam(params.id));
  if (!session) throw notFound();
  const form = await readForm(request);
  try {
    return await dispatchIntent(form, INTENTS, { user, session, form });
  } catch (error) {
    return formFailure(String(form.get("intent") ?? ""), error, formValues(form));
  }
}

export default function VoteSessionPage() {
  const data = useLoaderData<typeof loader>();
  const { session } = data;
  const actionData = useActionData<typeof action>();
  const t = useT();
  const feedbackFor = (intent: string): FormFeedback | undefined =>
    actionData?.intent === intent ? (actionData as FormFeedback) : undefined;
  const confirm = (actionData as { confirm?: ConfirmRequest } | undefined)?.confirm ?? null;
  const confirmFor = (...intents: string[]) =>
    confirm && intents.includes(confirm.intent) ? <ConfirmPanel request={confirm} /> : null;
  const posted = confirm ? Object.fromEntries(confirm.fields) : undefined;
  const draft = session.state === "draft";
  return (
    <>
      <p>
        <Link to="/votes">← {t("deputy.votes.title")}</Link>
      </p>
      <h1 lang="zh">{session.title}</h1>
      <p className="row">
        <SessionStateBadge state={session.state} />
        <span className="muted">
          <span lang="zh">{session.jurisdiction}</span> · {session.year}
        </span>
      </p>
      <dl className="phases small">
        {session.votingOpensAt ? (
          <>
            <dt>{t("deputy.vote.votingWindow")}</dt>
            <dd>
              {session.votingOpensAt} — {session.votingClosesAt ?? t("deputy.vote.untilClosed")}
            </dd>
          </>
        ) : null}
        {session.satisfactionOpensAt ? (
          <>
            <dt>{t("deputy.vote.satisfactionWindow")}</dt>
            <dd>
              {session.satisfactionOpensAt} — {session.satisfactionClosesAt ?? t("deputy.vote.untilClosed")}
            </dd>
          </>
        ) : null}
      </dl>
      <p className="muted small">{t("deputy.vote.rule")}</p>
      {actionData &&
      "errors" in actionData &&
      actionData.errors?.form &&
      !["add", "promote", "step", "ballot", "satisfaction"].includes(actionData.intent ?? "") ? (
        <p className="notice error" role="alert">
          {t(actionData.errors.form as "deputy.error.unknownAction")}
        </p>
      ) : null}
      {session.state !== "draft" ? (
        <p className="notice" aria-live="polite">
          {t(data.eligible > 0 ? "deputy.vote.quorum" : "deputy.vote.turnoutOnly", {
            eligible: data.eligible,
            count:
              session.state === "satisfaction" || session.state === "closed" ? data.satisfactionTurnout : data.turnout,
          })}{" "}
          {session.state === "voting" || session.state === "satisfaction" ? t("deputy.vote.countsLater") : null}
        </p>
      ) : null}
      {data.isVoter && data.hasVoted && data.toVote.length === 0 && session.state === "voting" ? (
        <p className="notice success">{t("deputy.vote.thanks")}</p>
      ) : null}
      {data.isVoter && data.hasRated && data.toRate.length === 0 && session.state === "satisfaction" ? (
        <p className="notice success">{t("deputy.vote.thanks")}</p>
      ) : null}
      {confirmFor("ballot", "satisfaction")}
      {data.toVote.length > 0 ? (
        <BallotSheet
          key={confirm ? "confirming" : "sheet"}
          kind="ballot"
          projects={data.toVote}
          feedback={feedbackFor("ballot")}
          values={confirm?.intent === "ballot" ? posted : undefined}
        />
      ) : null}
      {data.toRate.length > 0 ? (
        <BallotSheet
          key={confirm ? "confirming-rate" : "sheet-rate"}
          kind="satisfaction"
          projects={data.toRate}
          feedback={feedbackFor("satisfaction")}
          values={confirm?.intent === "satisfaction" ? posted : undefined}
        />
      ) : null}

      <section aria-labelledby="candidates-heading">
        <h2 id="candidates-heading">{t("deputy.vote.candidatesHeading")}</h2>
        {data.projects.length === 0 ? <p>{t("deputy.vote.noCandidates")}</p> : null}
        {data.projects.length > 0 ? (
          <VoteResults
            projects={data.projects}
            onRemove={
              data.canManage && draft
                ? (id) => (
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="projectId" value={id} />
                      <button type="submit" className="secondary">
                        {t("deputy.vote.remove")}
                      </button>
                    </Form>
                  )
                : undefined
            }
          />
        ) : null}
      </section>

      {data.canManage ? (
        <section aria-labelledby="manage-heading" className="card">
          <h2 id="manage-heading">{t("deputy.vote.manage")}</h2>
          {draft ? <CandidateForm feedback={feedbackFor("add")} /> : null}
          {draft ? <PromoteForm commitments={data.promotable} feedback={feedbackFor("promote")} /> : null}
          {confirmFor("step")}
          <StepForm state={session.state} feedback={feedbackFor("step")} deputies={data.deputies} />
        </section>
      ) : null}
    </>
  );
}
