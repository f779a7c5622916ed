import { endpoint } from "~/handlers/endpoint.server";
import { reportsApi } from "~/handlers/public-api.server";
import { postReport } from "~/handlers/reports.server";

/** GET: published reports, no sign-in; POST: import a report (the ledger), guarded in its handler. */
export const loader = endpoint({ GET: reportsApi, POST: postReport });
export const action = loader;
