import { redirect, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { filtersToSearch, pageCount, parseFilters } from "~/domain/public/filters";
import { translator } from "~/i18n";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";
import { publicJurisdictionContext } from "~/models/public/jurisdictions.server";
import { listFacets, listPublicCommitments } from "~/models/public/list.server";
import { PrintButton, PrintSource } from "~/components/public/print-button";
import { FilterForm, ListRow, Pager } from "~/components/public/commitment-list";
import { notFound } from "~/utils/http.server";
import { localeOf, pageMeta } from "~/utils/meta";
import { publicOrigin, publicPage, yearParam } from "~/utils/public.server";
import styles from "~/styles/public.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** Public: no sign-in; accepted commitments of published reports only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const year = yearParam(params.year);
  const { today, version } = await publicPage();
  const place = await publicJurisdictionContext(params.slug ?? "", version);
  if (!place || !place.years.includes(year)) throw notFound();
  const { jurisdiction, years } = place;
  const { filters: parsed } = parseFilters(url.searchParams);
  // The year lives in the path; the form's year field moves there.
  const target = parsed.year !== null && years.includes(parsed.year) ? parsed.year : year;
  const filters = { ...parsed, year: target };
  // One URL per filter state: empty or unknown parameters, and any other order, redirect to it.
  const canonical = filtersToSearch({ ...filters, year: null });
  const given = url.searchParams.toString();
  if (target !== year || (given ? `?${given}` : "") !== canonical)
    throw redirect(`/j/${jurisdiction.slug}/${target}/commitments${canonical}`);
  const [facets, list] = await Promise.all([
    listFacets(jurisdiction.id, year, version),
    listPublicCommitments({ jurisdictionId: jurisdiction.id, filters, today }, version),
  ]);
  return {
    jurisdiction: { slug: jurisdiction.slug, name: jurisdiction.name },
    filters,
    years,
    facets,
    items: list.items,
    total: list.total,
    origin: publicOrigin(request),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => {
  if (!d) return pageMeta(matches, { key: "error.title" });
  const t = translator(localeOf(matches));
  const vars = { name: `${d.jurisdiction.name} ${d.filters.year}` };
  const path = `/j/${d.jurisdiction.slug}/${d.filters.year}/commitments`;
  return [
    ...pageMeta(matches, { key: "public.list.title", vars }, t("public.list.description", vars)),
    { property: "og:url", content: `${d.origin}${path}${filtersToSearch({ ...d.filters, year: null })}` },
  ];
};

export default function CommitmentListPage() {
  const { jurisdiction, filters, years, facets, items, total, origin } = useLoaderData<typeof loader>();
  const t = useT();
  const year = filters.year ?? years[0];
  const action = `/j/${jurisdiction.slug}/${year}/commitments`;
  const pages = pageCount(total, filters.perPage);
  const download = filtersToSearch({ ...filters, year: null, page: 1, perPage: undefined });
  return (
    <article className="public-page">
      <nav aria-label={t("public.item.breadcrumb")} className="breadcrumb no-print">
        <Link to={`/j/${jurisdiction.slug}/${year}`}>
          <Zh>{jurisdiction.name}</Zh> {year}
        </Link>
      </nav>
      <h1>
        {rich(t, "public.list.title", {
          name: (
            <>
              <Zh>{jurisdiction.name}</Zh> {year}
            </>
          ),
        })}
      </h1>
      <PrintSource url={`${origin}${action}${filtersToSearch({ ...filters, year: null })}`} />
      <FilterForm action={action} filters={filters} years={years} facets={facets} />
      <div className="row results-bar">
        <p role="status" className="results-count">
          <strong>{t("public.list.results", { total })}</strong>
          {pages > 1 ? ` · ${t("public.list.pageOf", { page: filters.page, pages })}` : ""}
        </p>
        <p className="no-print">
          <PrintButton /> {t("public.labelled", { label: t("public.list.download"), value: "" })}
          <a href={`${action}.csv${download}`} download>
            CSV
          </a>{" "}
          ·{" "}
          <a href={`${action}.json${download}`} download>
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
      <Pager action={action} filters={{ ...filters, year: null }} pages={pages} />
    </article>
  );
}
