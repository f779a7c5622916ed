import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { isoDay } from "~/domain/ledger/format";
import { buildReportView } from "~/domain/public/report-view";
import { translator } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { getPublicReport } from "~/models/public/jurisdictions.server";
import { cleanReportText } from "~/models/public/report-text.server";
import { ParagraphText } from "~/components/public/report-text";
import { idParam } from "~/utils/api.server";
import { notFound } from "~/utils/http.server";
import { localeOf, pageMeta } from "~/utils/meta";
import { publicOrigin } from "~/utils/public.server";
import styles from "~/styles/public.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** Public: a published report only, with its accepted commitments marked. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const report = await getPublicReport(idParam(params.id));
  if (!report) throw notFound();
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

function Heading({ level, id, children }: { level: number; id: string; children: React.ReactNode }) {
  if (level <= 1) return <h2 id={id}>{children}</h2>;
  if (level === 2) return <h3 id={id}>{children}</h3>;
  return <h4 id={id}>{children}</h4>;
}

export default function ReportViewer() {
  const { report, paragraphs, unlocated, order } = useLoaderData<typeof loader>();
  const t = useT();
  const number = new Map(order.map((id, i) => [id, i + 1]));
  const year = report.planYear ?? report.year;
  return (
    <article className="public-page report-viewer">
      <nav aria-label={t("public.item.breadcrumb")} className="breadcrumb no-print">
        <Link to={`/j/${report.jurisdiction.slug}/${year}`}>
          {report.jurisdiction.name} {year}
        </Link>
      </nav>
      <h1>
        {report.jurisdiction.name} {report.title}
      </h1>
      <p className="muted">
        {[report.meeting, report.speaker, isoDay(report.deliveredOn)].filter(Boolean).join(" · ")}
      </p>
      <p className="notice no-print">
        {t("public.report.legend", { count: order.length })}{" "}
        <Link to={`/j/${report.jurisdiction.slug}/${year}`}>{t("public.report.scorecard")}</Link> ·{" "}
        <Link to={`/compare/${report.id}`}>{t("public.sc.compareTable")}</Link>
      </p>
      <section aria-label={t("public.report.text")} className="card report-text">
        {paragraphs.map((p) =>
          p.heading !== null ? (
            <Heading key={p.index} level={p.heading} id={`p-${p.index}`}>
              <ParagraphText paragraph={p} link numberOf={(id) => number.get(id) ?? id} />
            </Heading>
          ) : (
            <p key={p.index} id={`p-${p.index}`} className={p.title ? "title-line" : undefined}>
              <ParagraphText paragraph={p} link numberOf={(id) => number.get(id) ?? id} />
            </p>
          ),
        )}
      </section>
      {unlocated.length > 0 ? (
        <section className="card" aria-labelledby="unlocated">
          <h2 id="unlocated">{t("public.report.unlocated")}</h2>
          <ul>
            {unlocated.map((c) => (
              <li key={c.id}>
                <Link to={`/c/${c.id}`}>{c.quote}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
