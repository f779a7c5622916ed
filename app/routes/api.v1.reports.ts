import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { postReport } from "~/handlers/reports.server";
import { reportsApi } from "~/handlers/public-api.server";

/** Public read API: no sign-in; published reports only. */
export function loader({ request }: LoaderFunctionArgs) {
  return reportsApi(request);
}

/** POST (the ledger): import a report; guarded in its handler. */
export const action = ({ request }: ActionFunctionArgs) => postReport({ request });
