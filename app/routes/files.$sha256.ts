import type { LoaderFunctionArgs } from "@remix-run/node";
import { evidenceBySha256 } from "~/models/evidence.server";
import { getUser } from "~/utils/auth.server";
import { notFound } from "~/utils/http.server";
import { can } from "~/utils/permissions";
import { readStoredFile } from "~/utils/uploads.server";
import { localized } from "~/handlers/endpoint.server";

/**
 * Evidence files. Public when attached to a published update or to an inspection (inspections are
 * published on entry); otherwise only to those who may see the ledger item. Served with headers that
 * keep a browser from running anything in them.
 */
async function handleLoader({ request, params }: LoaderFunctionArgs) {
  const sha256 = params.sha256 ?? "";
  const evidence = await evidenceBySha256(sha256);
  if (evidence.length === 0) throw notFound();
  const isPublic = evidence.some((e) => e.inspectionId !== null || e.update?.state === "published");
  if (!isPublic) {
    const user = await getUser(request);
    const allowed = evidence.some(
      (e) =>
        e.update &&
        can(user, "ledger.view", {
          jurisdictionId: e.update.commitment.jurisdictionId,
          leadDepartmentId: e.update.commitment.leadDepartmentId,
          departmentIds: e.update.commitment.cooperating.map((c) => c.departmentId),
        }),
    );
    if (!allowed) throw notFound();
  }
  const bytes = await readStoredFile(sha256);
  if (!bytes) throw notFound();
  const { mimeType, fileName } = evidence[0]!;
  const type = mimeType ?? "application/octet-stream";
  const disposition = type.startsWith("image/") ? "inline" : "attachment";
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": type,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `${disposition}; filename*=UTF-8''${encodeURIComponent(fileName ?? sha256)}`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": isPublic ? "public, max-age=31536000, immutable" : "private, no-store",
    },
  });
}

export const loader = localized(handleLoader);
