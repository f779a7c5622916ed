import type { LoaderFunctionArgs } from "@remix-run/node";
import { jurisdictionAtom } from "~/handlers/feeds.server";

/** Public: Atom feed of a jurisdiction's published changes (/feeds/:slug.atom). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return jurisdictionAtom(request, params.file);
}
