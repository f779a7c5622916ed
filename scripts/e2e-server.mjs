// The server the browser tests run against: the production build on a fresh database with the demo data.
import { rmSync } from "node:fs";
import { buildIfNeeded, dataConfig, generateClient, loadDemo, migrate } from "./lib/steps.mjs";

const config = dataConfig();
rmSync(config.dataDir, { recursive: true, force: true });
generateClient();
buildIfNeeded();
await migrate(config);
loadDemo(config);
await import("../server.mjs");
