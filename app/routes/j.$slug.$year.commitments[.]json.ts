import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadList } from "~/handlers/download.server";
import { localized } from "~/handlers/endpoint.server";

/** Public: the filtered list as JSON (published information only). */
function handleLoader({ request, params }: LoaderFunctionArgs) {
  return downloadList(request, params.slug, params.year, "json");
}

export const loader = localized(handleLoader);
