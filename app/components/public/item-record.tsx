// The record of a public item: published updates with evidence, inspections, questions, history.
import type { HistoryEntry, Value } from "~/domain/public/history";
import { ASSESSMENTS, isOneOf, STATUSES, type Assessment } from "~/domain/vocab";
import type { MessageKey } from "~/i18n";
import { useFormat, useLocale, useT } from "~/i18n/use-t";
import { httpHref } from "~/schemas/plain-text";
import type { ItemView } from "~/components/public/item-types";
import { actionLabel, changeParts, isDataValue } from "~/components/public/history-text";
import { rich, Zh } from "~/i18n/rich";
import { STATUS_LABELS } from "~/components/labels";
import { formatValue } from "~/components/public/labels";

/** A deputy's inspection judgement (not the public assessment of the promise). */
const INSPECTION_LABELS: Record<Assessment, { label: MessageKey; tone: string }> = {
  on_track: { label: "public.inspection.on_track", tone: "green" },
  behind: { label: "public.inspection.behind", tone: "red" },
  doubts: { label: "public.inspection.doubts", tone: "yellow" },
};

const RATING_LABELS: Record<string, MessageKey> = {
  satisfied: "public.rating.satisfied",
  unsatisfied: "public.rating.unsatisfied",
};

type Item = ItemView;
type Evidence = Item["updates"][number]["evidence"][number];

