import { endpoint } from "~/handlers/endpoint.server";
import { openApiJson } from "~/handlers/openapi.server";

/** Public: the OpenAPI document of the read API. */
export const loader = endpoint({ GET: openApiJson });
