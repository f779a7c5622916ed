// `extract FILE`: analyse one report and print the JSON of the extract contract (../shared/docs/extract-contract.md).
import { readFile } from "node:fs/promises";
import { DocumentError, readDocument } from "~/domain/document/read";
import type { AnalysedReport } from "~/domain/extraction/types";
import { NotAReportError, analyseReport } from "~/domain/report/analyse";
import { storedReportText } from "~/domain/text/stored";
import { CliError, printJson, type Command } from "~/cli/command";
import { readInputFile } from "~/cli/input";
import { resultFigureOf, targetOf } from "~/models/extracted-fields";

const extract: Command = async (args) => {
  const explain = args.includes("--explain");
  const files = args.filter((arg) => arg !== "--" && arg !== "--explain");
  if (files.length !== 1 || files[0].startsWith("-")) throw new CliError("usage: taizhang extract [--explain] FILE", 2);
  const file = files[0];
  const bytes = await readInputFile(file, readFile);
  try {
    const text = storedReportText((await readDocument(bytes, file)).text);
    printJson(toContract(analyseReport(text), { explain }));
    return 0;
  } catch (error) {
    if (error instanceof DocumentError || error instanceof NotAReportError)
      throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
};

export default extract;

/**
 * Exactly the contract's shape and key order: offsets and fields added for the app are left out. `explain`
 * (debugging) adds the rule that decided each commitment.
 */
export function toContract(analysis: AnalysedReport, { explain = false } = {}) {
  const { report } = analysis;
  return {
    report: {
      jurisdiction: report.jurisdiction,
      year: report.year,
      title: report.title,
      reviewPeriod: report.reviewPeriod,
      planYear: report.planYear,
      // Added to the contract (additive): national, province, autonomous_region, municipality, city, prefecture,
      // county, banner or district.
      level: report.level,
    },
    sections: analysis.sections.map((s) => ({ heading: s.heading, level: s.level, part: s.part })),
    commitments: analysis.commitments.map((c) => ({
      quote: c.quote,
      section: c.section,
      kind: c.kind,
      ...targetOf(c),
      entities: c.entities,
      ...(explain ? { rule: c.rule } : {}),
    })),
    results: analysis.results.map((r) => ({
      quote: r.quote,
      section: r.section,
      ...resultFigureOf(r),
      entities: r.entities,
    })),
  };
}
