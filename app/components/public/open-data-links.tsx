// Downloads, feed, embed code and print for a jurisdiction's year.
import { rich, Zh } from "~/i18n/rich";
import { useLocale, useT } from "~/i18n/use-t";

export function OpenDataLinks({
  slug,
  name,
  year,
  origin,
}: {
  slug: string;
  name: string;
  year: number;
  origin: string;
}) {
  const t = useT();
  const locale = useLocale();
  // Downloads, feeds and the widget speak the page's language (Chinese needs no parameter).
  const lang = locale === "zh" ? "" : `?lang=${locale}`;
  const iframe = `<iframe src="${origin}/embed/j/${slug}${lang}" title="${name}" width="320" height="200" style="border:0" loading="lazy"></iframe>`;
  const badge = `<a href="${origin}/j/${slug}"><img src="${origin}/badge/${slug}.svg${lang}" alt="${name}"></a>`;
  return (
    <section className="card no-print" aria-labelledby="open-data">
      <h2 id="open-data">{t("public.sc.openData")}</h2>
      <ul className="link-list">
        <li>
          <a href={`/j/${slug}/${year}/commitments.csv${lang}`} download>
            {t("public.download.csv")}
          </a>
        </li>
        <li>
          <a href={`/j/${slug}/${year}/commitments.json${lang}`} download>
            {t("public.download.json")}
          </a>
        </li>
        <li>
          <a href={`/feeds/${slug}.atom${lang}`} type="application/atom+xml">
            {t("public.feed.subscribe")}
          </a>
        </li>
        <li>
          <a href="/api/docs">{t("public.docs.title")}</a>
        </li>
      </ul>
      <h3>{t("public.embed.title")}</h3>
      <label htmlFor="embed-iframe">{rich(t, "public.embed.intro", { name: <Zh>{name}</Zh> })}</label>
      <textarea id="embed-iframe" className="code" readOnly rows={3} value={iframe} />
      <label htmlFor="embed-badge">{t("public.embed.badge")}</label>
      <textarea id="embed-badge" className="code" readOnly rows={2} value={badge} />
      <p>
        <img src={`/badge/${slug}.svg${lang}`} alt={t("public.embed.badgeLabel")} height={22} />
      </p>
    </section>
  );
}
