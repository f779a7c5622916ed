import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { openApiDocument } from "~/handlers/openapi.server";
import { listPublicJurisdictions } from "~/models/public/jurisdictions.server";
import { pageMeta } from "~/utils/meta";
import { publicOrigin } from "~/utils/public.server";
import styles from "~/styles/public.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, { key: "public.docs.title" });

const PARAMS = [
  "jurisdiction",
  "year",
  "status",
  "q",
  "verdict",
  "sector",
  "department",
  "kind",
  "light",
  "overdue",
  "sort",
  "page",
  "perPage",
] as const;

/** Public: how to use the open data. */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin(request);
  const doc = openApiDocument(origin);
  const example = (await listPublicJurisdictions()).find((j) => j.years.length > 0);
  return {
    origin,
    endpoints: Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { summary: string; security?: unknown }>).map(([method, op]) => ({
        path,
        method: method.toUpperCase(),
        summary: op.summary,
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
                  <td lang="en">{e.summary}</td>
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
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("public.docs.param")}</th>
                <th scope="col">{t("public.docs.meaning")}</th>
              </tr>
            </thead>
            <tbody>
              {PARAMS.map((p) => (
                <tr key={p}>
                  <th scope="row">
                    <code>{p}</code>
                  </th>
                  <td>{t(`public.docs.p.${p}` as MessageKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="small muted">
          <code>{`{"items": […], "total": n, "page": n}`}</code>
        </p>
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
      </section>
    </article>
  );
}
