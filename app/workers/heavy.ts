// The server's heavy work, off its request thread (started by app/utils/heavy-work.server.ts): reading
// and analysing a report, importing it, importing a ledger sheet. Each task is the model function run
// as it is, with the worker's own database connection; progress goes back as messages.
import { parentPort } from "node:worker_threads";
import { importLedgerSheet } from "~/models/ledger-sheet.server";
import { analyseSource, importReport, type ImportPhase } from "~/models/report-import.server";
import { errorToMessage, type HeavyRequest, type HeavyTask } from "~/utils/heavy-tasks.server";
import { asAppError } from "~/utils/app-error";
import { logger } from "~/utils/logger.mjs";

type Progress = (phase: ImportPhase) => void;

const TASKS: { [K in HeavyTask]: (args: never, progress: Progress) => Promise<unknown> } = {
  analyseSource: (source: Parameters<typeof analyseSource>[0], progress: Progress) => {
    progress("reading");
    return analyseSource(source);
  },
  importReport: (input: Parameters<typeof importReport>[0], progress: Progress) => importReport(input, progress),
  importLedgerSheet: (args: Parameters<typeof importLedgerSheet>[0]) => importLedgerSheet(args),
};

const port = parentPort!;
port.on("message", (request: HeavyRequest) => {
  const progress: Progress = (phase) => port.postMessage({ id: request.id, progress: phase });
  TASKS[request.task](request.args as never, progress).then(
    (result) => port.postMessage({ id: request.id, ok: true, result }),
    (error: unknown) => {
      // A refusal goes back to the page that asked; a fault is also logged here, with its stack.
      if (!asAppError(error)) logger.error({ err: error, task: request.task }, "heavy task failed");
      port.postMessage({ id: request.id, ok: false, error: errorToMessage(error) });
    },
  );
});
