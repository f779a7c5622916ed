import type { LoaderFunctionArgs } from "@remix-run/node";
import { embedPage } from "~/handlers/widget.server";
import { localized } from "~/handlers/endpoint.server";

/** Public: the embeddable score widget (an iframe page). */
function handleLoader({ request, params }: LoaderFunctionArgs) {
  return embedPage(request, params.slug);
}

export const loader = localized(handleLoader);
