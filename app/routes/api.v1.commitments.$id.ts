import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { patchCommitment } from "~/handlers/commitments.server";
import { commitmentApi } from "~/handlers/public-api.server";

/** Public read API: no sign-in; the public item only (404 for anything unpublished). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return commitmentApi(request, params.id);
}

/** PATCH (the ledger): guarded in its handler. */
export const action = ({ request, params }: ActionFunctionArgs) => patchCommitment({ request, params });
