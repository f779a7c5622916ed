// Write API on updates: POST /api/v1/updates/:id/review — publish or return, by the supervision office.
import { reviewUpdate, updateScope } from "~/models/update.server";
import { apiReviewSchema } from "~/schemas/ledger";
import { idParam, readJson, requireApiUser, type ApiArgs } from "~/utils/api.server";
import { requirePermission } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";

export async function postReview({ request, params }: ApiArgs) {
  const user = await requireApiUser(request);
  const id = idParam(params.id);
  const scope = await updateScope(id);
  if (!scope) throw notFound();
  requirePermission(user, "update.review", { jurisdictionId: scope.commitment.jurisdictionId });
  const body = await readJson(request, apiReviewSchema);
  const outcome = await reviewUpdate({
    updateId: id,
    decision: body.decision,
    reason: body.reason ?? null,
    actor: { id: user.id, name: user.name },
  });
  return Response.json(outcome);
}
