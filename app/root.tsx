import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorPage } from "~/components/error-page";
import { Layout as Frame, type LayoutUser } from "~/components/layout";
import { DEFAULT_LOCALE, type Locale } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import stylesheet from "~/styles/app.css?url";
import { unreadCount } from "~/models/inbox.server";
import { getUser } from "~/utils/auth.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, locale] = await Promise.all([getUser(request), getLocale(request)]);
  return {
    locale,
    user: user
      ? {
          id: user.id,
          name: user.name,
          role: user.role,
          jurisdictionSlug: user.jurisdictionSlug,
          unread: await unreadCount(user.id),
        }
      : null,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = data?.locale ?? DEFAULT_LOCALE;
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#a4161a" />
        <Meta />
        <Links />
      </head>
      <body>
        <Frame user={(data?.user as LayoutUser | null) ?? null}>{children}</Frame>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
