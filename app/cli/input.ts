// Reading input files for the CLI and turning domain errors into one-line messages.
import { CliError } from "~/cli/command";
import { DocumentError } from "~/domain/document/read";
import { NotAReportError } from "~/domain/report/analyse";
import { AppError } from "~/utils/app-error";

export async function readInputFile(file: string, read: (file: string) => Promise<Buffer>): Promise<Uint8Array> {
  try {
    return await read(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${file}: no such file`);
    if (code === "EISDIR") throw new CliError(`${file}: is a directory, not a file`);
    if (code === "EACCES") throw new CliError(`${file}: permission denied`);
    throw new CliError(`${file}: cannot be read (${code ?? String(error)})`);
  }
}

export function userFacingImportError(error: unknown): unknown {
  if (error instanceof DocumentError || error instanceof NotAReportError || error instanceof AppError) {
    return new CliError(error.message);
  }
  return error;
}
