// The visitor's language: the `lang` cookie, else Chinese.
import { createCookie } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/i18n/index";

export const localeCookie = createCookie("lang", {
  path: "/",
  sameSite: "lax",
  maxAge: 60 * 60 * 24 * 365,
  httpOnly: false,
});

export async function getLocale(request: Request): Promise<Locale> {
  const value: unknown = await localeCookie.parse(request.headers.get("Cookie"));
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * The language of a resource (API, download, feed, widget): `?lang=` if given, else the `lang` cookie,
 * else Chinese. (Not Accept-Language: the public cache keys answers on the URL and the cookie only.)
 */
export async function requestLocale(request: Request): Promise<Locale> {
  const query = new URL(request.url).searchParams.get("lang");
  return isLocale(query) ? query : getLocale(request);
}
