// The scorecard's cards: headline, status, verdict, lights and the sector/department breakdowns.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { filtersToSearch, type ListFilters } from "~/domain/public/filters";
import { percent, type Breakdown, type Scorecard } from "~/domain/public/scorecard";
import { useT } from "~/i18n/use-t";
import { ASSESSMENT_LABELS, LIGHT_LABELS, SOURCE_LABELS } from "~/components/labels";
import { MiniBar, Ring, StackedBar, type Slice } from "~/components/public/charts";
import { ASSESSMENT_KEYS, SOURCE_OF, type AssessmentKey } from "~/domain/public/assessment";
import { DataTable } from "~/components/data-table";

interface Ctx {
  slug: string;
  year: number;
}

const listLink = (ctx: Ctx, filters: Partial<ListFilters>) =>
  `/j/${ctx.slug}/${ctx.year}/commitments${filtersToSearch(filters)}`;

export function Headline({ card, ctx }: { card: Scorecard; ctx: Ctx }) {
  const t = useT();
  const p = percent(card.kept.share);
  return (
    <section className="card headline" aria-labelledby="headline-title">
      <Ring share={card.kept.share} label={`${t("public.sc.kept")} ${p}%`} />
      <div>
        <h2 id="headline-title">
          {t("public.sc.kept")} <strong className="big-number">{p}%</strong>
        </h2>
        <p className="lead">{t("public.sc.keptOf", { kept: card.kept.count, total: card.total })}</p>
        {card.awaitingVerification > 0 ? (
          <p className="muted small">{t("public.sc.awaiting", { count: card.awaitingVerification })}</p>
        ) : null}
        <details>
          <summary>{t("public.sc.howComputed")}</summary>
          <p className="small">{t("public.sc.howComputedText")}</p>
        </details>
        <p>
          <Link to={listLink(ctx, {})}>{t("public.sc.viewList")}</Link>
        </p>
      </div>
    </section>
  );
}

/** A chart and the table of the same numbers, each row a link to the filtered list. */
function CountsCard({
  id,
  title,
  slices,
  hrefOf,
  note,
}: {
  id: string;
  title: string;
  slices: (Slice & { share: number; source?: string })[];
  hrefOf: (key: string) => string;
  note?: string;
}) {
  const t = useT();
  const summary = slices
    .filter((s) => s.count > 0)
    .map((s) => `${s.label} ${s.count}`)
    .join(t("public.sep.list"));
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <StackedBar slices={slices} label={t("public.sc.chartLabel", { title, summary })} />
      {note ? <p className="muted small">{note}</p> : null}
      <div className="table-wrap">
        <table className="counts">
          <thead>
            <tr>
              <th scope="col">{t("public.sc.col.name")}</th>
              {slices.some((s) => s.source) ? <th scope="col">{t("public.sc.col.source")}</th> : null}
              <th scope="col" className="num">
                {t("public.sc.col.count")}
              </th>
              <th scope="col" className="num">
                {t("public.sc.col.percent")}
              </th>
            </tr>
          </thead>
          <tbody>
            {slices.map((s) => (
              <tr key={s.key}>
                <th scope="row">
                  <span className={`swatch ${s.tone}`} aria-hidden="true" />
                  {s.count > 0 ? <Link to={hrefOf(s.key)}>{s.label}</Link> : s.label}
                </th>
                {s.source ? <td className="small muted">{s.source}</td> : null}
                <td className="num">{s.count}</td>
                <td className="num">{percent(s.share)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function AssessmentCard({ card, ctx }: { card: Scorecard; ctx: Ctx }) {
  const t = useT();
  const noData = card.byAssessment.find((a) => a.key === "no_data")?.count ?? 0;
  return (
    <CountsCard
      id="by-assessment"
      title={t("public.sc.byAssessment")}
      note={[t("assessment.precedence"), noData > 0 ? t("public.sc.noDataNote", { count: noData }) : null]
        .filter(Boolean)
        .join(" ")}
      slices={card.byAssessment.map((a) => ({
        key: a.key,
        label: t(ASSESSMENT_LABELS[a.key].label),
        source: t(SOURCE_LABELS[SOURCE_OF[a.key]]),
        count: a.count,
        share: a.share,
        tone: `tone-${ASSESSMENT_LABELS[a.key].tone}`,
      }))}
      hrefOf={(key) => listLink(ctx, { assessment: ASSESSMENT_KEYS.find((k): k is AssessmentKey => k === key) ?? null })}
    />
  );
}

export function LightsCard({ card, ctx }: { card: Scorecard; ctx: Ctx }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="lights">
      <h2 id="lights">{t("public.sc.lights")}</h2>
      <ul className="lights">
        {card.lights.map((l) => (
          <li key={l.key}>
            <span className={`dot dot-${l.key}`} aria-hidden="true" />
            <Link to={listLink(ctx, { light: l.key })} aria-label={`${t(LIGHT_LABELS[l.key].label)} ${l.count}`}>
              <strong className="big-number">{l.count}</strong>
            </Link>
            <span className="small">{t(LIGHT_LABELS[l.key].long)}</span>
          </li>
        ))}
      </ul>
      <p>
        {card.overdue > 0 ? (
          <Link to={listLink(ctx, { overdue: true })}>{t("public.sc.overdue", { count: card.overdue })}</Link>
        ) : (
          t("public.sc.overdue", { count: 0 })
        )}
      </p>
      <p className="muted small">{t("public.sc.lightsNote")}</p>
    </section>
  );
}

export function BreakdownCard<K extends string | number | null>({
  id,
  title,
  rows,
  nameOf,
  filterOf,
  ctx,
}: {
  id: string;
  title: string;
  rows: Breakdown<K>[];
  nameOf: (key: K) => ReactNode;
  /** The list filter for a row, or null when the row cannot be filtered on. */
  filterOf: (key: K) => Partial<ListFilters> | null;
  ctx: Ctx;
}) {
  const t = useT();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <DataTable columns={[
              t("public.sc.col.name"),
              { label: t("public.sc.col.total"), className: "num" },
              { label: t("public.sc.col.kept"), className: "num" },
              { label: t("public.sc.col.red"), className: "num" },
              t("public.sc.col.share"),
            ]} className="breakdown">
            {rows.map((row) => (
              <tr key={String(row.key)}>
                <th scope="row">
                  {filterOf(row.key) ? (
                    <Link to={listLink(ctx, filterOf(row.key) ?? {})}>{nameOf(row.key)}</Link>
                  ) : (
                    nameOf(row.key)
                  )}
                </th>
                <td className="num">{row.total}</td>
                <td className="num">{row.kept}</td>
                <td className="num">{row.red}</td>
                <td className="bar-cell">
                  <MiniBar value={row.kept} max={row.total} />
                  <span className="small">{percent(row.keptShare)}%</span>
                </td>
              </tr>
            ))}
          </DataTable>
    </section>
  );
}
