import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadList } from "~/handlers/download.server";

/** Public: the filtered list as CSV (published information only). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return downloadList(request, params.slug, params.year, "csv");
}
