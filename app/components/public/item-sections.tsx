// The sections of the public item page: source sentence, facts, progress, verdict, chain across years.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { ProgressState } from "~/domain/progress/expected";
import type { Assessment } from "~/domain/public/assessment";
import type { ViewParagraph } from "~/domain/public/report-view";
import { isOneOf, VERDICTS } from "~/domain/vocab";
import { Zh } from "~/i18n/rich";
import { useFormat, useLocale, useT } from "~/i18n/use-t";
import type { ItemPageData } from "~/components/public/item-types";
import { LIGHT_LABELS, SOURCE_LABELS, STATUS_LABELS, VERDICT_LABELS } from "~/components/labels";
import { ProgressChart } from "~/components/public/charts";
import { SectorName } from "~/components/sector-name";
import { KIND_LABELS } from "~/components/public/commitment-list";
import { AssessmentBadge, formatTarget, formatValue, Target } from "~/components/public/labels";
import { ParagraphText } from "~/components/public/report-text";

type Data = ItemPageData;
type Item = Data["item"];

/** The one assessment of the promise, with what it rests on. */
export function AssessmentLine({
  assessment,
  verdictReport,
  livelihood,
}: {
  assessment: Assessment;
  verdictReport: Data["verdictReport"];
  livelihood: boolean;
}) {
  const t = useT();
  return (
    <div className="assessment-line">
      <p className="row">
        <span className="muted">{t("assessment.title")}</span>
        <AssessmentBadge assessment={assessment} />
        {livelihood ? <span className="badge">{t("public.item.livelihood")}</span> : null}
      </p>
      <p className="muted small">
        {verdictReport ? (
          <SourceWithReport report={verdictReport} />
        ) : (
          t(SOURCE_LABELS[assessment.source])
        )}{" "}
        <a href="#how-assessed">{t("public.item.howAssessed")}</a>
      </p>
    </div>
  );
}

function SourceWithReport({ report }: { report: NonNullable<Data["verdictReport"]> }) {
  const t = useT();
  const title = report.published ? (
    <Link to={`/r/${report.id}`} lang="zh">
      {report.title}
    </Link>
  ) : (
    <span lang="zh">{report.title}</span>
  );
  const [before, after] = t("assessment.source.verdictReport", { report: "\u0000" }).split("\u0000");
  return (
    <>
      {before}
      {title}
      {after}
    </>
  );
}

