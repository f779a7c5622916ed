// The OpenAPI 3.1 description of the API (served at /api/v1/openapi.json, shown on /api/docs):
// the public read API, and the token-authenticated write API of openapi-write.server.ts.
import { LIGHT_FILTERS, MAX_PAGE_SIZE, PAGE_SIZE, SORTS, VERDICT_FILTERS } from "~/domain/public/filters";
import { KINDS, STATUSES } from "~/domain/vocab";
import { securitySchemes, writePaths } from "~/handlers/openapi-write.server";
import type { ApiArgs } from "~/utils/api.server";
import { publicOrigin, publicResource } from "~/utils/public.server";

const error = {
  description: "Problem with the request",
  content: {
    "application/json": {
      schema: { type: "object", required: ["error"], properties: { error: { type: "string" } } },
    },
  },
};

const notModified = { description: "Not modified (the If-None-Match ETag is current)" };

const nullable = (type: string) => ({ type: [type, "null"] });

const commitmentRow = {
  type: "object",
  required: ["id", "url", "jurisdiction", "year", "quote", "status", "progress"],
  properties: {
    id: { type: "integer" },
    url: { type: "string", format: "uri" },
    jurisdiction: { type: "string", description: "slug" },
    jurisdictionName: { type: "string" },
    year: { type: "integer", description: "plan year of the report" },
    reportId: nullable("integer"),
    quote: { type: "string", description: "the promise as it stands in the report" },
    kind: { enum: [...KINDS] },
    metric: { type: "string" },
    target: nullable("number"),
    unit: nullable("string"),
    comparator: { enum: [">=", "~", "=", "<=", null] },
    growth: { type: "boolean" },
    deadline: nullable("integer"),
    dueDate: { type: ["string", "null"], format: "date" },
    sector: nullable("string"),
    leadDepartment: nullable("string"),
    status: { enum: [...STATUSES] },
    progress: { type: "integer", minimum: 0, maximum: 100 },
    expectedProgress: { ...nullable("integer"), description: "序时进度: expected progress today" },
    light: { enum: ["green", "yellow", "red", null] },
    overdue: { type: "boolean" },
    verdict: { enum: [...VERDICT_FILTERS.filter((v) => v !== "none"), null] },
    livelihood: { type: "boolean" },
  },
};

const listParams = [
  { name: "jurisdiction", schema: { type: "string" }, description: "jurisdiction slug, e.g. zhangdian" },
  { name: "year", schema: { type: "integer" }, description: "plan year" },
  { name: "status", schema: { enum: [...STATUSES] } },
  { name: "q", schema: { type: "string", maxLength: 100 }, description: "full-text search (Chinese, any length)" },
  { name: "page", schema: { type: "integer", minimum: 1, default: 1 } },
  { name: "perPage", schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: PAGE_SIZE } },
  { name: "verdict", schema: { enum: [...VERDICT_FILTERS] } },
  { name: "sector", schema: { type: "string" } },
  { name: "department", schema: { type: "string" }, description: "lead department id, or none" },
  { name: "kind", schema: { enum: [...KINDS] } },
  { name: "light", schema: { enum: [...LIGHT_FILTERS] } },
  { name: "overdue", schema: { enum: ["1", "0"] } },
  { name: "sort", schema: { enum: [...SORTS], default: "order" } },
].map((p) => ({ ...p, in: "query", required: false }));

const list = (item: object) => ({
  type: "object",
  required: ["items", "total"],
  properties: { items: { type: "array", items: item }, total: { type: "integer" } },
});

const ok = (description: string, schema: object) => ({
  description,
  headers: { ETag: { schema: { type: "string" } } },
  content: { "application/json": { schema } },
});

export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Taizhang API",
      version: "1.0.0",
      description:
        "Open data of Taizhang (台账): promises of government work reports, their status, evidence and verdicts — published information only, no authentication. Writing (importing reports, assigning, updates, verification, inspections, questions) needs a personal bearer token and the same permissions as the pages.",
      license: { name: "CC BY 4.0 (data)", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: origin }],
    components: { securitySchemes },
    paths: {
      ...writePaths,
      "/api/v1/jurisdictions": {
        get: {
          summary: "Jurisdictions with the years of their published reports",
          operationId: "listJurisdictions",
          responses: {
            "200": ok(
              "Every jurisdiction",
              list({
                type: "object",
                properties: {
                  slug: { type: "string" },
                  name: { type: "string" },
                  level: { enum: ["province", "city", "district"] },
                  parent: nullable("string"),
                  years: { type: "array", items: { type: "integer" } },
                  url: { type: "string" },
                  feed: { type: "string" },
                },
              }),
            ),
            "304": notModified,
          },
        },
      },
      "/api/v1/reports": {
        ...writePaths["/api/v1/reports"],
        get: {
          summary: "Published government work reports",
          operationId: "listReports",
          parameters: [listParams[0]],
          responses: {
            "200": ok(
              "Published reports, newest first",
              list({
                type: "object",
                properties: {
                  id: { type: "integer" },
                  url: { type: "string" },
                  jurisdiction: { type: "string" },
                  year: { type: "integer" },
                  planYear: nullable("integer"),
                  title: { type: "string" },
                  meeting: nullable("string"),
                  speaker: nullable("string"),
                  deliveredOn: { type: ["string", "null"], format: "date" },
                  reviewPeriod: nullable("string"),
                  commitments: { type: "integer" },
                },
              }),
            ),
            "304": notModified,
            "400": error,
            "404": error,
          },
        },
      },
      "/api/v1/commitments": {
        get: {
          summary: "Public promises, filtered, searched and paginated",
          operationId: "listCommitments",
          parameters: listParams,
          responses: {
            "200": ok("One page of promises", {
              type: "object",
              required: ["items", "total", "page"],
              properties: {
                items: { type: "array", items: commitmentRow },
                total: { type: "integer" },
                page: { type: "integer" },
                perPage: { type: "integer" },
              },
            }),
            "304": notModified,
            "400": error,
            "404": error,
          },
        },
      },
      "/api/v1/commitments/{id}": {
        ...writePaths["/api/v1/commitments/{id}"],
        get: {
          summary: "One public promise with its updates, evidence, inspections, questions, verdicts and history",
          operationId: "getCommitment",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
          responses: {
            "200": ok("The promise", { ...commitmentRow, additionalProperties: true }),
            "304": notModified,
            "404": error,
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          summary: "This document",
          operationId: "getOpenApi",
          responses: { "200": { description: "OpenAPI 3.1 document", content: { "application/json": {} } } },
        },
      },
    },
  };
}

/** GET /api/v1/openapi.json */
export async function openApiJson({ request }: ApiArgs) {
  const { headers } = await publicResource(request);
  return new Response(JSON.stringify(openApiDocument(publicOrigin(request)), null, 2), {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*" },
  });
}
