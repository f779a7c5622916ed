// Browser tests need Debian's Chromium headless shell; install it with apt when missing and allowed (root).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell";
if (existsSync(chromium)) process.exit(0);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || process.env.NO_APT === "1") {
  console.error(
    `Chromium is missing at ${chromium}. Install it: sudo apt-get install -y chromium-headless-shell (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
console.error("Installing Chromium's headless shell from Debian (apt-get install -y chromium-headless-shell)…");
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium-headless-shell"], {
  stdio: "inherit",
  env,
});
if (!existsSync(chromium)) {
  console.error(`apt installed chromium-headless-shell, but ${chromium} is still missing; set CHROMIUM_PATH.`);
  process.exit(1);
}
