// Starts the production server (server.mjs + build/) as a child process on a free port, against the
// test file's own database. Needs `npm run build` first (npm test builds before the integration tests).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export interface RunningServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  /** Resolves once the server's output matches, or rejects after `ms` saying what it printed. */
  printed: (pattern: RegExp, ms?: number) => Promise<void>;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!existsSync(path.resolve("build/server/index.js"))) throw new Error("Build first: npx remix vite:build");
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, ["server.mjs"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      await fetch(`${url}/healthz`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    process: child,
    output: () => output,
    printed: (pattern, ms = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(output)) return false;
          clearTimeout(timer);
          child.stdout!.off("data", check);
          child.stderr!.off("data", check);
          resolve();
          return true;
        };
        const timer = setTimeout(() => {
          child.stdout!.off("data", check);
          child.stderr!.off("data", check);
          reject(new Error(`the server did not print ${pattern} within ${ms} ms: ${output}`));
        }, ms);
        if (check()) return;
        child.stdout!.on("data", check);
        child.stderr!.on("data", check);
      }),
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Signs in through the login form as a browser would; returns the session cookie to send back. */
export async function signIn(server: RunningServer, email: string, password: string): Promise<string> {
  const response = await fetch(`${server.url}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (response.status !== 302 || !cookie) throw new Error(`cannot sign in as ${email}: ${response.status}`);
  return cookie;
}
