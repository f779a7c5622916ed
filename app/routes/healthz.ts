import { health } from "~/models/health.server";

export async function loader() {
  const state = await health();
  return Response.json(state, { status: state.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
