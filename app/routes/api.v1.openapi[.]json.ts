import type { LoaderFunctionArgs } from "@remix-run/node";
import { openApiDocument } from "~/handlers/openapi.server";
import { publicOrigin, publicResource } from "~/utils/public.server";
import { localized } from "~/handlers/localized.server";

/** Public: the OpenAPI document of the read API. */
async function handleLoader({ request }: LoaderFunctionArgs) {
  const { headers } = await publicResource(request);
  return new Response(JSON.stringify(openApiDocument(publicOrigin(request)), null, 2), {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*" },
  });
}

export const loader = localized(handleLoader);
