// React access to the current language, from the root loader's data.
import { useRouteLoaderData } from "@remix-run/react";
import { formatters, type Formatters } from "~/i18n/format";
import { DEFAULT_LOCALE, isLocale, translator, type Locale, type Translate } from "~/i18n/index";

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale?: unknown }>("root");
  return isLocale(data?.locale) ? data.locale : DEFAULT_LOCALE;
}

export function useT(): Translate {
  return translator(useLocale());
}

export function useFormat(): Formatters {
  return formatters(useLocale());
}
