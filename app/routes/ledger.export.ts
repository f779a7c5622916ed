import type { LoaderFunctionArgs } from "@remix-run/node";
import { getLocale } from "~/i18n/locale.server";
import { exportLedger } from "~/models/ledger-sheet.server";
import { ledgerScopeFor } from "~/models/ledger-page.server";
import { requirePermission, requireUser } from "~/utils/auth.server";
import { badRequest } from "~/utils/http.server";
import { localized } from "~/handlers/endpoint.server";

/** A jurisdiction's or a department's ledger as XLSX or CSV (?format=xlsx|csv&year=&dept=). */
async function handleLoader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  const scope = await ledgerScopeFor(user, params);
  requirePermission(user, "ledger.export", {
    jurisdictionId: user.jurisdictionId,
    leadDepartmentId: scope.department?.id ?? null,
  });
  const format = params.get("format") ?? "xlsx";
  if (format !== "xlsx" && format !== "csv") throw badRequest("http.badFormat");
  const locale = await getLocale(request);
  const file = await exportLedger({ filter: scope.filter, format, locale, today: new Date() });
  const name = [locale === "zh" ? "台账" : "ledger", scope.department?.name ?? user.jurisdictionName, scope.year]
    .filter(Boolean)
    .join("-");
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="ledger.${format}"; filename*=UTF-8''${encodeURIComponent(`${name}.${format}`)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const loader = localized(handleLoader);
