// app/components/link.tsx draws links on the server without the router: it must draw exactly what
// Remix's Link and NavLink draw, for every kind of `to` and prop it takes on, and hand the rest back.
import { Link as RemixLink, NavLink as RemixNavLink } from "@remix-run/react";
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { Link, NavLink, plainHref } from "~/components/link";

type Props = Record<string, unknown>;

/** Each element drawn with the given components, on a page at `url` (a route with a parameter). */
async function draw(url: string, links: [ComponentType<Props>, Props][]): Promise<string> {
  const page = () => createElement("div", null, ...links.map(([component, props]) => createElement(component, props)));
  const routes = [
    { id: "root", path: "/", children: [{ id: "page", path: "ledger/c/:id", Component: page }] },
    { id: "index", path: "/", index: true, Component: page },
  ];
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(`http://localhost${url}`));
  if (context instanceof Response) throw new Error("unexpected response");
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(createElement(StaticRouterProvider, { router, context, hydrate: false }));
}

const PLAIN: Props[] = [
  { to: "/ledger/c/12", children: "item" },
  { to: "/ledger/c/12?year=2024&dept=3", lang: "zh", children: "query" },
  { to: "/review/4?focus=7#q-7", className: "x", title: "t", children: "hash" },
  { to: "/a?", children: "empty query" },
  { to: "/a#", children: "empty hash" },
  { to: "/trailing/", children: "slash" },
  { to: "/", children: "root" },
  { to: "?page=2", children: "query here" },
  { to: "?open=edit-5#item-5", preventScrollReset: true, replace: true, children: "options" },
  { to: "/x", target: "_blank", rel: "noopener", children: "target" },
  { to: "/ledger?year=2024", children: "query" },
  { to: "/x", prefetch: "none", style: { color: "red" }, "aria-label": "x", children: "style" },
  { to: "/中文/路径", children: "unicode" },
];
/** Handed to the router: relative paths, full URLs, switched discovery or reloading, prefetching. */
const ROUTED: Props[] = [
  { to: "edit", children: "relative" },
  { to: "../up", children: "up" },
  { to: "https://example.cn/x", children: "full" },
  { to: "//example.cn/x", children: "protocol-relative" },
  { to: "/x", discover: "none", children: "no discovery" },
  { to: "/x", reloadDocument: true, children: "reload" },
  { to: "/x", prefetch: "intent", children: "prefetch" },
  { to: { pathname: "/x", search: "?y=1" }, children: "object" },
];
const LINKS = [...PLAIN, ...ROUTED];

const NAV_LINKS: Props[] = [
  { to: "/ledger", end: true, children: "exact" },
  { to: "/ledger", children: "prefix" },
  { to: "/ledger/c", children: "deeper prefix" },
  { to: "/ledger/c/12", children: "this page" },
  { to: "/LEDGER/C/12", children: "case" },
  { to: "/LEDGER/C/12", caseSensitive: true, children: "case-sensitive" },
  { to: "/ledger/", children: "trailing slash" },
  { to: "/", end: true, children: "home" },
  { to: "/", children: "home, not end" },
  { to: "/led", children: "not a segment" },
  { to: "/account", title: "账号", className: "me", children: "class" },
  { to: "/ledger", "aria-current": "location", children: "own aria-current" },
  { to: "/inbox", style: { color: "red" }, children: "style" },
  { to: "/ledger?year=2024", children: "query" },
  // Handed to the router.
  { to: "/ledger", className: ({ isActive }: { isActive: boolean }) => (isActive ? "on" : "off"), children: "fn" },
  { to: "c", children: "relative" },
];

describe("links drawn on the server", () => {
  const cases = [
    ["Link", Link, RemixLink, LINKS],
    ["NavLink", NavLink, RemixNavLink, NAV_LINKS],
  ] as const;
  for (const url of ["/ledger/c/12", "/ledger/c/12?year=2024", "/ledger/c/12/", "/"]) {
    for (const [name, ours, theirs, links] of cases) {
      it(`draws what Remix's ${name} draws, at ${url}`, async () => {
        const html = await draw(
          url,
          links.map((props) => [ours as never, props]),
        );
        expect(html).toBe(
          await draw(
            url,
            links.map((props) => [theirs as never, props]),
          ),
        );
        expect(html).toContain('href="/ledger?year=2024"');
      });
    }
  }

  it("draws plainly all but what only the router can draw", () => {
    for (const props of PLAIN) expect(plainHref(props.to as string, "/here", props)).not.toBeNull();
    for (const props of ROUTED) expect(plainHref(props.to as string, "/here", props)).toBeNull();
  });

  it("is not the router's own component on the server", () => {
    expect(Link).not.toBe(RemixLink);
    expect(NavLink).not.toBe(RemixNavLink);
  });
});
