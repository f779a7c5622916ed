import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "../i18n/use-t";
import { listJurisdictionsWithReports } from "../models/jurisdiction.server";
import { pageMeta } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "home.title" });

export async function loader() {
  const rows = await listJurisdictionsWithReports();
  return {
    jurisdictions: rows.map((j) => ({
      slug: j.slug,
      name: j.name,
      level: j.level,
      reports: j.reports.map((r) => ({ id: r.id, year: r.year, title: r.title, commitments: r._count.commitments })),
    })),
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
      {withReports.length === 0 ? <p>{t("home.noReports")}</p> : null}
      <ul className="grid" aria-label={t("home.title")} style={{ listStyle: "none", padding: 0 }}>
        {withReports.map((j) => (
          <li key={j.slug} className="card">
            <h2 style={{ marginTop: 0 }}>
              <Link to={`/j/${j.slug}`}>{j.name}</Link>
            </h2>
            <h3 className="visually-hidden">{t("home.reports")}</h3>
            <ul>
              {j.reports.map((r) => (
                <li key={r.id}>
                  <Link to={`/r/${r.id}`}>{r.title}</Link>{" "}
                  <span className="muted small">{t("home.commitments", { count: r.commitments })}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
