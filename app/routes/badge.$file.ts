import type { LoaderFunctionArgs } from "@remix-run/node";
import { badgeSvg } from "~/handlers/widget.server";
import { localized } from "~/handlers/endpoint.server";

/** Public: an SVG badge of a jurisdiction's latest score (/badge/:slug.svg). */
function handleLoader({ request, params }: LoaderFunctionArgs) {
  return badgeSvg(request, params.file);
}

export const loader = localized(handleLoader);
