// Request handlers of the embeddable widget: an iframe page and an SVG badge of the latest score.
import { renderToStaticMarkup } from "react-dom/server";
import { renderBadge } from "~/domain/public/badge";
import { percent } from "~/domain/public/scorecard";
import { translator, type Locale } from "~/i18n";
import { ASSESSMENT_LABELS, TONE_COLOUR } from "~/components/labels";
import { publicJurisdictionContext } from "~/models/public/jurisdictions.server";
import { getScorecard } from "~/models/public/scorecard.server";
import { notFound } from "~/utils/http.server";
import { requestLocale } from "~/i18n/locale.server";
import { publicOrigin, publicResource } from "~/utils/public.server";
import { EmbedCard } from "~/components/public/embed-card";

async function latestScore(request: Request, slug: string, locale: Locale) {
  const { today, version, headers } = await publicResource(request, [locale]);
  const place = await publicJurisdictionContext(slug, version);
  if (!place) throw notFound();
  const { jurisdiction } = place;
  const [year] = place.years;
  const card = year ? await getScorecard(jurisdiction.id, year, today, version) : null;
  return { jurisdiction, year: year ?? null, card, headers };
}

/** GET /embed/j/:slug — the only page that other sites may frame. */
export async function embedPage(request: Request, slug: string | undefined) {
  const locale = await requestLocale(request);
  const { jurisdiction, year, card, headers } = await latestScore(request, slug ?? "", locale);
  const t = translator(locale);
  const origin = publicOrigin(request);
  const body = renderToStaticMarkup(
    EmbedCard({
      t,
      locale,
      name: jurisdiction.name,
      year,
      href: `${origin}/j/${jurisdiction.slug}${year ? `/${year}` : ""}`,
      kept: card ? { count: card.kept.count, total: card.total, percent: percent(card.kept.share) } : null,
      assessments: (card?.byAssessment ?? []).map((a) => ({
        key: a.key,
        label: t(ASSESSMENT_LABELS[a.key].label),
        colour: TONE_COLOUR[ASSESSMENT_LABELS[a.key].tone],
        count: a.count,
      })),
    }),
  );
  return new Response(`<!DOCTYPE html>${body}`, {
    headers: {
      ...headers,
      "Content-Type": "text/html; charset=utf-8",
      // Framing is allowed here and nowhere else (server.mjs denies it for every other path).
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'",
    },
  });
}

/** GET /badge/:slug.svg */
export async function badgeSvg(request: Request, file: string | undefined) {
  const match = /^([^/]+)\.svg$/.exec(file ?? "");
  if (!match) throw notFound();
  const locale = await requestLocale(request);
  const { jurisdiction, year, card, headers } = await latestScore(request, match[1], locale);
  const t = translator(locale);
  const p = card && card.total > 0 ? percent(card.kept.share) : null;
  const svg = renderBadge({
    label: `${t("public.embed.badgeLabel")} · ${jurisdiction.name}${year ? ` ${year}` : ""}`,
    value: p === null ? t("public.embed.noData") : t("public.embed.kept", { percent: p }),
    title: t("public.embed.badgeTitle", {
      name: jurisdiction.name,
      year: year ?? "",
      total: card?.total ?? 0,
      percent: p ?? 0,
    }),
    percent: p,
  });
  return new Response(svg, {
    headers: {
      ...headers,
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
      "Access-Control-Allow-Origin": "*",
      "Cross-Origin-Resource-Policy": "cross-origin",
    },
  });
}
