// Resource routes (API, downloads, feeds, widget) answer errors in the caller's language: the error
// bodies carry a message key, written out here, at the edge, once the request's language is known.
import { requestLocale } from "~/i18n/locale.server";
import { localizeError } from "~/utils/http.server";

export function localized<A extends { request: Request }>(handler: (args: A) => Response | Promise<Response>) {
  return async (args: A): Promise<Response> => {
    const locale = await requestLocale(args.request);
    try {
      return await localizeError(await handler(args), locale);
    } catch (error) {
      if (error instanceof Response) throw await localizeError(error, locale);
      throw error;
    }
  };
}
