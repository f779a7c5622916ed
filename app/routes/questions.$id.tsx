import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { FormFeedback } from "~/components/deputy/form-feedback";
import { AnswerForm, FollowUpForm, ManageForm, RateForm } from "~/components/deputy/question-forms";
import { QuestionItem } from "~/components/deputy/question-item";
import { chinaDate } from "~/domain/deputies/dates";
import { useT } from "~/i18n/use-t";
import { findPublishedCommitment } from "~/models/deputy.server";
import { formFailure } from "~/utils/form-failure.server";
import { listDepartments } from "~/models/jurisdiction.server";
import { sendEmailsSoon } from "~/models/mail.server";
import {
  answerQuestion,
  askQuestion,
  findQuestionForAction,
  manageQuestion,
  questionThread,
  rateAnswer,
} from "~/models/question.server";
import { answerSchema, manageQuestionSchema, questionSchema, rateSchema } from "~/schemas/deputy";
import deputyStyles from "~/styles/deputy.css?url";
import { idParam } from "~/utils/api.server";
import { getUser, requirePermission, requireUser, type SessionUser } from "~/utils/auth.server";
import { formValues, parseForm, readForm } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { can } from "~/utils/permissions";
import { dispatchIntent } from "~/utils/intents.server";

type QuestionRow = NonNullable<Awaited<ReturnType<typeof findQuestionForAction>>>;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: deputyStyles }];
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, { key: "deputy.thread.title", vars: { item: data?.commitment.metric ?? "" } });

/** Public: questions and answers are published; the forms appear only to those who may use them. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const now = new Date();
  const thread = await questionThread(idParam(params.id), now);
  if (!thread) throw notFound();
  const root = thread.questions[0]!;
  const commitment = root.commitment;
  const where = { jurisdictionId: commitment.jurisdictionId };
  // Who wrote an answer is internal; the public sees the department.
  const insider = can(user, "ledger.view", { ...where, leadDepartmentId: user?.departmentId ?? null });
  const canManage = can(user, "question.manage", where);
  return {
    commitment: { id: commitment.id, metric: commitment.metric, quote: commitment.quote },
    rootId: thread.rootId,
    canFollowUp: user?.id === root.askerId && can(user, "question.ask", where),
    departments: canManage ? await listDepartments(commitment.jurisdictionId) : [],
    questions: thread.questions.map(({ askerId, commitment: _c, answers, ...q }) => ({
      ...q,
      answers: answers.map((a) => ({ ...a, author: insider ? a.author : null })),
      dueDate: chinaDate(q.dueAt),
      canAnswer: !q.answeredAt && can(user, "question.answer", { ...where, leadDepartmentId: q.departmentId ?? -1 }),
      canRate: user?.id === askerId && q.answeredAt !== null && q.rating === null,
      canManage: canManage && !q.answeredAt,
    })),
  };
}

type Ctx = { user: SessionUser; form: FormData; pageId: number };

/** A follow-up question in the thread (the thread's root names the item). */
async function followup({ user, form, pageId }: Ctx, intent: string) {
  const parsed = parseForm(questionSchema, form);
  if (!parsed.ok) return formFailure(intent, parsed.errors, parsed.values);
  const root = await findQuestionForAction(parsed.data.threadId ?? pageId);
  const commitment = root ? await findPublishedCommitment(root.commitment.id) : null;
  if (!commitment) throw notFound();
  requirePermission(user, "question.ask", { jurisdictionId: commitment.jurisdictionId });
  try {
    const question = await askQuestion({ actor: user, commitment, body: parsed.data.body, threadId: root!.id });
    sendEmailsSoon();
    return redirect(`/questions/${question.id}`);
  } catch (error) {
    return formFailure(intent, error, formValues(form));
  }
}

/** Work on one question of the thread: `run` parses the form and calls the model, or returns a failure. */
type Failure = ReturnType<typeof formFailure<Record<string, unknown>>>;

function onQuestion(run: (ctx: Ctx, question: QuestionRow, intent: string) => Promise<Failure | void>) {
  return async (ctx: Ctx, intent: string) => {
    const question = await findQuestionForAction(idParam(String(ctx.form.get("questionId") ?? "")));
    if (!question || question.commitment.reviewState !== "accepted") throw notFound();
    try {
      const failed = await run(ctx, question, intent);
      if (failed) return failed;
    } catch (error) {
      return formFailure(intent, error, formValues(ctx.form));
    }
    sendEmailsSoon();
    return redirect(`/questions/${ctx.pageId}#question-${question.id}`);
  };
}

const scopeOfQuestion = (question: QuestionRow) => ({ jurisdictionId: question.commitment.jurisdictionId });

const INTENTS = {
  followup,
  answer: onQuestion(async ({ user, form }, question, intent) => {
    requirePermission(user, "question.answer", {
      ...scopeOfQuestion(question),
      leadDepartmentId: question.departmentId ?? -1,
    });
    const parsed = parseForm(answerSchema, form);
    if (!parsed.ok) return formFailure(intent, parsed.errors, parsed.values);
    await answerQuestion({ actor: user, question, body: parsed.data.body });
  }),
  rate: onQuestion(async ({ user, form }, question, intent) => {
    const parsed = parseForm(rateSchema, form);
    if (!parsed.ok) return formFailure(intent, parsed.errors, parsed.values);
    await rateAnswer({ actor: user, question, rating: parsed.data.rating });
  }),
  manage: onQuestion(async ({ user, form }, question, intent) => {
    requirePermission(user, "question.manage", scopeOfQuestion(question));
    const parsed = parseForm(manageQuestionSchema, form);
    if (!parsed.ok) return formFailure(intent, parsed.errors, parsed.values);
    await manageQuestion({ actor: user, question, ...parsed.data });
  }),
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  return dispatchIntent(form, INTENTS, { user, form, pageId: idParam(params.id) });
}

export default function QuestionThread() {
  const { commitment, rootId, canFollowUp, departments, questions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const feedbackFor = (intent: string, questionId?: number): FormFeedback | undefined =>
    actionData &&
    actionData.intent === intent &&
    (questionId === undefined || String(actionData.values.questionId) === String(questionId))
      ? (actionData as FormFeedback)
      : undefined;
  const last = questions[questions.length - 1]!;
  return (
    <>
      <h1>{t("deputy.thread.heading")}</h1>
      <p>
        {t("deputy.thread.about")}{" "}
        <Link to={`/c/${commitment.id}`} lang="zh">
          {commitment.metric}
        </Link>
      </p>
      <blockquote className="quote" lang="zh">
        {commitment.quote}
      </blockquote>
      {questions.map((q) => (
        <QuestionItem key={q.id} question={q}>
          {q.canAnswer ? <AnswerForm questionId={q.id} feedback={feedbackFor("answer", q.id)} /> : null}
          {q.canRate ? <RateForm questionId={q.id} feedback={feedbackFor("rate", q.id)} /> : null}
          {q.canManage ? (
            <details className="manage-details" open={Boolean(feedbackFor("manage", q.id))}>
              <summary>{t("deputy.manage.title")}</summary>
              <ManageForm
                questionId={q.id}
                departmentId={q.departmentId}
                dueDate={q.dueDate}
                departments={departments}
                feedback={feedbackFor("manage", q.id)}
              />
            </details>
          ) : null}
        </QuestionItem>
      ))}
      {canFollowUp && last.answeredAt ? <FollowUpForm threadId={rootId} feedback={feedbackFor("followup")} /> : null}
    </>
  );
}
