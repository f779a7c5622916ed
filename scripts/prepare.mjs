// `npm start` runs this first: client, build, migrations and demo data, each only when needed.
import { dialectOf } from "./lib/database-url.mjs";
import { buildIfNeeded, dataConfig, generateClient, loadDemo, log, migrate } from "./lib/steps.mjs";

const config = dataConfig();
if (dialectOf(config.databaseUrl) === "postgresql" && !process.env.SESSION_SECRET)
  log(
    "SESSION_SECRET is not set: this host signs sessions with its own secret in the data folder; " +
      "app processes behind one address must share one (README: Deploying on PostgreSQL)",
  );
generateClient();
buildIfNeeded();
await migrate(config);
loadDemo(config);
