import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { postReport } from "~/handlers/reports.server";
import { reportsApi } from "~/handlers/public-api.server";
import { localized } from "~/handlers/localized.server";

/** Public read API: no sign-in; published reports only. */
function handleLoader({ request }: LoaderFunctionArgs) {
  return reportsApi(request);
}

/** POST (the ledger): import a report; guarded in its handler. */
const handleAction = ({ request }: ActionFunctionArgs) => postReport({ request });

export const loader = localized(handleLoader);
export const action = localized(handleAction);
