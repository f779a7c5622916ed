import type { LoaderFunctionArgs } from "@remix-run/node";
import { jurisdictionsApi } from "~/handlers/public-api.server";
import { localized } from "~/handlers/localized.server";

/** Public read API: no sign-in; published information only. */
function handleLoader({ request }: LoaderFunctionArgs) {
  return jurisdictionsApi(request);
}

export const loader = localized(handleLoader);
