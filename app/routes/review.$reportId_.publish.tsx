// Publishing a report is a step of its own: what becomes public, then one confirmed post.
import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { readForm } from "~/utils/forms";
import { FormError } from "~/components/form-error";
import { formatTarget } from "~/domain/ledger/format";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { SectorName } from "~/components/sector-name";
import { actorOf } from "~/models/commitment.server";
import { publishPreview, publishReport } from "~/models/review.server";
import ledgerStyles from "~/styles/ledger.css?url";
import { idParam } from "~/utils/api.server";
import { requirePermission, requireUser } from "~/utils/auth.server";
import { isConfirmed } from "~/utils/confirm.server";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { formFailure } from "~/utils/form-failure.server";
import { ColumnHeaders } from "~/components/column-headers";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data
    ? pageMeta(matches, { key: "ledger.publish.title", vars: { title: data.report.title } })
    : pageMeta(matches, { key: "ledger.publish.heading" });

async function guard(request: Request, rawId: string | undefined) {
  const user = await requireUser(request);
  const preview = await publishPreview(idParam(rawId));
  if (!preview) throw notFound();
  requirePermission(user, "commitment.review", { jurisdictionId: preview.report.jurisdictionId });
  return { user, preview };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { preview } = await guard(request, params.reportId);
  return preview;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, preview } = await guard(request, params.reportId);
  const form = await readForm(request);
  // Without the confirmation nothing happens: back to the preview.
  if (!isConfirmed(form)) return redirect(`/review/${preview.report.id}/publish`);
  try {
    const count = await publishReport({ reportId: preview.report.id, actor: actorOf(user) });
    return redirect(`/ledger/assign?report=${preview.report.id}&published=${count}`);
  } catch (error) {
    return formFailure(null, error);
  }
}

export default function PublishReport() {
  const { report, counts, accepted } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const published = report.state === "published";
  return (
    <div className="ledger publish">
      <nav aria-label={t("ledger.breadcrumb")} className="small">
        <Link to="/ledger">{t("nav.ledger")}</Link> ›{" "}
        <Link to={`/review/${report.id}`} lang="zh">
          {report.title}
        </Link>
      </nav>
      <h1>{rich(t, "ledger.publish.title", { title: <Zh>{report.title}</Zh> })}</h1>
      <FormError message={actionData?.errors.form} />
      {published ? (
        <p className="notice success">
          {t("ledger.publish.alreadyPublished")}{" "}
          <Link to={`/j/${report.jurisdiction.slug}/${report.year}`}>{t("ledger.publish.scorecard")}</Link>
        </p>
      ) : counts.proposed > 0 ? (
        <p className="notice error" role="alert">
          {t("ledger.publish.undecidedLeft", { count: counts.proposed })}{" "}
          <Link to={`/review/${report.id}?view=table`}>{t("ledger.publish.backToReview")}</Link>
        </p>
      ) : (
        <section className="card confirm-panel" aria-labelledby="what-heading">
          <h2 id="what-heading">{t("ledger.publish.what")}</h2>
          <ul className="confirm-lines">
            <li>
              {rich(t, "ledger.publish.lineAccepted", {
                count: counts.accepted,
                place: <Zh>{report.jurisdiction.name}</Zh>,
              })}
            </li>
            <li>{t("ledger.publish.lineRejected", { count: counts.rejected })}</li>
            <li className="warning">{t("ledger.publish.lineFinal")}</li>
          </ul>
          <Form method="post">
            <input type="hidden" name="confirm" value="yes" />
            <div className="row">
              <button type="submit" disabled={navigation.state === "submitting"}>
                {t("ledger.publish.submit", { count: counts.accepted })}
              </button>
              <Link to={`/review/${report.id}`} className="button secondary">
                {t("ledger.publish.backToReview")}
              </Link>
            </div>
          </Form>
        </section>
      )}
      <div className="table-wrap">
        <table className="compact cards-on-phone">
          <caption>{t("ledger.publish.list", { count: accepted.length })}</caption>
          <ColumnHeaders
            columns={[
              t("ledger.field.metric"),
              t("ledger.field.target"),
              t("ledger.field.deadline"),
              t("ledger.field.sector"),
            ]}
          />
          <tbody>
            {accepted.map((c) => (
              <tr key={c.id}>
                <th scope="row" data-label={t("ledger.field.metric")} lang="zh">
                  {c.metric}
                </th>
                <td data-label={t("ledger.field.target")}>
                  {formatTarget(c) ? <Zh>{formatTarget(c)}</Zh> : t(`ledger.kind.${c.kind as "numeric"}`)}
                </td>
                <td data-label={t("ledger.field.deadline")} lang="zh">
                  {c.deadline ?? "—"}
                </td>
                <td data-label={t("ledger.field.sector")}>{c.sector ? <SectorName sector={c.sector} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
