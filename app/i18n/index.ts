// Translation: ICU messages (intl-messageformat) from JSON catalogues per locale and area
// (locales/<locale>/<area>.json). The server holds every locale; the browser loads only the active one.
import { IntlMessageFormat } from "intl-messageformat";
import type zhCommon from "~/i18n/locales/zh/common.json";
import type zhDeputy from "~/i18n/locales/zh/deputy.json";
import type zhFollowup from "~/i18n/locales/zh/followup.json";
import type zhLedger from "~/i18n/locales/zh/ledger.json";
import type zhNav from "~/i18n/locales/zh/nav.json";
import type zhPublic from "~/i18n/locales/zh/public.json";

export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh";

/** The BCP 47 tag of each locale, for `lang` attributes, Intl and plural rules. */
export const LOCALE_TAGS: Record<Locale, string> = { zh: "zh-CN", en: "en" };

/** The Chinese catalogue is the reference: its keys are the message keys (typed, no casts). */
type Catalogue = typeof zhCommon &
  typeof zhNav &
  typeof zhLedger &
  typeof zhDeputy &
  typeof zhPublic &
  typeof zhFollowup;

export type MessageKey = keyof Catalogue & string;
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

type Messages = Record<string, string>;
type Loader = () => Promise<Messages>;

// Each JSON file is its own chunk in the browser build; only the server build embeds them all.
const lazy = import.meta.glob<Messages>("./locales/*/*.json", { import: "default" });
const eager: Record<string, Messages> = import.meta.env.SSR
  ? import.meta.glob<Messages>("./locales/*/*.json", { import: "default", eager: true })
  : {};

const localeOfPath = (file: string) => /\/locales\/([^/]+)\//.exec(file)?.[1];

const catalogues = new Map<Locale, Messages>();
for (const locale of LOCALES) {
  const files = Object.entries(eager).filter(([file]) => localeOfPath(file) === locale);
  if (files.length) catalogues.set(locale, Object.assign({}, ...files.map(([, messages]) => messages)));
}

/** Loads one locale's catalogue (a no-op where it is already there, as on the server). */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (catalogues.has(locale)) return;
  const loaders: Loader[] = Object.entries(lazy)
    .filter(([file]) => localeOfPath(file) === locale)
    .map(([, load]) => load);
  const parts = await Promise.all(loaders.map((load) => load()));
  catalogues.set(locale, Object.assign({}, ...parts));
}

export function isLocale(value: unknown): value is Locale {
  return value === "zh" || value === "en";
}

/** Whether a string (an error travelling as a key, say) is a message key of the catalogue. */
export function isMessageKey(value: unknown): value is MessageKey {
  const zh = catalogues.get(DEFAULT_LOCALE) ?? [...catalogues.values()][0];
  return typeof value === "string" && zh !== undefined && Object.hasOwn(zh, value);
}

const translators = new Map<Locale, Translate>();

export function translator(locale: Locale): Translate {
  const cached = translators.get(locale);
  if (cached) return cached;
  const messages = catalogues.get(locale);
  if (!messages) throw new Error(`The ${locale} catalogue is not loaded`);
  const compiled = new Map<string, IntlMessageFormat>();
  const t: Translate = (key, vars) => {
    const message = messages[key];
    if (message === undefined) return key;
    if (!message.includes("{") && !message.includes("'")) return message;
    let format = compiled.get(key);
    if (!format) {
      format = new IntlMessageFormat(message, LOCALE_TAGS[locale]);
      compiled.set(key, format);
    }
    return String(format.format(vars ?? {}));
  };
  translators.set(locale, t);
  return t;
}

/** Error messages travel as message keys (zod issues, action errors); this turns one into text. */
export const errorText = (t: Translate) => (message?: string | null) =>
  message ? t(isMessageKey(message) ? message : "v.invalid") : null;

/** Every key of every locale's catalogue, for the tests (server side, where all are loaded). */
export function catalogueKeys(locale: Locale): string[] {
  return Object.keys(catalogues.get(locale) ?? {});
}

export function catalogueMessage(locale: Locale, key: string): string | undefined {
  return catalogues.get(locale)?.[key];
}
