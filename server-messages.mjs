// The few answers server.mjs gives before Remix (403 cross-site, 411, 413), in the visitor's language:
// `?lang=`, else the `lang` cookie the app sets, else Chinese. The text comes from the app's own
// catalogues (app/i18n/locales/<locale>/common.json), read once at start.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { IntlMessageFormat } from "intl-messageformat";

const root = path.dirname(fileURLToPath(import.meta.url));
const TAGS = { zh: "zh-CN", en: "en" };
const DEFAULT_LOCALE = "zh";

const catalogues = Object.fromEntries(
  Object.keys(TAGS).map((locale) => [
    locale,
    JSON.parse(readFileSync(path.join(root, "app/i18n/locales", locale, "common.json"), "utf8")),
  ]),
);

const isLocale = (value) => typeof value === "string" && Object.hasOwn(TAGS, value);

/** The `lang` cookie as the app writes it (Remix's unsigned cookie: base64 of a JSON string). */
function cookieLocale(header) {
  for (const part of (header ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name !== "lang") continue;
    try {
      const value = JSON.parse(Buffer.from(decodeURIComponent(rest.join("=")), "base64").toString("utf8"));
      if (isLocale(value)) return value;
    } catch {
      // A cookie that is not ours: fall through to the default.
    }
  }
  return null;
}

/** The language of an Express request: `?lang=`, the `lang` cookie, else Chinese. */
export function requestLocale(req) {
  let query = null;
  try {
    query = new URL(req.originalUrl ?? req.url ?? "/", "http://localhost").searchParams.get("lang");
  } catch {
    query = null;
  }
  if (isLocale(query)) return query;
  return cookieLocale(req.headers?.cookie) ?? DEFAULT_LOCALE;
}

/** One message of the common catalogue in the request's language. */
export function serverMessage(req, key, vars = {}) {
  const locale = requestLocale(req);
  const message = catalogues[locale][key] ?? catalogues[DEFAULT_LOCALE][key];
  if (message === undefined) throw new Error(`No message ${key} in the catalogues`);
  return String(new IntlMessageFormat(message, TAGS[locale]).format(vars));
}