export function SourceSection({ item, context }: { item: Item; context: ViewParagraph | null }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="source">
      <h2 id="source">{t("public.item.source")}</h2>
      {context ? (
        <blockquote className="quote source-paragraph" lang="zh">
          <p>
            <ParagraphText paragraph={context} />
          </p>
        </blockquote>
      ) : (
        <blockquote className="quote">
          <p lang="zh">
            <mark>{item.quote}</mark>
          </p>
          {item.report ? <p className="muted small">{t("public.item.notLocated")}</p> : null}
        </blockquote>
      )}
      {item.report ? (
        <p>
          <Link to={`/r/${item.report.id}#c-${item.id}`}>{t("public.item.inReport")}</Link>
          <span className="muted small">
            {" · "}
            <Zh>{item.report.title}</Zh>
          </span>
          {item.section ? (
            <span className="muted small">
              {" · "}
              <Zh>{item.section.heading}</Zh>
            </span>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

export function FactsSection({ item }: { item: Item }) {
  const t = useT();
  const locale = useLocale();
  const format = useFormat();
  const target = formatTarget(item, t, locale);
  const zh = (text: string | null | undefined) => (text ? <span lang="zh">{text}</span> : null);
  const row = (label: string, value: ReactNode) =>
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
        {row(t("public.item.target"), target ? <Target item={item} /> : null)}
        {row(t("public.item.kind"), isOneOf(["numeric", "deliverable"] as const, item.kind) ? t(KIND_LABELS[item.kind]) : null)}
        {row(t("public.item.deadline"), item.deadline)}
        {row(t("public.item.dueDate"), format.date(item.dueDate))}
        {row(t("public.item.sector"), item.sector ? <SectorName sector={item.sector} /> : null)}
        {row(t("public.item.lead"), zh(item.leadDepartment?.name) ?? t("public.item.unassigned"))}
        {row(
          t("public.item.cooperating"),
          zh(item.cooperating.map((c) => c.department.name).join(t("public.sep.names"))),
        )}
        {row(
          t("public.item.report"),
          item.report ? (
            <Link to={`/r/${item.report.id}`} lang="zh">
              {item.report.title}
            </Link>
          ) : null,
        )}
      </dl>
    </section>
  );
}

export function ProgressSection({
  item,
  state,
  assessment,
}: {
  item: Item;
  state: ProgressState;
  assessment: Assessment;
}) {
  const t = useT();
  const locale = useLocale();
  const progress = t("public.item.progressText", { progress: item.progress });
  const open = assessment.light !== null;
  const gap =
    !open || state.gap === null
      ? null
      : state.gap < 0
        ? t("public.item.gapBehind", { gap: -state.gap })
        : state.gap > 0
          ? t("public.item.gapAhead", { gap: state.gap })
          : t("public.item.gapOn");
  const label = [progress, open && state.expected !== null ? t("public.item.expectedText", { expected: state.expected }) : null, gap]
    .filter(Boolean)
    .join(t("public.sep.list"));
  const actual = formatValue(item.actualValue, item.actualUnit, locale);
  return (
    <section className="card" aria-labelledby="progress">
      <h2 id="progress">{t("public.item.progress")}</h2>
      {assessment.source === "verdict" ? (
        <p className="muted">{t("public.item.progressSuperseded")}</p>
      ) : assessment.source === "none" ? (
        <p className="muted">{t("assessment.source.none")}</p>
      ) : (
        <>
          <p>{t("public.item.departmentStatus", { status: t(STATUS_LABELS[item.status].label) })}</p>
          {item.status === "changed" && item.statusReason ? (
            <p>
              {t("public.item.statusReasonLabel")} <span lang="zh">{item.statusReason}</span>
            </p>
          ) : null}
          <ProgressChart
            progress={item.progress}
            expected={open ? state.expected : null}
            label={label}
            tone={assessment.light ? `tone-${LIGHT_LABELS[assessment.light].tone}` : "tone-kept"}
          />
          <p>{label}</p>
          {!open ? <p className="muted small">{item.dueDate ? t("public.item.closed") : t("public.item.noDue")}</p> : null}
        </>
      )}
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
            {t("public.item.verdictFrom", {
              report: f.laterReport.title,
              verdict: t(VERDICT_LABELS[isOneOf(VERDICTS, f.verdict) ? f.verdict : "none"].label),
            })}{" "}
            {f.laterReport.state === "published" ? (
              <Link to={`/r/${f.laterReport.id}`}>{t("public.item.readReport")}</Link>
            ) : null}
          </p>
          {f.verdict === "not_mentioned" || !f.resultQuote ? (
            <p>{t("public.item.notReportedOn")}</p>
          ) : (
            <blockquote className="quote" lang="zh">
              <p>{f.resultQuote}</p>
            </blockquote>
          )}
        </div>
      ))}
      <details id="how-assessed">
        <summary>{t("public.item.howAssessed")}</summary>
        <p className="small">{t("assessment.precedence")}</p>
      </details>
    </section>
  );
}

function ItemLink({ link, assessment }: { link: NonNullable<Item["parent"]>; assessment?: Assessment }) {
  return (
    <>
      <Link to={`/c/${link.id}`} lang="zh">
        {link.quote}
      </Link>{" "}
      {assessment ? <AssessmentBadge assessment={assessment} /> : null}
    </>
  );
}

export function ChainSection({ item, assessments }: { item: Item; assessments: Record<number, Assessment> }) {
  const t = useT();
  if (!item.carriedOverFrom && !item.carriedOverTo && !item.parent && item.children.length === 0) return null;
  const link = (l: NonNullable<Item["parent"]>) => <ItemLink link={l} assessment={assessments[l.id]} />;
  return (
    <section className="card" aria-labelledby="chain">
      <h2 id="chain">{t("public.item.chain")}</h2>
      <ul className="link-list">
        {item.carriedOverFrom ? (
          <li>
            {t("public.item.carriedFrom", { year: item.carriedOverFrom.year })} {link(item.carriedOverFrom)}
          </li>
        ) : null}
        {item.carriedOverTo ? (
          <li>
            {t("public.item.carriedTo", { year: item.carriedOverTo.year })} {link(item.carriedOverTo)}
          </li>
        ) : null}
        {item.parent ? (
          <li>
            {t("public.item.parent")} {link(item.parent)}
          </li>
        ) : null}
      </ul>
      {item.children.length > 0 ? (
        <>
          <h3>{t("public.item.children")}</h3>
          <ul className="link-list">
            {item.children.map((c) => (
              <li key={c.id}>{link(c)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
