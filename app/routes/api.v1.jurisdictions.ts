import { endpoint } from "~/handlers/endpoint.server";
import { jurisdictionsApi } from "~/handlers/public-api.server";

/** Public read API: no sign-in; published information only. */
export const loader = endpoint({ GET: jurisdictionsApi });
