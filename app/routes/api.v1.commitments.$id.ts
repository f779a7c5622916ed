import { patchCommitment } from "~/handlers/commitments.server";
import { endpoint } from "~/handlers/endpoint.server";
import { commitmentApi } from "~/handlers/public-api.server";

/** GET: the public item, no sign-in (404 for anything unpublished); PATCH: the ledger, guarded in its handler. */
export const loader = endpoint({ GET: commitmentApi, PATCH: patchCommitment });
export const action = loader;
