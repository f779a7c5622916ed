// Translation: JSON message catalogues per locale and area (locales/<locale>/<area>.json), merged; `translate` fills {placeholders}.
import enCommon from "~/i18n/locales/en/common.json";
import enDeputy from "~/i18n/locales/en/deputy.json";
import enFollowup from "~/i18n/locales/en/followup.json";
import enLedger from "~/i18n/locales/en/ledger.json";
import enNav from "~/i18n/locales/en/nav.json";
import enPublic from "~/i18n/locales/en/public.json";
import zhCommon from "~/i18n/locales/zh/common.json";
import zhDeputy from "~/i18n/locales/zh/deputy.json";
import zhFollowup from "~/i18n/locales/zh/followup.json";
import zhLedger from "~/i18n/locales/zh/ledger.json";
import zhNav from "~/i18n/locales/zh/nav.json";
import zhPublic from "~/i18n/locales/zh/public.json";

export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh";

const catalogues = {
  zh: { ...zhCommon, ...zhNav, ...zhLedger, ...zhDeputy, ...zhPublic, ...zhFollowup },
  en: { ...enCommon, ...enNav, ...enLedger, ...enDeputy, ...enPublic, ...enFollowup } as Record<string, string>,
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
  const fallback: Record<string, string> = catalogues.zh;
  return (key, vars) => {
    const template = messages[key] ?? fallback[key] ?? key;
    return vars
      ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
      : template;
  };
}

/** Keys present in Chinese but missing in English (used by a test). */
export function missingTranslations(): string[] {
  return Object.keys(catalogues.zh).filter((key) => !(key in catalogues.en));
}
