// The page frame: skip link, header with navigation (a menu on a phone), language switch and account,
// footer; and where focus goes after a form is submitted.
import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Role } from "~/domain/vocab";
import type { Translate } from "~/i18n";
import { Zh } from "~/i18n/rich";
import { useLocale, useT } from "~/i18n/use-t";
import { navItemsFor, publicItems, type NavItem } from "~/components/nav-items";
import { useFocusAfterSubmit } from "~/components/use-focus-after-submit";

export interface LayoutUser {
  name: string;
  role: Role;
  unread?: number;
}

function NavLinks({ items, unread, t }: { items: NavItem[]; unread: number; t: Translate }) {
  return items.map((item) => (
    <NavLink key={item.to} to={item.to} end={item.to === "/" || item.to === "/ledger"}>
      {t(item.label)}
      {item.to === "/inbox" && unread > 0 ? (
        <>
          <span className="nav-count" aria-hidden="true">
            {unread > 99 ? "99+" : unread}
          </span>
          <span className="visually-hidden">{t("nav.unread", { count: unread })}</span>
        </>
      ) : null}
    </NavLink>
  ));
}

function LanguageSwitch({ here }: { here: string }) {
  const t = useT();
  const locale = useLocale();
  return (
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
  );
}

function AccountTools({ user, here }: { user: LayoutUser | null; here: string }) {
  const t = useT();
  const location = useLocation();
  if (!user) {
    return (
      <Link to={location.pathname === "/login" ? here : `/login?redirectTo=${encodeURIComponent(here)}`}>
        {t("nav.login")}
      </Link>
    );
  }
  return (
    <>
      <NavLink to="/account" title={t("nav.account")}>
        <span className="visually-hidden">{t("nav.account")}: </span>
        <Zh>{user.name}</Zh>
      </NavLink>
      <Form method="post" action="/logout">
        <button className="linklike" type="submit">
          {t("nav.logout")}
        </button>
      </Form>
    </>
  );
}

export function Layout({ user, children }: { user: LayoutUser | null; children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  useFocusAfterSubmit();
  const here = location.pathname + location.search;
  const items = navItemsFor(user?.role ?? null);
  const unread = user?.unread ?? 0;
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
          <nav className="site-nav wide-only" aria-label={t("nav.main")}>
            <NavLinks items={items} unread={unread} t={t} />
          </nav>
          <div className="header-tools wide-only">
            <LanguageSwitch here={here} />
            <AccountTools user={user} here={here} />
          </div>
          {/* A phone gets one menu button instead of a bar of links; <details> needs no script. */}
          <details className="phone-menu narrow-only" key={location.pathname}>
            <summary>
              {t("nav.menu")}
              {unread > 0 ? (
                <span className="nav-count" aria-label={t("nav.unread", { count: unread })}>
                  {unread > 99 ? "99+" : unread}
                </span>
              ) : null}
            </summary>
            <div className="phone-panel">
              <nav className="phone-nav" aria-label={t("nav.main")}>
                <NavLinks items={items} unread={unread} t={t} />
                {user ? <NavLinks items={publicItems()} unread={0} t={t} /> : null}
              </nav>
              <div className="phone-tools">
                <LanguageSwitch here={here} />
                <AccountTools user={user} here={here} />
              </div>
            </div>
          </details>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="inner">
          {t("app.name")} · {t("app.tagline")}
          {user ? (
            <span className="footer-links">
              {publicItems().map((item) => (
                <Link key={item.to} to={item.to}>
                  {t(item.label)}
                </Link>
              ))}
            </span>
          ) : null}
        </div>
      </footer>
    </>
  );
}
