// Request handlers of the Atom feeds: published changes per jurisdiction and per item.
import { renderAtom, tagUri, type AtomEntry } from "~/domain/public/atom";
import { actionLabel, entrySummary } from "~/components/public/history-text";
import { translator, type Locale } from "~/i18n";
import { itemFeed, jurisdictionFeed, type FeedEvent } from "~/models/public/feed.server";
import { assessmentsOf } from "~/models/public/assessment.server";
import { getPublicCommitment } from "~/models/public/item.server";
import { assessmentText } from "~/components/public/labels";
import { findPublicJurisdiction } from "~/models/public/jurisdictions.server";
import { idParam } from "~/utils/api.server";
import { notFound } from "~/utils/http.server";
import { requestLocale } from "~/i18n/locale.server";
import { publicOrigin, publicResource } from "~/utils/public.server";

const ATOM = "application/atom+xml; charset=utf-8";

/** `zhangdian.atom` → `zhangdian`; anything else is not a feed. */
function feedName(file: string | undefined): string {
  const match = /^([^/]+)\.atom$/.exec(file ?? "");
  if (!match) throw notFound();
  return match[1];
}

function entries(events: FeedEvent[], origin: string, host: string, locale: Locale): AtomEntry[] {
  const t = translator(locale);
  return events.map((e) => {
    const title = e.target.title.length > 60 ? `${e.target.title.slice(0, 60)}…` : e.target.title;
    return {
      id: tagUri(host, 2026, `event-${e.id}`),
      title: t("public.feed.entryTitle", { action: actionLabel(t, e), title }),
      updated: e.at,
      link: `${origin}/${e.target.kind === "report" ? "r" : "c"}/${e.target.id}`,
      summary: entrySummary(t, e) || undefined,
    };
  });
}

function atomResponse(xml: string, headers: Record<string, string>) {
  return new Response(xml, { headers: { ...headers, "Content-Type": ATOM, "Access-Control-Allow-Origin": "*" } });
}

/** GET /feeds/:slug.atom */
export async function jurisdictionAtom(request: Request, file: string | undefined) {
  const jurisdiction = await findPublicJurisdiction(feedName(file));
  if (!jurisdiction) throw notFound();
  const locale = await requestLocale(request);
  const { today, headers } = await publicResource(request, [locale]);
  const origin = publicOrigin(request);
  const host = new URL(origin).host;
  const events = await jurisdictionFeed(jurisdiction.id);
  const t = translator(locale);
  const xml = renderAtom({
    id: tagUri(host, 2026, `jurisdiction-${jurisdiction.slug}`),
    title: t("public.feed.jurisdiction", { name: jurisdiction.name }),
    self: `${origin}/feeds/${jurisdiction.slug}.atom`,
    alternate: `${origin}/j/${jurisdiction.slug}`,
    author: t("app.name"),
    updated: events[0]?.at ?? today,
    lang: locale === "zh" ? "zh-CN" : "en",
    entries: entries(events, origin, host, locale),
  });
  return atomResponse(xml, headers);
}

/** GET /feeds/c/:id.atom */
export async function itemAtom(request: Request, file: string | undefined) {
  const id = idParam(feedName(file));
  const item = await getPublicCommitment(id);
  if (!item) throw notFound();
  const locale = await requestLocale(request);
  const { today, headers } = await publicResource(request, [locale]);
  const origin = publicOrigin(request);
  const host = new URL(origin).host;
  const events = await itemFeed(item);
  const t = translator(locale);
  const assessed = (await assessmentsOf([item.id], today)).get(item.id);
  const xml = renderAtom({
    id: tagUri(host, 2026, `commitment-${item.id}`),
    title: t("public.feed.item", { metric: item.metric }),
    subtitle: assessed
      ? t("public.feed.itemSubtitle", { assessment: assessmentText(t, assessed.assessment), quote: item.quote })
      : item.quote,
    self: `${origin}/feeds/c/${item.id}.atom`,
    alternate: `${origin}/c/${item.id}`,
    author: t("app.name"),
    updated: events[0]?.at ?? item.publishedAt ?? today,
    lang: locale === "zh" ? "zh-CN" : "en",
    entries: entries(events, origin, host, locale),
  });
  return atomResponse(xml, headers);
}
