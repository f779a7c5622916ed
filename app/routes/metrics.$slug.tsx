import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatNumber } from "~/components/followup/format";
import { MetricChart } from "~/components/followup/metric-chart";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { findPublicJurisdiction } from "~/models/public/jurisdictions.server";
import { metricSeries } from "~/models/public/metrics.server";
import followupStyles from "~/styles/followup.css?url";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { ColumnHeaders } from "~/components/column-headers";
import { ZhLinkList } from "~/components/zh-link-list";

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

/** A year's target or result, with the report's sentence on hover; a dash where the report gave none. */
function YearFigure({ figure, unit }: { figure: { value: number; quote: string } | null; unit: string | null }) {
  if (!figure) return "—";
  return (
    <span title={figure.quote} lang="zh">
      {`${formatNumber(figure.value)}${unit ?? ""}`}
    </span>
  );
}

export default function MetricSeriesPage() {
  const { jurisdiction, reports, series } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{rich(t, "followup.metrics.title", { name: <Zh>{jurisdiction.name}</Zh> })}</h1>
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
        const name = (
          <>
            <Zh>{s.label}</Zh>
            {s.growth && !/增速|增长|增幅/.test(s.label) ? t("followup.metrics.growth") : ""}
          </>
        );
        const id = `metric-${i}`;
        return (
          <section key={s.key} className="card" aria-labelledby={`${id}-heading`}>
            <h2 id={`${id}-heading`} style={{ marginTop: 0 }}>
              {name}
              {s.unit ? (
                <span className="muted small" lang="zh">
                  （{s.unit}）
                </span>
              ) : null}
            </h2>
            <MetricChart series={s} labelledBy={`${id}-heading`} />
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
              <table>
                <caption className="visually-hidden" id={`${id}-caption`}>
                  {rich(t, "followup.metrics.chart", { metric: name })}
                </caption>
                <ColumnHeaders
                  columns={[t("followup.metrics.year"), t("followup.metrics.target"), t("followup.metrics.result")]}
                />
                <tbody>
                  {s.years.map((y) => (
                    <tr key={y.year}>
                      <th scope="row">{y.year}</th>
                      <td>
                        <YearFigure figure={y.target} unit={s.unit} />
                      </td>
                      <td>
                        <YearFigure figure={y.result} unit={s.unit} />
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
          <ZhLinkList links={reports.map((r) => ({ to: `/compare/${r.id}`, text: r.title }))} />
        </section>
      ) : null}
    </>
  );
}
