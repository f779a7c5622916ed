// Page titles and share metadata, in the visitor's language (read from the root loader's data).
import type { MetaDescriptor } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, translator, type Locale, type MessageKey, type Vars } from "~/i18n";

interface MatchLike {
  id: string;
  data?: unknown;
}

export function localeOf(matches: readonly MatchLike[]): Locale {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
  return isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE;
}

/** Title "<page> · 台账" plus description and Open Graph tags. */
export function pageMeta(
  matches: readonly MatchLike[],
  title: string | { key: MessageKey; vars?: Vars },
  description?: string,
): MetaDescriptor[] {
  const t = translator(localeOf(matches));
  const text = typeof title === "string" ? title : t(title.key, title.vars);
  const full = `${text} · ${t("app.name")}`;
  const desc = description ?? t("app.description");
  return [
    { title: full },
    { name: "description", content: desc },
    { property: "og:title", content: full },
    { property: "og:description", content: desc },
    { property: "og:type", content: "website" },
    { property: "og:site_name", content: t("app.name") },
  ];
}
