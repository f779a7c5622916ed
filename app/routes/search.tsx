import { redirect, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DEFAULT_FILTERS, filtersToSearch, pageCount, parseFilters } from "~/domain/public/filters";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { listPublicCommitments } from "~/models/public/list.server";
import { ListRow, Pager } from "~/components/public/commitment-list";
import { SearchForm } from "~/components/public/search-form";
import { pageMeta } from "~/utils/meta";
import { publicPage } from "~/utils/public.server";
import styles from "~/styles/public.css?url";

/** Results counted at most (then "10,000+"): 500 pages, more than anyone reads. */
const MAX_COUNTED = 10_000;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) =>
  pageMeta(
    matches,
    d?.filters.q ? { key: "public.search.titleFor", vars: { q: d.filters.q } } : { key: "public.search.title" },
  );

/**
 * Public: every published promise of every place and year whose sentence or paragraph holds all the
 * words of `q`. One canonical URL per query (q, then page).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { filters: parsed } = parseFilters(url.searchParams);
  const filters = { ...DEFAULT_FILTERS, q: parsed.q, page: parsed.page };
  const canonical = filtersToSearch(filters);
  const given = url.searchParams.toString();
  if ((given ? `?${given}` : "") !== canonical) throw redirect(`/search${canonical}`);
  if (!filters.q) return { filters, items: [], total: 0, capped: false };
  const { today, version } = await publicPage();
  const list = await listPublicCommitments({ jurisdictionId: null, filters, today }, version, MAX_COUNTED);
  return { filters, items: list.items, total: list.total, capped: list.capped };
}

export default function SearchPage() {
  const { filters, items, total, capped } = useLoaderData<typeof loader>();
  const t = useT();
  const pages = pageCount(total, filters.perPage);
  return (
    <article className="public-page">
      <nav aria-label={t("public.item.breadcrumb")} className="breadcrumb no-print">
        <Link to="/">{t("home.title")}</Link>
      </nav>
      <h1>
        {/* The words searched for are the reports' words: Chinese on an English page too. */}
        {filters.q ? rich(t, "public.search.titleFor", { q: <Zh>{filters.q}</Zh> }) : t("public.search.title")}
      </h1>
      <SearchForm q={filters.q} />
      {filters.q ? (
        <>
          <p role="status" className="results-count">
            <strong>
              {capped ? t("public.search.resultsAtLeast", { total }) : t("public.list.results", { total })}
            </strong>
            {pages > 1 ? ` · ${t("public.list.pageOf", { page: filters.page, pages })}` : ""}
          </p>
          {items.length === 0 ? (
            <p className="notice">{t("public.search.none")}</p>
          ) : (
            <ol className="item-list" start={(filters.page - 1) * filters.perPage + 1}>
              {items.map((item) => (
                <ListRow key={item.id} item={item} showPlace />
              ))}
            </ol>
          )}
          <Pager action="/search" filters={filters} pages={pages} />
        </>
      ) : null}
    </article>
  );
}
