// The 对照表 as an Excel workbook: one row per quantified target, values as numbers, quotes as text.
import ExcelJS from "exceljs";
import { formatTarget } from "~/components/followup/format";
import type { Translate } from "~/i18n";
import type { ComparisonRow } from "~/models/compare.server";
import { VERDICT_LABELS } from "~/components/labels";
import { isOneOf, VERDICTS } from "~/domain/vocab";

export async function comparisonWorkbook(
  t: Translate,
  report: { title: string; jurisdiction: { name: string } },
  rows: readonly ComparisonRow[],
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t("app.name");
  const sheet = workbook.addWorksheet(t("followup.compare.target").slice(0, 31) || "Sheet1", {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.addRow([t("followup.compare.heading", { title: `${report.jurisdiction.name}${report.title}` })]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([]);
  const header = sheet.addRow([
    "#",
    t("followup.compare.metric"),
    t("followup.review.promise"),
    t("followup.compare.target"),
    t("followup.compare.target"),
    t("followup.compare.result"),
    t("followup.compare.result"),
    t("followup.compare.verdict"),
    t("followup.compare.source"),
  ]);
  header.font = { bold: true };
  rows.forEach((row, i) => {
    const f = row.followUp;
    const decided = f && f.state !== "proposed" ? f.verdict : null;
    const verdict = decided ?? (f ? f.proposedVerdict : null);
    const verdictText = verdict
      ? `${t(VERDICT_LABELS[isOneOf(VERDICTS, verdict) ? verdict : "none"].label)}${decided ? "" : `（${t("followup.state.proposed")}）`}`
      : t("followup.compare.pending");
    sheet.addRow([
      i + 1,
      row.metric,
      row.quote,
      formatTarget(t, row),
      row.target,
      f?.resultValue ?? null,
      f?.resultQuote ?? "",
      verdictText,
      f?.laterReport.title ?? "",
    ]);
  });
  sheet.columns.forEach((column, i) => {
    column.width = [5, 18, 40, 16, 10, 10, 40, 14, 22][i];
    column.alignment = { wrapText: true, vertical: "top" };
  });
  sheet.views = [{ state: "frozen", ySplit: 3 }];
  const bytes = await workbook.xlsx.writeBuffer();
  return new Uint8Array(bytes as ArrayBuffer);
}
