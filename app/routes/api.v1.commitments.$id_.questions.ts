import type { ActionFunctionArgs } from "@remix-run/node";
import { findPublishedCommitment, scopeOf } from "~/models/deputy.server";
import { toApiError } from "~/models/deputy-errors.server";
import { sendEmailsSoon } from "~/models/mail.server";
import { askQuestion } from "~/models/question.server";
import { questionSchema } from "~/schemas/deputy";
import { idParam, methodNotAllowed, readJson, requireApiUser } from "~/utils/api.server";
import { requirePermission } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { localized } from "~/handlers/localized.server";

/** POST /api/v1/commitments/:id/questions — a deputy asks the lead department (threadId: a follow-up). */
async function handleAction({ request, params }: ActionFunctionArgs) {
  if (request.method !== "POST") throw methodNotAllowed(["POST"]);
  const user = await requireApiUser(request);
  const commitment = await findPublishedCommitment(idParam(params.id));
  if (!commitment) throw notFound();
  requirePermission(user, "question.ask", scopeOf(commitment));
  const body = await readJson(request, questionSchema);
  const question = await askQuestion({ actor: user, commitment, body: body.body, threadId: body.threadId }).catch(
    toApiError,
  );
  sendEmailsSoon();
  return Response.json(
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
    { status: 201, headers: { Location: `/questions/${question.id}` } },
  );
}

async function handleLoader(): Promise<never> {
  throw methodNotAllowed(["POST"]);
}

export const loader = localized(handleLoader);
export const action = localized(handleAction);
