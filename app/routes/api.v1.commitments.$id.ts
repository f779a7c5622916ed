import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { patchCommitment } from "~/handlers/commitments.server";
import { commitmentApi } from "~/handlers/public-api.server";
import { localized } from "~/handlers/localized.server";

/** Public read API: no sign-in; the public item only (404 for anything unpublished). */
function handleLoader({ request, params }: LoaderFunctionArgs) {
  return commitmentApi(request, params.id);
}

/** PATCH (the ledger): guarded in its handler. */
const handleAction = ({ request, params }: ActionFunctionArgs) => patchCommitment({ request, params });

export const loader = localized(handleLoader);
export const action = localized(handleAction);
