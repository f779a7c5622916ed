import type { LoaderFunctionArgs } from "@remix-run/node";
import { translator } from "~/i18n";
import { getLocale } from "~/i18n/locale.server";
import { comparisonAccess, comparisonRows } from "~/models/compare.server";
import { comparisonWorkbook } from "~/utils/compare-xlsx.server";
import { localized } from "~/handlers/endpoint.server";
import { idParam } from "~/utils/api.server";
import { getUser } from "~/utils/auth.server";

async function handleLoader({ request, params }: LoaderFunctionArgs) {
  const { report, staff } = await comparisonAccess(await getUser(request), idParam(params.reportId));
  const rows = await comparisonRows(report.id, { withProposals: staff, published: !staff });
  const body = await comparisonWorkbook(translator(await getLocale(request)), report, rows);
  const name = `${report.jurisdiction.name}${report.title}-对照表.xlsx`;
  return new Response(body, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="compare-${report.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": staff ? "private, no-store" : "public, max-age=300",
    },
  });
}

export const loader = localized(handleLoader);
