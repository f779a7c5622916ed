import { redirect } from "@remix-run/node";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ReviewRow } from "~/components/followup/review-row";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { figuresIn } from "~/domain/followup/find";
import {
  confirmHighConfidence,
  decideFollowUp,
  findInLaterReport,
  followUpReportScope,
  followUpScope,
  HIGH_CONFIDENCE,
  bulkConfirmable,
  listReviewRows,
} from "~/models/followup-review.server";
import { followUpDecisionSchema, parseFigure } from "~/schemas/followup";
import followupStyles from "~/styles/followup.css?url";
import { idParam } from "~/utils/api.server";
import { requirePermission, requireUser } from "~/utils/auth.server";
import { formValues, parseForm, readForm } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { formFailure } from "~/utils/form-failure.server";
import { dispatchIntent } from "~/utils/intents.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: followupStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, { key: "followup.review.title", vars: { title: data?.report.title ?? "" } });

async function guard(request: Request, reportIdParam: string | undefined) {
  const user = await requireUser(request);
  const report = await followUpReportScope(idParam(reportIdParam));
  if (!report) throw notFound();
  requirePermission(user, "followup.confirm", { jurisdictionId: report.jurisdictionId });
  return { user, report };
}

/** "Find in the review text" for one row: ?row=ID&find=WORDS, and &pick=N to take the N-th sentence found. */
async function findFor(url: URL, reportId: number) {
  const row = Number(url.searchParams.get("row"));
  const query = (url.searchParams.get("find") ?? "").trim().slice(0, 100);
  if (!Number.isInteger(row) || row <= 0 || !query) return null;
  const sentences = await findInLaterReport(reportId, query);
  const pick = Number(url.searchParams.get("pick") ?? "-1");
  return { row, query, sentences, picked: sentences[pick] ?? null };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { report } = await guard(request, params.reportId);
  const [rows, found] = await Promise.all([listReviewRows(report.id), findFor(new URL(request.url), report.id)]);
  return {
    report,
    found,
    rows: rows.map((r) => ({
      ...r,
      figures: figuresIn(r.resultQuote ?? ""),
      updatedAt: r.updatedAt.toISOString(),
      confirmedAt: r.confirmedAt?.toISOString() ?? null,
    })),
    threshold: Math.round(HIGH_CONFIDENCE * 100),
    highConfidence: rows.filter(bulkConfirmable).length,
  };
}

type Ctx = { reportId: number; actor: { id: number; name: string }; form: FormData };

/** Confirms every sure proposal that reports a result. */
async function confirmAll({ reportId, actor }: Ctx) {
  const count = await confirmHighConfidence(reportId, actor);
  return redirect(`/followup/${reportId}?confirmed=${count}`);
}

/** Confirms or overrides one verdict, with the result sentence and figure it rests on. */
async function decide({ reportId, actor, form }: Ctx) {
  const parsed = parseForm(followUpDecisionSchema, form);
  if (!parsed.ok) return formFailure(null, parsed.errors, formValues(form));
  const { id, updatedAt, verdict, reason, resultQuote, resultFigure } = parsed.data;
  const scope = await followUpScope(id);
  if (!scope || scope.laterReportId !== reportId) throw notFound();
  const result = resultQuote ? { quote: resultQuote, ...parseFigure(resultFigure) } : undefined;
  try {
    await decideFollowUp({ id, updatedAt: new Date(updatedAt), verdict, reason, result, actor });
  } catch (error) {
    return formFailure(null, error, formValues(form));
  }
  return redirect(`/followup/${reportId}?saved=${id}#row-${id}`);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, report } = await guard(request, params.reportId);
  const form = await readForm(request);
  return dispatchIntent(
    form,
    { confirmAll, decide },
    { reportId: report.id, actor: { id: user.id, name: user.name }, form },
  );
}

export default function FollowUpReview() {
  const { report, rows, threshold, highConfidence, found } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const failedId = Number(actionData?.values?.id);
  const proposed = rows.filter((r) => r.state === "proposed").length;
  return (
    <>
      <p className="small">
        <Link to="/followup">{t("followup.index.title")}</Link>
      </p>
      <h1>{rich(t, "followup.review.title", { title: <Zh>{report.title}</Zh> })}</h1>
      <p className="muted">{t("followup.review.intro")}</p>
      {params.get("confirmed") !== null ? (
        <p className="notice success" role="status">
          {t("followup.review.confirmedAll", { count: Number(params.get("confirmed")) })}
        </p>
      ) : null}
      {params.get("saved") !== null ? (
        <p className="notice success" role="status">
          {t("followup.review.saved")}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="card">{t("followup.review.empty")}</p>
      ) : (
        <div className="card">
          <p>{t("followup.review.summary", { total: rows.length, proposed, decided: rows.length - proposed })}</p>
          {highConfidence > 0 ? (
            <Form method="post">
              <input type="hidden" name="intent" value="confirmAll" />
              <button type="submit" className="secondary">
                {t("followup.review.confirmAll", { count: highConfidence, threshold })}
              </button>
            </Form>
          ) : null}
          <ol
            className="followup-rows"
            aria-label={t("followup.review.rows")}
            style={{ listStyle: "none", padding: 0 }}
          >
            {rows.map((row) => (
              <ReviewRow
                key={`${row.id}:${row.updatedAt}`}
                row={row}
                found={found?.row === row.id ? found : null}
                serverErrors={failedId === row.id ? actionData?.errors : undefined}
                values={failedId === row.id ? actionData?.values : undefined}
              />
            ))}
          </ol>
        </div>
      )}
    </>
  );
}
