import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Deterministic, so the config evaluated in the runner and in the workers agree.
export const E2E_DATA_DIR = path.join(tmpdir(), `taizhang-e2e-${PORT}`);
process.env.E2E_DATA_DIR = E2E_DATA_DIR;
export const E2E_REPORT_FILE = path.join(tmpdir(), `taizhang-e2e-${PORT}-report.json`);

// Debian's Chromium headless shell (apt-get install chromium-headless-shell: the old headless mode, about 30 % less
// processor time than the full browser in headless mode); Playwright cannot download browsers here.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  // No retries: a test that passes only sometimes fails the run, so flakiness is fixed, not hidden.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report lets `npm test` repeat each failure's message at the end of its output.
  reporter: [["list"], ["json", { outputFile: E2E_REPORT_FILE }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    headless: true,
    launchOptions: chromium,
    viewport: { width: 1280, height: 900 },
    // Recording a trace for every test (to keep the failing ones) cost about a quarter of the browser tests'
    // CPU. A failure keeps its screenshot; to get its trace, run that spec again with
    // `--trace retain-on-failure`.
    trace: "off",
    screenshot: "only-on-failure",
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${PORT}/healthz`,
    env: {
      TAIZHANG_DATA_DIR: E2E_DATA_DIR,
      HOST: "127.0.0.1",
      PORT: String(PORT),
      NODE_ENV: "production",
      INSECURE_COOKIES: "1",
      LOG_LEVEL: "silent",
    },
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
