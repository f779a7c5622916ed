import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import { listFollowUpReports } from "~/models/followup-review.server";
import followupStyles from "~/styles/followup.css?url";
import { requirePermission, requireRole } from "~/utils/auth.server";
import { pageMeta } from "~/utils/meta";
import { DataTable } from "~/components/data-table";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: followupStyles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "followup.index.title" });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "supervisor");
  requirePermission(user, "followup.confirm", { jurisdictionId: user.jurisdictionId });
  return { reports: await listFollowUpReports(user.jurisdictionId), jurisdiction: user.jurisdictionName };
}

export default function FollowUpIndex() {
  const { reports, jurisdiction } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>
        {t("followup.index.title")} · <span lang="zh">{jurisdiction}</span>
      </h1>
      <p className="muted">{t("followup.index.intro")}</p>
      {reports.length === 0 ? (
        <p className="card">{t("followup.index.empty")}</p>
      ) : (
        <DataTable
          columns={[
            t("followup.index.report"),
            t("followup.index.reviewed"),
            t("followup.index.proposed"),
            t("followup.index.decided"),
            <span className="visually-hidden">{t("followup.index.open")}</span>,
          ]}
          region={t("followup.index.title")}
        >
          {reports.map((r) => (
            <tr key={r.id}>
              <td lang="zh">{r.title}</td>
              <td>{r.reviewPeriod ?? r.year - 1}</td>
              <td>
                {r.proposed}
                {r.highConfidence ? (
                  <span className="muted small">
                    {" "}
                    ({t("followup.index.highConfidence")} {r.highConfidence})
                  </span>
                ) : null}
              </td>
              <td>{r.decided}</td>
              <td>
                <Link to={`/followup/${r.id}`}>{t("followup.index.open")}</Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
