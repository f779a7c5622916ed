// Translation: message catalogues per area, merged; `translate` fills {placeholders}.
import * as common from "./messages/common";
import * as deputy from "./messages/deputy";
import * as followup from "./messages/followup";
import * as ledger from "./messages/ledger";
import * as nav from "./messages/nav";
import * as publicPages from "./messages/public";

export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh";

const catalogues = {
  zh: { ...common.zh, ...nav.zh, ...ledger.zh, ...deputy.zh, ...publicPages.zh, ...followup.zh },
  en: { ...common.en, ...nav.en, ...ledger.en, ...deputy.en, ...publicPages.en, ...followup.en },
};

export type MessageKey = keyof (typeof catalogues)["zh"];
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Error messages travel as message keys (zod issues, action errors); this turns one into text. */
export const errorText = (t: Translate) => (message?: string | null) => (message ? t(message as MessageKey) : null);

export function isLocale(value: unknown): value is Locale {
  return value === "zh" || value === "en";
}

export function translator(locale: Locale): Translate {
  const messages: Record<string, string> = catalogues[locale];
  return (key, vars) => {
    const template = messages[key] ?? catalogues.zh[key] ?? key;
    return vars
      ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
      : template;
  };
}

/** Keys present in Chinese but missing in English (used by a test). */
export function missingTranslations(): string[] {
  return Object.keys(catalogues.zh).filter((key) => !(key in catalogues.en));
}
