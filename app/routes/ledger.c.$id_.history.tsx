import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { beijingTime } from "~/domain/ledger/format";
import { displayValue } from "~/domain/ledger/history";
import { isOneOf, STATUSES } from "~/domain/vocab";
import { isMessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { isSectorWord, sectorLabel, STATUS_LABELS } from "~/components/labels";
import { rich, Zh } from "~/i18n/rich";
import { commitmentHeading } from "~/models/commitment.server";
import { commitmentHistory, historyAccess } from "~/models/history.server";
import ledgerStyles from "~/styles/ledger.css?url";
import { idParam } from "~/utils/api.server";
import { requireUser } from "~/utils/auth.server";
import { pageMeta } from "~/utils/meta";
import { ColumnHeaders } from "~/components/column-headers";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "ledger.history.title" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam(params.id);
  const { internal } = await historyAccess(user, id);
  const [item, entries] = await Promise.all([commitmentHeading(id), commitmentHistory(id, { internal })]);
  return { item, entries, canOpenItem: internal };
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
    return isMessageKey(key) ? t(key) : action;
  };
  const fieldLabel = (field: string) => {
    const key = `ledger.field.${field}`;
    return HISTORY_FIELDS.has(field) && isMessageKey(key) ? t(key) : field;
  };
  // Statuses and sectors in words; everything else is what someone wrote (Chinese data).
  const valueText = (field: string, value: unknown) => {
    if (field === "status" && isOneOf(STATUSES, value)) return t(STATUS_LABELS[value].label);
    const review = `public.review.${String(value)}`;
    if (field === "reviewState" && isMessageKey(review)) return t(review);
    if (field === "sector" && typeof value === "string" && isSectorWord(value)) return sectorLabel(t, value);
    return <Zh>{displayValue(value)}</Zh>;
  };
  // The system's own actors by name; people's names are data.
  const actorText = (actor: string) => (actor === "system" || actor === "cli" ? t(`actor.${actor}`) : <Zh>{actor}</Zh>);
  return (
    <div className="ledger">
      <nav aria-label={t("ledger.breadcrumb")} className="small">
        <Link to="/ledger">{t("nav.ledger")}</Link>
        {" › "}
        {canOpenItem ? (
          <Link to={`/ledger/c/${item.id}`} lang="zh">
            {item.metric}
          </Link>
        ) : (
          <Zh>{item.metric}</Zh>
        )}
      </nav>
      <h1>{rich(t, "ledger.history.heading", { metric: <Zh>{item.metric}</Zh> })}</h1>
      {entries.length === 0 ? <p>{t("ledger.history.empty")}</p> : null}
      <ol className="history">
        {entries.map((e) => (
          <li key={e.id} className="card">
            <p>
              <time dateTime={e.at.toISOString()}>{beijingTime(e.at)}</time> ·{" "}
              {e.actor ? (
                <>
                  <strong>{actorText(e.actor)}</strong> ·{" "}
                </>
              ) : null}
              {actionLabel(e.entity, e.action)}
              {e.entity === "update" ? <span className="muted"> #{e.entityId}</span> : null}{" "}
              {e.public ? <span className="badge">{t("ledger.history.public")}</span> : null}
            </p>
            {e.changes.length ? (
              <div className="table-wrap">
                <table className="changes">
                  <ColumnHeaders
                    columns={[t("ledger.history.field"), t("ledger.history.before"), t("ledger.history.after")]}
                  />
                  <tbody>
                    {e.changes.map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{fieldLabel(c.field)}</th>
                        <td>{valueText(c.field, c.before)}</td>
                        <td>{valueText(c.field, c.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {e.reason ? (
              <p className="small">
                {t("ledger.history.reason")}: <Zh>{e.reason}</Zh>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
