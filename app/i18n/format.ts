// Dates and numbers for people, through Intl, in China's time zone so that server and browser agree.
import { LOCALE_TAGS, type Locale } from "~/i18n/index";

export const TIME_ZONE = "Asia/Shanghai";

export interface Formatters {
  /** A calendar day: 2025年3月1日 / Mar 1, 2025. */
  date: (value: Date | string | null | undefined) => string;
  /** A day and time to the minute. */
  dateTime: (value: Date | string | null | undefined) => string;
  number: (value: number) => string;
  /** A share 0–1 as a whole percentage. */
  percent: (share: number) => string;
}

const cache = new Map<Locale, Formatters>();

const toDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

export function formatters(locale: Locale): Formatters {
  const cached = cache.get(locale);
  if (cached) return cached;
  const tag = LOCALE_TAGS[locale];
  const day = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: TIME_ZONE });
  const minute = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE });
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 4 });
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 });
  const made: Formatters = {
    date: (value) => (value ? day.format(toDate(value)) : ""),
    dateTime: (value) => (value ? minute.format(toDate(value)) : ""),
    number: (value) => number.format(value),
    percent: (share) => percent.format(share),
  };
  cache.set(locale, made);
  return made;
}
