// Reports for browser tests, imported the way a supervisor's office would from a terminal: with the CLI.
import { execFileSync } from "node:child_process";
import path from "node:path";

export function importReport(file: string, jurisdiction: string, options: { publish?: boolean } = {}): number {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it)");
  const args = [path.resolve("bin/taizhang.js"), "import", file, "--jurisdiction", jurisdiction];
  if (options.publish) args.push("--publish");
  const out = execFileSync(process.execPath, args, {
    env: { ...process.env, TAIZHANG_DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, "taizhang.db")}` },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return (JSON.parse(out) as { reportId: number }).reportId;
}
