// The sections of the public item page: source sentence, facts, progress, verdict, chain, record.
import { Link } from "@remix-run/react";
import type { ProgressState } from "../../domain/progress/expected";
import type { HistoryEntry } from "../../domain/public/history";
import type { ViewParagraph } from "../../domain/public/report-view";
import type { Status, Verdict } from "../../domain/vocab";
import type { MessageKey } from "../../i18n";
import { useLocale, useT } from "../../i18n/use-t";
import type { loader } from "../../routes/c.$id";
import { ProgressChart } from "./charts";
import { actionLabel, changeText } from "./history-text";
import { formatDate, formatTarget, formatValue, StatusBadge, VerdictBadge } from "./labels";
import { ParagraphText } from "./report-text";

type Item = Awaited<ReturnType<typeof loader>>["item"];
type Evidence = Item["updates"][number]["evidence"][number];

export function SourceSection({ item, context }: { item: Item; context: ViewParagraph | null }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="source">
      <h2 id="source">{t("public.item.source")}</h2>
      {context ? (
        <blockquote className="quote source-paragraph">
          <p>
            <ParagraphText paragraph={context} />
          </p>
        </blockquote>
      ) : (
        <blockquote className="quote">
          <p>
            <mark>{item.quote}</mark>
          </p>
          {item.report ? <p className="muted small">{t("public.item.notLocated")}</p> : null}
        </blockquote>
      )}
      {item.report ? (
        <p>
          <Link to={`/r/${item.report.id}#c-${item.id}`}>{t("public.item.inReport")}</Link>
          <span className="muted small"> · {item.report.title}</span>
          {item.section ? <span className="muted small"> · {item.section.heading}</span> : null}
        </p>
      ) : null}
    </section>
  );
}

export function FactsSection({ item }: { item: Item }) {
  const t = useT();
  const locale = useLocale();
  const target = formatTarget(item, t, locale);
  const row = (label: string, value: React.ReactNode) =>
    value === null || value === undefined || value === "" ? null : (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    );
  return (
    <section className="card" aria-labelledby="facts">
      <h2 id="facts">{t("public.item.facts")}</h2>
      <dl className="facts">
        {row(t("public.item.target"), target)}
        {row(t("public.item.kind"), t(`public.kind.${item.kind}` as MessageKey))}
        {row(t("public.item.deadline"), item.deadline)}
        {row(t("public.item.dueDate"), formatDate(item.dueDate))}
        {row(t("public.item.sector"), item.sector)}
        {row(t("public.item.lead"), item.leadDepartment?.name ?? t("public.item.unassigned"))}
        {row(t("public.item.cooperating"), item.cooperating.map((c) => c.department.name).join(t("public.sep.names")))}
        {row(t("public.item.report"), item.report ? <Link to={`/r/${item.report.id}`}>{item.report.title}</Link> : null)}
      </dl>
    </section>
  );
}

export function ProgressSection({ item, state }: { item: Item; state: ProgressState }) {
  const t = useT();
  const progress = t("public.item.progressText", { progress: item.progress });
  const gap =
    state.gap === null
      ? null
      : state.gap < 0
        ? t("public.item.gapBehind", { gap: -state.gap })
        : state.gap > 0
          ? t("public.item.gapAhead", { gap: state.gap })
          : t("public.item.gapOn");
  const label = [progress, state.expected !== null ? t("public.item.expectedText", { expected: state.expected }) : null, gap]
    .filter(Boolean)
    .join(t("public.sep.list"));
  const actual = formatValue(item.actualValue, item.actualUnit);
  return (
    <section className="card" aria-labelledby="progress">
      <h2 id="progress">{t("public.item.progress")}</h2>
      <p>
        <StatusBadge status={item.status} />
      </p>
      {item.status === "changed" && item.statusReason ? (
        <p>{t("public.item.statusReason", { reason: item.statusReason })}</p>
      ) : null}
      <ProgressChart
        progress={item.progress}
        expected={state.expected}
        label={label}
        tone={state.light ? `tone-light-${state.light}` : "tone-kept"}
      />
      <p>
        {label}
        {state.overdue ? <strong className="overdue"> · {t("public.item.overdue")}</strong> : null}
      </p>
      {state.expected === null ? (
        <p className="muted small">{item.dueDate ? t("public.item.closed") : t("public.item.noDue")}</p>
      ) : null}
      {actual ? <p>{t("public.item.actual", { value: actual })}</p> : null}
    </section>
  );
}

export function VerdictSection({ item }: { item: Item }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="verdict">
      <h2 id="verdict">{t("public.item.verdict")}</h2>
      {item.followUps.length === 0 ? <p className="muted">{t("public.item.noVerdict")}</p> : null}
      {item.followUps.map((f) => (
        <div key={f.id} className="stack">
          <p>
            <VerdictBadge verdict={f.verdict as Verdict} />
          </p>
          <p>
            {t("public.item.verdictFrom", { report: f.laterReport.title })}{" "}
            {f.laterReport.state === "published" ? (
              <Link to={`/r/${f.laterReport.id}`}>{f.laterReport.title}</Link>
            ) : null}
          </p>
          {f.verdict === "not_mentioned" || !f.resultQuote ? (
            <p>{t("public.item.notReportedOn")}</p>
          ) : (
            <blockquote className="quote">
              <p>{f.resultQuote}</p>
            </blockquote>
          )}
        </div>
      ))}
    </section>
  );
}

