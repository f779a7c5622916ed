// Write API on reports: POST /api/v1/reports — import a report's text (the same path as the web and the CLI).
import { actorOf } from "~/models/commitment.server";
import { findJurisdiction, jurisdictionPath } from "~/models/jurisdiction.server";
import { apiReportSchema } from "~/schemas/ledger";
import { readJson, requireApiUser, type ApiArgs } from "~/utils/api.server";
import { requirePermission } from "~/utils/auth.server";
import { runHeavy } from "~/utils/heavy-work.server";
import { httpError } from "~/utils/http.server";

export async function postReport({ request }: ApiArgs) {
  const user = await requireApiUser(request);
  const body = await readJson(request, apiReportSchema);
  const jurisdiction = await findJurisdiction(body.jurisdiction);
  if (!jurisdiction) throw httpError(422, "http.unknownJurisdiction", { name: body.jurisdiction });
  requirePermission(user, "report.import", {
    jurisdictionId: jurisdiction.id,
    jurisdictionPath: await jurisdictionPath(jurisdiction.id),
  });
  const outcome = await runHeavy("importReport", {
    source: { text: body.text, fileName: "api" },
    jurisdictionId: jurisdiction.id,
    year: body.year,
    actor: actorOf(user),
  });
  return Response.json(
    { id: outcome.reportId, commitments: outcome.commitments, created: outcome.created },
    { status: outcome.created ? 201 : 200 },
  );
}
