// What /healthz reports: the database answers a read, accepts a write (a committed one: a write that
// is rolled back never reaches the disk), and the data folder takes a file. A full disk, a read-only
// data folder or a wedged connection make it fail, so monitoring sees what users would.
import { writeFileSync } from "node:fs";
import { db } from "~/utils/db.server";
import { heavyWorkRunning } from "~/utils/heavy-work.server";
import { dataPath } from "~/utils/env.server";

export type Health = {
  ok: boolean;
  db: "ok" | "unreachable";
  /** "busy": the write waits for an import in the worker thread, which holds the write lock meanwhile. */
  writes: "ok" | "busy" | "failing";
  files: "ok" | "failing";
};

/** Writes are checked at most this often (a probe every second must not write every second). */
const WRITE_CHECK_MS = 1000;
/** A check that takes longer than this counts as failing (a wedged write never answers). */
const CHECK_TIMEOUT_MS = 3000;

type WriteState = Pick<Health, "writes" | "files">;
/** The last finished write check, and the one under way: a probe never waits for a slow check. */
let lastWrite: { at: number; result: WriteState } | null = null;
let checking: Promise<WriteState> | null = null;

function within<T, F>(work: Promise<T>, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}

async function checkWrites(): Promise<Pick<Health, "writes" | "files">> {
  const now = new Date();
  const writes = await within(
    db
      .$transaction((tx) =>
        tx.rateLimit.upsert({
          where: { key: "healthz" },
          create: { key: "healthz", count: 1, resetAt: now },
          update: { count: 1, resetAt: now },
        }),
      )
      .then(
        () => "ok" as const,
        () => "failing" as const,
      ),
    "late" as const,
  ).then((answer) => (answer === "late" ? (heavyWorkRunning() ? "busy" : "failing") : answer));
  let files: Health["files"] = "ok";
  try {
    // A page's worth: a full disk refuses it (an empty file could still be made).
    writeFileSync(dataPath(".healthz"), `${now.toISOString()}\n`.padEnd(4096, " "));
  } catch {
    files = "failing";
  }
  return { writes, files };
}

export async function health(): Promise<Health> {
  const read = await within(
    db.$queryRawUnsafe("SELECT 1").then(() => "ok" as const),
    "unreachable" as const,
  );
  if (read !== "ok") return { ok: false, db: read, writes: "failing", files: "failing" };
  if (!checking && (!lastWrite || Date.now() - lastWrite.at > WRITE_CHECK_MS)) {
    checking = checkWrites().then((result) => {
      lastWrite = { at: Date.now(), result };
      checking = null;
      return result;
    });
  }
  const { writes, files } = lastWrite?.result ?? (await checking!);
  return { ok: writes !== "failing" && files === "ok", db: read, writes, files };
}
