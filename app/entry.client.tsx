// Browser entry: load the page's language catalogue (and only that one), then hydrate.
import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { DEFAULT_LOCALE, LOCALE_TAGS, LOCALES, loadCatalogue } from "~/i18n";

const tag = document.documentElement.lang;
const locale = LOCALES.find((l) => LOCALE_TAGS[l] === tag) ?? DEFAULT_LOCALE;

void loadCatalogue(locale).then(() =>
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  }),
);
