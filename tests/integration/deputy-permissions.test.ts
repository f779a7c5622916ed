// Who may inspect, ask, answer, rate, forward — through the pages and the API, with the same checks.
import { beforeAll, describe, expect, it } from "vitest";
import { action as inspectionApi } from "~/routes/api.v1.commitments.$id_.inspections";
import { action as questionApi } from "~/routes/api.v1.commitments.$id_.questions";
import { action as answerApi } from "~/routes/api.v1.questions.$id_.answer";
import { action as askPage, loader as itemLoader } from "~/routes/deputy.c.$id";
import { loader as workspaceLoader } from "~/routes/deputy._index";
import { loader as inspectionLoader } from "~/routes/inspections.$id";
import { action as newInspection, loader as newInspectionLoader } from "~/routes/inspections.new";
import { action as threadAction, loader as threadLoader } from "~/routes/questions.$id";
import { loader as questionsLoader } from "~/routes/questions._index";
import { db } from "~/utils/db.server";
import {
  args,
  formRequest,
  getRequest,
  jsonRequest,
  makeWorld,
  multipartRequest,
  PNG,
  settle,
  statusOf,
  type Account,
  type World,
} from "./support/deputies";

let world: World;

beforeAll(async () => {
  world = await makeWorld();
});

const inspection = (extra: Record<string, unknown> = {}) => ({
  visitedOn: "2025-03-05",
  place: "张店区人力资源市场",
  observation: "现场看到零工驿站已投入使用，登记求职人员较多。",
  assessment: "on_track",
  ...extra,
});

