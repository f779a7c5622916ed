// Production server: Express with the Remix request handler, static assets, request logs (pino), CSRF and
// body-size checks, security headers and graceful shutdown. Run `npm start` (which prepares the
// database first).
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dataVersionSource, closeDataVersionSources } from "./data-version.mjs";
import { logger, requestLogger } from "./app/utils/logger.mjs";
import { publicCache } from "./public-cache.mjs";
import { requestScope } from "./scripts/lib/request-scope.mjs";
import { serverMessage } from "./server-messages.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));
process.env.TAIZHANG_DATA_DIR ??= path.join(root, "data");
process.env.NODE_ENV ??= "production";

let build;
try {
  build = await import("./build/server/index.js");
} catch (error) {
  // The build validates the configuration on load; say what is wrong in one readable message (on stderr
  // whatever LOG_LEVEL says: the configuration may be what is wrong).
  process.stderr.write(`[taizhang] cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const app = express();
app.disable("x-powered-by");
// Remix reads the query from the URL itself; Express's own parser (qs) would only parse every
// untrusted query string for nothing (see README, Security: qs 6.13.0).
app.set("query parser", false);
app.set("trust proxy", process.env.TRUST_PROXY === "1");

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const maxBodyBytes = (Number(process.env.MAX_UPLOAD_MB) || 20) * 1024 * 1024 + 1024 * 1024;
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
// Absolute links come from PUBLIC_URL, else this address (app/utils/public.server.ts), never from a request.
const publicOrigin = process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL).origin : null;
// The Host headers this server answers as itself; others are served, but never from or into the cache.
const ownHosts = new Set(
  [publicOrigin && new URL(publicOrigin).host, `${host}:${port}`, `127.0.0.1:${port}`, `localhost:${port}`].filter(
    Boolean,
  ),
);
// Same as the app's: a well-formed bearer token, which a browser never adds on its own.
const BEARER = /^Bearer +\S+$/i;

function refuse(res, status, error) {
  res.status(status).type("application/json").send(JSON.stringify({ error }));
}

app.use(requestLogger());

app.use((req, res, next) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  // Documents get a precise policy from app/entry.server.tsx, and a few resources their own (the
  // embeddable widget at /embed/…, evidence files); everything else gets this one.
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    if (!res.getHeader("Content-Security-Policy")) {
      res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    }
    return writeHead.apply(this, args);
  };
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
});

// CSRF: a state-changing request must come from this site (Origin, else Referer), unless it is
// authenticated by a bearer token, which a browser never adds on its own. Cookies are SameSite=Lax too.
app.use((req, res, next) => {
  if (!UNSAFE.has(req.method)) return next();
  if (BEARER.test(req.get("authorization") ?? "")) return next();
  let source = req.get("origin");
  if (!source || source === "null") source = req.get("referer");
  let origin = null;
  try {
    origin = source ? new URL(source).origin : null;
  } catch {
    origin = null;
  }
  // Scheme, host and port: http://site is not https://site.
  if (origin && (origin === `${req.protocol}://${req.get("host")}` || origin === publicOrigin)) return next();
  refuse(res, 403, serverMessage(req, "server.crossSite"));
});

app.use((req, res, next) => {
  if (!UNSAFE.has(req.method)) return next();
  const length = req.get("content-length");
  if (length === undefined && req.get("transfer-encoding"))
    return refuse(res, 411, serverMessage(req, "server.lengthRequired"));
  if (Number(length ?? 0) > maxBodyBytes) {
    return refuse(res, 413, serverMessage(req, "server.tooLarge", { limit: Math.round(maxBodyBytes / 1024 / 1024) }));
  }
  next();
});

app.use(compression());
// Anonymous GETs of public pages and open data are answered from memory while the data is unchanged.
const databaseUrl =
  process.env.DATABASE_URL ?? `file:${path.join(path.resolve(process.env.TAIZHANG_DATA_DIR), "taizhang.db")}`;
const dataVersion = dataVersionSource(databaseUrl);
dataVersion.ready(); // PostgreSQL: start listening now, not at the first request
if (process.env.PUBLIC_CACHE !== "off") {
  // The public routes, from one table in app/public-pages.ts, exported by the build's server entry.
  app.use(
    publicCache({
      dataVersion: () => dataVersion.fresh(),
      paths: build.entry.module.cacheablePaths(),
      hosts: ownHosts,
    }),
  );
}
app.use("/assets", express.static(path.join(root, "build/client/assets"), { immutable: true, maxAge: "1y" }));
// The build's other files (favicons): looked for only at their own paths, not on disk at every request.
const clientDir = path.join(root, "build/client");
const clientFiles = new Set(
  readdirSync(clientDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(clientDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`),
);
const clientStatic = express.static(clientDir, { maxAge: "1h" });
app.use((req, res, next) => (clientFiles.has(req.path) ? clientStatic(req, res, next) : next()));
app.use(requestScope);
app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (req) => ({ clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown" }),
  }),
);

const server = app.listen(port, host, () => {
  logger.info({ host, port }, `serving on http://${host}:${port}`);
  if (!publicOrigin && !/^(127\.|localhost$|::1$)/.test(host))
    logger.warn("PUBLIC_URL is not set: feeds, share links and the API name this address");
});
server.on("error", (error) => {
  logger.fatal({ err: error }, `cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});

let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: finishing open requests, then stopping`);
  server.close(async () => {
    await globalThis.__taizhangPrisma?.$disconnect().catch(() => {});
    await closeDataVersionSources();
    process.exit(0);
  });
  server.closeIdleConnections?.();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
