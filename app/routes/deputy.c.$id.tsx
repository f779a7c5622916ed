import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { z } from "zod";
import { LightBadge } from "~/components/deputy/badges";
import { TextAreaField } from "~/components/field";
import { FormError } from "~/components/form-error";
import { FollowButton } from "~/components/deputy/follow-button";
import { InspectionCard } from "~/components/deputy/inspection-card";
import { QuestionItem } from "~/components/deputy/question-item";
import { useFormFields } from "~/components/use-form-fields";
import { DEFAULT_ANSWER_DAYS } from "~/domain/deputies/questions";
import { progressState } from "~/domain/progress/expected";
import type { Status } from "~/domain/vocab";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { deputyItemView, findPublishedCommitment, scopeOf } from "~/models/deputy.server";
import { formFailure } from "~/utils/form-failure.server";
import { isFollowing } from "~/models/follow.server";
import { publicInspectionsForCommitment } from "~/models/inspection.server";
import { sendEmailsSoon } from "~/models/mail.server";
import { askQuestion, publicQuestionsForCommitment } from "~/models/question.server";
import { questionSchema } from "~/schemas/deputy";
import deputyStyles from "~/styles/deputy.css?url";
import { idParam } from "~/utils/api.server";
import { requirePermission, requireRole } from "~/utils/auth.server";
import { parseForm, readForm } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { STATUS_LABELS } from "~/components/labels";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: deputyStyles }];
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, data ? data.commitment.metric : { key: "deputy.item.title" });

async function load(request: Request, id: string | undefined) {
  const user = await requireRole(request, "deputy");
  const commitment = await findPublishedCommitment(idParam(id));
  if (!commitment) throw notFound();
  requirePermission(user, "question.ask", scopeOf(commitment));
  return { user, commitment };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, commitment } = await load(request, params.id);
  const now = new Date();
  const [inspections, questions, following] = await Promise.all([
    publicInspectionsForCommitment(commitment.id),
    publicQuestionsForCommitment(commitment.id, now),
    isFollowing(user.id, commitment.id),
  ]);
  return {
    commitment: {
      ...deputyItemView(commitment),
      quote: commitment.quote,
      voteSessionId: commitment.livelihoodProject?.sessionId ?? null,
    },
    state: progressState(
      { status: commitment.status as Status, progress: commitment.progress, dueDate: commitment.dueDate },
      now,
    ),
    inspections,
    questions,
    following,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, commitment } = await load(request, params.id);
  const form = await readForm(request);
  const parsed = parseForm(questionSchema, form);
  if (!parsed.ok) return formFailure(null, parsed.errors, parsed.values);
  try {
    const question = await askQuestion({ actor: user, commitment, body: parsed.data.body });
    sendEmailsSoon();
    return redirect(`/questions/${question.id}`);
  } catch (error) {
    return formFailure(null, error, parsed.data);
  }
}

type AskValues = z.input<typeof questionSchema>;

export default function DeputyItem() {
  const { commitment, state, inspections, questions, following } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const serverErrors: Record<string, string> = actionData?.errors ?? {};
  const typed: AskValues = { body: String(actionData?.values?.body ?? "") };
  const { bind, onSubmit } = useFormFields(questionSchema, typed, serverErrors);
  return (
    <>
      <p>
        <Link to="/deputy">← {t("deputy.workspace.title")}</Link>
      </p>
      <h1 lang="zh">{commitment.metric}</h1>
      <div className="row">
        <LightBadge state={state} />
        <span>{t(STATUS_LABELS[commitment.status as Status].label)}</span>
        <span>
          {commitment.progress}%
          {state.expected !== null ? ` · ${t("deputy.expected", { expected: state.expected })}` : ""}
        </span>
        {commitment.isLivelihood ? (
          commitment.voteSessionId ? (
            <Link to={`/votes/${commitment.voteSessionId}`} className="badge livelihood">
              {t("deputy.livelihoodVote")}
            </Link>
          ) : (
            <span className="badge livelihood">{t("deputy.livelihood")}</span>
          )
        ) : null}
        <FollowButton commitmentId={commitment.id} following={following} />
      </div>
      <blockquote className="quote" lang="zh">
        {commitment.quote}
      </blockquote>
      <p className="muted small">
        {rich(t, "deputy.item.meta", {
          year: commitment.year,
          due: commitment.dueDate ?? "—",
          department: commitment.department ? <Zh>{commitment.department}</Zh> : t("deputy.unassigned"),
        })}{" "}
        · <Link to={`/c/${commitment.id}`}>{t("deputy.item.publicPage")}</Link>
      </p>
      <p>
        <Link className="button" to={`/inspections/new?c=${commitment.id}`}>
          {t("deputy.item.logInspection")}
        </Link>
      </p>

      <section aria-labelledby="ask-heading" className="card">
        <h2 id="ask-heading">{t("deputy.ask.title")}</h2>
        <p className="muted small">
          {commitment.department
            ? rich(t, "deputy.ask.to", { department: <Zh>{commitment.department}</Zh>, days: DEFAULT_ANSWER_DAYS })
            : t("deputy.ask.toSupervisor", { days: DEFAULT_ANSWER_DAYS })}
        </p>
        <FormError message={serverErrors.form} />
        <Form method="post" noValidate onSubmit={onSubmit}>
          <TextAreaField label={t("deputy.ask.body")} rows={5} required {...bind("body")} />
          <button type="submit" disabled={navigation.state === "submitting"}>
            {t("deputy.ask.submit")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t("deputy.item.questions", { count: questions.length })}</h2>
        {questions.map((q) => (
          <QuestionItem key={q.id} question={q} link />
        ))}
      </section>

      <section aria-labelledby="inspections-heading">
        <h2 id="inspections-heading">{t("deputy.item.inspections", { count: inspections.length })}</h2>
        {inspections.map((i) => (
          <InspectionCard key={i.id} inspection={i} showCommitments={false} />
        ))}
      </section>
    </>
  );
}
