// `npm run bench heavy`: how fast the server answers other visitors while heavy work runs in its
// worker thread: a 15,000-promise report (read, analysed and refused by the limit), a 5,000-promise
// report (stored), a .docx and an .xlsx zip bomb (refused before inflating), and 4 s with nothing
// running (baseline: the same machine's noise). Each heavy request is sent
// while /healthz and a public list page (a new search each time, so never from the cache) are asked
// every 20 ms; prints their median, p99 and worst latency, and what the heavy request took.
// HEAVY_ONLY (a comma-separated list of scenario names) runs only those.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOCX_FILES, zipBomb } from "../lib/zip-bomb.mjs";

const PASSWORD = "a-long-bench-password";

function report(count) {
  const lines = ["政府工作报告", "各位代表：", "一、2024年工作回顾", "新增就业1.2万人。", "二、2025年工作安排"];
  for (let i = 0; i < count; i++) lines.push(`新建第${i}号道路${(i % 97) + 1}公里。`);
  return lines.join("\n");
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** Asks `paths` in turn every 20 ms until `done` settles; returns each path's latencies. */
async function sample(base, paths, done) {
  const times = Object.fromEntries(paths.map((p) => [p.name, []]));
  let finished = false;
  void done.finally(() => (finished = true));
  let n = 0;
  while (!finished) {
    for (const probe of paths) {
      const start = performance.now();
      const response = await fetch(`${base}${probe.path(n++)}`);
      await response.arrayBuffer();
      times[probe.name].push(performance.now() - start);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return times;
}

export async function benchHeavy({ root, print, port, waitFor }) {
  const dir = mkdtempSync(path.join(tmpdir(), "taizhang-bench-heavy-"));
  const env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
    TAIZHANG_DATA_DIR: dir,
    LOG_LEVEL: "silent",
    NODE_ENV: "production",
  };
  const cli = (args, input) =>
    execFileSync(process.execPath, [path.join(root, "bin/taizhang.js"), ...args], {
      cwd: root,
      env,
      input,
      encoding: "utf8",
      stdio: ["pipe", "pipe", "ignore"],
    });
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  execFileSync(
    process.execPath,
    [
      "-e",
      `new (require("better-sqlite3"))(${JSON.stringify(path.join(dir, "bench.db"))}).pragma("journal_mode = WAL")`,
    ],
    { cwd: root },
  );
  cli(["demo"]);
  cli(
    [
      "users",
      "create",
      "--email",
      "bench@example.cn",
      "--name",
      "基准",
      "--role",
      "supervisor",
      "--jurisdiction",
      "zhangdian",
      "--password-stdin",
    ],
    PASSWORD,
  );
  const token = cli(["users", "token", "--email", "bench@example.cn"]).trim().replace(/^"|"$/g, "");
  const server = spawn(process.execPath, [path.join(root, "server.mjs")], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/healthz`);
    const login = await fetch(`${base}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: "bench@example.cn", password: PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const probes = [
      { name: "healthz", path: () => "/healthz" },
      {
        name: "public_list",
        path: (n) =>
          `/j/zhangdian/2025/commitments?q=${encodeURIComponent(["就业", "道路", "医疗", "教育"][n % 4])}${n}`,
      },
    ];
    const api = (text) =>
      fetch(`${base}/api/v1/reports`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ jurisdiction: "zhangdian", year: 2024, text }),
      });
    const upload = (url, bytes, name) => {
      const form = new FormData();
      form.append("file", new Blob([bytes]), name);
      return fetch(`${base}${url}`, { method: "POST", headers: { Origin: base, Cookie: cookie }, body: form });
    };
    const docx = await zipBomb(DOCX_FILES, "word/document.xml", 2048);
    const xlsx = await zipBomb({ "[Content_Types].xml": "<Types/>" }, "xl/worksheets/sheet1.xml", 2048);
    print("heavy.docx_bomb.size", docx.length / 1024 / 1024, "MB");
    const idle = () => new Promise((r) => setTimeout(() => r(new Response("idle")), 4000));
    const scenarios = [
      ["baseline", idle],
      ["import_15000", () => api(report(15_000))],
      ["import_5000", () => api(report(5_000))],
      ["docx_bomb", () => upload("/import", docx, "bomb.docx")],
      ["xlsx_bomb", () => upload("/ledger/import", xlsx, "bomb.xlsx")],
    ];
    // HEAVY_ONLY=docx_bomb,baseline runs only those scenarios.
    const only = (process.env.HEAVY_ONLY ?? "").split(",").filter(Boolean);
    for (const [name, run] of scenarios.filter(([name]) => only.length === 0 || only.includes(name))) {
      const start = performance.now();
      const heavy = run().then(async (r) => ({ status: r.status, body: await r.text() }));
      const times = await sample(base, probes, heavy);
      const outcome = await heavy;
      print(`heavy.${name}.duration`, (performance.now() - start) / 1000, "s");
      print(`heavy.${name}.status`, outcome.status, "http");
      for (const [probe, list] of Object.entries(times)) {
        const sorted = list.sort((a, b) => a - b);
        print(`heavy.${name}.${probe}.median`, percentile(sorted, 50), "ms");
        print(`heavy.${name}.${probe}.p99`, percentile(sorted, 99), "ms");
        print(`heavy.${name}.${probe}.max`, sorted.at(-1) ?? 0, "ms");
        print(`heavy.${name}.${probe}.samples`, sorted.length, "requests");
      }
    }
    print(
      "heavy.server.peak_memory",
      Number(
        /VmHWM:\s+(\d+)/.exec(execFileSync("cat", [`/proc/${server.pid}/status`], { encoding: "utf8" }))?.[1] ?? 0,
      ) / 1024,
      "MB",
    );
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode !== null ? r() : server.once("exit", r)));
    rmSync(dir, { recursive: true, force: true });
  }
}
