// Downloads, feed, embed code and print for a jurisdiction's year.
import { useT } from "~/i18n/use-t";

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
  const iframe = `<iframe src="${origin}/embed/j/${slug}" title="${name}" width="320" height="200" style="border:0" loading="lazy"></iframe>`;
  const badge = `<a href="${origin}/j/${slug}"><img src="${origin}/badge/${slug}.svg" alt="${name}"></a>`;
  return (
    <section className="card no-print" aria-labelledby="open-data">
      <h2 id="open-data">{t("public.sc.openData")}</h2>
      <ul className="link-list">
        <li>
          <a href={`/j/${slug}/${year}/commitments.csv`} download>
            {t("public.download.csv")}
          </a>
        </li>
        <li>
          <a href={`/j/${slug}/${year}/commitments.json`} download>
            {t("public.download.json")}
          </a>
        </li>
        <li>
          <a href={`/feeds/${slug}.atom`} type="application/atom+xml">
            {t("public.feed.subscribe")}
          </a>
        </li>
        <li>
          <a href="/api/docs">{t("public.docs.title")}</a>
        </li>
      </ul>
      <h3>{t("public.embed.title")}</h3>
      <label htmlFor="embed-iframe">{t("public.embed.intro", { name })}</label>
      <textarea id="embed-iframe" className="code" readOnly rows={3} value={iframe} />
      <label htmlFor="embed-badge">{t("public.embed.badge")}</label>
      <textarea id="embed-badge" className="code" readOnly rows={2} value={badge} />
      <p>
        <img src={`/badge/${slug}.svg`} alt={`${name} · ${t("public.embed.badgeLabel")}`} height={22} />
      </p>
    </section>
  );
}
