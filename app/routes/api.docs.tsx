import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ASSESSMENT_KEYS } from "~/domain/public/assessment";
import { LIGHT_FILTERS, SORTS } from "~/domain/public/filters";
import { KINDS, SECTOR_NAMES, STATUSES, VERDICTS } from "~/domain/vocab";
import { LOCALES, type MessageKey, type Translate } from "~/i18n";
import { useT } from "~/i18n/use-t";
import {
  ASSESSMENT_LABELS,
  LIGHT_LABELS,
  sectorLabel,
  SOURCE_LABELS,
  STATUS_LABELS,
  VERDICT_LABELS,
} from "~/components/labels";
import { KIND_LABELS, SORT_LABELS } from "~/components/public/commitment-list";
import { openApiDocument } from "~/handlers/openapi.server";
import { listPublicJurisdictions } from "~/models/public/jurisdictions.server";
import { pageMeta } from "~/utils/meta";
import { publicOrigin } from "~/utils/public.server";
import styles from "~/styles/public.css?url";
import { DataTable } from "~/components/data-table";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "public.docs.title" });

interface Param {
  name: string;
  meaning: MessageKey;
  /** The values it takes: the code, and its words. */
  values?: (t: Translate) => { code: string; label?: string }[];
}

const PARAMS: Param[] = [
  { name: "jurisdiction", meaning: "public.docs.p.jurisdiction", values: () => [{ code: "zhangdian" }] },
  { name: "year", meaning: "public.docs.p.year" },
  {
    name: "assessment",
    meaning: "public.docs.p.assessment",
    values: (t) => ASSESSMENT_KEYS.map((a) => ({ code: a, label: t(ASSESSMENT_LABELS[a].label) })),
  },
  { name: "q", meaning: "public.docs.p.q" },
  {
    name: "status",
    meaning: "public.docs.p.status",
    values: (t) => STATUSES.map((s) => ({ code: s, label: t(STATUS_LABELS[s].label) })),
  },
  {
    name: "verdict",
    meaning: "public.docs.p.verdict",
    values: (t) => [...VERDICTS, "none" as const].map((v) => ({ code: v, label: t(VERDICT_LABELS[v].label) })),
  },
  {
    name: "sector",
    meaning: "public.docs.p.sector",
    // The value is the stored (Chinese) name; its words in the reader's language where they differ.
    values: (t) =>
      SECTOR_NAMES.map((s) => ({ code: s, label: sectorLabel(t, s) === s ? undefined : sectorLabel(t, s) })),
  },
  { name: "department", meaning: "public.docs.p.department", values: () => [{ code: "none" }] },
  {
    name: "kind",
    meaning: "public.docs.p.kind",
    values: (t) => KINDS.map((k) => ({ code: k, label: t(KIND_LABELS[k]) })),
  },
  {
    name: "light",
    meaning: "public.docs.p.light",
    values: (t) => LIGHT_FILTERS.map((l) => ({ code: l, label: t(LIGHT_LABELS[l].label) })),
  },
  { name: "overdue", meaning: "public.docs.p.overdue", values: () => [{ code: "1" }] },
  {
    name: "sort",
    meaning: "public.docs.p.sort",
    values: (t) => SORTS.map((s) => ({ code: s, label: t(SORT_LABELS[s]) })),
  },
  { name: "page", meaning: "public.docs.p.page" },
  { name: "perPage", meaning: "public.docs.p.perPage" },
  { name: "lang", meaning: "public.docs.p.lang", values: () => LOCALES.map((l) => ({ code: l })) },
];

const FIELDS: [string, MessageKey][] = [
  ["assessment", "public.docs.f.assessment"],
  ["assessmentSource", "public.docs.f.assessmentSource"],
  ["assessmentLabel", "public.docs.f.assessmentLabel"],
  ["light", "public.docs.f.light"],
  ["overdue", "public.docs.f.overdue"],
  ["status", "public.docs.f.status"],
  ["verdict", "public.docs.f.verdict"],
];

/** The endpoints' summaries in the reader's language, by OpenAPI operationId. */
const OPERATIONS: Record<string, MessageKey> = {
  listJurisdictions: "public.docs.op.listJurisdictions",
  listReports: "public.docs.op.listReports",
  listCommitments: "public.docs.op.listCommitments",
  getCommitment: "public.docs.op.getCommitment",
  getOpenApi: "public.docs.op.getOpenApi",
  importReport: "public.docs.op.importReport",
  patchCommitment: "public.docs.op.patchCommitment",
  submitUpdate: "public.docs.op.submitUpdate",
  reviewUpdate: "public.docs.op.reviewUpdate",
  getCommitmentHistory: "public.docs.op.getCommitmentHistory",
  createInspection: "public.docs.op.createInspection",
  askQuestion: "public.docs.op.askQuestion",
  answerQuestion: "public.docs.op.answerQuestion",
};

