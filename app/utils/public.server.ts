// Plumbing of the public pages and open data: absolute URLs, year parameters, validators.
import { getEnv } from "./env.server";
import { validate, type Validators } from "./etag.server";
import { notFound } from "./http.server";
import { dataVersion } from "../models/public/version.server";

/** The site's absolute origin for feeds, share links and embed codes (PUBLIC_URL, else the request's). */
export function publicOrigin(request: Request): string {
  const configured = getEnv().PUBLIC_URL;
  return (configured ?? new URL(request.url).origin).replace(/\/+$/, "");
}

/** A :year route parameter (four digits) or 404. */
export function yearParam(value: string | undefined): number {
  if (!value || !/^\d{4}$/.test(value)) throw notFound();
  return Number(value);
}

export interface PublicRequest extends Validators {
  today: Date;
  version: string;
}

/**
 * Every public loader starts here: no sign-in is needed, and only published information is read
 * (app/models/public). Answers 304 when the client has the current version.
 */
export async function publicRequest(
  request: Request,
  kind: "page" | "api",
  extra?: readonly string[],
): Promise<PublicRequest> {
  const today = new Date();
  const version = await dataVersion();
  return { today, version, ...validate(request, { version, today, kind, extra }) };
}