function ItemLink({ link }: { link: NonNullable<Item["parent"]> }) {
  return (
    <>
      <Link to={`/c/${link.id}`}>{link.quote}</Link> <StatusBadge status={link.status as Status} />
    </>
  );
}

export function ChainSection({ item }: { item: Item }) {
  const t = useT();
  if (!item.carriedOverFrom && !item.carriedOverTo && !item.parent && item.children.length === 0) return null;
  return (
    <section className="card" aria-labelledby="chain">
      <h2 id="chain">{t("public.item.chain")}</h2>
      <ul className="link-list">
        {item.carriedOverFrom ? (
          <li>
            {t("public.item.carriedFrom", { year: item.carriedOverFrom.year })} <ItemLink link={item.carriedOverFrom} />
          </li>
        ) : null}
        {item.carriedOverTo ? (
          <li>
            {t("public.item.carriedTo", { year: item.carriedOverTo.year })} <ItemLink link={item.carriedOverTo} />
          </li>
        ) : null}
        {item.parent ? (
          <li>
            {t("public.item.parent")} <ItemLink link={item.parent} />
          </li>
        ) : null}
      </ul>
      {item.children.length > 0 ? (
        <>
          <h3>{t("public.item.children")}</h3>
          <ul className="link-list">
            {item.children.map((c) => (
              <li key={c.id}>
                <ItemLink link={c} /> <span className="small">{c.progress}%</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const t = useT();
  if (evidence.length === 0) return null;
  return (
    <div>
      <h4 className="small">{t("public.item.evidence")}</h4>
      <ul className="evidence">
        {evidence.map((e) => {
          const href = e.kind === "file" && e.sha256 ? `/files/${e.sha256}` : (e.url ?? "");
          const image = e.kind === "file" && e.mimeType?.startsWith("image/");
          return (
            <li key={e.id}>
              {image ? (
                <a href={href}>
                  <img src={href} alt={e.title} className="thumb" loading="lazy" />
                </a>
              ) : null}
              <a href={href} rel={e.kind === "link" ? "noopener noreferrer nofollow" : undefined}>
                {e.title}
              </a>
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
  return (
    <section className="card" aria-labelledby="updates">
      <h2 id="updates">{t("public.item.updates")}</h2>
      {item.updates.length === 0 ? <p className="muted">{t("public.item.noUpdates")}</p> : null}
      <ol className="timeline">
        {item.updates.map((u) => (
          <li key={u.id}>
            <p>
              <time dateTime={(u.reviewedAt ?? u.createdAt).toISOString()}>{formatDate(u.reviewedAt ?? u.createdAt)}</time>{" "}
              <StatusBadge status={u.status as Status} />
              {u.progress !== null ? <span> · {t("public.item.progressText", { progress: u.progress })}</span> : null}
              {u.actualValue !== null ? (
                <span> · {t("public.item.actual", { value: formatValue(u.actualValue, u.actualUnit) ?? "" })}</span>
              ) : null}
            </p>
            {u.note ? <p className="note">{u.note}</p> : null}
            <EvidenceList evidence={u.evidence} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function InspectionsSection({ item }: { item: Item }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="inspections">
      <h2 id="inspections">{t("public.item.inspections")}</h2>
      {item.inspections.length === 0 ? <p className="muted">{t("public.item.noInspections")}</p> : null}
      <ol className="timeline">
        {item.inspections.map(({ inspection: i }) => (
          <li key={i.id}>
            <p>
              {t("public.item.inspectedBy", { deputy: i.deputy.name, place: i.place, date: formatDate(i.visitedOn) })}{" "}
              <span className={`badge ${i.assessment === "on_track" ? "green" : i.assessment === "behind" ? "red" : "yellow"}`}>
                {t(`public.assessment.${i.assessment}` as MessageKey)}
              </span>
            </p>
            <p className="note">{i.observation}</p>
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
  return (
    <>
      <p>
        {t("public.item.askedBy", {
          deputy: q.asker.name,
          date: formatDate(q.createdAt),
          department: department ? t("public.item.askedTo", { department }) : "",
        })}
      </p>
      <p className="note">{q.body}</p>
      {q.answers.map((a) => (
        <div key={a.id} className="answer">
          <p className="small muted">{t("public.item.answeredOn", { date: formatDate(a.createdAt) })}</p>
          <p className="note">{a.body}</p>
        </div>
      ))}
      {!q.state.answered ? (
        q.state.overdue ? (
          <p className="overdue">
            <strong>
              {t("public.item.overdueQuestion", {
                date: formatDate(q.createdAt),
                days: q.state.daysOpen,
                due: formatDate(q.dueAt),
              })}
            </strong>
          </p>
        ) : (
          <p className="muted">{t("public.item.waiting", { date: formatDate(q.dueAt) })}</p>
        )
      ) : null}
      {q.rating ? <p className="small">{t(`public.rating.${q.rating}` as MessageKey)}</p> : null}
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
  return (
    <section className="card" aria-labelledby="history">
      <h2 id="history">{t("public.item.history")}</h2>
      {history.length === 0 ? <p className="muted">{t("public.item.noHistory")}</p> : null}
      <ol className="timeline compact">
        {history.map((h) => (
          <li key={h.id}>
            <time dateTime={h.at.toISOString()}>{formatDate(h.at)}</time> {actionLabel(t, h)}
            {h.changes.length > 0 ? (
              <span className="muted small"> · {h.changes.map((c) => changeText(t, c)).join(t("public.sep.items"))}</span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

