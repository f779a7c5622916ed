// The one logger (pino) of the server (server.mjs), its worker threads and the command line: JSON lines,
// the level from LOG_LEVEL (silent, error, warn, info, debug), errors with their stack, and secrets,
// cookies and passwords redacted. Plain JavaScript, so that server.mjs loads it before the build.
import { randomUUID } from "node:crypto";
import pino from "pino";
import { pinoHttp } from "pino-http";

export const LOG_LEVELS = /** @type {const} */ (["silent", "error", "warn", "info", "debug"]);

/** What never reaches a log line, wherever it appears in what is logged. */
export const REDACTED = [
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "password",
  "*.password",
  "passwordHash",
  "*.passwordHash",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "sessionId",
  "*.sessionId",
];

/** A request id a client may choose (a proxy's, say): short, plain characters only; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * @param {{ level?: string, destination?: import("pino").DestinationStream }} [options]
 * @returns {import("pino").Logger}
 */
export function createLogger({ level = process.env.LOG_LEVEL, destination } = {}) {
  const known = /** @type {readonly string[]} */ (LOG_LEVELS).includes(level ?? "") ? level : "info";
  return pino(
    {
      level: known,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED, censor: "[redacted]" },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    },
    destination ?? pino.destination({ fd: 1, sync: true }),
  );
}

/** @type {import("pino").Logger | null} */
let instance = null;
let toStandardError = false;

/** The process's logger: standard output for the server and its workers, standard error for the CLI. */
export function processLogger() {
  instance ??= createLogger(toStandardError ? { destination: pino.destination({ fd: 2, sync: true }) } : {});
  return instance;
}

/** For the command line, before anything logs: standard output stays the JSON answer. */
export function logToStandardError() {
  toStandardError = true;
  instance = null;
}

/** @typedef {"fatal" | "error" | "warn" | "info" | "debug"} Level */
/** The logger modules import; it writes through `processLogger()`, chosen when the first line is written. */
export const logger = /** @type {Pick<import("pino").Logger, Level>} */ ({
  fatal: (/** @type {any[]} */ ...args) => processLogger().fatal(.../** @type {[any]} */ (args)),
  error: (/** @type {any[]} */ ...args) => processLogger().error(.../** @type {[any]} */ (args)),
  warn: (/** @type {any[]} */ ...args) => processLogger().warn(.../** @type {[any]} */ (args)),
  info: (/** @type {any[]} */ ...args) => processLogger().info(.../** @type {[any]} */ (args)),
  debug: (/** @type {any[]} */ ...args) => processLogger().debug(.../** @type {[any]} */ (args)),
});

/**
 * One line per request (method, URL, status, time, its id), at `info`, or `error` for a 5xx. The id is made
 * here unless the client sent a well-formed `X-Request-Id`; it is answered in `X-Request-Id` and handed to
 * the app in the same request header, so the app's error lines carry it.
 * @param {import("pino").Logger} [log]
 */
export function requestLogger(log = processLogger()) {
  return pinoHttp({
    logger: log,
    genReqId(req, res) {
      const offered = req.headers["x-request-id"];
      const id = typeof offered === "string" && REQUEST_ID.test(offered) ? offered : randomUUID();
      req.headers["x-request-id"] = id;
      res.setHeader("X-Request-Id", id);
      return id;
    },
    // The same key as the app's own error lines (app/entry.server.tsx), to find them together.
    customProps: (req) => ({ reqId: req.id }),
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : "info"),
    customSuccessMessage: (req, res) => `${req.method} ${req.url} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${req.url} ${res.statusCode}`,
  });
}
