#!/usr/bin/env node
// `node scripts/lib/cpu-time.mjs FILE COMMAND [ARG…]`: runs the command and, once it has ended, writes the
// CPU seconds it and every process under it used to FILE as JSON ({"user":…,"system":…}); exits as it did.
// Linux only (the counts of this process's waited-for children in /proc/self/stat): `npm test` prints
// each step's CPU with it, since on a small machine the CPU, not the wall time, bounds the suite.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

/** USER_HZ: /proc counts in hundredths of a second on every Linux. */
const TICKS = 100;

const [file, command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: "inherit" });
child.on("error", (error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(127);
});
child.on("close", (status, signal) => {
  // After ")" (the command name may hold spaces): state is field 3, cutime and cstime fields 16 and 17.
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  writeFileSync(file, JSON.stringify({ user: Number(fields[13]) / TICKS, system: Number(fields[14]) / TICKS }));
  process.exit(status ?? (signal ? 128 : 1));
});
