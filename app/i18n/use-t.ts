// React access to the current language, from the root loader's data.
import { useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_LOCALE, translator, type Locale, type Translate } from "~/i18n/index";

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale?: Locale }>("root");
  return data?.locale ?? DEFAULT_LOCALE;
}

export function useT(): Translate {
  return translator(useLocale());
}
