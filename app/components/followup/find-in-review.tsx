// "Find in the review text": a search of the later report's review part for one row, and the sentences found, each
// with its figures and a link that puts it in the row's decision form. Works without JavaScript (plain GET).
import { Form, Link } from "@remix-run/react";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { formatValue } from "~/components/followup/format";

export interface FoundSentenceData {
  text: string;
  figures: { value: number; unit: string; metric: string }[];
}

export interface FindState {
  row: number;
  query: string;
  sentences: FoundSentenceData[];
  picked: FoundSentenceData | null;
}

export function FindInReview(props: { rowId: number; suggestion: string; found: FindState | null }) {
  const { rowId, suggestion, found } = props;
  const t = useT();
  const prefix = `row-${rowId}-find`;
  const link = (pick: number) =>
    `?${new URLSearchParams({ row: String(rowId), find: found?.query ?? "", pick: String(pick) })}#row-${rowId}`;
  return (
    <div className="followup-find">
      <Form method="get" preventScrollReset className="row small">
        <input type="hidden" name="row" value={rowId} />
        <label htmlFor={`${prefix}-input`}>{t("followup.review.findLabel")}</label>
        <input id={`${prefix}-input`} name="find" defaultValue={found?.query ?? suggestion} maxLength={100} />
        <button type="submit" className="secondary">
          {t("followup.review.find")}
        </button>
      </Form>
      {found ? (
        found.sentences.length === 0 ? (
          <p className="muted small" role="status">
            {rich(t, "followup.review.findNone", { query: <Zh>{found.query}</Zh> })}
          </p>
        ) : (
          <section aria-labelledby={`${prefix}-results`}>
            <p id={`${prefix}-results`} className="small">
              {rich(t, "followup.review.findResults", { query: <Zh>{found.query}</Zh>, count: found.sentences.length })}
            </p>
            <ol className="small">
              {found.sentences.map((s, i) => (
                <li key={i}>
                  <q lang="zh">{s.text}</q>{" "}
                  {s.figures.length ? (
                    <span className="muted">
                      {rich(t, "followup.review.figures", {
                        figures: <Zh>{s.figures.map((f) => formatValue(f.value, f.unit)).join("、")}</Zh>,
                      })}
                    </span>
                  ) : null}{" "}
                  <Link to={link(i)} preventScrollReset>
                    {t("followup.review.use")}
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        )
      ) : null}
    </div>
  );
}
