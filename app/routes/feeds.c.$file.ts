import type { LoaderFunctionArgs } from "@remix-run/node";
import { itemAtom } from "~/handlers/feeds.server";
import { localized } from "~/handlers/endpoint.server";

/** Public: Atom feed of one promise's published changes (/feeds/c/:id.atom). */
function handleLoader({ request, params }: LoaderFunctionArgs) {
  return itemAtom(request, params.file);
}

export const loader = localized(handleLoader);
