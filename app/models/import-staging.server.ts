// Uploaded reports held between "analyse" and "import" (the supervisor checks the detected place and year first).
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { sharedPath } from "~/utils/env.server";

const MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type StagedSource = { bytes: Uint8Array; fileName: string } | { text: string; fileName?: string };

const dir = () => sharedPath("staging");
const valid = (token: string) => /^[0-9a-f]{32}$/.test(token);

export async function stageSource(source: StagedSource): Promise<string> {
  await mkdir(dir(), { recursive: true });
  await sweep();
  const token = randomBytes(16).toString("hex");
  const meta =
    "text" in source
      ? { kind: "text", fileName: source.fileName ?? null }
      : { kind: "file", fileName: source.fileName };
  const body = "text" in source ? Buffer.from(source.text, "utf8") : Buffer.from(source.bytes);
  await writeFile(path.join(dir(), `${token}.bin`), body, { mode: 0o600 });
  await writeFile(path.join(dir(), `${token}.json`), JSON.stringify(meta), { mode: 0o600 });
  return token;
}

export async function readStaged(token: string): Promise<StagedSource | null> {
  if (!valid(token)) return null;
  try {
    const meta = JSON.parse(await readFile(path.join(dir(), `${token}.json`), "utf8")) as {
      kind: "text" | "file";
      fileName: string | null;
    };
    const body = await readFile(path.join(dir(), `${token}.bin`));
    return meta.kind === "text"
      ? { text: body.toString("utf8"), fileName: meta.fileName ?? undefined }
      : { bytes: new Uint8Array(body), fileName: meta.fileName ?? "report" };
  } catch {
    return null;
  }
}

export async function dropStaged(token: string): Promise<void> {
  if (!valid(token)) return;
  await Promise.all(["bin", "json"].map((ext) => rm(path.join(dir(), `${token}.${ext}`), { force: true })));
}

async function sweep() {
  const now = Date.now();
  for (const name of await readdir(dir()).catch(() => [] as string[])) {
    const file = path.join(dir(), name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > MAX_AGE_MS) await rm(file, { force: true });
  }
}
