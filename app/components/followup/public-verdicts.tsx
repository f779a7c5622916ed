// For the public item page and scorecard: confirmed verdicts with their citation, and the carry-over chain (结转).
import { useT } from "../../i18n/use-t";
import { formatValue } from "./format";
import { VerdictBadge } from "./verdict-badge";

export interface PublicVerdict {
  id: number;
  verdict: string | null;
  state: string;
  reason: string | null;
  resultQuote: string | null;
  resultValue: number | null;
  resultUnit: string | null;
  laterReport: { id: number; year: number; title: string };
}

/** Rows of `publicFollowUps` (app/models/followup-public.server.ts). */
export function FollowUpVerdicts({ followUps }: { followUps: readonly PublicVerdict[] }) {
  const t = useT();
  if (!followUps.length) return null;
  return (
    <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
      {followUps.map((f) => (
        <li key={f.id}>
          <p className="row" style={{ margin: 0 }}>
            <span>{f.laterReport.title}</span>
            {f.verdict ? <VerdictBadge verdict={f.verdict} /> : null}
          </p>
          {f.resultQuote ? (
            <blockquote className="quote">
              {f.resultQuote}
              {f.resultValue !== null ? (
                <span className="muted small"> （{formatValue(f.resultValue, f.resultUnit)}）</span>
              ) : null}
            </blockquote>
          ) : (
            <p className="muted">{t("followup.compare.notReported")}</p>
          )}
          {f.state === "overridden" && f.reason ? (
            <p className="muted small">{t("followup.compare.reason", { reason: f.reason })}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export interface ChainLinkView {
  id: number;
  year: number;
  quote: string;
}

/** Rows of `carryOverChain`; `href` builds the item page link of each promise. */
export function CarryOverChain(props: {
  chain: readonly ChainLinkView[];
  currentId: number;
  href: (id: number) => string;
}) {
  const t = useT();
  if (props.chain.length < 2) return null;
  return (
    <nav aria-label={t("followup.chain.title")}>
      <h2>{t("followup.chain.title")}</h2>
      <ol>
        {props.chain.map((c) => (
          <li key={c.id}>
            {c.id === props.currentId ? (
              <span aria-current="page">
                {c.year}：{c.quote}
              </span>
            ) : (
              <a href={props.href(c.id)}>
                {c.year}：{c.quote}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
