import type { LoaderFunctionArgs } from "@remix-run/node";
import { embedPage } from "~/handlers/widget.server";

/** Public: the embeddable score widget (an iframe page). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return embedPage(request, params.slug);
}
