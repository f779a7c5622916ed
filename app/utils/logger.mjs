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

/** The server's and the worker threads' logger: standard output. */
export const logger = createLogger();

/** The command line's logger: standard error, so that standard output stays the JSON answer. */
export const cliLogger = () => createLogger({ destination: pino.destination({ fd: 2, sync: true }) });

/**
 * One line per request (method, URL, status, time, its id), at `info`, or `error` for a 5xx. The id is made
 * here unless the client sent a well-formed `X-Request-Id`; it is answered in `X-Request-Id` and handed to
 * the app in the same request header, so the app's error lines carry it.
 * @param {import("pino").Logger} [log]
 */
export function requestLogger(log = logger) {
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
