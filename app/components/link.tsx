// Remix's Link and NavLink, drawn on the server as the plain <a> they render to. For every link the real
// components resolve the path against the matched routes and set up navigation and prefetching, about
// 20 µs each: on a signed-in page of a hundred links that was a tenth of its server time, and none of
// it shows in the HTML. In the browser they are the real components, hydrating the same markup;
// tests/unit/link.test.tsx checks that both draw the same HTML.
import {
  Link as RemixLink,
  NavLink as RemixNavLink,
  useLocation,
  type LinkProps,
  type NavLinkProps,
} from "@remix-run/react";
import { forwardRef, type ForwardedRef } from "react";

/** What the router's Link takes for itself rather than drawing it onto the <a>. */
const ROUTER_PROPS = new Set([
  "to",
  "prefetch",
  "discover",
  "onClick",
  "relative",
  "reloadDocument",
  "replace",
  "state",
  "target",
  "preventScrollReset",
  "viewTransition",
]);
/** What NavLink takes for itself. */
const NAV_PROPS = new Set(["aria-current", "caseSensitive", "className", "end", "style", "children"]);

/**
 * The href the router draws for `to` on this location, or null when only the router can say: an
 * absolute path ("/c/12?x#y") or a query on this page ("?page=2"); not a relative path, a full URL,
 * or a link the router draws differently (another base, discovery or reloading switched).
 */
export function plainHref(to: LinkProps["to"], pathname: string, props: object): string | null {
  if (typeof to !== "string" || !(to.startsWith("/") || to.startsWith("?")) || to.startsWith("//")) return null;
  if ("relative" in props || "reloadDocument" in props || "discover" in props) return null;
  const prefetch = (props as { prefetch?: string }).prefetch;
  if (prefetch !== undefined && prefetch !== "none") return null;
  const hashAt = to.indexOf("#");
  const hash = hashAt < 0 ? "" : to.slice(hashAt);
  const rest = hashAt < 0 ? to : to.slice(0, hashAt);
  const searchAt = rest.indexOf("?");
  const search = searchAt < 0 ? "" : rest.slice(searchAt);
  const path = searchAt < 0 ? rest : rest.slice(0, searchAt);
  return (path || pathname) + (search === "?" ? "" : search) + (hash === "#" ? "" : hash);
}

/** The props the router would draw onto the <a>, in its order. */
function drawnProps(props: Record<string, unknown>, skip: Set<string>) {
  const drawn: Record<string, unknown> = {};
  for (const key of Object.keys(props)) if (!ROUTER_PROPS.has(key) && !skip.has(key)) drawn[key] = props[key];
  return drawn;
}

const NONE = new Set<string>();

const ServerLink = forwardRef(function ServerLink(props: LinkProps, ref: ForwardedRef<HTMLAnchorElement>) {
  const { pathname } = useLocation();
  const href = plainHref(props.to, pathname, props);
  if (href === null) return <RemixLink {...props} ref={ref} />;
  return <a {...drawnProps(props as never, NONE)} data-discover="true" href={href} target={props.target} />;
});

const ServerNavLink = forwardRef(function ServerNavLink(props: NavLinkProps, ref: ForwardedRef<HTMLAnchorElement>) {
  const location = useLocation();
  const href = plainHref(props.to, location.pathname, props);
  const { className = "", style, children, end = false, caseSensitive = false } = props;
  if (href === null || typeof className === "function" || typeof style === "function" || typeof children === "function")
    return <RemixNavLink {...props} ref={ref} />;
  // The router's test, on the path as a URL encodes it (without the base: there is none).
  let to = new URL(href, "http://localhost").pathname;
  let here = location.pathname;
  if (!caseSensitive) [to, here] = [to.toLowerCase(), here.toLowerCase()];
  const slashAt = to !== "/" && to.endsWith("/") ? to.length - 1 : to.length;
  const active = here === to || (!end && here.startsWith(to) && here.charAt(slashAt) === "/");
  return (
    <a
      {...drawnProps(props as never, NAV_PROPS)}
      data-discover="true"
      aria-current={active ? (props["aria-current"] ?? "page") : undefined}
      className={[className, active ? "active" : null].filter(Boolean).join(" ")}
      style={style}
      href={href}
      target={props.target}
    >
      {children}
    </a>
  );
});

const onServer = typeof document === "undefined";

/** Remix's Link (app/components/link.tsx says why it is drawn plainly on the server). */
export const Link: typeof RemixLink = onServer ? (ServerLink as typeof RemixLink) : RemixLink;
/** Remix's NavLink (app/components/link.tsx says why it is drawn plainly on the server). */
export const NavLink: typeof RemixNavLink = onServer ? (ServerNavLink as typeof RemixNavLink) : RemixNavLink;
