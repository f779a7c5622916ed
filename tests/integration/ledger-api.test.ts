// The write API with personal tokens: JSON in and out, errors as {"error": "…"} with 4xx.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import * as apiHistory from "~/routes/api.v1.commitments.$id_.history";
import * as apiUpdates from "~/routes/api.v1.commitments.$id_.updates";
import * as apiCommitment from "~/routes/api.v1.commitments.$id";
import * as apiReports from "~/routes/api.v1.reports";
import * as apiReview from "~/routes/api.v1.updates.$id.review";
import { db } from "~/utils/db.server";
import { api, makeItem, run, setUpLedger, type LedgerFixture } from "./support/ledger";

let fx: LedgerFixture;
beforeAll(async () => {
  fx = await setUpLedger();
});

const as = (role: keyof LedgerFixture["people"]) => fx.people[role];

describe("write API", () => {
  it("POST /api/v1/reports imports a report's text, and the same text again updates it", async () => {
    const text = readFileSync("data/reports/zhangdian-2025.txt", "utf8");
    const first = await run(
      apiReports.action,
      api(as("supervisor"), "/api/v1/reports", "POST", { jurisdiction: "zhangdian", text }),
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: expect.any(Number), commitments: expect.any(Number), created: true });
    const again = await run(
      apiReports.action,
      api(as("supervisor"), "/api/v1/reports", "POST", { jurisdiction: "zhangdian", year: 2025, text }),
    );
    expect(again).toMatchObject({ status: 200, body: { id: (first.body as { id: number }).id, created: false } });
    expect(await db.report.count()).toBe(1);

    const bad = await run(
      apiReports.action,
      api(as("supervisor"), "/api/v1/reports", "POST", { jurisdiction: "zhangdian", text: "not a report at all" }),
    );
    expect(bad).toMatchObject({
      status: 422,
      body: { error: expect.stringContaining("not look like a government work report") },
    });
    const unknown = await run(
      apiReports.action,
      api(as("supervisor"), "/api/v1/reports", "POST", { jurisdiction: "atlantis", text }),
    );
    expect(unknown).toMatchObject({ status: 422, body: { error: "Unknown jurisdiction “atlantis”." } });
    const extra = await run(
      apiReports.action,
      api(as("supervisor"), "/api/v1/reports", "POST", { jurisdiction: "zhangdian", text, x: 1 }),
    );
    expect(extra).toMatchObject({ status: 400, body: { error: expect.any(String) } });
    const notJson = await run(
      apiReports.action,
      new Request("http://test/api/v1/reports", {
        method: "POST",
        headers: { Authorization: `Bearer ${as("supervisor").token}` },
        body: "x",
      }),
    );
    expect(notJson).toMatchObject({ status: 415, body: { error: expect.any(String) } });
  });

  it("PATCH /api/v1/commitments/:id assigns by department name and sets statuses under the rules", async () => {
    const c = await makeItem(fx);
    const patch = (body: unknown) =>
      run(apiCommitment.action, api(as("supervisor"), `/api/v1/commitments/${c.id}`, "PATCH", body), {
        id: String(c.id),
      });
    const assigned = await patch({
      leadDepartment: "区民政局",
      cooperating: ["区商务局"],
      dueDate: "2025-10-31",
      responsiblePerson: "刘科长",
    });
    expect(assigned).toMatchObject({
      status: 200,
      body: {
        leadDepartment: { name: "区民政局" },
        cooperating: [{ name: "区商务局" }],
        dueDate: "2025-10-31",
        responsiblePerson: "刘科长",
      },
    });
    expect(await patch({ status: "changed" })).toMatchObject({
      status: 422,
      body: { error: "A changed or withdrawn item needs a reason." },
    });
    expect(await patch({ status: "verified" })).toMatchObject({
      status: 422,
      body: { error: "Only an item reported done can be crossed off." },
    });
    expect(await patch({ status: "finished" })).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining("status") },
    });
    expect(await patch({ leadDepartment: "区不存在局" })).toMatchObject({ status: 422 });
    expect(await patch({})).toMatchObject({ status: 400, body: { error: "Nothing to change." } });
    expect(await patch({ status: "done" })).toMatchObject({ status: 200, body: { status: "done", progress: 100 } });
    expect(await patch({ status: "verified" })).toMatchObject({ status: 200, body: { status: "verified" } });
    const wrongMethod = await run(
      apiCommitment.action,
      api(as("supervisor"), `/api/v1/commitments/${c.id}`, "POST", { sector: "x" }),
      { id: String(c.id) },
    );
    expect(wrongMethod.status).toBe(405);
    const missing = await run(
      apiCommitment.action,
      api(as("supervisor"), "/api/v1/commitments/999999", "PATCH", { sector: "x" }),
      { id: "999999" },
    );
    expect(missing).toMatchObject({ status: 404, body: { error: "Not found." } });
  });

  it("POST /api/v1/commitments/:id/updates submits an update with titled http(s) evidence", async () => {
    const c = await makeItem(fx);
    const post = (body: unknown) =>
      run(apiUpdates.action, api(as("leadStaff"), `/api/v1/commitments/${c.id}/updates`, "POST", body), {
        id: String(c.id),
      });
    const created = await post({
      status: "in_progress",
      progress: 65,
      actualValue: 0.9,
      actualUnit: "万人",
      note: "上半年新增就业0.9万人",
      evidence: [{ url: "https://example.gov.cn/2025/06", title: "半年通报" }],
    });
    expect(created).toMatchObject({ status: 201, body: { id: expect.any(Number), state: "submitted" } });
    const update = await db.statusUpdate.findUniqueOrThrow({
      where: { id: (created.body as { id: number }).id },
      include: { evidence: true },
    });
    expect(update.evidence).toMatchObject([{ kind: "link", url: "https://example.gov.cn/2025/06", title: "半年通报" }]);

    expect(await post({ status: "in_progress", evidence: [{ url: "javascript:alert(1)", title: "x" }] })).toMatchObject(
      {
        status: 400,
        body: { error: "evidence.0.url: Enter a link starting with http:// or https://." },
      },
    );
    expect(await post({ status: "in_progress", evidence: [{ url: "https://a.cn" }] })).toMatchObject({ status: 400 });
    expect(await post({ status: "verified" })).toMatchObject({
      status: 422,
      body: { error: expect.stringContaining("You may not set this status") },
    });
    expect(await post({ status: "changed" })).toMatchObject({ status: 422 });
    expect(await post({ status: "changed", note: "并入明年重点项目" })).toMatchObject({ status: 201 });
  });

  it("POST /api/v1/updates/:id/review publishes or returns with a reason; GET history shows it all", async () => {
    const c = await makeItem(fx);
    const submit = () =>
      run(
        apiUpdates.action,
        api(as("leadStaff"), `/api/v1/commitments/${c.id}/updates`, "POST", { status: "in_progress", progress: 75 }),
        { id: String(c.id) },
      );
    const review = (id: number, body: unknown) =>
      run(apiReview.action, api(as("supervisor"), `/api/v1/updates/${id}/review`, "POST", body), { id: String(id) });
    const one = (await submit()).body as { id: number };
    const two = (await submit()).body as { id: number };
    expect(await review(one.id, { decision: "return" })).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining("reason") },
    });
    expect(await review(one.id, { decision: "return", reason: "数据与统计局口径不一致" })).toMatchObject({
      status: 200,
      body: { id: one.id, state: "returned" },
    });
    expect(await review(two.id, { decision: "publish" })).toMatchObject({
      status: 200,
      body: { id: two.id, state: "published" },
    });
    expect(await review(two.id, { decision: "publish" })).toMatchObject({
      status: 409,
      body: { error: "This update has already been dealt with." },
    });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).progress).toBe(75);

    const history = await run(apiHistory.loader, api(as("supervisor"), `/api/v1/commitments/${c.id}/history`), {
      id: String(c.id),
    });
    expect(history.status).toBe(200);
    const events = (
      history.body as {
        events: {
          entity: string;
          entityId: number;
          action: string;
          reason: string | null;
          public: boolean;
          changes: { field: string; before: unknown; after: unknown }[];
        }[];
      }
    ).events;
    const summary = events.map(
      (e) => `${e.entity}#${e.entityId === c.id ? "c" : e.entityId}.${e.action}${e.public ? "*" : ""}`,
    );
    expect(summary).toEqual(
      expect.arrayContaining([
        `update#${one.id}.submit`,
        `update#${one.id}.return`,
        `update#${two.id}.publish*`,
        "commitment#c.progress*",
      ]),
    );
    const progress = events.find((e) => e.action === "progress")!;
    expect(progress.changes).toContainEqual({ field: "progress", before: 30, after: 75 });
    expect(events.find((e) => e.action === "return")?.reason).toBe("数据与统计局口径不一致");
    // A deputy, who may not open the item's ledger page, gets its public record only.
    const publicOnly = await run(apiHistory.loader, api(as("deputy"), `/api/v1/commitments/${c.id}/history`), {
      id: String(c.id),
    });
    const deputyEvents = (publicOnly.body as { events: { action: string; public: boolean; reason: unknown }[] }).events;
    expect(deputyEvents.map((e) => e.action).sort()).toEqual(["progress", "publish"]);
    expect(deputyEvents.every((e) => e.public && e.reason === null)).toBe(true);
  });
});
