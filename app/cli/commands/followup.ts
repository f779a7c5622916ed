// `followup EARLIER LATER`: the earlier report's commitments matched to the later report's review, as contract JSON.
import { readFile } from "node:fs/promises";
import { DocumentError, readDocument } from "~/domain/document/read";
import { followUpReports, toFollowupContract } from "~/domain/followup/reports";
import { NotAReportError, analyseReport } from "~/domain/report/analyse";
import { storedReportText } from "~/domain/text/stored";
import { CliError, printJson, type Command } from "~/cli/command";
import { readInputFile } from "~/cli/input";

const USAGE = "usage: taizhang followup EARLIER LATER";

async function analyse(file: string) {
  const bytes = await readInputFile(file, readFile);
  try {
    const text = storedReportText((await readDocument(bytes, file)).text);
    return { text, analysis: analyseReport(text) };
  } catch (error) {
    if (error instanceof DocumentError || error instanceof NotAReportError)
      throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

const followup: Command = async (args) => {
  const files = args.filter((arg) => arg !== "--");
  if (files.length !== 2 || files.some((f) => f.startsWith("-"))) throw new CliError(USAGE, 2);
  const [earlierFile, laterFile] = files as [string, string];
  const earlier = await analyse(earlierFile);
  const later = await analyse(laterFile);
  const matches = followUpReports(earlier, later);
  const found = matches.filter((m) => m.result).length;
  process.stderr.write(
    `followup: ${earlier.analysis.commitments.length} commitments of ${earlierFile}, ${found} reported on in ${laterFile}\n`,
  );
  printJson(toFollowupContract(earlier.analysis.commitments, matches));
  return 0;
};

export default followup;
