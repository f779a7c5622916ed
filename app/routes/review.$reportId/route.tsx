import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useCallback, useState } from "react";
import { FlashNotice } from "~/components/flash-notice";
import { AddFromText } from "~/components/ledger/add-from-text";
import { ReportPane } from "~/components/ledger/report-pane";
import { RestatementNotice } from "~/components/ledger/restatement-notice";
import { ReviewItem } from "~/components/ledger/review-item";
import { ReviewTable } from "~/components/ledger/review-table";
import { layoutText, type Span } from "~/domain/ledger/report-text";
import { errorText, isMessageKey } from "~/i18n";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { restatementOf } from "~/models/restatement.server";
import { getReportForReview } from "~/models/review.server";
import ledgerStyles from "~/styles/ledger.css?url";
import { idParam } from "~/utils/api.server";
import { requirePermission, requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { pageMeta } from "~/utils/meta";
import { reviewAction } from "~/routes/review.$reportId/actions.server";
import { readForm } from "~/utils/forms";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: ledgerStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data ? pageMeta(matches, { key: "ledger.review.title", vars: { title: data.report.title } }) : [];

async function guard(request: Request, rawId: string | undefined) {
  const user = await requireUser(request);
  const reportId = idParam(rawId);
  const report = await getReportForReview(reportId);
  if (!report) throw notFound();
  requirePermission(user, "commitment.review", { jurisdictionId: report.jurisdictionId });
  return { user, report };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { report } = await guard(request, params.reportId);
  const { commitments, text, ...meta } = report;
  const marks = commitments
    .filter((c) => c.reviewState !== "rejected" && c.quoteStart !== null && c.quoteEnd !== null)
    .map((c) => ({ id: c.id, start: c.quoteStart!, end: c.quoteEnd! }));
  const paragraphs = layoutText(text, marks).map((p) => ({
    start: p.start,
    end: p.end,
    segments: p.segments.map(({ start, end, marks }) => ({ start, end, marks })),
  }));
  const count = (state: string) => commitments.filter((c) => c.reviewState === state).length;
  return {
    restatement: await restatementOf(report.id),
    report: meta,
    text,
    paragraphs,
    // What the cards, the table and their forms draw (not the offsets, order or dates used above).
    items: commitments.map(({ ordinal: _o, quoteStart: _s, quoteEnd: _e, dueDate: _d, parentId: _p, ...item }) => item),
    counts: { proposed: count("proposed"), accepted: count("accepted"), rejected: count("rejected") },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, report } = await guard(request, params.reportId);
  return reviewAction({ user, reportId: report.id, form: await readForm(request) });
}

type ActionData = {
  intent: string;
  id: number | null;
  errors: Record<string, string>;
  values: Record<string, unknown>;
};

export default function ReviewReport() {
  const { report, text, paragraphs, items, counts, restatement } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const navigation = useNavigation();
  const [params] = useSearchParams();
  const t = useT();
  const [selection, setSelection] = useState<Span | null>(null);
  const [addOpen, setAddOpen] = useState(actionData?.intent === "add" || params.get("open") === "add");
  // The add form is drawn once its fold is first opened, and kept (with what was typed) when it is closed.
  const [addDrawn, setAddDrawn] = useState(addOpen);
  const onSelect = useCallback((span: Span | null) => {
    if (!span) return;
    setSelection(span);
    setAddOpen(true);
    setAddDrawn(true);
  }, []);
  const focus = Number(params.get("focus")) || actionData?.id || null;
  const saved = params.get("saved");
  const savedCandidate = `ledger.review.saved.${saved}`;
  const savedKey = saved && isMessageKey(savedCandidate) ? savedCandidate : null;
  const imported = params.get("imported");
  const states = Object.fromEntries(items.map((i) => [i.id, i.reviewState]));
  const [filter, setFilter] = useState<"all" | "proposed">("all");
  const shown = filter === "proposed" ? items.filter((i) => i.reviewState === "proposed") : items;
  const busy = navigation.state === "submitting";
  const table = params.get("view") === "table";
  const viewLink = (view: "table" | "cards") => (view === "table" ? "?view=table" : "?");
  return (
    <div className="review">
      <nav aria-label={t("ledger.breadcrumb")} className="small">
        <Link to="/ledger">{t("nav.ledger")}</Link>
      </nav>
      <h1>{rich(t, "ledger.review.title", { title: <Zh>{report.title}</Zh> })}</h1>
      <p className="muted">
        <Zh>{report.jurisdiction.name}</Zh> · {report.year} · <Zh>{report.sourceName}</Zh> ·{" "}
        {report.state === "published" ? t("ledger.review.reportPublished") : t("ledger.review.reportReviewing")}
      </p>
      {imported ? (
        <p className="notice success" role="status">
          {t(imported === "again" ? "ledger.import.again" : "ledger.import.new")}
        </p>
      ) : null}
      {saved ? (
        <FlashNotice>
          {savedKey ? t(savedKey, { count: params.get("count") ?? "" }) : null}
          {saved === "acceptAll" && report.state === "reviewing" ? (
            <>
              {" "}
              {t("ledger.review.notYetPublic")}{" "}
              <Link to={`/review/${report.id}/publish`}>{t("ledger.publish.open")}</Link>
            </>
          ) : null}
        </FlashNotice>
      ) : null}
      <RestatementNotice
        state={restatement}
        reviewing={report.state === "reviewing" && counts.accepted === 0}
        error={actionData?.intent.endsWith("Restatement") ? actionData.errors.form : null}
        busy={busy}
      />
      {actionData?.intent === "merge" ? (
        <p className="notice error" role="alert">
          {errorText(t)(actionData.errors.ids ?? actionData.errors.form ?? "ledger.v.mergeTwo")}
        </p>
      ) : null}
      <div className="row review-toolbar">
        <span>{t("ledger.review.counts", counts)}</span>
        {counts.proposed > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="acceptAll" />
            {table ? <input type="hidden" name="view" value="table" /> : null}
            <button type="submit" disabled={busy}>
              {t("ledger.review.acceptAll", { count: counts.proposed })}
            </button>
          </Form>
        ) : null}
        <Form method="post" id="merge-form">
          <input type="hidden" name="intent" value="merge" />
          <button type="submit" className="secondary" disabled={busy}>
            {t("ledger.review.merge")}
          </button>
        </Form>
        <button
          type="button"
          className="secondary"
          onClick={() => setFilter(filter === "all" ? "proposed" : "all")}
          aria-pressed={filter === "proposed"}
        >
          {t("ledger.review.onlyProposed")}
        </button>
        <Link to={viewLink(table ? "cards" : "table")} className="button secondary">
          {table ? t("ledger.review.viewCards") : t("ledger.review.viewTable")}
        </Link>
        {report.state === "reviewing" ? (
          <Link to={`/review/${report.id}/publish`} className="button">
            {t("ledger.publish.open")}
          </Link>
        ) : null}
      </div>
      {table ? (
        <ReviewTable items={shown} />
      ) : (
        <div className="review-grid">
          <ReportPane text={text} paragraphs={paragraphs} states={states} focusId={focus} onSelect={onSelect} />
          <div className="items-pane">
            <details
              className="card add-panel"
              open={addOpen}
              onToggle={(event) => {
                const open = event.currentTarget.open;
                setAddOpen(open);
                if (open) setAddDrawn(true);
              }}
            >
              <summary>
                <h2>{t("ledger.review.addTitle")}</h2>
              </summary>
              {addDrawn ? (
                <AddFromText
                  key={actionData?.intent === "add" ? "failed" : "fresh"}
                  text={text}
                  selection={selection}
                  values={actionData?.intent === "add" ? actionData.values : undefined}
                  errors={actionData?.intent === "add" ? actionData.errors : {}}
                />
              ) : (
                // Without JavaScript the fold opens on this link, which reloads the page with the form drawn.
                <a href={`/review/${report.id}?open=add#add-form`}>
                  {t("ledger.review.openForm", { form: t("ledger.review.addTitle") })}
                </a>
              )}
            </details>
            <h2 className="visually-hidden">{t("ledger.review.items")}</h2>
            <ol className="review-items">
              {shown.map((item) => (
                <ReviewItem
                  key={`${item.id}-${item.version}`}
                  item={item}
                  path={`/review/${report.id}`}
                  focused={item.id === focus}
                  openForm={params.get("open")}
                  action={actionData && actionData.id === item.id ? actionData : undefined}
                />
              ))}
            </ol>
          </div>
        </div>
      )}
    </div>
  );
}
