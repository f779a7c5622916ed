import { Form } from "@remix-run/react";
import { rich, Zh } from "~/i18n/rich";
import { useT } from "~/i18n/use-t";

/** The search box: on the home page and at the top of the results. */
export function SearchForm({ q = "" }: { q?: string }) {
  const t = useT();
  return (
    <Form method="get" action="/search" role="search" className="search-form no-print">
      <label htmlFor="site-search">{t("public.search.label")}</label>
      <div className="row">
        <input id="site-search" type="search" name="q" defaultValue={q} maxLength={100} aria-describedby="site-search-hint" />
        <button type="submit">{t("public.search.submit")}</button>
      </div>
      <p id="site-search-hint" className="muted small">
        {rich(t, "public.search.hint", { a: <Zh>教育</Zh>, b: <Zh>养老</Zh> })}
      </p>
    </Form>
  );
}
