// The sections of the public item page: source sentence, facts, progress, verdict, chain across years.
import { Link } from "@remix-run/react";
import { isoDay } from "~/domain/ledger/format";
import type { ProgressState } from "~/domain/progress/expected";
import type { ViewParagraph } from "~/domain/public/report-view";
import type { Status, Verdict } from "~/domain/vocab";
import type { MessageKey } from "~/i18n";
import { useLocale, useT } from "~/i18n/use-t";
import type { loader } from "~/routes/c.$id";
import { ProgressChart } from "~/components/public/charts";
import { formatTarget, formatValue, StatusBadge, VerdictBadge } from "~/components/public/labels";
import { ParagraphText } from "~/components/public/report-text";

type Item = Awaited<ReturnType<typeof loader>>["item"];

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
        {row(t("public.item.dueDate"), isoDay(item.dueDate))}
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

