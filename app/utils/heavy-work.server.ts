// Heavy work runs in a worker thread (app/workers/heavy.ts, built to build/worker/heavy.mjs), so the
// server keeps answering while a long report is analysed and stored or a large sheet is read. One
// worker by default (TAIZHANG_WORKERS): tasks queue. A task that runs past its time, or a worker that
// runs out of its memory (a zip bomb that lied about its size), ends that worker, not the server.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { importLedgerSheet } from "~/models/ledger-sheet.server";
import type { analyseSource, ImportPhase, importReport } from "~/models/report-import.server";
import { messageToError, type ErrorMessage, type HeavyTask } from "~/utils/heavy-tasks.server";
import { AppError } from "~/utils/app-error";

type Tasks = {
  analyseSource: typeof analyseSource;
  importReport: typeof importReport;
  importLedgerSheet: typeof importLedgerSheet;
};

/** The same depth from app/utils/ (sources, tests) and from build/server/ (the built server). */
const WORKER_FILE = fileURLToPath(new URL("../../build/worker/heavy.mjs", import.meta.url));
export const TASK_TIME_LIMIT_MS = 5 * 60_000;
const MEMORY_LIMIT_MB = 1024;

/** The work did not finish (too long, or its worker ended): nothing was saved; try again later. */
function stopped(code: "import.error.timeout" | "import.error.failed", detail: string): AppError {
  return new AppError(code, { status: 422, detail });
}

export const isStoppedWork = (error: unknown): error is AppError =>
  error instanceof AppError && (error.code === "import.error.timeout" || error.code === "import.error.failed");

interface Job {
  id: number;
  task: HeavyTask;
  args: unknown;
  onProgress: (phase: ImportPhase) => void;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer?: NodeJS.Timeout;
}

const queue: Job[] = [];
const slots: Slot[] = [];
let nextId = 1;

function poolSize(): number {
  return Math.max(1, Math.min(4, Number(process.env.TAIZHANG_WORKERS) || 1));
}

function spawn(): Slot {
  if (!existsSync(WORKER_FILE))
    throw stopped("import.error.failed", `${WORKER_FILE} is missing: run npm run build (it builds the worker)`);
  const worker = new Worker(WORKER_FILE, {
    env: process.env,
    resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB },
  });
  worker.unref();
  const slot: Slot = { worker, job: null };
  worker.on(
    "message",
    (message: { id: number; progress?: ImportPhase; ok?: boolean; result?: unknown; error?: ErrorMessage }) => {
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      if (message.progress) return job.onProgress(message.progress);
      finish(slot);
      if (message.ok) job.resolve(message.result);
      else job.reject(messageToError(message.error!));
    },
  );
  worker.on("error", (error) => fail(slot, stopped("import.error.failed", `The work stopped: ${error.message}`)));
  worker.on("exit", () => fail(slot, stopped("import.error.failed", "The work stopped (its worker exited).")));
  slots.push(slot);
  return slot;
}

function finish(slot: Slot) {
  clearTimeout(slot.timer);
  slot.job = null;
  setImmediate(next);
}

function fail(slot: Slot, error: Error) {
  const job = slot.job;
  const at = slots.indexOf(slot);
  if (at >= 0) slots.splice(at, 1);
  clearTimeout(slot.timer);
  slot.job = null;
  job?.reject(error);
  setImmediate(next);
}

function next() {
  while (queue.length) {
    let slot = slots.find((s) => !s.job);
    if (!slot && slots.length < poolSize()) {
      try {
        slot = spawn();
      } catch (error) {
        for (const job of queue.splice(0)) job.reject(error as Error);
        return;
      }
    }
    if (!slot) return;
    const job = queue.shift()!;
    slot.job = job;
    slot.timer = setTimeout(() => {
      const stuck = slot!;
      void stuck.worker.terminate();
      fail(stuck, stopped("import.error.timeout", `The work took longer than ${TASK_TIME_LIMIT_MS / 60_000} minutes.`));
    }, TASK_TIME_LIMIT_MS);
    slot.worker.postMessage({ id: job.id, task: job.task, args: job.args });
  }
}

/** Whether a worker is busy (an import may be holding the database's write lock). */
export function heavyWorkRunning(): boolean {
  return slots.some((s) => s.job !== null);
}

/** Runs a model function in the worker: same arguments, same result, same error classes. */
export function runHeavy<T extends HeavyTask>(
  task: T,
  args: Parameters<Tasks[T]>[0],
  onProgress: (phase: ImportPhase) => void = () => {},
): Promise<Awaited<ReturnType<Tasks[T]>>> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, task, args, onProgress, resolve: resolve as (v: unknown) => void, reject });
    next();
  });
}
