// One question with its answer, as shown in a thread and on public pages.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { chinaDate } from "~/domain/deputies/dates";
import type { QuestionStatus } from "~/domain/deputies/questions";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { QuestionBadge } from "~/components/deputy/badges";

export interface QuestionView {
  id: number;
  body: string;
  createdAt: Date;
  dueAt: Date;
  rating: string | null;
  threadId: number | null;
  asker: { name: string };
  department: { name: string } | null;
  answers: { id: number; body: string; createdAt: Date; author?: { name: string } | null }[];
  status: QuestionStatus;
}

export function QuestionItem({
  question,
  link = false,
  children,
}: {
  question: QuestionView;
  link?: boolean;
  children?: ReactNode;
}) {
  const t = useT();
  const asker = { name: <Zh>{question.asker.name}</Zh> };
  const title = question.threadId ? rich(t, "deputy.q.followUpBy", asker) : rich(t, "deputy.q.askedBy", asker);
  return (
    <article className={`card question ${question.status.state}`} aria-labelledby={`question-${question.id}`}>
      <h3 id={`question-${question.id}`} className="question-title">
        {link ? <Link to={`/questions/${question.id}`}>{title}</Link> : title}{" "}
        <QuestionBadge status={question.status} />
      </h3>
      <p className="muted small">
        {rich(t, "deputy.q.meta", {
          asked: chinaDate(question.createdAt),
          due: chinaDate(question.dueAt),
          department: question.department ? <Zh>{question.department.name}</Zh> : t("deputy.q.unrouted"),
        })}
      </p>
      {question.status.state === "overdue" ? (
        <p className="overdue-line">
          {t("deputy.q.unansweredFor", { date: chinaDate(question.createdAt), days: question.status.daysWaiting })}
        </p>
      ) : null}
      <p className="prewrap" lang="zh">
        {question.body}
      </p>
      {question.answers.map((answer) => (
        <div key={answer.id} className="answer">
          <h4>
            {rich(t, "deputy.q.answerBy", { department: <Zh>{question.department?.name ?? ""}</Zh> })}
            <span className="muted small">
              {" "}
              · {chinaDate(answer.createdAt)}
              {answer.author ? (
                <>
                  {" · "}
                  <Zh>{answer.author.name}</Zh>
                </>
              ) : null}
            </span>
          </h4>
          <p className="prewrap" lang="zh">
            {answer.body}
          </p>
        </div>
      ))}
      {question.rating ? (
        <p>
          {t("deputy.q.rating")}:{" "}
          <span className={`badge ${question.rating === "satisfied" ? "green" : "red"}`}>
            {question.rating === "satisfied" ? t("deputy.rating.satisfied") : t("deputy.rating.unsatisfied")}
          </span>
        </p>
      ) : null}
      {children}
    </article>
  );
}
