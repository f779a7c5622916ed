import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { QuestionBadge } from "~/components/deputy/badges";
import { chinaDate } from "~/domain/deputies/dates";
import type { MessageKey } from "~/i18n";
import { Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { sendEmailsSoon } from "~/models/mail.server";
import { listQuestions, remindOverdueQuestions } from "~/models/question.server";
import { QUESTION_FILTERS, type QuestionFilter } from "~/schemas/deputy";
import deputyStyles from "~/styles/deputy.css?url";
import { requireRole } from "~/utils/auth.server";
import { pageMeta } from "~/utils/meta";
import { DataTable } from "~/components/data-table";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: deputyStyles }];
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "deputy.questions.title" });

function filterOf(params: URLSearchParams): QuestionFilter {
  if (params.get("overdue") === "1") return "overdue";
  const state = params.get("state");
  return QUESTION_FILTERS.includes(state as QuestionFilter) ? (state as QuestionFilter) : "all";
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "supervisor", "staff", "deputy");
  const now = new Date();
  if (await remindOverdueQuestions(now, user.jurisdictionId)) sendEmailsSoon();
  const filter = filterOf(new URL(request.url).searchParams);
  const [rows, overdue] = await Promise.all([
    listQuestions(user, filter, now),
    filter === "overdue" ? null : listQuestions(user, "overdue", now, 1000),
  ]);
  return {
    role: user.role,
    filter,
    overdueCount: overdue ? overdue.length : rows.length,
    questions: rows.map((q) => ({
      id: q.id,
      body: q.body.length > 120 ? `${q.body.slice(0, 119)}…` : q.body,
      asker: q.asker.name,
      department: q.department?.name ?? null,
      commitment: q.commitment,
      createdAt: chinaDate(q.createdAt),
      dueAt: chinaDate(q.dueAt),
      followUp: q.threadId !== null,
      rating: q.rating,
      status: q.status,
    })),
  };
}

const FILTER_KEYS: Record<QuestionFilter, MessageKey> = {
  all: "deputy.questions.filter.all",
  open: "deputy.questions.filter.open",
  overdue: "deputy.questions.filter.overdue",
  answered: "deputy.questions.filter.answered",
  unrouted: "deputy.questions.filter.unrouted",
};

const INTRO_KEYS: Record<string, MessageKey> = {
  deputy: "deputy.questions.introDeputy",
  staff: "deputy.questions.introStaff",
  supervisor: "deputy.questions.introSupervisor",
};

export default function Questions() {
  const { role, filter, overdueCount, questions } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("deputy.questions.title")}</h1>
      <p className="muted">{t(INTRO_KEYS[role] ?? "deputy.questions.introSupervisor")}</p>
      {overdueCount > 0 ? (
        <p className="notice error">
          <Link to="/questions?overdue=1">{t("deputy.questions.overdueNotice", { count: overdueCount })}</Link>
        </p>
      ) : null}
      <nav aria-label={t("deputy.questions.filters")} className="row tabs">
        {QUESTION_FILTERS.map((f) => (
          <Link
            key={f}
            to={f === "all" ? "/questions" : f === "overdue" ? "/questions?overdue=1" : `/questions?state=${f}`}
            aria-current={f === filter ? "page" : undefined}
          >
            {t(FILTER_KEYS[f])}
          </Link>
        ))}
      </nav>
      <DataTable
        columns={[
          t("deputy.col.question"),
          t("deputy.col.item"),
          t("deputy.col.asker"),
          t("deputy.col.department"),
          t("deputy.col.asked"),
          t("deputy.col.due"),
          t("deputy.col.state"),
        ]}
        caption={t(FILTER_KEYS[filter])}
        hiddenCaption
      >
        {questions.map((q) => (
          <tr key={q.id} className={q.status.state === "overdue" ? "overdue-row" : undefined}>
            <td>
              <Link to={`/questions/${q.id}`} lang="zh">
                {q.body}
              </Link>
              {q.followUp ? <span className="muted small"> · {t("deputy.q.followUp")}</span> : null}
            </td>
            <td lang="zh">{q.commitment.metric}</td>
            <td lang="zh">{q.asker}</td>
            <td>{q.department ? <Zh>{q.department}</Zh> : <span className="muted">{t("deputy.q.unrouted")}</span>}</td>
            <td>{q.createdAt}</td>
            <td>{q.dueAt}</td>
            <td>
              <QuestionBadge status={q.status} />
            </td>
          </tr>
        ))}
      </DataTable>
      {questions.length === 0 ? <p>{t("deputy.questions.empty")}</p> : null}
    </>
  );
}
