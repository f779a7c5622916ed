// The write half of the API in the OpenAPI document: request bodies generated from the very zod
// schemas the routes validate with, so the document cannot drift from the code.
import { z } from "zod";
import { answerSchema, inspectionApiSchema, questionSchema } from "~/schemas/deputy";
import { apiCommitmentPatchSchema, apiReportSchema, apiReviewSchema, apiUpdateSchema } from "~/schemas/ledger";

const error = {
  description: "Problem with the request",
  content: {
    "application/json": {
      schema: { type: "object", required: ["error"], properties: { error: { type: "string" } } },
    },
  },
};

const body = (schema: z.ZodType) => {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return { required: true, content: { "application/json": { schema: json } } };
};

const idParam = (name = "id") => ({ name, in: "path", required: true, schema: { type: "integer", minimum: 1 } });
const json = (description: string) => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});
const problems = { "400": error, "401": error, "403": error, "404": error, "409": error, "413": error, "415": error };

function operation(summary: string, operationId: string, who: string, schema: z.ZodType, created: string, extra = {}) {
  return {
    summary,
    operationId,
    description: `Needs a personal token (\`taizhang users token\`) of ${who}.`,
    security: [{ bearerAuth: [] }],
    requestBody: body(schema),
    responses: { "201": json(created), ...extra, ...problems },
  };
}

export const writePaths = {
  "/api/v1/reports": {
    post: operation(
      "Import a report (text)",
      "importReport",
      "a supervisor of the jurisdiction",
      apiReportSchema,
      "Imported: {id, commitments, created}",
      {
        "200": json("The same text was imported before: updated, {id, commitments, created: false}"),
        "422": error,
      },
    ),
  },
  "/api/v1/commitments/{id}": {
    patch: {
      ...operation(
        "Assign or change a promise (optimistic concurrency with version)",
        "patchCommitment",
        "a supervisor",
        apiCommitmentPatchSchema,
        "unused",
      ),
      parameters: [idParam()],
      responses: { "200": json("The promise as it now stands"), ...problems },
    },
  },
  "/api/v1/commitments/{id}/updates": {
    post: {
      ...operation(
        "Submit a progress update",
        "submitUpdate",
        "staff of the lead department",
        apiUpdateSchema,
        'Submitted: {id, state: "submitted"}',
      ),
      parameters: [idParam()],
    },
  },
  "/api/v1/updates/{id}/review": {
    post: {
      ...operation("Publish or return a submitted update", "reviewUpdate", "a supervisor", apiReviewSchema, "unused"),
      parameters: [idParam()],
      responses: { "200": json("The update after the decision"), ...problems },
    },
  },
  "/api/v1/commitments/{id}/history": {
    get: {
      summary: "The full audit history of a promise",
      operationId: "getCommitmentHistory",
      description: "Needs a personal token of a signed-in user of that jurisdiction.",
      security: [{ bearerAuth: [] }],
      parameters: [idParam()],
      responses: { "200": json("History entries, newest first"), "401": error, "403": error, "404": error },
    },
  },
  "/api/v1/commitments/{id}/inspections": {
    post: {
      ...operation(
        "Log an inspection (视察/调研) with photos as base64",
        "createInspection",
        "a deputy of the jurisdiction",
        inspectionApiSchema,
        "The inspection",
      ),
      parameters: [idParam()],
    },
  },
  "/api/v1/commitments/{id}/questions": {
    post: {
      ...operation(
        "Ask the lead department a question (询问)",
        "askQuestion",
        "a deputy of the jurisdiction",
        questionSchema,
        "The question",
      ),
      parameters: [idParam()],
    },
  },
  "/api/v1/questions/{id}/answer": {
    post: {
      ...operation("Answer a question", "answerQuestion", "staff of the department asked", answerSchema, "The answer"),
      parameters: [idParam()],
    },
  },
};

export const securitySchemes = {
  bearerAuth: {
    type: "http",
    scheme: "bearer",
    description: "Personal API token from `taizhang users token --email …`",
  },
};
