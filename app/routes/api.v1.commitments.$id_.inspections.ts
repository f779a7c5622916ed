import type { ActionFunctionArgs } from "@remix-run/node";
import { findPublishedCommitment, scopeOf } from "~/models/deputy.server";
import { DeputyError, toApiError } from "~/models/deputy-errors.server";
import { checkInspection, storePhotos } from "~/models/inspection-input.server";
import { createInspection } from "~/models/inspection.server";
import { sendEmailsSoon } from "~/models/mail.server";
import { inspectionApiSchema } from "~/schemas/deputy";
import { idParam, methodNotAllowed, readJson, requireApiUser } from "~/utils/api.server";
import { requirePermission } from "~/utils/auth.server";
import { httpError, notFound } from "~/utils/http.server";
import { localized } from "~/handlers/localized.server";

/** POST /api/v1/commitments/:id/inspections — a deputy of the item's jurisdiction logs a visit. */
async function handleAction({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") throw methodNotAllowed(["POST"]);
  const user = await requireApiUser(request);
  const commitment = await findPublishedCommitment(idParam(params.id));
  if (!commitment) throw notFound();
  requirePermission(user, "inspection.create", scopeOf(commitment));
  const body = await readJson(request, inspectionApiSchema);
  try {
    const checked = await checkInspection(
      user,
      { commitmentIds: [commitment.id, ...body.commitmentIds], visitedOn: body.visitedOn },
      new Date(),
    );
    const files = body.photos.map((p) => ({
      name: p.name,
      bytes: new Uint8Array(Buffer.from(p.contentBase64, "base64")),
    }));
    const photos = await storePhotos(files);
    if ("error" in photos)
      throw httpError(400, "http.invalidField", { field: "photos", problem: { key: photos.error } });
    const inspection = await createInspection({
      actor: user,
      jurisdictionId: commitment.jurisdictionId,
      commitments: checked.commitments,
      visitedOn: checked.visitedOn,
      place: body.place,
      observation: body.observation,
      assessment: body.assessment,
      photos: photos.stored,
    });
    sendEmailsSoon();
    return Response.json(
      {
        inspection: {
          id: inspection.id,
          url: `/inspections/${inspection.id}`,
          deputy: user.name,
          visitedOn: body.visitedOn,
          place: body.place,
          observation: body.observation,
          assessment: body.assessment,
          commitmentIds: checked.commitments.map((c) => c.id),
          photos: photos.stored.map((p) => ({ url: `/files/${p.sha256}`, sha256: p.sha256, mimeType: p.mimeType })),
        },
      },
      { status: 201, headers: { Location: `/inspections/${inspection.id}` } },
    );
  } catch (error) {
    if (error instanceof DeputyError) toApiError(error);
    throw error;
  }
}

async function handleLoader(): Promise<never> {
  throw methodNotAllowed(["POST"]);
}

export const loader = localized(handleLoader);
export const action = localized(handleAction);
