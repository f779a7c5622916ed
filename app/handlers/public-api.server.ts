// Request handlers of the public read API (GET /api/v1/…): published information only, ETag, CORS.
import { progressState } from "~/domain/progress/expected";
import { parseFilters } from "~/domain/public/filters";
import type { Status } from "~/domain/vocab";
import { openDataItem, openDataRow } from "~/models/public/export.server";
import { getPublicItemPage } from "~/models/public/item.server";
import {
  findPublicJurisdiction,
  listPublicJurisdictions,
  listPublicReports,
} from "~/models/public/jurisdictions.server";
import { listPublicCommitments } from "~/models/public/list.server";
import { idParam, type ApiArgs } from "~/utils/api.server";
import { translator } from "~/i18n";
import { requestLocale } from "~/i18n/locale.server";
import { assessmentsOf } from "~/models/public/assessment.server";
import { badRequest, notFound } from "~/utils/http.server";
import { publicOrigin, publicResource } from "~/utils/public.server";

function json(body: unknown, headers: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*" },
  });
}

async function jurisdictionFrom(url: URL) {
  const slug = url.searchParams.get("jurisdiction");
  if (slug === null || slug === "") return null;
  const jurisdiction = await findPublicJurisdiction(slug);
  if (!jurisdiction) throw notFound("http.unknownJurisdiction", { name: slug.slice(0, 60) });
  return jurisdiction;
}

/** GET /api/v1/jurisdictions */
export async function jurisdictionsApi({ request }: ApiArgs) {
  const { headers } = await publicResource(request);
  const origin = publicOrigin(request);
  const items = (await listPublicJurisdictions()).map((j) => ({
    ...j,
    url: `${origin}/j/${j.slug}`,
    feed: `${origin}/feeds/${j.slug}.atom`,
  }));
  return json({ items, total: items.length }, headers);
}

/** GET /api/v1/reports?jurisdiction= */
export async function reportsApi({ request }: ApiArgs) {
  const url = new URL(request.url);
  const unknown = [...url.searchParams.keys()].filter((k) => k !== "jurisdiction" && k !== "lang");
  if (unknown.length) throw badRequest("http.unknownParameter", { name: unknown[0] });
  const jurisdiction = await jurisdictionFrom(url);
  const { headers } = await publicResource(request);
  const origin = publicOrigin(request);
  const items = (await listPublicReports(jurisdiction?.id)).map((r) => ({
    id: r.id,
    url: `${origin}/r/${r.id}`,
    jurisdiction: r.jurisdiction.slug,
    jurisdictionName: r.jurisdiction.name,
    year: r.year,
    planYear: r.planYear,
    title: r.title,
    meeting: r.meeting,
    speaker: r.speaker,
    deliveredOn: r.deliveredOn?.toISOString().slice(0, 10) ?? null,
    reviewPeriod: r.reviewPeriod,
    commitments: r.commitments,
  }));
  return json({ items, total: items.length }, headers);
}

/** GET /api/v1/commitments?jurisdiction=&year=&status=&q=&page= (and the list page's other filters) */
export async function commitmentsApi({ request }: ApiArgs) {
  const url = new URL(request.url);
  const { filters, invalid } = parseFilters(url.searchParams, ["jurisdiction", "lang"]);
  if (invalid.length) throw badRequest("http.invalidParameter", { name: invalid[0] });
  const jurisdiction = await jurisdictionFrom(url);
  const locale = await requestLocale(request);
  const { today, version, headers } = await publicResource(request, [locale]);
  const list = await listPublicCommitments({ jurisdictionId: jurisdiction?.id ?? null, filters, today }, version);
  const origin = publicOrigin(request);
  return json(
    {
      items: list.items.map((item) => openDataRow(item, origin, translator(locale))),
      total: list.total,
      page: list.page,
      perPage: list.perPage,
    },
    headers,
  );
}

/** GET /api/v1/commitments/:id */
export async function commitmentApi({ request, params }: ApiArgs) {
  const id = idParam(params.id);
  const locale = await requestLocale(request);
  const { today, version, headers } = await publicResource(request, [locale]);
  const page = await getPublicItemPage(id, version);
  if (!page) throw notFound();
  const { item, history } = page;
  const state = progressState({ status: item.status as Status, progress: item.progress, dueDate: item.dueDate }, today);
  const assessed = (await assessmentsOf([item.id], today)).get(item.id);
  if (!assessed) throw notFound();
  return json(
    openDataItem(item, history, state, assessed.assessment, publicOrigin(request), translator(locale)),
    headers,
  );
}
