// One question with its answer, as shown in a thread and on public pages.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { chinaDate } from "~/domain/deputies/dates";
import type { QuestionStatus } from "~/domain/deputies/questions";
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
  const title = question.threadId
    ? t("deputy.q.followUpBy", { name: question.asker.name })
    : t("deputy.q.askedBy", { name: question.asker.name });
  return (
    <article className={`card question ${question.status.state}`} aria-labelledby={`question-${question.id}`}>
      <h3 id={`question-${question.id}`} className="question-title">
        {link ? <Link to={`/questions/${question.id}`}>{title}</Link> : title}{" "}
        <QuestionBadge status={question.status} />
      </h3>
      <p className="muted small">
        {t("deputy.q.meta", {
          asked: chinaDate(question.createdAt),
          due: chinaDate(question.dueAt),
          department: question.department?.name ?? t("deputy.q.unrouted"),
        })}
      </p>
      {question.status.state === "overdue" ? (
        <p className="overdue-line">
          {t("deputy.q.unansweredFor", { date: chinaDate(question.createdAt), days: question.status.daysWaiting })}
        </p>
      ) : null}
      <p className="prewrap">{question.body}</p>
      {question.answers.map((answer) => (
        <div key={answer.id} className="answer">
          <h4>
            {t("deputy.q.answerBy", { department: question.department?.name ?? "" })}
            <span className="muted small">
              {" "}
              · {chinaDate(answer.createdAt)}
              {answer.author ? ` · ${answer.author.name}` : ""}
            </span>
          </h4>
          <p className="prewrap">{answer.body}</p>
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
