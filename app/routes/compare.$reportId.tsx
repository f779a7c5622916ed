import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatValue } from "~/components/followup/format";
import { targetNode } from "~/components/followup/target-text";
import { VerdictBadge } from "~/components/followup/verdict-badge";
import { PrintButton } from "~/components/followup/print-button";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { comparisonAccess, comparisonRows, notReportedOn } from "~/models/compare.server";
import followupStyles from "~/styles/followup.css?url";
import { pageMeta } from "~/utils/meta";
import { idParam } from "~/utils/api.server";
import { getUser } from "~/utils/auth.server";
import { DataTable } from "~/components/data-table";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: followupStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, { key: "followup.compare.title", vars: { title: data?.report.title ?? "" } });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { report, staff } = await comparisonAccess(await getUser(request), idParam(params.reportId));
  const options = { withProposals: staff, published: !staff };
  const [rows, silent] = await Promise.all([comparisonRows(report.id, options), notReportedOn(report.id, options)]);
  return { report, staff, rows, silent };
}

export default function CompareReport() {
  const { report, staff, rows, silent } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article className="card">
      <h1 style={{ marginTop: 0 }}>
        {rich(t, "followup.compare.heading", { title: <Zh>{`${report.jurisdiction.name}${report.title}`}</Zh> })}
      </h1>
      <p className="muted">{t("followup.compare.intro")}</p>
      {staff ? <p className="notice no-print">{t("followup.compare.introStaff")}</p> : null}
      <div className="row no-print">
        <a className="button" href={`/compare/${report.id}/table.xlsx`} download>
          {t("followup.compare.download")}
        </a>
        <PrintButton label={t("followup.compare.print")} />
        <Link to={`/metrics/${report.jurisdiction.slug}`}>
          {rich(t, "followup.compare.metrics", { name: <Zh>{report.jurisdiction.name}</Zh> })}
        </Link>
      </div>
      <p className="muted small no-print">{t("followup.compare.printHint")}</p>
      {rows.length === 0 ? (
        <p>{t("followup.compare.empty")}</p>
      ) : (
        <>
          <p>{t("followup.compare.summary", { count: rows.length })}</p>
          {/* Focusable, so that a keyboard can scroll it on a phone. */}
          <DataTable
            columns={[
              "#",
              t("followup.compare.metric"),
              { label: t("followup.compare.target"), className: "number" },
              t("followup.compare.result"),
              t("followup.compare.verdict"),
            ]}
            className="compare-table"
            region={t("followup.compare.table")}
          >
            {rows.map((row, i) => {
              const f = row.followUp;
              const decided = f && f.state !== "proposed" ? f.verdict : null;
              return (
                <tr key={row.id}>
                  <td>{i + 1}</td>
                  <th scope="row" style={{ fontWeight: 400, background: "none" }}>
                    <strong lang="zh">{row.metric}</strong>
                    <div className="muted small" lang="zh">
                      {row.quote}
                    </div>
                  </th>
                  <td className="number">{targetNode(t, row)}</td>
                  <td>
                    {f?.resultQuote ? (
                      <>
                        {f.resultValue !== null ? (
                          <strong lang="zh">{formatValue(f.resultValue, f.resultUnit)}</strong>
                        ) : null}
                        <div className="small" lang="zh">
                          {f.resultQuote}
                        </div>
                        <div className="muted small" lang="zh">
                          {f.laterReport.title}
                        </div>
                      </>
                    ) : f && (decided ?? f.proposedVerdict) === "not_mentioned" ? (
                      <span className="muted">{t("followup.compare.notReported")}</span>
                    ) : decided ? (
                      <span className="muted">{t("followup.compare.byHand")}</span>
                    ) : (
                      <span className="muted">{t("followup.compare.pending")}</span>
                    )}
                  </td>
                  <td>
                    {decided ? (
                      <>
                        <VerdictBadge verdict={decided} />
                        {f?.reason ? (
                          <div className="muted small">
                            {rich(t, "followup.compare.reason", { reason: <Zh>{f.reason}</Zh> })}
                          </div>
                        ) : null}
                      </>
                    ) : f ? (
                      <VerdictBadge verdict={f.proposedVerdict} proposed />
                    ) : (
                      <span className="muted">{t("followup.compare.pending")}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </>
      )}
      {silent.length ? (
        <section aria-labelledby="not-reported">
          <h2 id="not-reported">{t("followup.compare.silentTitle")}</h2>
          <p className="muted small">{t("followup.compare.silentIntro")}</p>
          <ul>
            {silent.map((f) => (
              <li key={f.id}>
                <Zh>{f.commitment.quote}</Zh>{" "}
                <span className="muted small">
                  {f.state === "proposed"
                    ? rich(t, "followup.compare.silentFromProposed", {
                        report: <Zh>{f.laterReport.title}</Zh>,
                        state: t("followup.state.proposed"),
                      })
                    : rich(t, "followup.compare.silentFrom", { report: <Zh>{f.laterReport.title}</Zh> })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="muted small">{t("followup.compare.generated")}</p>
    </article>
  );
}
