// The embeddable widget's whole document (rendered to static HTML, no scripts, inline styles only).
import type { AssessmentKey } from "~/domain/public/assessment";
import { LOCALE_TAGS, type Locale, type Translate } from "~/i18n";

const css = `
body{margin:0;font:14px/1.5 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1c1b19;background:#fff}
main{padding:12px 14px;border:1px solid #d6d3cd;border-radius:8px}
h1{font-size:15px;margin:0 0 4px}
.big{font-size:28px;font-weight:700;color:#a4161a}
.bar{display:flex;height:10px;border-radius:5px;overflow:hidden;background:#ecebe8;margin:6px 0}
ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:2px 10px;font-size:12px}
i{display:inline-block;width:8px;height:8px;border-radius:2px;margin-right:3px}
a{color:#0b4f8a}
`;

export function EmbedCard(props: {
  t: Translate;
  locale: Locale;
  name: string;
  year: number | null;
  href: string;
  kept: { count: number; total: number; percent: number } | null;
  /** The public assessments and their counts (the same words and colours as every other page). */
  assessments: { key: AssessmentKey; label: string; colour: string; count: number }[];
}) {
  const { t, kept } = props;
  const shown = props.assessments.filter((a) => a.count > 0);
  const total = shown.reduce((n, a) => n + a.count, 0);
  return (
    <html lang={LOCALE_TAGS[props.locale]}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.name} · ${t("app.name")}`}</title>
        {/* A constant of this file, not user text. */}
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <main>
          <h1>
            <span lang="zh">{props.name}</span>
            {props.year ? ` ${props.year}` : ""}
          </h1>
          {kept && kept.total > 0 ? (
            <>
              <div>
                <span className="big">{t("public.embed.kept", { percent: kept.percent })}</span>
              </div>
              <div>{t("public.embed.ofTotal", { kept: kept.count, total: kept.total })}</div>
              <div className="bar" aria-hidden="true">
                {shown.map((a) => (
                  <span key={a.key} style={{ width: `${(a.count / total) * 100}%`, background: a.colour }} />
                ))}
              </div>
              <ul>
                {shown.map((a) => (
                  <li key={a.key} data-assessment={a.key}>
                    <i style={{ background: a.colour }} />
                    {a.label} {a.count}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t("public.embed.noData")}</p>
          )}
          <p>
            <a href={props.href} target="_blank" rel="noopener">
              {t("public.embed.open")}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
