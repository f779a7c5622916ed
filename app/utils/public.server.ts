// Plumbing of the public pages and open data: absolute URLs, year parameters, validators.
import { getEnv } from "~/utils/env.server";
import { validate } from "~/utils/etag.server";
import { notFound } from "~/utils/http.server";
import { dataVersion } from "~/models/public/version.server";

/**
 * The site's absolute origin for feeds, share links, embed codes and the API: PUBLIC_URL, else the
 * address the server listens on. Never the request's Host: one request with `Host: evil.example`
 * would otherwise put evil.example into pages that are cached and shown to everyone. (The request
 * is taken only so that every call site reads the same; it is not used.)
 */
export function publicOrigin(_request?: Request): string {
  const { PUBLIC_URL, HOST, PORT } = getEnv();
  if (PUBLIC_URL) return new URL(PUBLIC_URL).href.replace(/\/+$/, "");
  const host = HOST === "0.0.0.0" || HOST === "::" ? "127.0.0.1" : HOST.includes(":") ? `[${HOST}]` : HOST;
  return `http://${host}:${PORT}`;
}

/** A :year route parameter (four digits) or 404. */
export function yearParam(value: string | undefined): number {
  if (!value || !/^\d{4}$/.test(value)) throw notFound();
  return Number(value);
}

/**
 * Public pages need no sign-in and read only published information (app/models/public). Their
 * ETag and 304 come from app/entry.server.tsx (a hash of the rendered document); the data version
 * here keys the memoised aggregates.
 */
export async function publicPage(): Promise<{ today: Date; version: string }> {
  return { today: new Date(), version: await dataVersion() };
}

/**
 * Public resources (API, downloads, feeds, widget): no sign-in, published information only, and an
 * ETag from the data version, checked before any work — a current If-None-Match gets a 304.
 */
export async function publicResource(
  request: Request,
  extra?: readonly string[],
): Promise<{ today: Date; version: string; headers: Record<string, string> }> {
  const { today, version } = await publicPage();
  return { today, version, headers: validate(request, { version, today, extra }).headers };
}