/** Public: how to use the open data. */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin(request);
  const doc = openApiDocument(origin);
  const example = (await listPublicJurisdictions()).find((j) => j.years.length > 0);
  return {
    origin,
    endpoints: Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { operationId: string; security?: unknown }>).map(([method, op]) => ({
        path,
        method: method.toUpperCase(),
        operation: op.operationId,
        token: Boolean(op.security),
      })),
    ),
    slug: example?.slug ?? "zhangdian",
    year: example?.years[0] ?? 2025,
  };
}

export default function ApiDocs() {
  const { origin, endpoints, slug, year } = useLoaderData<typeof loader>();
  const t = useT();
  const examples = [
    `/api/v1/jurisdictions`,
    `/api/v1/reports?jurisdiction=${slug}`,
    `/api/v1/commitments?jurisdiction=${slug}&year=${year}&status=in_progress&page=1`,
    `/api/v1/commitments?jurisdiction=${slug}&q=${encodeURIComponent("就业")}`,
  ];
  return (
    <article className="public-page">
      <h1>{t("public.docs.title")}</h1>
      <p className="lead">{t("public.docs.intro")}</p>
      <section className="card" aria-labelledby="endpoints">
        <h2 id="endpoints">{t("public.docs.endpoints")}</h2>
        <div className="table-wrap">
          <table>
            <tbody>
              {endpoints.map((e) => (
                <tr key={`${e.method} ${e.path}`}>
                  <th scope="row">
                    <code>
                      {e.method} {e.path}
                    </code>
                  </th>
                  <td>{t(OPERATIONS[e.operation] ?? "public.docs.op.unknown")}</td>
                  <td>{e.token ? t("public.docs.token") : t("public.docs.open")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <a href="/api/v1/openapi.json">{t("public.docs.openapi")}</a> (OpenAPI 3.1)
        </p>
        <h3>{t("public.docs.example")}</h3>
        <ul className="link-list">
          {examples.map((href) => (
            <li key={href}>
              <a href={href}>
                <code>{decodeURIComponent(href)}</code>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="params">
        <h2 id="params">{t("public.docs.params")}</h2>
        <DataTable columns={[t("public.docs.param"), t("public.docs.meaning")]}>
          {PARAMS.map((p) => (
            <tr key={p.name}>
              <th scope="row">
                <code>{p.name}</code>
              </th>
              <td>
                {t(p.meaning)}
                {p.values ? (
                  <ul className="codes">
                    {p.values(t).map((v) => (
                      <li key={v.code}>
                        <code lang={/[\u4e00-\u9fff]/.test(v.code) ? "zh" : undefined}>{v.code}</code>
                        {v.label ? ` ${v.label}` : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
        <p className="small muted">
          <code>{`{"items": […], "total": n, "page": n}`}</code>
        </p>
      </section>
      <section className="card" aria-labelledby="fields">
        <h2 id="fields">{t("public.docs.fields")}</h2>
        <p>{t("public.docs.fieldsText")}</p>
        <ul className="codes">
          {FIELDS.map(([field, meaning]) => (
            <li key={field}>
              <code>{field}</code> {t(meaning)}
            </li>
          ))}
        </ul>
        <p>{t("public.docs.sources")}</p>
        <ul className="codes">
          {(["verdict", "status", "none"] as const).map((source) => (
            <li key={source}>
              <code>{source}</code> {t(SOURCE_LABELS[source])}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="downloads">
        <h2 id="downloads">{t("public.docs.downloads")}</h2>
        <p>{t("public.docs.downloadsText")}</p>
        <p>
          <a href={`/j/${slug}/${year}/commitments.csv`}>
            <code>{`/j/${slug}/${year}/commitments.csv`}</code>
          </a>
        </p>
        <h2 id="feeds">{t("public.docs.feeds")}</h2>
        <p>{t("public.docs.feedsText")}</p>
        <p>
          <a href={`/feeds/${slug}.atom`}>
            <code>{`${origin}/feeds/${slug}.atom`}</code>
          </a>
          <br />
          <code>{`${origin}/feeds/c/{id}.atom`}</code>
        </p>
        <h2 id="widget">{t("public.docs.widget")}</h2>
        <p>{t("public.docs.widgetText")}</p>
        <p>
          <code>{`${origin}/embed/j/${slug}`}</code>
          <br />
          <code>{`${origin}/badge/${slug}.svg`}</code>
        </p>
        <h2 id="caching">{t("public.docs.caching")}</h2>
        <p>{t("public.docs.cachingText")}</p>
        <h2 id="errors">{t("public.docs.errors")}</h2>
        <p>{t("public.docs.errorsText")}</p>
        <p>
          <code>{`{"error": "…", "code": "http.invalidParameter", "vars": {"name": "status"}}`}</code>
        </p>
      </section>
    </article>
  );
}
