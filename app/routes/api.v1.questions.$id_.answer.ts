import type { ActionFunctionArgs } from "@remix-run/node";
import { toApiError } from "~/models/deputy-errors.server";
import { sendEmailsSoon } from "~/models/mail.server";
import { answerQuestion, findQuestionForAction } from "~/models/question.server";
import { answerSchema } from "~/schemas/deputy";
import { idParam, methodNotAllowed, readJson, requireApiUser } from "~/utils/api.server";
import { requirePermission } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { localized } from "~/handlers/localized.server";

/** POST /api/v1/questions/:id/answer — staff of the department the question is addressed to. */
async function handleAction({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") throw methodNotAllowed(["POST"]);
  const user = await requireApiUser(request);
  const question = await findQuestionForAction(idParam(params.id));
  if (!question || question.commitment.reviewState !== "accepted") throw notFound();
  requirePermission(user, "question.answer", {
    jurisdictionId: question.commitment.jurisdictionId,
    leadDepartmentId: question.departmentId ?? -1,
  });
  const body = await readJson(request, answerSchema);
  const answer = await answerQuestion({ actor: user, question, body: body.body }).catch(toApiError);
  sendEmailsSoon();
  return Response.json(
    {
      answer: {
        id: answer.id,
        questionId: question.id,
        url: `/questions/${question.id}`,
        createdAt: answer.createdAt.toISOString(),
        late: answer.createdAt.getTime() > question.dueAt.getTime(),
      },
    },
    { status: 201 },
  );
}

async function handleLoader(): Promise<never> {
  throw methodNotAllowed(["POST"]);
}

export const loader = localized(handleLoader);
export const action = localized(handleAction);
