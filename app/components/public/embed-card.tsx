// The embeddable widget's whole document (rendered to static HTML, no scripts, inline styles only).
import type { Status } from "~/domain/vocab";
import type { Locale, Translate } from "~/i18n";

const TONES: Record<Status, string> = {
  not_started: "#a8a29e",
  in_progress: "#1d6fd1",
  done: "#5aa66f",
  verified: "#1b6e3a",
  partial: "#c98a00",
  missed: "#a4161a",
  changed: "#6b5b95",
};

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
  statuses: { key: Status; label: string; count: number }[];
}) {
  const { t, kept } = props;
  const total = props.statuses.reduce((n, s) => n + s.count, 0);
  return (
    <html lang={props.locale === "zh" ? "zh-CN" : "en"}>
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
            {props.name}
            {props.year ? ` ${props.year}` : ""}
          </h1>
          {kept && kept.total > 0 ? (
            <>
              <div>
                <span className="big">{t("public.embed.kept", { percent: kept.percent })}</span>
              </div>
              <div>{t("public.embed.ofTotal", { kept: kept.count, total: kept.total })}</div>
              <div className="bar" aria-hidden="true">
                {props.statuses
                  .filter((s) => s.count > 0)
                  .map((s) => (
                    <span key={s.key} style={{ width: `${(s.count / total) * 100}%`, background: TONES[s.key] }} />
                  ))}
              </div>
              <ul>
                {props.statuses
                  .filter((s) => s.count > 0)
                  .map((s) => (
                    <li key={s.key}>
                      <i style={{ background: TONES[s.key] }} />
                      {s.label} {s.count}
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
