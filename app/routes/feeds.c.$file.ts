import type { LoaderFunctionArgs } from "@remix-run/node";
import { itemAtom } from "~/handlers/feeds.server";

/** Public: Atom feed of one promise's published changes (/feeds/c/:id.atom). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return itemAtom(request, params.file);
}
