// `npm start` runs this first: client, build, migrations and demo data, each only when needed.
import { buildIfNeeded, dataConfig, generateClient, loadDemo, migrate } from "./lib/steps.mjs";

const config = dataConfig();
generateClient();
buildIfNeeded();
await migrate(config);
loadDemo(config);
