import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { beijingTime } from "~/domain/ledger/format";
import { displayValue } from "~/domain/ledger/history";
import type { MessageKey } from "~/i18n";
import ledgerMessages from "~/i18n/locales/zh/ledger.json";
import { useT } from "~/i18n/use-t";
import { commitmentHeading, commitmentScope } from "~/models/commitment.server";
import { commitmentHistory } from "~/models/history.server";
import ledgerStyles from "~/styles/ledger.css?url";
import { idParam } from "~/utils/api.server";
import { requirePermission, requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { can } from "~/utils/permissions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "ledger.history.title" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam(params.id);
  const scope = await commitmentScope(id);
  if (!scope) throw notFound();
  requirePermission(user, "history.view", scope);
  if (scope.reviewState !== "accepted" && !can(user, "commitment.review", scope)) throw notFound();
  const canOpenItem = can(user, "ledger.view", scope);
  const [item, entries] = await Promise.all([commitmentHeading(id), commitmentHistory(id, { internal: canOpenItem })]);
  return { item, entries, canOpenItem };
}

const HISTORY_FIELDS = new Set([
  "metric",
  "quote",
  "kind",
  "target",
  "unit",
  "comparator",
  "growth",
  "deadline",
  "sector",
  "reviewState",
  "leadDepartment",
  "cooperating",
  "dueDate",
  "responsiblePerson",
  "status",
  "progress",
  "actualValue",
  "actualUnit",
  "statusReason",
  "note",
  "evidence",
  "state",
  "parent",
  "subTask",
  "commitmentId",
]);

export default function ItemHistory() {
  const { item, entries, canOpenItem } = useLoaderData<typeof loader>();
  const t = useT();
  const actionLabel = (entity: string, action: string) => {
    const key = entity === "update" ? `ledger.action.update.${action}` : `ledger.action.${action}`;
    return key in ledgerMessages ? t(key as MessageKey) : action;
  };
  const fieldLabel = (field: string) => (HISTORY_FIELDS.has(field) ? t(`ledger.field.${field}` as MessageKey) : field);
  return (
    <div className="ledger">
      <nav aria-label={t("ledger.breadcrumb")} className="small">
        <Link to="/ledger">{t("nav.ledger")}</Link>
        {" › "}
        {canOpenItem ? <Link to={`/ledger/c/${item.id}`}>{item.metric}</Link> : item.metric}
      </nav>
      <h1>{t("ledger.history.heading", { metric: item.metric })}</h1>
      {entries.length === 0 ? <p>{t("ledger.history.empty")}</p> : null}
      <ol className="history">
        {entries.map((e) => (
          <li key={e.id} className="card">
            <p>
              <time dateTime={e.at.toISOString()}>{beijingTime(e.at)}</time> ·{" "}
              {e.actor ? (
                <>
                  <strong>{e.actor}</strong> ·{" "}
                </>
              ) : null}
              {actionLabel(e.entity, e.action)}
              {e.entity === "update" ? <span className="muted"> #{e.entityId}</span> : null}{" "}
              {e.public ? <span className="badge">{t("ledger.history.public")}</span> : null}
            </p>
            {e.changes.length ? (
              <div className="table-wrap">
                <table className="changes">
                  <thead>
                    <tr>
                      <th scope="col">{t("ledger.history.field")}</th>
                      <th scope="col">{t("ledger.history.before")}</th>
                      <th scope="col">{t("ledger.history.after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {e.changes.map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{fieldLabel(c.field)}</th>
                        <td>{displayValue(c.before)}</td>
                        <td>{displayValue(c.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {e.reason ? (
              <p className="small">
                {t("ledger.history.reason")}: {e.reason}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