describe("inspections", () => {
  it("API: only a deputy of the item's jurisdiction may log one (401, 403, 404 otherwise)", async () => {
    const { users, commitments } = world;
    const post = (user: Account | undefined, id: number, body = inspection()) =>
      statusOf(
        inspectionApi(args(jsonRequest(`/api/v1/commitments/${id}/inspections`, body, user), { id: String(id) })),
      );
    expect(await post(undefined, commitments.jobs.id)).toBe(401);
    for (const who of ["otherDeputy", "leadStaff", "supervisor", "admin"] as const) {
      expect(await post(users[who], commitments.jobs.id), who).toBe(403);
    }
    expect(await post(users.deputy, commitments.proposed.id)).toBe(404);
    expect(await post(users.deputy, 999999)).toBe(404);
    expect(await post(users.deputy, commitments.foreign.id)).toBe(403);
    // An item of another jurisdiction slipped into the list is refused too, and nothing is stored.
    const before = await db.inspection.count();
    expect(await post(users.deputy, commitments.jobs.id, inspection({ commitmentIds: [commitments.foreign.id] }))).toBe(
      403,
    );
    expect(await post(users.deputy, commitments.jobs.id, inspection({ visitedOn: "2999-01-01" }))).toBe(400);
    expect(await post(users.deputy, commitments.jobs.id, inspection({ assessment: "great" }))).toBe(400);
    expect(await db.inspection.count()).toBe(before);
  });

  it("API: a deputy logs a visit with a photo against two items; it is public under their name", async () => {
    const { users, commitments } = world;
    const response = (await inspectionApi(
      args(
        jsonRequest(
          `/api/v1/commitments/${commitments.jobs.id}/inspections`,
          inspection({
            commitmentIds: [commitments.housing.id],
            photos: [{ name: "site.png", contentBase64: PNG.toString("base64") }],
          }),
          users.deputy,
        ),
        { id: String(commitments.jobs.id) },
      ),
    )) as Response;
    expect(response.status).toBe(201);
    const body = (await response.json()) as { inspection: { id: number; commitmentIds: number[]; photos: unknown[] } };
    expect(body.inspection.commitmentIds).toEqual([commitments.jobs.id, commitments.housing.id]);
    expect(body.inspection.photos).toHaveLength(1);

    const page = (await inspectionLoader(
      args(getRequest(`/inspections/${body.inspection.id}`), { id: String(body.inspection.id) }),
    )) as {
      inspection: { deputy: { name: string }; photos: { sha256: string }[]; commitments: { id: number }[] };
    };
    expect(page.inspection.deputy).toEqual({ name: "王代表" });
    expect(page.inspection.photos[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(page)).not.toContain("@example.gov.cn");
    // One public event, which the history of each linked item includes.
    const events = await db.auditEvent.findMany({ where: { public: true, entity: "inspection" } });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.after!)).toMatchObject({
      deputy: "王代表",
      commitmentIds: [commitments.jobs.id, commitments.housing.id],
    });
  });

  it("refuses a PDF as a photo", async () => {
    const { users, commitments } = world;
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
    const status = await statusOf(
      inspectionApi(
        args(
          jsonRequest(
            `/api/v1/commitments/${commitments.jobs.id}/inspections`,
            inspection({ photos: [{ name: "x.pdf", contentBase64: pdf.toString("base64") }] }),
            users.deputy,
          ),
          { id: String(commitments.jobs.id) },
        ),
      ),
    );
    expect(status).toBe(400);
  });

  it("page: the form logs a multipart inspection; other roles and jurisdictions are refused", async () => {
    const { users, commitments } = world;
    const form = () => {
      const f = new FormData();
      f.append("commitmentIds", String(commitments.jobs.id));
      f.append("visitedOn", "2025-04-01");
      f.append("place", "马尚街道");
      f.append("observation", "就业服务站运转正常。");
      f.append("assessment", "behind");
      f.append("photos", new File([PNG], "photo.png", { type: "image/png" }));
      return f;
    };
    const ok = (await newInspection(args(multipartRequest("/inspections/new", form(), users.deputy)))) as Response;
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toMatch(/^\/inspections\/\d+$/);
    expect(await statusOf(newInspection(args(multipartRequest("/inspections/new", form(), users.leadStaff))))).toBe(
      403,
    );
    expect(await statusOf(newInspection(args(multipartRequest("/inspections/new", form(), users.otherDeputy))))).toBe(
      403,
    );
    const anonymous = (await settle(newInspection(args(multipartRequest("/inspections/new", form()))))) as Response;
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/login/);

    const invalid = new FormData();
    invalid.append("visitedOn", "2025-04-01");
    invalid.append("place", "");
    const bad = (await newInspection(args(multipartRequest("/inspections/new", invalid, users.deputy)))) as {
      data: { errors: Record<string, string> };
      init: { status: number };
    };
    expect(bad.init.status).toBe(400);
    expect(bad.data.errors).toMatchObject({ commitmentIds: "deputy.v.chooseCommitment", place: "v.required" });

    // The form page lists only the deputy's own published items.
    const data = (await newInspectionLoader(
      args(
        getRequest(
          `/inspections/new?c=${commitments.jobs.id}&c=${commitments.foreign.id}&c=${commitments.proposed.id}`,
          users.deputy,
        ),
      ),
    )) as { commitments: { id: number }[] };
    expect(data.commitments.map((c) => c.id)).toEqual([commitments.jobs.id]);
  });
});

