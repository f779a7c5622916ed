// HTTP validators for public resources: a weak ETag from what the answer depends on, and 304s.
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

export const RESOURCE_CACHE_CONTROL = "public, max-age=60, must-revalidate";

/**
 * The validators of a public GET resource: the ETag covers the URL, the data version and the day
 * (lights and overdue change with it), plus anything else the answer depends on (`extra`). Throws
 * a 304 when the client already has this version.
 */
export function validate(
  request: Request,
  options: { version: string; today: Date; extra?: readonly string[] },
): { etag: string; headers: Record<string, string> } {
  const url = new URL(request.url);
  const etag = etagOf(
    url.pathname + url.search,
    options.version,
    options.today.toISOString().slice(0, 10),
    ...(options.extra ?? []),
  );
  const headers = { ETag: etag, "Cache-Control": RESOURCE_CACHE_CONTROL };
  if (
    (request.method === "GET" || request.method === "HEAD") &&
    matchesEtag(request.headers.get("If-None-Match"), etag)
  )
    throw new Response(null, { status: 304, headers });
  return { etag, headers };
}
