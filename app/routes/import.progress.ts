// GET /import/progress?job=…: where the import a supervisor started stands (the import page polls it).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { workPhase } from "~/models/work-progress.server";
import { requireUser } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const phase = workPhase(new URL(request.url).searchParams.get("job"), user.id);
  return Response.json({ phase }, { headers: { "Cache-Control": "no-store" } });
}
