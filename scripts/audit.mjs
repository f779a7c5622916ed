// `npm run audit`: the production dependency tree against the registry's advisories. Exits 1 only for
// high or critical findings; an unreachable advisory endpoint is reported as such and exits 0.
import { spawnSync } from "node:child_process";
import { judgeAudit } from "./lib/audit.mjs";
import { root } from "./lib/steps.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = spawnSync(npm, ["audit", "--omit=dev", "--audit-level=high", "--json"], {
  cwd: root,
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
  timeout: 120_000,
});
if (run.error) {
  process.stderr.write(`npm audit could not be run: ${run.error.message}. This is not a finding.\n`);
  process.exit(0);
}
const { outcome, exitCode, lines } = judgeAudit(run.stdout);
process[outcome === "clean" ? "stdout" : "stderr"].write(`${lines.join("\n")}\n`);
process.exit(exitCode);
