import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ASSESSMENT_KEYS, type Assessment } from "~/domain/public/assessment";
import { buildReportView } from "~/domain/public/report-view";
import { translator } from "~/i18n";
import { Zh } from "~/i18n/rich";
import { useFormat, useT } from "~/i18n/use-t";
import { assessmentsOf } from "~/models/public/assessment.server";
import { getPublicReport } from "~/models/public/jurisdictions.server";
import { cleanReportText } from "~/models/public/report-text.server";
import { ASSESSMENT_LABELS } from "~/components/labels";
import { assessmentText, assessmentTone } from "~/components/public/labels";
import { ParagraphText } from "~/components/public/report-text";
import { idParam } from "~/utils/api.server";
import { notFound } from "~/utils/http.server";
import { localeOf, pageMeta } from "~/utils/meta";
import { publicOrigin, publicPage } from "~/utils/public.server";
import styles from "~/styles/public.css?url";
import { ZhLinkList } from "~/components/zh-link-list";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** Public: a published report only, with its accepted commitments marked. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const report = await getPublicReport(idParam(params.id));
  if (!report) throw notFound();
  const { today } = await publicPage();
  const assessed = await assessmentsOf(
    report.commitments.map((c) => c.id),
    today,
  );
  const clean = cleanReportText(report);
  const marks = report.commitments.map((c) => ({ id: c.id, start: c.quoteStart, end: c.quoteEnd, quote: c.quote }));
  const view = buildReportView(
    clean,
    marks,
    report.sections.map((s) => ({ start: s.start, level: s.level, heading: s.heading })),
  );
  return {
    report: {
      id: report.id,
      title: report.title,
      year: report.year,
      planYear: report.planYear,
      meeting: report.meeting,
      speaker: report.speaker,
      deliveredOn: report.deliveredOn,
      jurisdiction: report.jurisdiction,
    },
    paragraphs: view.paragraphs,
    unlocated: report.commitments
      .filter((c) => view.unlocated.includes(c.id))
      .map((c) => ({ id: c.id, quote: c.quote })),
    order: report.commitments.map((c) => c.id),
    assessments: Object.fromEntries([...assessed].map(([id, a]) => [id, a.assessment])) as Record<number, Assessment>,
    origin: publicOrigin(request),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => {
  if (!d) return pageMeta(matches, { key: "error.title" });
  const t = translator(localeOf(matches));
  const title = `${d.report.jurisdiction.name} ${d.report.title}`;
  return [
    ...pageMeta(matches, title, t("public.report.legend", { count: d.order.length })),
    { property: "og:type", content: "article" },
    { property: "og:url", content: `${d.origin}/r/${d.report.id}` },
    { tagName: "link", rel: "canonical", href: `${d.origin}/r/${d.report.id}` },
  ];
};

function Heading({ level, id, children }: { level: number; id: string; children: ReactNode }) {
  if (level <= 1) return <h2 id={id}>{children}</h2>;
  if (level === 2) return <h3 id={id}>{children}</h3>;
  return <h4 id={id}>{children}</h4>;
}

export default function ReportViewer() {
  const { report, paragraphs, unlocated, order, assessments } = useLoaderData<typeof loader>();
  const t = useT();
  const format = useFormat();
  const number = new Map(order.map((id, i) => [id, i + 1]));
  const year = report.planYear ?? report.year;
  const highlightOf = (id: number) => {
    const a = assessments[id];
    return a ? { tone: assessmentTone(a), label: assessmentText(t, a) } : undefined;
  };
  const counts = ASSESSMENT_KEYS.map((key) => ({
    key,
    count: Object.values(assessments).filter((a) => a.key === key).length,
  })).filter((c) => c.count > 0);
  const outline = paragraphs.filter((p) => p.heading !== null && p.heading <= 2);
  return (
    <article className="public-page report-viewer">
      <nav aria-label={t("public.item.breadcrumb")} className="breadcrumb no-print">
        <Link to={`/j/${report.jurisdiction.slug}/${year}`}>
          <Zh>{report.jurisdiction.name}</Zh> {year}
        </Link>
      </nav>
      <h1 lang="zh">
        {report.jurisdiction.name} {report.title}
      </h1>
      <p className="muted">
        {report.meeting ? <Zh>{report.meeting}</Zh> : null}
        {report.meeting && report.speaker ? " / " : null}
        {report.speaker ? <Zh>{report.speaker}</Zh> : null}
        {report.deliveredOn ? ` / ${format.date(report.deliveredOn)}` : null}
      </p>
      <p className="notice no-print">
        {t("public.report.legend", { count: order.length })}{" "}
        <Link to={`/j/${report.jurisdiction.slug}/${year}`}>{t("public.report.scorecard")}</Link> ·{" "}
        <Link to={`/compare/${report.id}`}>{t("public.sc.compareTable")}</Link>
      </p>
      {counts.length > 0 ? (
        <ul className="hl-legend no-print" aria-label={t("public.report.colours")}>
          {counts.map((c) => (
            <li key={c.key}>
              <span className={`hl hl-${ASSESSMENT_LABELS[c.key].tone}`}>{t(ASSESSMENT_LABELS[c.key].label)}</span>{" "}
              {c.count}
            </li>
          ))}
        </ul>
      ) : null}
      {outline.length > 0 ? (
        <nav className="report-outline no-print" aria-labelledby="outline-title">
          <details>
            <summary id="outline-title">{t("public.report.outline")}</summary>
            <ol>
              {outline.map((p) => (
                <li key={p.index} className={`outline-level-${p.heading}`} lang="zh">
                  <a href={`#p-${p.index}`}>{p.segments.map((s) => s.text).join("")}</a>
                </li>
              ))}
            </ol>
          </details>
        </nav>
      ) : null}
      <section aria-label={t("public.report.text")} className="card report-text" lang="zh">
        {paragraphs.map((p) =>
          p.heading !== null ? (
            <Heading key={p.index} level={p.heading} id={`p-${p.index}`}>
              <ParagraphText paragraph={p} link numberOf={(id) => number.get(id) ?? id} highlightOf={highlightOf} />
            </Heading>
          ) : (
            <p key={p.index} id={`p-${p.index}`} className={p.title ? "title-line" : undefined}>
              <ParagraphText paragraph={p} link numberOf={(id) => number.get(id) ?? id} highlightOf={highlightOf} />
            </p>
          ),
        )}
      </section>
      {unlocated.length > 0 ? (
        <section className="card" aria-labelledby="unlocated">
          <h2 id="unlocated">{t("public.report.unlocated")}</h2>
          <ZhLinkList links={unlocated.map((c) => ({ to: `/c/${c.id}`, text: c.quote }))} />
        </section>
      ) : null}
    </article>
  );
}
