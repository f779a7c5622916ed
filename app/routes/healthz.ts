import { db } from "~/utils/db.server";

export async function loader() {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ ok: true, db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ ok: false, db: "unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
