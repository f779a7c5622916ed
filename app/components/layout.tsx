// The page frame: skip link, header with navigation, language switch and account, footer.
import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Role } from "~/domain/vocab";
import { rich, Zh } from "~/i18n/rich";
import { useLocale, useT } from "~/i18n/use-t";
import { navItemsFor } from "~/components/nav-items";

export interface LayoutUser {
  name: string;
  role: Role;
}

export function Layout({ user, children }: { user: LayoutUser | null; children: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const here = location.pathname + location.search;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <div className="inner">
          <Link to="/" className="brand">
            {t("app.name")}
            <small>{t("app.tagline")}</small>
          </Link>
          <nav className="site-nav" aria-label={t("nav.main")}>
            {navItemsFor(user?.role ?? null).map((item) => (
              <NavLink key={item.to} to={item.to} end={item.to === "/"}>
                {t(item.label)}
              </NavLink>
            ))}
          </nav>
          <div className="header-tools">
            <Form method="post" action="/lang" aria-label={t("nav.language")}>
              <input type="hidden" name="redirectTo" value={here} />
              <button
                className="linklike"
                type="submit"
                name="lang"
                value={locale === "zh" ? "en" : "zh"}
                lang={locale === "zh" ? "en" : "zh"}
              >
                {locale === "zh" ? t("lang.en") : t("lang.zh")}
              </button>
            </Form>
            {user ? (
              <>
                <span>{rich(t, "nav.signedInAs", { name: <Zh>{user.name}</Zh> })}</span>
                <Form method="post" action="/logout">
                  <button className="linklike" type="submit">
                    {t("nav.logout")}
                  </button>
                </Form>
              </>
            ) : (
              <Link to={location.pathname === "/login" ? here : `/login?redirectTo=${encodeURIComponent(here)}`}>
                {t("nav.login")}
              </Link>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="inner">
          {t("app.name")} · {t("app.tagline")}
        </div>
      </footer>
    </>
  );
}
