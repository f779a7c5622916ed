// The inbox: who is told what, overdue reminders made once per due date, follows, and email copies
// through a real SMTP conversation when SMTP_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import notifyOverdue from "~/cli/commands/notify-overdue";
import { deliverPendingEmails } from "~/models/mail.server";
import { askQuestion, remindOverdueQuestions } from "~/models/question.server";
import { action as followAction } from "~/routes/follow";
import { action as inboxAction, loader as inboxLoader } from "~/routes/inbox";
import { loader as questionsLoader } from "~/routes/questions._index";
import { loader as threadLoader } from "~/routes/questions.$id";
import { action as inspectionApi } from "~/routes/api.v1.commitments.$id_.inspections";
import { db } from "~/utils/db.server";
import { args, formRequest, getRequest, jsonRequest, makeWorld, statusOf, type World } from "./support/deputies";
import { smtpSink } from "./support/smtp";

let world: World;
const DAY = 86_400_000;

beforeAll(async () => {
  world = await makeWorld();
});

type InboxData = {
  unread: number;
  items: { id: number; kind: string; title: string; link: string | null; read: boolean }[];
};

describe("follows and the inbox", () => {
  it("a follower hears of an inspection on the item; following is per user and idempotent", async () => {
    const { users, commitments } = world;
    const follow = (intent: string) =>
      followAction(
        args(
          formRequest(
            "/follow",
            { commitmentId: String(commitments.jobs.id), intent, redirectTo: "/somewhere" },
            users.supervisor,
          ),
        ),
      );
    const response = (await follow("follow")) as Response;
    expect(response.headers.get("Location")).toBe("/somewhere");
    await follow("follow");
    expect(await db.follow.count({ where: { commitmentId: commitments.jobs.id } })).toBe(1);
    expect(
      await statusOf(
        followAction(
          args(
            formRequest(
              "/follow",
              { commitmentId: String(commitments.proposed.id), intent: "follow" },
              users.supervisor,
            ),
          ),
        ),
      ),
    ).toBe(404);
    expect(
      await statusOf(
        followAction(args(formRequest("/follow", { commitmentId: String(commitments.jobs.id), intent: "follow" }))),
      ),
    ).toBe(302);

    await inspectionApi(
      args(
        jsonRequest(
          `/api/v1/commitments/${commitments.jobs.id}/inspections`,
          { visitedOn: "2025-05-01", place: "人力资源市场", observation: "招聘会现场人数较多。", assessment: "doubts" },
          users.deputy,
        ),
        { id: String(commitments.jobs.id) },
      ),
    );
    const inbox = (await inboxLoader(args(getRequest("/inbox", users.supervisor)))) as InboxData & {
      follows: { id: number }[];
    };
    expect(inbox.follows.map((f) => f.id)).toEqual([commitments.jobs.id]);
    expect(inbox.items.map((n) => n.kind)).toContain("inspection.new");
    // The lead department is told as well; the deputy who inspected is not told of their own visit.
    expect(await db.notification.count({ where: { kind: "inspection.new", userId: world.users.leadStaff.id } })).toBe(
      1,
    );
    expect(await db.notification.count({ where: { userId: world.users.deputy.id } })).toBe(0);

    await follow("unfollow");
    expect(await db.follow.count({ where: { commitmentId: commitments.jobs.id } })).toBe(0);
  });

  it("opening a notification marks it read and goes to its link; one user cannot touch another's", async () => {
    const { users } = world;
    const inbox = (await inboxLoader(args(getRequest("/inbox", users.supervisor)))) as InboxData;
    const first = inbox.items[0]!;
    expect(
      await statusOf(
        inboxAction(args(formRequest("/inbox", { intent: "read", id: String(first.id) }, users.leadStaff))),
      ),
    ).toBe(302);
    expect((await db.notification.findUniqueOrThrow({ where: { id: first.id } })).readAt).toBeNull();
    const opened = (await inboxAction(
      args(formRequest("/inbox", { intent: "open", id: String(first.id), link: first.link ?? "/" }, users.supervisor)),
    )) as Response;
    expect(opened.headers.get("Location")).toBe(first.link);
    expect((await db.notification.findUniqueOrThrow({ where: { id: first.id } })).readAt).not.toBeNull();
    const evil = (await inboxAction(
      args(
        formRequest("/inbox", { intent: "open", id: String(first.id), link: "https://evil.example" }, users.supervisor),
      ),
    )) as Response;
    expect(evil.headers.get("Location")).toBe("/inbox");
    await inboxAction(args(formRequest("/inbox", { intent: "read_all" }, users.supervisor)));
    expect(((await inboxLoader(args(getRequest("/inbox", users.supervisor)))) as InboxData).unread).toBe(0);
  });
});