describe("questions", () => {
  let questionId: number;

  it("API: only a deputy of the jurisdiction may ask; due in 15 days, addressed to the lead department", async () => {
    const { users, commitments, departments } = world;
    const ask = (user: Account | undefined, id: number) =>
      questionApi(
        args(jsonRequest(`/api/v1/commitments/${id}/questions`, { body: "就业目标完成了多少？" }, user), {
          id: String(id),
        }),
      );
    expect(await statusOf(ask(undefined, commitments.jobs.id))).toBe(401);
    for (const who of ["otherDeputy", "leadStaff", "otherStaff", "supervisor", "admin"] as const) {
      expect(await statusOf(ask(users[who], commitments.jobs.id)), who).toBe(403);
    }
    expect(await statusOf(ask(users.deputy, commitments.proposed.id))).toBe(404);
    const response = (await ask(users.deputy, commitments.jobs.id)) as Response;
    expect(response.status).toBe(201);
    const body = (await response.json()) as { question: { id: number; departmentId: number; dueAt: string } };
    expect(body.question.departmentId).toBe(departments.lead.id);
    const days = (Date.parse(body.question.dueAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(14.3);
    expect(days).toBeLessThan(16.4);
    questionId = body.question.id;
    const notified = await db.notification.findMany({ where: { kind: "question.new" }, select: { userId: true } });
    expect(notified.map((n) => n.userId)).toEqual([users.leadStaff.id]);
  });

  it("API: only staff of the department it is addressed to may answer, once", async () => {
    const { users } = world;
    const answer = (user: Account | undefined) =>
      answerApi(
        args(jsonRequest(`/api/v1/questions/${questionId}/answer`, { body: "截至3月底已新增就业3200人。" }, user), {
          id: String(questionId),
        }),
      );
    expect(await statusOf(answer(undefined))).toBe(401);
    for (const who of ["otherStaff", "foreignStaff", "deputy", "supervisor", "admin"] as const) {
      expect(await statusOf(answer(users[who])), who).toBe(403);
    }
    const ok = (await answer(users.leadStaff)) as Response;
    expect(ok.status).toBe(201);
    expect(await statusOf(answer(users.leadStaff))).toBe(409);
    expect(await db.answer.count({ where: { questionId } })).toBe(1);
    const toAsker = await db.notification.findMany({ where: { kind: "question.answered" }, select: { userId: true } });
    expect(toAsker.map((n) => n.userId)).toEqual([users.deputy.id]);
    expect(
      await statusOf(
        answerApi(
          args(jsonRequest(`/api/v1/questions/999999/answer`, { body: "x" }, users.leadStaff), { id: "999999" }),
        ),
      ),
    ).toBe(404);
  });

  it("page: only the asker rates, once; then follows up in the same thread", async () => {
    const { users } = world;
    const rate = (user: Account) =>
      threadAction(
        args(
          formRequest(
            `/questions/${questionId}`,
            { intent: "rate", questionId: String(questionId), rating: "unsatisfied" },
            user,
          ),
          { id: String(questionId) },
        ),
      );
    expect(await statusOf(rate(users.deputy2))).toBe(403);
    expect(await statusOf(rate(users.deputy))).toBe(302);
    expect(await statusOf(rate(users.deputy))).toBe(409);
    expect((await db.question.findUniqueOrThrow({ where: { id: questionId } })).rating).toBe("unsatisfied");

    const followUp = (user: Account) =>
      threadAction(
        args(
          formRequest(
            `/questions/${questionId}`,
            { intent: "followup", threadId: String(questionId), body: "请说明下半年的安排。" },
            user,
          ),
          { id: String(questionId) },
        ),
      );
    expect(await statusOf(followUp(users.deputy2))).toBe(403);
    expect(await statusOf(followUp(users.otherDeputy))).toBe(403);
    const response = (await followUp(users.deputy)) as Response;
    expect(response.status).toBe(302);
    const followId = Number(response.headers.get("Location")!.split("/").pop());
    const row = await db.question.findUniqueOrThrow({ where: { id: followId } });
    expect(row.threadId).toBe(questionId);

    const thread = (await threadLoader(args(getRequest(`/questions/${followId}`), { id: String(followId) }))) as {
      questions: { id: number; answers: { author: unknown }[] }[];
    };
    expect(thread.questions.map((q) => q.id)).toEqual([questionId, followId]);
    // The public does not see who in the department wrote the answer.
    expect(thread.questions[0]!.answers[0]!.author).toBeNull();
    const insider = (await threadLoader(
      args(getRequest(`/questions/${followId}`, users.supervisor), { id: String(followId) }),
    )) as {
      questions: { answers: { author: { name: string } | null }[] }[];
    };
    expect(insider.questions[0]!.answers[0]!.author).toEqual({ name: "人社干部" });
  });

  it("page: a question on an item without a lead department goes to the supervisor, who forwards it and sets its date", async () => {
    const { users, commitments, departments } = world;
    const asked = (await askPage(
      args(formRequest(`/deputy/c/${commitments.housing.id}`, { body: "人才公寓何时投用？" }, users.deputy2), {
        id: String(commitments.housing.id),
      }),
    )) as Response;
    expect(asked.status).toBe(302);
    const id = Number(asked.headers.get("Location")!.split("/").pop());
    expect((await db.question.findUniqueOrThrow({ where: { id } })).departmentId).toBeNull();
    const unrouted = await db.notification.findMany({ where: { kind: "question.unrouted" }, select: { userId: true } });
    expect(unrouted.map((n) => n.userId)).toEqual([users.supervisor.id]);

    const manage = (user: Account, fields: Record<string, string>) =>
      threadAction(
        args(formRequest(`/questions/${id}`, { intent: "manage", questionId: String(id), ...fields }, user), {
          id: String(id),
        }),
      );
    const fields = { departmentId: String(departments.otherDept.id), dueDate: "2099-06-30" };
    for (const who of ["otherSupervisor", "deputy2", "leadStaff", "admin"] as const) {
      expect(await statusOf(manage(users[who], fields)), who).toBe(403);
    }
    expect(await statusOf(manage(users.supervisor, { ...fields, dueDate: "2000-01-01" }))).toBe(400);
    expect(
      await statusOf(manage(users.supervisor, { ...fields, departmentId: String(departments.foreignDept.id) })),
    ).toBe(400);
    expect(await statusOf(manage(users.supervisor, fields))).toBe(302);
    const row = await db.question.findUniqueOrThrow({ where: { id } });
    expect(row.departmentId).toBe(departments.otherDept.id);
    expect(row.dueAt.toISOString()).toBe("2099-06-30T15:59:59.999Z");

    // Now the forwarded department answers, and the lead department of the item cannot.
    const answer = (user: Account) =>
      threadAction(
        args(
          formRequest(`/questions/${id}`, { intent: "answer", questionId: String(id), body: "预计年底投用。" }, user),
          { id: String(id) },
        ),
      );
    expect(await statusOf(answer(users.leadStaff))).toBe(403);
    expect(await statusOf(answer(users.otherStaff))).toBe(302);
  });

  it("page guards: the workspace and item pages are for deputies, of that jurisdiction", async () => {
    const { users, commitments } = world;
    expect(await statusOf(workspaceLoader(args(getRequest("/deputy", users.supervisor))))).toBe(403);
    expect(await statusOf(workspaceLoader(args(getRequest("/deputy", users.deputy))))).toBe(200);
    const item = (user: Account, id: number) =>
      statusOf(itemLoader(args(getRequest(`/deputy/c/${id}`, user), { id: String(id) })));
    expect(await item(users.deputy, commitments.jobs.id)).toBe(200);
    expect(await item(users.deputy, commitments.foreign.id)).toBe(403);
    expect(await item(users.deputy, commitments.proposed.id)).toBe(404);
    expect(await item(users.leadStaff, commitments.jobs.id)).toBe(403);
    const ask = (user: Account, id: number) =>
      statusOf(askPage(args(formRequest(`/deputy/c/${id}`, { body: "问题" }, user), { id: String(id) })));
    expect(await ask(users.otherDeputy, commitments.jobs.id)).toBe(403);
    expect(await ask(users.deputy, commitments.foreign.id)).toBe(403);
  });

  it("lists: a deputy sees their own questions, staff their department's, the supervisor all of the jurisdiction", async () => {
    const { users } = world;
    const list = async (user: Account) =>
      (
        (await questionsLoader(args(getRequest("/questions", user)))) as {
          questions: { asker: string; department: string | null }[];
        }
      ).questions;
    expect((await list(users.deputy)).every((q) => q.asker === "王代表")).toBe(true);
    expect((await list(users.leadStaff)).every((q) => q.department === "区人力资源和社会保障局")).toBe(true);
    expect((await list(users.supervisor)).length).toBe(await db.question.count());
    expect(await list(users.otherSupervisor)).toEqual([]);
    expect(await statusOf(questionsLoader(args(getRequest("/questions", users.admin))))).toBe(403);
  });
});
