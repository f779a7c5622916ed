// The edge of every resource route (API, downloads, feeds, widget): the one method guard and the one API
// error mapper. Error bodies carry a message key, written out here in the caller's language; a refusal
// (AppError, or a domain reading error) becomes `{ error, code, vars, …details }` with its status.
import { DEFAULT_LOCALE, type Locale } from "~/i18n";
import { requestLocale } from "~/i18n/locale.server";
import type { ApiArgs } from "~/utils/api.server";
import { asAppError, type AppError } from "~/utils/app-error";
import { errorBody, httpError, localizeError } from "~/utils/http.server";

type Handler<A> = (args: A) => Response | Promise<Response>;
type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export function localized<A extends { request: Request }>(handler: Handler<A>) {
  return async (args: A): Promise<Response> => {
    const locale = await requestLocale(args.request);
    try {
      return await localizeError(await handler(args), locale);
    } catch (error) {
      if (error instanceof Response) throw await localizeError(error, locale);
      const refusal = asAppError(error);
      if (refusal) return refusalResponse(refusal, locale);
      throw error;
    }
  };
}

/** An API endpoint as a table of methods: the route's loader and action both; other methods get 405. */
export function endpoint(methods: Partial<Record<Method, Handler<ApiArgs>>>) {
  const allowed = Object.keys(methods).join(", ");
  return localized(async (args: ApiArgs) => {
    const method = args.request.method.toUpperCase() === "HEAD" ? "GET" : args.request.method.toUpperCase();
    const handler = Object.hasOwn(methods, method) ? methods[method as Method] : undefined;
    if (!handler) throw httpError(405, "http.method", { allowed }, { Allow: allowed });
    return handler(args);
  });
}

function refusalResponse(refusal: AppError, locale: Locale): Promise<Response> {
  const body = { ...errorBody(DEFAULT_LOCALE, refusal.code, refusal.vars), ...refusal.details };
  return localizeError(Response.json(body, { status: refusal.status }), locale);
}
