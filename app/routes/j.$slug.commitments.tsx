import {
  data,
  redirect,
  type HeadersFunction,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { filtersToSearch, pageCount, parseFilters } from "../domain/public/filters";
import { translator } from "../i18n";
import { useT } from "../i18n/use-t";
import { findPublicJurisdiction, publicYears } from "../models/public/jurisdictions.server";
import { listFacets, listPublicCommitments } from "../models/public/list.server";
import { FilterForm, ListRow, Pager } from "../components/public/commitment-list";
import { notFound } from "../utils/http.server";
import { localeOf, pageMeta } from "../utils/meta";
import { publicOrigin, publicRequest } from "../utils/public.server";
import styles from "../styles/public.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const headers: HeadersFunction = ({ loaderHeaders, errorHeaders }) => errorHeaders ?? loaderHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const jurisdiction = await findPublicJurisdiction(params.slug ?? "");
  if (!jurisdiction) throw notFound();
  const { filters } = parseFilters(url.searchParams);
  // One URL per filter state: empty or unknown parameters and any other order redirect to it.
  const canonical = filtersToSearch(filters);
  const given = url.searchParams.toString();
  if ((given ? `?${given}` : "") !== canonical) throw redirect(`${url.pathname}${canonical}`);
  const { today, version, headers } = await publicRequest(request, "page");
  const [years, facets, list] = await Promise.all([
    publicYears(jurisdiction.id),
    listFacets(jurisdiction.id, filters.year, version),
    listPublicCommitments({ jurisdictionId: jurisdiction.id, filters, today }, version),
  ]);
  return data(
    {
      jurisdiction: { slug: jurisdiction.slug, name: jurisdiction.name },
      filters,
      years,
      facets,
      items: list.items,
      total: list.total,
      origin: publicOrigin(request),
    },
    { headers },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => {
  if (!d) return pageMeta(matches, { key: "error.title" });
  const t = translator(localeOf(matches));
  const vars = { name: d.jurisdiction.name };
  return [
    ...pageMeta(matches, { key: "public.list.title", vars }, t("public.list.description", vars)),
    { property: "og:url", content: `${d.origin}/j/${d.jurisdiction.slug}/commitments${filtersToSearch(d.filters)}` },
  ];
};

export default function CommitmentListPage() {
  const { jurisdiction, filters, years, facets, items, total } = useLoaderData<typeof loader>();
  const t = useT();
  const action = `/j/${jurisdiction.slug}/commitments`;
  const pages = pageCount(total, filters.perPage);
  const download = filtersToSearch({ ...filters, page: 1, perPage: undefined });
  return (
    <article className="public-page">
      <nav aria-label={t("public.item.breadcrumb")} className="breadcrumb no-print">
        <Link to={`/j/${jurisdiction.slug}`}>{jurisdiction.name}</Link>
        {filters.year ? (
          <>
            {" › "}
            <Link to={`/j/${jurisdiction.slug}/${filters.year}`}>{filters.year}</Link>
          </>
        ) : null}
      </nav>
      <h1>{t("public.list.title", { name: jurisdiction.name })}</h1>
      <FilterForm action={action} filters={filters} years={years} facets={facets} />
      <div className="row results-bar">
        <p role="status" className="results-count">
          <strong>{t("public.list.results", { total })}</strong>
          {pages > 1 ? ` · ${t("public.list.pageOf", { page: filters.page, pages })}` : ""}
        </p>
        <p className="no-print">
          {t("public.list.download")}:{" "}
          <a href={`/j/${jurisdiction.slug}/commitments.csv${download}`} download>
            CSV
          </a>{" "}
          ·{" "}
          <a href={`/j/${jurisdiction.slug}/commitments.json${download}`} download>
            JSON
          </a>
        </p>
      </div>
      {items.length === 0 ? (
        <p className="notice">{t("public.list.none")}</p>
      ) : (
        <ol className="item-list" start={(filters.page - 1) * filters.perPage + 1}>
          {items.map((item) => (
            <ListRow key={item.id} item={item} />
          ))}
        </ol>
      )}
      <Pager action={action} filters={filters} pages={pages} />
    </article>
  );
}
