// Production server: Express with the Remix request handler, static assets, request logs,
// security headers and graceful shutdown. Run `npm start` (which prepares the database first).
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));
process.env.TAIZHANG_DATA_DIR ??= path.join(root, "data");
process.env.NODE_ENV ??= "production";

const build = await import("./build/server/index.js");
const app = express();
app.disable("x-powered-by");
app.set("trust proxy", process.env.TRUST_PROXY === "1");

app.use((req, res, next) => {
  const start = process.hrtime.bigint();
  res.on("finish", () => {
    if (process.env.LOG_LEVEL === "silent") return;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    process.stdout.write(
      `${JSON.stringify({ time: new Date().toISOString(), method: req.method, path: req.originalUrl.split("?")[0], status: res.statusCode, ms: Math.round(ms * 10) / 10 })}\n`,
    );
  });
  next();
});

app.use((req, res, next) => {
  // Other sites may frame the score widget (/embed/…) and nothing else.
  if (!req.path.startsWith("/embed/")) {
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
  }
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  next();
});

app.use(compression());
app.use("/assets", express.static(path.join(root, "build/client/assets"), { immutable: true, maxAge: "1y" }));
app.use(express.static(path.join(root, "build/client"), { maxAge: "1h" }));
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const server = app.listen(port, host, () => {
  process.stderr.write(`[taizhang] serving on http://${host}:${port}\n`);
});

function shutdown(signal) {
  process.stderr.write(`[taizhang] ${signal}: finishing open requests, then stopping\n`);
  server.close(() => process.exit(0));
  server.closeIdleConnections?.();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
