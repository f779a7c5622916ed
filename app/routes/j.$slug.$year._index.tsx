import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { percent } from "~/domain/public/scorecard";
import { useT } from "~/i18n/use-t";
import { translator } from "~/i18n";
import { publicJurisdictionContext } from "~/models/public/jurisdictions.server";
import { getScorecard } from "~/models/public/scorecard.server";
import { AssessmentCard, BreakdownCard, Headline, LightsCard } from "~/components/public/scorecard";
import { PrintButton, PrintSource } from "~/components/public/print-button";
import { SectorName } from "~/components/sector-name";
import { OpenDataLinks } from "~/components/public/open-data-links";
import { notFound } from "~/utils/http.server";
import { localeOf, pageMeta } from "~/utils/meta";
import { publicOrigin, publicPage, yearParam } from "~/utils/public.server";
import styles from "~/styles/public.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** Public: no sign-in; published information only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const year = yearParam(params.year);
  const { today, version } = await publicPage();
  const place = await publicJurisdictionContext(params.slug ?? "", version);
  if (!place || !place.years.includes(year)) throw notFound();
  const { jurisdiction, years, reports } = place;
  const scorecard = await getScorecard(jurisdiction.id, year, today, version);
  return {
    jurisdiction: { slug: jurisdiction.slug, name: jurisdiction.name, parent: jurisdiction.parent },
    year,
    years,
    scorecard,
    reports: reports.filter((r) => (r.planYear ?? r.year) === year).map((r) => ({ id: r.id, title: r.title })),
    origin: publicOrigin(request),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => {
  if (!d) return pageMeta(matches, { key: "error.title" });
  const t = translator(localeOf(matches));
  const vars = { name: d.jurisdiction.name, year: d.year };
  const card = d.scorecard;
  return [
    ...pageMeta(
      matches,
      { key: "public.sc.title", vars },
      t("public.sc.description", {
        ...vars,
        total: card.total,
        kept: card.kept.count,
        percent: percent(card.kept.share),
      }),
    ),
    { property: "og:url", content: `${d.origin}/j/${d.jurisdiction.slug}/${d.year}` },
    { tagName: "link", rel: "canonical", href: `${d.origin}/j/${d.jurisdiction.slug}/${d.year}` },
    {
      tagName: "link",
      rel: "alternate",
      type: "application/atom+xml",
      title: t("public.feed.jurisdiction", { name: d.jurisdiction.name }),
      href: `/feeds/${d.jurisdiction.slug}.atom`,
    },
  ];
};

export default function ScorecardPage() {
  const { jurisdiction, year, years, scorecard: card, reports, origin } = useLoaderData<typeof loader>();
  const t = useT();
  const ctx = { slug: jurisdiction.slug, year };
  return (
    <article className="public-page">
      <h1>
        <span lang="zh">{jurisdiction.name}</span> {t("public.sc.titleYear", { year })}
      </h1>
      <PrintSource url={`${origin}/j/${jurisdiction.slug}/${year}`} />
      <nav aria-label={t("public.sc.years")} className="year-nav no-print">
        <ul>
          {years.map((y) => (
            <li key={y}>
              <Link to={`/j/${jurisdiction.slug}/${y}`} aria-current={y === year ? "page" : undefined}>
                {y}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {card.total === 0 ? (
        <p className="notice">{t("public.sc.empty")}</p>
      ) : (
        <>
          <Headline card={card} ctx={ctx} />
          <div className="grid cards-2">
            <AssessmentCard card={card} ctx={ctx} />
            <LightsCard card={card} ctx={ctx} />
          </div>
          <BreakdownCard
            id="by-sector"
            title={t("public.sc.bySector")}
            rows={card.bySector}
            nameOf={(key) => (key === null ? t("public.sc.noSector") : <SectorName sector={key} />)}
            filterOf={(key) => (key === null ? null : { sector: key })}
            ctx={ctx}
          />
          <BreakdownCard
            id="by-department"
            title={t("public.sc.byDepartment")}
            rows={card.byDepartment}
            nameOf={(key) =>
              key === null ? t("public.sc.unassigned") : <span lang="zh">{card.departments[key] ?? String(key)}</span>
            }
            filterOf={(key) => ({ department: key ?? "none" })}
            ctx={ctx}
          />
        </>
      )}
      <section className="card" aria-labelledby="reports">
        <h2 id="reports">{t("public.sc.reports")}</h2>
        <ul>
          {reports.map((r) => (
            <li key={r.id}>
              <Link to={`/r/${r.id}`} lang="zh">
                {r.title}
              </Link>{" "}
              · <Link to={`/compare/${r.id}`}>{t("public.sc.compareTable")}</Link>
            </li>
          ))}
        </ul>
        <p>
          <Link to={`/metrics/${jurisdiction.slug}`}>{t("public.sc.metricSeries")}</Link>
        </p>
      </section>
      <p>
        <PrintButton />
      </p>
      <OpenDataLinks slug={jurisdiction.slug} name={jurisdiction.name} year={year} origin={origin} />
    </article>
  );
}
