import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportsApi } from "../handlers/public-api.server";

/** Public read API: no sign-in; published reports only. */
export function loader({ request }: LoaderFunctionArgs) {
  return reportsApi(request);
}
