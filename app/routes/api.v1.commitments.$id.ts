import type { ActionFunctionArgs } from "@remix-run/node";
import { patchCommitment } from "../api/commitments.server";

// The public GET loader of this route belongs to the public pages; the ledger adds PATCH.
export const action = ({ request, params }: ActionFunctionArgs) => patchCommitment({ request, params });
