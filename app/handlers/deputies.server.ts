// Write API of deputies and departments: an inspection, a question (deputies), an answer (the department).
import { findPublishedCommitment, scopeOf } from "~/models/deputy.server";
import { checkInspection, storePhotos } from "~/models/inspection-input.server";
import { createInspection } from "~/models/inspection.server";
import { sendEmailsSoon } from "~/models/mail.server";
import { answerQuestion, askQuestion, findQuestionForAction } from "~/models/question.server";
import { answerSchema, inspectionApiSchema, questionSchema } from "~/schemas/deputy";
import { idParam, readJson, requireApiUser, type ApiArgs } from "~/utils/api.server";
import { requirePermission } from "~/utils/auth.server";
import { httpError, notFound } from "~/utils/http.server";

/** 201 with the new thing (and where it lives); the emails it causes go out after the answer. */
function created(body: object, location?: string): Response {
  sendEmailsSoon();
  return Response.json(body, { status: 201, headers: location ? { Location: location } : undefined });
}

async function publishedCommitment(id: string | undefined) {
  const commitment = await findPublishedCommitment(idParam(id));
  if (!commitment) throw notFound();
  return commitment;
}

/** POST /api/v1/commitments/:id/inspections — a deputy of the item's jurisdiction logs a visit. */
export async function postInspection({ request, params }: ApiArgs) {
  const user = await requireApiUser(request);
  const commitment = await publishedCommitment(params.id);
  requirePermission(user, "inspection.create", scopeOf(commitment));
  const body = await readJson(request, inspectionApiSchema);
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
  if ("error" in photos) throw httpError(400, "http.invalidField", { field: "photos", problem: { key: photos.error } });
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
  return created(
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
    `/inspections/${inspection.id}`,
  );
}

/** POST /api/v1/commitments/:id/questions — a deputy asks the lead department (threadId: a follow-up). */
export async function postQuestion({ request, params }: ApiArgs) {
  const user = await requireApiUser(request);
  const commitment = await publishedCommitment(params.id);
  requirePermission(user, "question.ask", scopeOf(commitment));
  const body = await readJson(request, questionSchema);
  const question = await askQuestion({ actor: user, commitment, body: body.body, threadId: body.threadId });
  return created(
    {
      question: {
        id: question.id,
        url: `/questions/${question.id}`,
        commitmentId: commitment.id,
        departmentId: question.departmentId,
        dueAt: question.dueAt.toISOString(),
        threadId: body.threadId ?? null,
      },
    },
    `/questions/${question.id}`,
  );
}

/** POST /api/v1/questions/:id/answer — staff of the department the question is addressed to. */
export async function postAnswer({ request, params }: ApiArgs) {
  const user = await requireApiUser(request);
  const question = await findQuestionForAction(idParam(params.id));
  if (!question || question.commitment.reviewState !== "accepted") throw notFound();
  requirePermission(user, "question.answer", {
    jurisdictionId: question.commitment.jurisdictionId,
    leadDepartmentId: question.departmentId ?? -1,
  });
  const body = await readJson(request, answerSchema);
  const answer = await answerQuestion({ actor: user, question, body: body.body });
  return created({
    answer: {
      id: answer.id,
      questionId: question.id,
      url: `/questions/${question.id}`,
      createdAt: answer.createdAt.toISOString(),
      late: answer.createdAt.getTime() > question.dueAt.getTime(),
    },
  });
}
