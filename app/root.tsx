import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ClientLoaderFunctionArgs } from "@remix-run/react";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { ErrorPage } from "~/components/error-page";
import { Layout as Frame, type LayoutUser } from "~/components/layout";
import { DEFAULT_LOCALE, LOCALE_TAGS, loadCatalogue, type Locale } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import stylesheet from "~/styles/app.css?url";
import { unreadCount } from "~/models/inbox.server";
import { getUser } from "~/utils/auth.server";
import { pageMeta } from "~/utils/meta";

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
          unread: user.unread ?? (await unreadCount(user.id)),
        }
      : null,
  };
}

/** The title of the error page (a route's own meta is not used when its loader failed). */
export const meta: MetaFunction = ({ error, matches }) => {
  if (!error) return pageMeta(matches, { key: "app.tagline" });
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return pageMeta(matches, { key: status === 404 ? "error.404" : status === 403 ? "error.403" : "error.title" });
};

/** After a navigation that changed the language, load its catalogue before the page renders. */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const data = await serverLoader<typeof loader>();
  await loadCatalogue(data.locale);
  return data;
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = data?.locale ?? DEFAULT_LOCALE;
  // Says the page's scripts have taken over (the browser tests wait for it before they click).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return (
    <html lang={LOCALE_TAGS[locale]}>
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
