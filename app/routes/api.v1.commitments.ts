import type { LoaderFunctionArgs } from "@remix-run/node";
import { commitmentsApi } from "~/handlers/public-api.server";

/** Public read API: no sign-in; accepted commitments of published reports only. */
export function loader({ request }: LoaderFunctionArgs) {
  return commitmentsApi(request);
}
