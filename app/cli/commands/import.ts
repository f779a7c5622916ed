// `import FILE [--jurisdiction J] [--year N]`: the same import path as the web upload.
import { readFile } from "node:fs/promises";
import { CLI_ACTOR } from "~/models/audit.server";
import { importReport } from "~/models/report-import.server";
import { CliError, parseFlags, printJson, type Command } from "~/cli/command";
import { readInputFile, userFacingImportError } from "~/cli/input";

const importCommand: Command = async (args) => {
  const { values, positionals } = parseFlags(args, {
    jurisdiction: { type: "string" },
    year: { type: "string" },
    publish: { type: "boolean" },
  });
  const [file] = positionals;
  if (!file) throw new CliError("usage: import FILE [--jurisdiction SLUG_OR_NAME] [--year N]", 2);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 1949 || year > 2100)) {
    throw new CliError(`--year must be a year such as 2025, not "${values.year}"`, 2);
  }
  const bytes = await readInputFile(file, readFile);
  try {
    const outcome = await importReport({
      source: { bytes, fileName: file },
      jurisdiction: values.jurisdiction,
      year,
      actor: CLI_ACTOR,
      accept: values.publish ?? false,
    });
    printJson({ reportId: outcome.reportId, commitments: outcome.commitments });
    return 0;
  } catch (error) {
    throw userFacingImportError(error);
  }
};

export default importCommand;
