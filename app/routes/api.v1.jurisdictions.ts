import type { LoaderFunctionArgs } from "@remix-run/node";
import { jurisdictionsApi } from "~/handlers/public-api.server";

/** Public read API: no sign-in; published information only. */
export function loader({ request }: LoaderFunctionArgs) {
  return jurisdictionsApi(request);
}
