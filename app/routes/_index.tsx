import type { LinksFunction, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { percent, share } from "~/domain/public/scorecard";
import { useT } from "~/i18n/use-t";
import { listJurisdictionsWithReports } from "~/models/public/home.server";
import { latestScores } from "~/models/public/scorecard.server";
import { SearchForm } from "~/components/public/search-form";
import { pageMeta } from "~/utils/meta";
import styles from "~/styles/public.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "home.title" });

/** Public: published reports only. */
export async function loader() {
  const [rows, scores] = await Promise.all([listJurisdictionsWithReports(), latestScores()]);
  return {
    jurisdictions: rows.map((j) => {
      const score = scores.get(j.id);
      return {
        slug: j.slug,
        name: j.name,
        level: j.level,
        score: score && score.total > 0 ? { year: score.year, percent: percent(share(score.kept, score.total)) } : null,
        reports: j.reports.map((r) => ({ id: r.id, year: r.year, title: r.title, commitments: r._count.commitments })),
      };
    }),
  };
}

export default function Home() {
  const { jurisdictions } = useLoaderData<typeof loader>();
  const t = useT();
  const withReports = jurisdictions.filter((j) => j.reports.length > 0);
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="muted">{t("home.intro")}</p>
      <SearchForm />
      {withReports.length === 0 ? <p>{t("home.noReports")}</p> : null}
      <ul className="grid" aria-label={t("home.title")} style={{ listStyle: "none", padding: 0 }}>
        {withReports.map((j) => (
          <li key={j.slug} className="card">
            <h2 style={{ marginTop: 0 }}>
              <Link to={`/j/${j.slug}`} lang="zh">
                {j.name}
              </Link>
            </h2>
            {j.score ? (
              <p>
                <Link to={`/j/${j.slug}/${j.score.year}`} className="home-score">
                  {t("public.home.kept", { year: j.score.year, percent: j.score.percent })}
                </Link>
              </p>
            ) : null}
            <h3 className="visually-hidden">{t("home.reports")}</h3>
            <ul>
              {j.reports.map((r) => (
                <li key={r.id}>
                  <Link to={`/r/${r.id}`} lang="zh">
                    {r.title}
                  </Link>{" "}
                  <span className="muted small">{t("home.commitments", { count: r.commitments })}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/api/docs">{t("public.docs.title")}</Link>
      </p>
    </>
  );
}
