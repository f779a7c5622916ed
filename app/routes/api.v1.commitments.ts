import type { LoaderFunctionArgs } from "@remix-run/node";
import { commitmentsApi } from "~/handlers/public-api.server";
import { localized } from "~/handlers/localized.server";

/** Public read API: no sign-in; accepted commitments of published reports only. */
function handleLoader({ request }: LoaderFunctionArgs) {
  return commitmentsApi(request);
}

export const loader = localized(handleLoader);
