// One row of the review screen: the promise and the later report's words side by side, and the decision form.
import { Form, Link } from "@remix-run/react";
import type { z } from "zod";
import { VERDICTS } from "~/domain/vocab";
import { errorText } from "~/i18n";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { followUpDecisionSchema } from "~/schemas/followup";
import { useFormFields } from "~/components/use-form-fields";
import { SelectField, TextAreaField } from "~/components/field";
import { formatValue } from "~/components/followup/format";
import { targetNode } from "~/components/followup/target-text";
import { VerdictBadge } from "~/components/followup/verdict-badge";
import { VERDICT_LABELS } from "~/components/labels";
import { FindInReview, type FindState } from "~/components/followup/find-in-review";
import { figureValue } from "~/schemas/followup";

/**
 * Below this a "not mentioned" proposal means the review speaks of the promise but no result could be read (the
 * calibration table gives about 0.9 to a promise the review never touches, about 0.7 to one it speaks of).
 */
const UNREAD_BELOW = 0.8;

export interface ReviewRowData {
  id: number;
  resultQuote: string | null;
  resultValue: number | null;
  resultUnit: string | null;
  proposedVerdict: string;
  confidence: number;
  verdict: string | null;
  state: string;
  reason: string | null;
  confirmedAt: string | null;
  updatedAt: string;
  confirmedBy: { name: string } | null;
  /** The figures the result sentence states (the choices of the figure field). */
  figures: { value: number; unit: string; metric: string }[];
  commitment: {
    id: number;
    quote: string;
    metric: string;
    kind: string;
    target: number | null;
    unit: string | null;
    comparator: string | null;
    growth: boolean;
    report: { id: number; year: number; title: string } | null;
    carriedOverTo: { id: number; quote: string } | null;
  };
}

type DecisionValues = z.input<typeof followUpDecisionSchema>;

export function ReviewRow(props: {
  row: ReviewRowData;
  found?: FindState | null;
  serverErrors?: Record<string, string>;
  values?: Record<string, string>;
}) {
  const { row, found = null, serverErrors = {}, values } = props;
  const t = useT();
  const c = row.commitment;
  const picked = found?.picked ?? null;
  const figures = picked ? picked.figures : row.figures;
  const initial = {
    intent: "decide" as const,
    id: String(row.id),
    updatedAt: row.updatedAt,
    proposed: row.proposedVerdict as DecisionValues["proposed"],
    verdict: (values?.verdict ?? row.verdict ?? row.proposedVerdict) as DecisionValues["verdict"],
    reason: values?.reason ?? row.reason ?? "",
    resultQuote: picked?.text ?? values?.resultQuote ?? row.resultQuote ?? "",
    resultFigure: picked ? "" : (values?.resultFigure ?? figureValue(row.resultValue, row.resultUnit)),
  };
  const { field, bind, onSubmit } = useFormFields<DecisionValues>(followUpDecisionSchema, initial, serverErrors);
  const tr = errorText(t);
  const unread = row.proposedVerdict === "not_mentioned" && row.confidence < UNREAD_BELOW;
  const formError = tr(serverErrors.form);
  const prefix = `row-${row.id}`;
  return (
    <li className="followup-row" id={prefix} aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`} className="visually-hidden" lang="zh">
        {c.quote}
      </h2>
      <div className="followup-pair">
        <section aria-labelledby={`${prefix}-promise`}>
          <h3 id={`${prefix}-promise`}>{t("followup.review.promise")}</h3>
          <blockquote className="quote" lang="zh">
            {c.quote}
          </blockquote>
          <p className="muted small">
            {c.report ? rich(t, "followup.review.from", { title: <Zh>{c.report.title}</Zh> }) : null}
            {c.kind === "numeric" && c.target !== null ? (
              <> · {rich(t, "followup.review.target", { target: <>{targetNode(t, c)}</> })}</>
            ) : null}
          </p>
        </section>
        <section aria-labelledby={`${prefix}-result`}>
          <h3 id={`${prefix}-result`}>{t("followup.review.result")}</h3>
          {row.resultQuote ? (
            <>
              <blockquote className="quote" lang="zh">
                {row.resultQuote}
              </blockquote>
              {row.resultValue !== null ? (
                <p className="muted small">
                  {rich(t, "followup.review.value", {
                    value: <Zh>{formatValue(row.resultValue, row.resultUnit)}</Zh>,
                  })}
                </p>
              ) : null}
            </>
          ) : (
            <p className="muted">{t(unread ? "followup.review.unread" : "followup.review.noResult")}</p>
          )}
          <FindInReview rowId={row.id} suggestion={c.metric || c.quote} found={found} />
        </section>
      </div>
      <p className="row small">
        <span>
          {t("followup.review.proposed")}: <VerdictBadge verdict={row.proposedVerdict} />
        </span>
        <span className="muted">{t("followup.confidence", { value: Math.round(row.confidence * 100) })}</span>
        {row.state !== "proposed" && row.verdict ? (
          <span>
            <VerdictBadge verdict={row.verdict} />{" "}
            {rich(t, "followup.review.decided", {
              state: t(`followup.state.${row.state as "confirmed" | "overridden"}`),
              name: <Zh>{row.confirmedBy?.name ?? ""}</Zh>,
              date: row.confirmedAt?.slice(0, 10) ?? "",
            })}
          </span>
        ) : null}
      </p>
      {c.carriedOverTo ? (
        <p className="small">
          {t("followup.review.carriedTo")} <q lang="zh">{c.carriedOverTo.quote}</q>
        </p>
      ) : null}
      {formError ? (
        <p className="notice error" role="alert">
          {formError}
        </p>
      ) : null}
      <Form method="post" noValidate onSubmit={onSubmit} className="followup-decision">
        <input type="hidden" {...field("intent")} />
        <input type="hidden" {...field("id")} />
        <input type="hidden" {...field("updatedAt")} />
        <input type="hidden" {...field("proposed")} />
        <SelectField id={`${prefix}-verdict`} label={t("followup.review.verdict")} {...field("verdict")}>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {t(VERDICT_LABELS[v].label)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id={`${prefix}-quote`}
          label={t("followup.review.resultQuote")}
          rows={2}
          {...bind("resultQuote")}
        />
        <SelectField id={`${prefix}-figure`} label={t("followup.review.figure")} {...bind("resultFigure")}>
          <option value="">{t("followup.review.noFigure")}</option>
          {figures.map((f) => (
            <option key={`${f.value}|${f.unit}`} value={figureValue(f.value, f.unit)} lang="zh">
              {formatValue(f.value, f.unit)}（{f.metric}）
            </option>
          ))}
        </SelectField>
        <TextAreaField id={`${prefix}-reason`} label={t("followup.review.reason")} rows={1} {...bind("reason")} />
        <button type="submit">{t("followup.review.save")}</button>
        {c.report ? (
          <Link className="small" to={`/compare/${c.report.id}`}>
            {t("followup.index.compare")}
          </Link>
        ) : null}
      </Form>
    </li>
  );
}
