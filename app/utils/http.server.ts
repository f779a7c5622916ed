// HTTP errors for loaders and actions. A thrown JSON Response serves both worlds: resource
// routes (the API) answer it as is, and pages render it in the error boundary by status.
// The body carries a message key (`code`) and its values; `error` is its text, in Chinese until
// `localizeError` (at the edge, where the request's language is known) writes it in another.
import { errorMessage, readErrorBody, type ErrorVars } from "~/i18n/errors";
import { DEFAULT_LOCALE, translator, type Locale, type MessageKey } from "~/i18n";

export type { ErrorVars };

export interface ErrorBody {
  error: string;
  code: MessageKey;
  vars?: ErrorVars;
}

export function errorBody(locale: Locale, code: MessageKey, vars?: ErrorVars): ErrorBody {
  return { error: errorMessage(translator(locale), { code, vars }), code, ...(vars ? { vars } : {}) };
}

export function httpError(status: number, code: MessageKey, vars?: ErrorVars, headers?: HeadersInit): Response {
  return Response.json(errorBody(DEFAULT_LOCALE, code, vars), { status, headers });
}

export function notFound(code: MessageKey = "http.notFound", vars?: ErrorVars): Response {
  return httpError(404, code, vars);
}

export function forbidden(code: MessageKey = "http.forbidden"): Response {
  return httpError(403, code);
}

export function badRequest(code: MessageKey, vars?: ErrorVars): Response {
  return httpError(400, code, vars);
}

/** The same error response with its text in the given language (other responses unchanged). */
export async function localizeError(response: Response, locale: Locale): Promise<Response> {
  if (response.status < 400 || locale === DEFAULT_LOCALE) return response;
  if (!(response.headers.get("Content-Type") ?? "").includes("application/json")) return response;
  const original: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const body = readErrorBody(original);
  if (!body) return response;
  const headers = new Headers(response.headers);
  headers.delete("Content-Length");
  headers.set("Content-Language", locale);
  // Other fields of the body (the current version of a 409, say) stay as they are.
  return Response.json(
    { ...(original as object), ...errorBody(locale, body.code, body.vars) },
    { status: response.status, headers },
  );
}
