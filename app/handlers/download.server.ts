// Request handler (shared by two routes): CSV and JSON downloads of a filtered public list (the list page's "download these results").
import { parseFilters } from "~/domain/public/filters";
import { translator } from "~/i18n";
import { requestLocale } from "~/i18n/locale.server";
import { notFound } from "~/utils/http.server";
import { publicOrigin, publicResource, yearParam } from "~/utils/public.server";
import { publicJurisdictionContext } from "~/models/public/jurisdictions.server";
import { exportPublicCommitments, MAX_EXPORT_ROWS } from "~/models/public/list.server";
import { openDataCsv, openDataRow } from "~/models/public/export.server";

export async function downloadList(
  request: Request,
  slug: string | undefined,
  year: string | undefined,
  format: "csv" | "json",
) {
  const url = new URL(request.url);
  const locale = await requestLocale(request);
  const t = translator(locale);
  const { today, version, headers } = await publicResource(request, [format, locale]);
  const place = await publicJurisdictionContext(slug ?? "", version);
  if (!place) throw notFound();
  const { jurisdiction } = place;
  const { filters } = parseFilters(url.searchParams, ["lang"]);
  const result = await exportPublicCommitments({
    jurisdictionId: jurisdiction.id,
    filters: { ...filters, year: yearParam(year), page: 1 },
    today,
  });
  const origin = publicOrigin(request);

  const name = `taizhang-${jurisdiction.slug}-${yearParam(year)}`;
  const common = {
    ...headers,
    "Access-Control-Allow-Origin": "*",
    "X-Total-Count": String(result.total),
    ...(result.truncated ? { "X-Truncated": String(MAX_EXPORT_ROWS) } : {}),
    "Content-Language": locale,
  };
  if (format === "csv") {
    return new Response(openDataCsv(result.items, origin, t), {
      headers: {
        ...common,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}.csv"`,
      },
    });
  }
  const body = {
    jurisdiction: { slug: jurisdiction.slug, name: jurisdiction.name },
    filters: { ...filters, year: yearParam(year), page: undefined, perPage: undefined },
    total: result.total,
    truncated: result.truncated,
    items: result.items.map((item) => openDataRow(item, origin, t)),
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: {
      ...common,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.json"`,
    },
  });
}