function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const t = useT();
  if (evidence.length === 0) return null;
  return (
    <div>
      <h4 className="small">{t("public.item.evidence")}</h4>
      <ul className="evidence">
        {evidence.map((e) => {
          const href = e.kind === "file" && e.sha256 ? `/files/${e.sha256}` : httpHref(e.url);
          const image = e.kind === "file" && e.mimeType?.startsWith("image/");
          return (
            <li key={e.id}>
              {image && href ? (
                <a href={href}>
                  <img src={href} alt={e.title} className="thumb" loading="lazy" />
                </a>
              ) : null}
              {href ? (
                <a href={href} rel={e.kind === "link" ? "noopener noreferrer nofollow" : undefined}>
                  {e.title}
                </a>
              ) : (
                <span>{e.title}</span>
              )}
              {e.size ? <span className="muted small"> ({t("public.item.fileSize", { size: Math.ceil(e.size / 1024) })})</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function UpdatesSection({ item }: { item: Item }) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="updates">
      <h2 id="updates">{t("public.item.updates")}</h2>
      {item.updates.length === 0 ? <p className="muted">{t("public.item.noUpdates")}</p> : null}
      <ol className="timeline">
        {item.updates.map((u) => (
          <li key={u.id}>
            <p>
              <time dateTime={(u.reviewedAt ?? u.createdAt).toISOString()}>{format.date(u.reviewedAt ?? u.createdAt)}</time>{" "}
              {isOneOf(STATUSES, u.status)
                ? t("public.item.departmentStatus", { status: t(STATUS_LABELS[u.status].label) })
                : null}
              {u.progress !== null ? <span> · {t("public.item.progressText", { progress: u.progress })}</span> : null}
              {u.actualValue !== null ? (
                <span> · {t("public.item.actual", { value: formatValue(u.actualValue, u.actualUnit, locale) ?? "" })}</span>
              ) : null}
            </p>
            {u.note ? (
              <p className="note" lang="zh">
                {u.note}
              </p>
            ) : null}
            <EvidenceList evidence={u.evidence} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function InspectionsSection({ item }: { item: Item }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="inspections">
      <h2 id="inspections">{t("public.item.inspections")}</h2>
      {item.inspections.length === 0 ? <p className="muted">{t("public.item.noInspections")}</p> : null}
      <ol className="timeline">
        {item.inspections.map(({ inspection: i }) => (
          <li key={i.id}>
            <p>
              {t("public.item.inspectedBy", { deputy: i.deputy.name, place: i.place, date: format.date(i.visitedOn) })}{" "}
              {isOneOf(ASSESSMENTS, i.assessment) ? (
                <span>{t("public.item.inspectionJudgement", { judgement: t(INSPECTION_LABELS[i.assessment].label) })}</span>
              ) : null}
            </p>
            <p className="note" lang="zh">
              {i.observation}
            </p>
            <ul className="evidence">
              {i.photos.map((p) => (
                <li key={p.id}>
                  <a href={`/files/${p.sha256}`}>
                    {p.mimeType?.startsWith("image/") ? (
                      <img
                        src={`/files/${p.sha256}`}
                        alt={t("public.item.photo", { title: p.title })}
                        className="thumb"
                        loading="lazy"
                      />
                    ) : (
                      p.title
                    )}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

type Question = Item["questions"][number];
type QuestionLike = Pick<Question, "id" | "body" | "createdAt" | "dueAt" | "answers" | "rating" | "state" | "asker">;

function QuestionBody({ q, department }: { q: QuestionLike; department?: string | null }) {
  const t = useT();
  const format = useFormat();
  const isoDay = (d: Date) => format.date(d);
  return (
    <>
      <p>
        {t("public.item.askedBy", {
          deputy: q.asker.name,
          date: isoDay(q.createdAt),
          department: department ? t("public.item.askedTo", { department }) : "",
        })}
      </p>
      <p className="note" lang="zh">
        {q.body}
      </p>
      {q.answers.map((a) => (
        <div key={a.id} className="answer">
          <p className="small muted">{t("public.item.answeredOn", { date: isoDay(a.createdAt) })}</p>
          <p className="note" lang="zh">
            {a.body}
          </p>
        </div>
      ))}
      {!q.state.answered ? (
        q.state.overdue ? (
          <p className="overdue">
            <strong>
              {t("public.item.overdueQuestion", {
                date: isoDay(q.createdAt),
                days: q.state.daysOpen,
                due: isoDay(q.dueAt),
              })}
            </strong>
          </p>
        ) : (
          <p className="muted">{t("public.item.waiting", { date: isoDay(q.dueAt) })}</p>
        )
      ) : null}
      {q.rating && RATING_LABELS[q.rating] ? <p className="small">{t(RATING_LABELS[q.rating])}</p> : null}
    </>
  );
}

export function QuestionsSection({ item }: { item: Item }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="questions">
      <h2 id="questions">{t("public.item.questions")}</h2>
      {item.questions.length === 0 ? <p className="muted">{t("public.item.noQuestions")}</p> : null}
      <ol className="timeline">
        {item.questions.map((q) => (
          <li key={q.id}>
            <QuestionBody q={q} department={q.department?.name} />
            {q.followUps.map((f) => (
              <div key={f.id} className="follow-up">
                <p className="small">
                  <strong>{t("public.item.followUpQuestion")}</strong>
                </p>
                <QuestionBody q={f} />
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function HistorySection({ history }: { history: HistoryEntry[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="history">
      <h2 id="history">{t("public.item.history")}</h2>
      {history.length === 0 ? <p className="muted">{t("public.item.noHistory")}</p> : null}
      <ol className="timeline compact">
        {history.map((h) => (
          <li key={h.id}>
            <time dateTime={h.at.toISOString()}>{format.date(h.at)}</time> {actionLabel(t, h)}
            {h.changes.length > 0 ? (
              <span className="muted small">
                {" · "}
                {h.changes.map((c, i) => {
                  const { field, before, after } = changeParts(t, c);
                  const value = (text: string, raw: Value) => (isDataValue(c.field, raw) ? <Zh>{text}</Zh> : text);
                  return (
                    <span key={c.field}>
                      {i > 0 ? t("public.sep.items") : null}
                      {before === null
                        ? rich(t, "public.item.fieldSet", { field, after: value(after, c.after) })
                        : rich(t, "public.item.fieldChange", {
                            field,
                            before: value(before, c.before),
                            after: value(after, c.after),
                          })}
                    </span>
                  );
                })}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

