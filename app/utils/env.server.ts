// Validated configuration from the environment, with the defaults that make the quick start work.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  TAIZHANG_DATA_DIR: z.string().min(1).default("data"),
  /** Uploaded evidence and reports waiting for confirmation: one folder every app process can reach. */
  TAIZHANG_SHARED_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(
      /^(?:file:|postgres(?:ql)?:\/\/)/,
      "DATABASE_URL must be a SQLite file: URL (file:./data/taizhang.db) or a PostgreSQL URL (postgresql://…)",
    )
    .optional(),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  MAX_UPLOAD_MB: z.coerce.number().int().positive().max(200).default(20),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Taizhang <noreply@localhost>"),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "PUBLIC_URL must be an http(s) URL, e.g. https://taizhang.example.cn" })
    .optional(),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type Env = z.infer<typeof schema> & {
  DATABASE_URL: string;
  SESSION_SECRET: string;
  TAIZHANG_SHARED_DIR: string;
};

let cached: { key: string; env: Env } | undefined;

/** Reads and validates the environment once; throws one readable message listing every problem. */
export function getEnv(): Env {
  // Re-read when the variables change (tests and benchmarks point one process at several databases).
  const key = JSON.stringify(Object.keys(schema.shape).map((name) => process.env[name]));
  if (cached?.key === key) return cached.env;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.TAIZHANG_DATA_DIR);
  const result: Env = {
    ...env,
    TAIZHANG_DATA_DIR: dataDir,
    TAIZHANG_SHARED_DIR: path.resolve(env.TAIZHANG_SHARED_DIR ?? dataDir),
    DATABASE_URL: env.DATABASE_URL ?? `file:${path.join(dataDir, "taizhang.db")}`,
    SESSION_SECRET: env.SESSION_SECRET ?? loadOrCreateSecret(dataDir),
  };
  cached = { key, env: result };
  return result;
}

/** The quick start needs no set-up: a random secret is made on first start and kept in the data folder. */
function loadOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, ".session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

export function dataPath(...parts: string[]): string {
  return path.join(getEnv().TAIZHANG_DATA_DIR, ...parts);
}

/**
 * A path in the shared folder (TAIZHANG_SHARED_DIR, by default the data folder): files a request of one
 * app process writes and a request of another reads (uploaded evidence, reports awaiting confirmation).
 */
export function sharedPath(...parts: string[]): string {
  return path.join(getEnv().TAIZHANG_SHARED_DIR, ...parts);
}
