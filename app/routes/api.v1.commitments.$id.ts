import type { LoaderFunctionArgs } from "@remix-run/node";
import { commitmentApi } from "../handlers/public-api.server";

/** Public read API: no sign-in; the public item only (404 for anything unpublished). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return commitmentApi(request, params.id);
}
