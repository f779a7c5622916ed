// `npm run bench cli`: CPU seconds (user + sys, the process and the children it waited for) of one CLI call,
// the built CLI (bin/taizhang.js → build/cli) beside the same call through vite-node (how it ran before),
// and the time to rebuild the CLI bundle. Medians of several runs.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const REPORT = "data/reports/zhangdian-2025.txt";

/** Runs a command under bash and reads its children's CPU time from `times` (no /usr/bin/time needed). */
function cpuSeconds(root, command, args) {
  const out = execFileSync("bash", ["-c", '"$@" >/dev/null 2>&1 || exit 99; times', "bash", command, ...args], {
    cwd: root,
    encoding: "utf8",
  });
  const [user, sys] = out.trim().split("\n").at(-1).split(" ").map(seconds);
  return user + sys;
}

function seconds(text) {
  const [, minutes, secs] = /^(\d+)m([\d.]+)s$/.exec(text);
  return Number(minutes) * 60 + Number(secs);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(runs, fn) {
  return median(Array.from({ length: runs }, fn));
}

export function benchCli({ root, print }) {
  const cli = path.join(root, "bin", "taizhang.js");
  const wall = (fn) => {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  print(
    "cli.build.wall",
    measure(3, () => wall(() => execFileSync(process.execPath, ["scripts/build-bundles.mjs", "cli"], { cwd: root }))),
    "s",
  );
  print(
    "cli.help.cpu",
    measure(5, () => cpuSeconds(root, process.execPath, [cli, "help"])),
    "s",
  );
  print(
    "cli.extract.cpu",
    measure(5, () => cpuSeconds(root, process.execPath, [cli, "extract", REPORT])),
    "s",
  );
  const reports = readdirSync(path.join(root, "data/reports")).filter((file) => file.endsWith(".txt"));
  const each = reports.map((file) => cpuSeconds(root, process.execPath, [cli, "extract", `data/reports/${file}`]));
  print("cli.extract.cpu.slowest_report", Math.max(...each), "s");
  const viteNode = [
    path.join(root, "node_modules/.bin/vite-node"),
    "--config",
    "vitest.config.ts",
    "app/cli/main.ts",
    "--",
  ];
  print(
    "cli.vite_node.extract.cpu",
    measure(3, () => cpuSeconds(root, viteNode[0], [...viteNode.slice(1), "extract", REPORT])),
    "s",
  );
}
