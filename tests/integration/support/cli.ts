// Runs the `taizhang` command as a user does (bin/taizhang.js → the bundle in build/cli, which the test
// setup builds from app/ once per run): exit code, stdout and stderr, also when it fails.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const CLI = path.resolve("bin/taizhang.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function taizhang(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env,
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
