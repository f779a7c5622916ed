// Accounts for browser tests, made the way an administrator makes them: with the CLI.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { test, type Page } from "@playwright/test";
import type { Role } from "~/domain/vocab";
import { signInAs } from "./session";

export interface TestAccount {
  email: string;
  password: string;
  name: string;
  role: Role;
}

let counter = 0;

function cli(args: string[], input?: string): string {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it)");
  return execFileSync(process.execPath, [path.resolve("bin/taizhang.js"), ...args], {
    env: { ...process.env, TAIZHANG_DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, "taizhang.db")}` },
    input,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
  });
}

export function createAccount(
  role: Role,
  options: { jurisdiction?: string; department?: string; name?: string } = {},
): TestAccount {
  counter += 1;
  const account = {
    email: `${role}-${Date.now()}-${counter}@e2e.example.cn`,
    password: `pw-${Math.random().toString(36).slice(2)}-long`,
    name: options.name ?? `${role} ${counter}`,
    role,
  };
  const args = ["users", "create", "--email", account.email, "--name", account.name, "--role", role];
  args.push("--jurisdiction", options.jurisdiction ?? "zhangdian", "--password-stdin");
  if (options.department ?? (role === "staff" ? "区人力资源和社会保障局" : undefined)) {
    args.push("--department", options.department ?? "区人力资源和社会保障局");
  }
  cli(args, `${account.password}\n`);
  return account;
}

export function createToken(email: string): string {
  return cli(["users", "token", "--email", email]).trim();
}

/** Signs in without the form (tests/e2e/support/session.ts), then opens `path` if one is given. */
export async function signIn(page: Page, account: TestAccount, path?: string) {
  await signInAs(page.context(), account, test.info().project.use.baseURL!);
  if (path) await page.goto(path);
}

/** Signs in through the login form, as a person does: only for the tests of signing in itself. */
export async function signInWithForm(page: Page, account: TestAccount, redirectTo = "/") {
  await page.goto(`/login?redirectTo=${encodeURIComponent(redirectTo)}`);
  await page.getByLabel(/电子邮箱|Email/).fill(account.email);
  await page.getByLabel(/密码|Password/).fill(account.password);
  await page.getByRole("button", { name: /^(登录|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
