import type { LoaderFunctionArgs } from "@remix-run/node";
import { badgeSvg } from "~/handlers/widget.server";

/** Public: an SVG badge of a jurisdiction's latest score (/badge/:slug.svg). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return badgeSvg(request, params.file);
}
