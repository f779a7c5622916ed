import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatNumber } from "~/components/followup/format";
import { MetricChart } from "~/components/followup/metric-chart";
import { useT } from "~/i18n/use-t";
import { findPublicJurisdiction } from "~/models/public/jurisdictions.server";
import { metricSeries } from "~/models/public/metrics.server";
import followupStyles from "~/styles/followup.css?url";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: followupStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, { key: "followup.metrics.title", vars: { name: data?.jurisdiction.name ?? "" } });

/** Public: built from published reports only. */
export async function loader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const jurisdiction = /^[a-z0-9-]{1,60}$/.test(slug) ? await findPublicJurisdiction(slug) : null;
  if (!jurisdiction || jurisdiction.slug !== slug) throw notFound();
  const { reports, series } = await metricSeries(jurisdiction.id);
  return { jurisdiction: { name: jurisdiction.name, slug: jurisdiction.slug }, reports, series };
}

export default function MetricSeriesPage() {
  const { jurisdiction, reports, series } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("followup.metrics.title", { name: jurisdiction.name })}</h1>
      <p className="muted">{t("followup.metrics.intro")}</p>
      <p className="legend" aria-hidden="true">
        <span>
          <span className="dot target" />
          {t("followup.metrics.target")}
        </span>
        <span>
          <span className="dot result" />
          {t("followup.metrics.result")}
        </span>
      </p>
      {series.length === 0 ? <p className="card">{t("followup.metrics.empty")}</p> : null}
      {series.map((s, i) => {
        // A growth metric says so once: "增速" already in the label needs no "(增速)" after it.
        const name = `${s.label}${s.growth && !/增速|增长|增幅/.test(s.label) ? t("followup.metrics.growth") : ""}`;
        const id = `metric-${i}`;
        return (
          <section key={s.key} className="card" aria-labelledby={`${id}-heading`}>
            <h2 id={`${id}-heading`} style={{ marginTop: 0 }}>
              {name}
              {s.unit ? <span className="muted small">（{s.unit}）</span> : null}
            </h2>
            <MetricChart series={s} id={id} title={t("followup.metrics.chart", { metric: name })} />
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-label={t("followup.metrics.chart", { metric: name })}
            >
              <table>
                <caption className="visually-hidden">{t("followup.metrics.chart", { metric: name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("followup.metrics.year")}</th>
                    <th scope="col">{t("followup.metrics.target")}</th>
                    <th scope="col">{t("followup.metrics.result")}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.years.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td title={y.target?.quote}>
                        {y.target ? `${formatNumber(y.target.value)}${s.unit ?? ""}` : "—"}
                      </td>
                      <td title={y.result?.quote}>
                        {y.result ? `${formatNumber(y.result.value)}${s.unit ?? ""}` : "—"}
                        {y.result?.estimated ? t("followup.metrics.estimated") : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      {reports.length ? (
        <section aria-labelledby="metric-sources">
          <h2 id="metric-sources">{t("followup.metrics.reports")}</h2>
          <ul>
            {reports.map((r) => (
              <li key={r.id}>
                <Link to={`/compare/${r.id}`}>{r.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
