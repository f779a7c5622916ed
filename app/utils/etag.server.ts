// HTTP validators for public pages and the API: a weak ETag from what the response depends on, and 304s.
import { createHash } from "node:crypto";

/** A weak ETag (the same content may be compressed differently) from the parts it depends on. */
export function etagOf(...parts: readonly (string | number | null | undefined)[]): string {
  const hash = createHash("sha256")
    .update(parts.map((p) => String(p ?? "")).join("\u0000"))
    .digest("base64url")
    .slice(0, 27);
  return `W/"${hash}"`;
}

/** Whether an If-None-Match header (a list, `*`, weak or strong tags) matches the tag (weak comparison). */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** Pages depend on the visitor (language, account) through cookies; API answers do not. */
export const PAGE_CACHE_CONTROL = "private, no-cache";
export const API_CACHE_CONTROL = "public, max-age=60, must-revalidate";

export interface Validators {
  etag: string;
  headers: Record<string, string>;
}

/**
 * The validators of a public GET: the ETag covers the URL, the data version, the day (lights and
 * overdue change with it), and for pages the cookies (language, who is signed in). Throws a 304
 * when the client already has this version.
 */
export function validate(
  request: Request,
  options: { version: string; today: Date; kind: "page" | "api"; extra?: readonly string[] },
): Validators {
  const url = new URL(request.url);
  const cookie = options.kind === "page" ? (request.headers.get("Cookie") ?? "") : "";
  const etag = etagOf(
    options.kind,
    url.pathname + url.search,
    options.version,
    options.today.toISOString().slice(0, 10),
    cookie,
    ...(options.extra ?? []),
  );
  const headers: Record<string, string> = {
    ETag: etag,
    "Cache-Control": options.kind === "page" ? PAGE_CACHE_CONTROL : API_CACHE_CONTROL,
  };
  if (options.kind === "page") headers.Vary = "Cookie";
  if (request.method === "GET" || request.method === "HEAD") {
    if (matchesEtag(request.headers.get("If-None-Match"), etag)) throw new Response(null, { status: 304, headers });
  }
  return { etag, headers };
}