describe("overdue questions", () => {
  let questionId: number;

  it("shows overdue with the days unanswered on the supervisor's list and the public thread", async () => {
    const { users, commitments } = world;
    const asked = await askQuestion({
      actor: users.deputy,
      commitment: {
        ...commitments.jobs,
        jurisdictionId: world.district.id,
        leadDepartmentId: world.departments.lead.id,
      },
      body: "一季度新增就业多少人？",
      now: new Date(Date.now() - 20 * DAY),
    });
    questionId = asked.id;
    const list = (await questionsLoader(args(getRequest("/questions?overdue=1", users.supervisor)))) as {
      filter: string;
      questions: { id: number; status: { state: string; daysWaiting: number; daysOverdue: number } }[];
    };
    expect(list.filter).toBe("overdue");
    expect(list.questions.map((q) => q.id)).toEqual([questionId]);
    expect(list.questions[0]!.status).toMatchObject({ state: "overdue", daysWaiting: 20 });
    expect(list.questions[0]!.status.daysOverdue).toBeGreaterThanOrEqual(4);
    const thread = (await threadLoader(args(getRequest(`/questions/${questionId}`), { id: String(questionId) }))) as {
      questions: { status: { state: string } }[];
    };
    expect(thread.questions[0]!.status.state).toBe("overdue");
  });

  it("reminds the department, the supervisor and the asker once, however often it runs", async () => {
    const { users } = world;
    const reminders = () =>
      db.notification.findMany({ where: { kind: "question.overdue", link: `/questions/${questionId}` } });
    // The /questions loader above already ran the sweep.
    const first = await reminders();
    expect(first.map((n) => n.userId).sort()).toEqual(
      [users.deputy.id, users.leadStaff.id, users.supervisor.id].sort(),
    );
    expect(await remindOverdueQuestions(new Date())).toBe(0);
    await inboxLoader(args(getRequest("/inbox", users.leadStaff)));
    expect(await reminders()).toHaveLength(3);

    // A new due date set by the supervisor earns a new reminder once it passes too.
    const later = new Date(Date.now() + 2 * DAY);
    await db.question.update({ where: { id: questionId }, data: { dueAt: later } });
    expect(await remindOverdueQuestions(new Date())).toBe(0);
    expect(await remindOverdueQuestions(new Date(later.getTime() + DAY))).toBe(1);
    expect(await reminders()).toHaveLength(6);
  });

  it("the notify-overdue command runs the same idempotent sweep", async () => {
    const { users, commitments } = world;
    await askQuestion({
      actor: users.deputy2,
      commitment: {
        ...commitments.jobs,
        jurisdictionId: world.district.id,
        leadDepartmentId: world.departments.lead.id,
      },
      body: "招聘会安排？",
      now: new Date(Date.now() - 30 * DAY),
    });
    const write = process.stdout.write.bind(process.stdout);
    const output: string[] = [];
    process.stdout.write = ((chunk: string) => (output.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      expect(await notifyOverdue(["--jurisdiction", "zhangdian"])).toBe(0);
      expect(await notifyOverdue([])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(JSON.parse(output[0]!)).toMatchObject({ reminded: 1, emailed: 0 });
    expect(JSON.parse(output[1]!)).toMatchObject({ reminded: 0 });
  });
});

describe("email copies", () => {
  const env = { ...process.env };
  afterAll(() => {
    process.env.SMTP_URL = env.SMTP_URL;
    if (env.SMTP_URL === undefined) delete process.env.SMTP_URL;
  });

  it("sends each pending notification once, after the fact; a failure keeps it in the inbox for a retry", async () => {
    const failing = await smtpSink(true);
    process.env.SMTP_URL = `smtp://127.0.0.1:${failing.port}`;
    const pending = await db.notification.count({ where: { emailedAt: null } });
    expect(pending).toBeGreaterThan(0);
    const failed = await deliverPendingEmails();
    expect(failed).toEqual({ sent: 0, failed: pending });
    expect(await db.notification.count({ where: { emailedAt: null } })).toBe(pending);
    failing.close();

    const sink = await smtpSink();
    process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
    const result = await deliverPendingEmails();
    expect(result).toEqual({ sent: pending, failed: 0 });
    expect(sink.messages).toHaveLength(pending);
    expect(await db.notification.count({ where: { emailedAt: null } })).toBe(0);
    const bodies = sink.messages.map((m) => {
      const [head, ...rest] = m.split("\n\n");
      const body = rest.join("\n\n");
      return /base64/i.test(head!) ? Buffer.from(body, "base64").toString("utf8") : body;
    });
    expect(bodies.some((b) => /\/questions\/\d+/.test(b) && b.includes("一季度新增就业多少人"))).toBe(true);
    expect(sink.messages.some((m) => m.includes(`supervisor`))).toBe(true);
    expect(await deliverPendingEmails()).toEqual({ sent: 0, failed: 0 });
    sink.close();
  });
});
