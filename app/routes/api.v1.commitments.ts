import { endpoint } from "~/handlers/endpoint.server";
import { commitmentsApi } from "~/handlers/public-api.server";

/** Public read API: no sign-in; accepted commitments of published reports only. */
export const loader = endpoint({ GET: commitmentsApi });
