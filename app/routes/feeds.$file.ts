import type { LoaderFunctionArgs } from "@remix-run/node";
import { jurisdictionAtom } from "~/handlers/feeds.server";
import { localized } from "~/handlers/endpoint.server";

/** Public: Atom feed of a jurisdiction's published changes (/feeds/:slug.atom). */
function handleLoader({ request, params }: LoaderFunctionArgs) {
  return jurisdictionAtom(request, params.file);
}

export const loader = localized(handleLoader);
