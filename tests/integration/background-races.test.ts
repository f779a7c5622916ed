// Background work that several processes run at the same moment (cron on two hosts, the email pump of
// several app processes): each overdue reminder is made once per question and due date, and each
// email is sent once — on SQLite and on PostgreSQL. The processes start together on a signal.
import { spawn } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { askQuestion } from "~/models/question.server";
import { db } from "~/utils/db.server";
import { makeWorld, type World } from "./support/deputies";
import { smtpSink } from "./support/smtp";

const PROCESSES = 4;
const QUESTIONS = 12;
const DAY = 86_400_000;
let world: World;

beforeAll(async () => {
  world = await makeWorld();
  const askers = [world.users.deputy, world.users.deputy2, world.users.deputy3];
  for (let i = 0; i < QUESTIONS; i += 1)
    await askQuestion({
      actor: askers[i % askers.length]!,
      commitment: {
        ...world.commitments.jobs,
        jurisdictionId: world.district.id,
        leadDepartmentId: world.departments.lead.id,
      },
      body: `第${i + 1}个问题：进展如何？`,
      now: new Date(Date.now() - 30 * DAY),
    });
});

interface Outcome {
  reminded: number;
  sent: number;
  failed: number;
}

/** Starts the sweepers, lets them all go at once, and collects what each did. */
async function raceSweepers(env: NodeJS.ProcessEnv): Promise<Outcome[]> {
  const viteNode = path.resolve("node_modules/.bin/vite-node");
  const children = Array.from({ length: PROCESSES }, () =>
    spawn(viteNode, ["--config", "vitest.config.ts", "tests/integration/support/sweeper.ts"], {
      env,
      // stdin stays open: Vite (inside vite-node) exits as soon as its stdin ends.
      stdio: ["pipe", "pipe", "inherit", "ipc"],
    }),
  );
  const outputs = children.map((child) => {
    let out = "";
    const ready = new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("ready\n")) resolve();
      });
      child.on("close", (code) => reject(new Error(`sweeper exited (${code}) before it was ready: ${out}`)));
    });
    const done = new Promise<Outcome>((resolve, reject) =>
      child.on("close", (code) => {
        const last = out.trim().split("\n").at(-1) ?? "";
        if (code === 0 && last.startsWith("{")) resolve(JSON.parse(last) as Outcome);
        else reject(new Error(`sweeper exit ${code}: ${out}`));
      }),
    );
    return { ready, done };
  });
  await Promise.all(outputs.map((o) => o.ready));
  for (const child of children) child.send("go");
  return Promise.all(outputs.map((o) => o.done));
}

describe("several processes sweeping at once", () => {
  it("remind of each overdue question once and email each notification once", { timeout: 120_000 }, async () => {
    const sink = await smtpSink();
    try {
      const outcomes = await raceSweepers({ ...process.env, SMTP_URL: `smtp://127.0.0.1:${sink.port}` });
      expect(outcomes.reduce((sum, o) => sum + o.reminded, 0)).toBe(QUESTIONS);
      expect(await db.overdueReminder.count()).toBe(QUESTIONS);
      const reminders = await db.notification.groupBy({
        by: ["link"],
        where: { kind: "question.overdue" },
        _count: { _all: true },
      });
      expect(reminders).toHaveLength(QUESTIONS);
      // The asker, the lead department's staff and the supervisor: three each, never more.
      expect(reminders.every((r) => r._count._all === 3)).toBe(true);

      // Each process counts only the notifications it claimed and sent: a notification claimed twice
      // would be counted twice and mailed twice, but marked once.
      const emailed = await db.notification.count({ where: { emailedAt: { not: null } } });
      expect(emailed).toBeGreaterThan(QUESTIONS * 3);
      expect(outcomes.reduce((sum, o) => sum + o.sent, 0)).toBe(emailed);
      expect(outcomes.every((o) => o.failed === 0)).toBe(true);
      expect(sink.messages).toHaveLength(emailed);
    } finally {
      sink.close();
    }
  });
});
