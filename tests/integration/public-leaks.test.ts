// Only published information is public: every public loader, download, feed and API answer is
// checked against rows that must never show (unpublished updates, staff notes, ballots,
// unaccepted or unpublished commitments, proposed verdicts).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, recordAudit } from "~/models/audit.server";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { importReport } from "~/models/report-import.server";
import { createUser } from "~/models/user.server";
import { db } from "~/utils/db.server";
import { loader as home } from "~/routes/_index";
import { loader as place } from "~/routes/j.$slug._index";
import { loader as scorecard } from "~/routes/j.$slug.$year._index";
import { loader as list } from "~/routes/j.$slug.$year.commitments";
import { loader as csv } from "~/routes/j.$slug.$year.commitments[.]csv";
import { loader as json } from "~/routes/j.$slug.$year.commitments[.]json";
import { loader as item } from "~/routes/c.$id";
import { loader as viewer } from "~/routes/r.$id";
import { loader as apiJurisdictions } from "~/routes/api.v1.jurisdictions";
import { loader as apiReports } from "~/routes/api.v1.reports";
import { loader as apiCommitments } from "~/routes/api.v1.commitments";
import { loader as apiCommitment } from "~/routes/api.v1.commitments.$id";
import { loader as openapi } from "~/routes/api.v1.openapi[.]json";
import { loader as docs } from "~/routes/api.docs";
import { loader as feed } from "~/routes/feeds.$file";
import { loader as itemFeed } from "~/routes/feeds.c.$file";
import { loader as embed } from "~/routes/embed.j.$slug";
import { loader as badge } from "~/routes/badge.$file";

type Loader = (args: { request: Request; params: Record<string, string>; context: object }) => unknown;

const SECRETS = [
  "SECRET-SUBMITTED-NOTE",
  "SECRET-RETURNED-NOTE",
  "SECRET-RETURN-REASON",
  "secret.example",
  "SECRET-AUDIT",
  "SECRET-PERSON",
  "SECRET-STATUS-REASON",
  "SECRET-PROPOSED-QUOTE",
  "SECRET-UNACCEPTED-QUOTE",
  "秘密投票代表",
  "SECRET-VOTE-TITLE",
  "SECRET-REVIEWER",
];

let publicId = 0;
let unacceptedId = 0;
let unpublishedId = 0;
let publishedReportId = 0;
let reviewingReportId = 0;

async function run(loader: Loader, url: string, params: Record<string, string> = {}) {
  try {
    const result = await loader({ request: new Request(`http://test${url}`), params, context: {} });
    if (result instanceof Response) return { status: result.status, text: await result.text() };
    return { status: 200, text: JSON.stringify(result) };
  } catch (error) {
    if (error instanceof Response) return { status: error.status, text: await error.text() };
    throw error;
  }
}

beforeAll(async () => {
  await ensureDemoJurisdictions();
  const published = await importReport({
    source: { bytes: readFileSync("data/reports/zhangdian-2025.txt"), fileName: "zhangdian-2025.txt" },
    actor: SYSTEM_ACTOR,
    accept: true,
  });
  publishedReportId = published.reportId;
  const reviewing = await importReport({
    source: { bytes: readFileSync("data/reports/tianqiao-2025.txt"), fileName: "tianqiao-2025.txt" },
    actor: SYSTEM_ACTOR,
  });
  reviewingReportId = reviewing.reportId;
  const password = "correct horse battery";
  const staff = await createUser({
    email: "staff@example.cn",
    name: "SECRET-REVIEWER",
    role: "staff",
    jurisdiction: "zhangdian",
    department: "区人力资源和社会保障局",
    password,
    actor: SYSTEM_ACTOR,
  });
  const deputy = await createUser({
    email: "deputy@example.cn",
    name: "王代表",
    role: "deputy",
    jurisdiction: "zhangdian",
    password,
    actor: SYSTEM_ACTOR,
  });
  const voter = await createUser({
    email: "voter@example.cn",
    name: "秘密投票代表",
    role: "deputy",
    jurisdiction: "zhangdian",
    password,
    actor: SYSTEM_ACTOR,
  });

  const target = await db.commitment.findFirstOrThrow({
    where: { reportId: publishedReportId, quote: { contains: "新增城镇就业" } },
    select: { id: true, jurisdictionId: true },
  });
  publicId = target.id;
  const jurisdictionId = target.jurisdictionId;
  await db.commitment.update({
    where: { id: publicId },
    data: {
      status: "in_progress",
      progress: 60,
      responsiblePerson: "SECRET-PERSON",
      statusReason: "SECRET-STATUS-REASON",
      leadDepartmentId: staff.departmentId,
    },
  });
  const visible = await db.statusUpdate.create({
    data: {
      commitmentId: publicId,
      authorId: staff.id,
      reviewerId: staff.id,
      status: "in_progress",
      progress: 60,
      note: "PUBLISHED-NOTE 已新增就业7800人",
      state: "published",
      reviewedAt: new Date(),
      evidence: { create: [{ kind: "link", title: "PUBLISHED-EVIDENCE", url: "https://www.zhangdian.gov.cn/x" }] },
    },
  });
  await db.statusUpdate.create({
    data: {
      commitmentId: publicId,
      authorId: staff.id,
      status: "done",
      progress: 100,
      note: "SECRET-SUBMITTED-NOTE",
      state: "submitted",
      evidence: { create: [{ kind: "link", title: "x", url: "https://secret.example/submitted" }] },
    },
  });
  const returned = await db.statusUpdate.create({
    data: {
      commitmentId: publicId,
      authorId: staff.id,
      status: "done",
      progress: 100,
      note: "SECRET-RETURNED-NOTE",
      state: "returned",
      returnReason: "SECRET-RETURN-REASON",
    },
  });
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      actor: { id: staff.id, name: "SECRET-REVIEWER" },
      entity: "update",
      entityId: visible.id,
      action: "publish",
      jurisdictionId,
      after: { status: "in_progress", progress: 60, note: "visible only as fields we whitelist" },
      public: true,
    });
    await recordAudit(tx, {
      actor: { id: staff.id, name: "SECRET-REVIEWER" },
      entity: "update",
      entityId: returned.id,
      action: "return",
      jurisdictionId,
      after: { note: "SECRET-AUDIT" },
      reason: "SECRET-AUDIT",
    });
    // Even marked public by mistake, an event about a returned update never reaches a feed.
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      entity: "update",
      entityId: returned.id,
      action: "publish",
      jurisdictionId,
      after: { status: "SECRET-AUDIT" },
      public: true,
    });
  });

  const unaccepted = await db.commitment.create({
    data: {
      reportId: publishedReportId,
      jurisdictionId,
      year: 2025,
      quote: "SECRET-UNACCEPTED-QUOTE 建成秘密项目",
      kind: "deliverable",
      metric: "SECRET-UNACCEPTED-QUOTE",
      reviewState: "proposed",
    },
  });
  unacceptedId = unaccepted.id;
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      entity: "commitment",
      entityId: unacceptedId,
      action: "accept",
      jurisdictionId,
      after: { reviewState: "SECRET-AUDIT" },
      public: true,
    }),
  );
  const inReviewing = await db.commitment.findFirstOrThrow({
    where: { reportId: reviewingReportId },
    select: { id: true },
  });
  unpublishedId = inReviewing.id;
  await db.commitment.update({ where: { id: unpublishedId }, data: { reviewState: "accepted" } });

  const other = await db.commitment.findFirstOrThrow({
    where: { reportId: publishedReportId, id: { not: publicId }, quote: { contains: "地区生产总值" } },
    select: { id: true },
  });
  await db.followUp.create({
    data: {
      commitmentId: other.id,
      laterReportId: publishedReportId,
      resultQuote: "SECRET-PROPOSED-QUOTE",
      proposedVerdict: "achieved",
      confidence: 0.9,
      state: "proposed",
    },
  });
  await db.followUp.create({
    data: {
      commitmentId: publicId,
      laterReportId: publishedReportId,
      resultQuote: "CONFIRMED-QUOTE 新增城镇就业1.52万人",
      proposedVerdict: "achieved",
      verdict: "achieved",
      confidence: 0.9,
      state: "confirmed",
      confirmedAt: new Date(),
    },
  });

  const session = await db.voteSession.create({
    data: { jurisdictionId, year: 2025, title: "SECRET-VOTE-TITLE", state: "voting" },
  });
  const project = await db.livelihoodProject.create({ data: { sessionId: session.id, title: "候选项目" } });
  await db.ballot.create({ data: { projectId: project.id, deputyId: voter.id, choice: "against" } });

  const inspection = await db.inspection.create({
    data: {
      jurisdictionId,
      deputyId: deputy.id,
      visitedOn: new Date("2025-06-01T00:00:00Z"),
      place: "区人力资源市场",
      observation: "INSPECTION-OBS 招聘会现场",
      assessment: "on_track",
      commitments: { create: [{ commitmentId: publicId }] },
    },
  });
  expect(inspection.id).toBeGreaterThan(0);
  await db.question.create({
    data: {
      commitmentId: publicId,
      askerId: deputy.id,
      departmentId: staff.departmentId,
      body: "QUESTION-BODY 就业数据如何统计？",
      dueAt: new Date("2025-07-01T00:00:00Z"),
    },
  });
});

async function everyPublicOutput() {
  const y = "2025";
  const outputs = [
    await run(home as Loader, "/"),
    await run(place as Loader, "/j/zhangdian", { slug: "zhangdian" }),
    await run(scorecard as Loader, `/j/zhangdian/${y}`, { slug: "zhangdian", year: y }),
    await run(list as Loader, `/j/zhangdian/${y}/commitments`, { slug: "zhangdian", year: y }),
    await run(list as Loader, `/j/zhangdian/${y}/commitments?perPage=100`, { slug: "zhangdian", year: y }),
    await run(list as Loader, `/j/zhangdian/${y}/commitments?q=SECRET`, { slug: "zhangdian", year: y }),
    await run(csv as Loader, `/j/zhangdian/${y}/commitments.csv`, { slug: "zhangdian", year: y }),
    await run(json as Loader, `/j/zhangdian/${y}/commitments.json`, { slug: "zhangdian", year: y }),
    await run(item as Loader, `/c/${publicId}`, { id: String(publicId) }),
    await run(viewer as Loader, `/r/${publishedReportId}`, { id: String(publishedReportId) }),
    await run(apiJurisdictions as Loader, "/api/v1/jurisdictions"),
    await run(apiReports as Loader, "/api/v1/reports"),
    await run(apiCommitments as Loader, "/api/v1/commitments?perPage=100"),
    await run(apiCommitments as Loader, "/api/v1/commitments?q=SECRET"),
    await run(apiCommitment as Loader, `/api/v1/commitments/${publicId}`, { id: String(publicId) }),
    await run(openapi as Loader, "/api/v1/openapi.json"),
    await run(docs as Loader, "/api/docs"),
    await run(feed as Loader, "/feeds/zhangdian.atom", { file: "zhangdian.atom" }),
    await run(feed as Loader, "/feeds/tianqiao.atom", { file: "tianqiao.atom" }),
    await run(itemFeed as Loader, `/feeds/c/${publicId}.atom`, { file: `${publicId}.atom` }),
    await run(embed as Loader, "/embed/j/zhangdian", { slug: "zhangdian" }),
    await run(badge as Loader, "/badge/zhangdian.svg", { file: "zhangdian.svg" }),
  ];
  return outputs;
}

describe("public outputs show published information only", () => {
  it("never contain unpublished updates, staff notes, ballots, unaccepted or unpublished commitments", async () => {
    const outputs = await everyPublicOutput();
    for (const output of outputs) {
      for (const secret of SECRETS) expect(output.text, `${secret} leaked`).not.toContain(secret);
    }
    const all = outputs.map((o) => o.text).join("\n");
    const unpublishedQuote = (await db.commitment.findUniqueOrThrow({ where: { id: unpublishedId } })).quote;
    expect(all).not.toContain(JSON.stringify(unpublishedQuote).slice(1, -1));
  });

  it("do contain what is published: the update, its evidence, the inspection, the question, the confirmed verdict", async () => {
    const page = await run(item as Loader, `/c/${publicId}`, { id: String(publicId) });
    for (const text of ["PUBLISHED-NOTE", "PUBLISHED-EVIDENCE", "INSPECTION-OBS", "QUESTION-BODY", "CONFIRMED-QUOTE"])
      expect(page.text).toContain(text);
    const api = JSON.parse(
      (await run(apiCommitment as Loader, `/api/v1/commitments/${publicId}`, { id: String(publicId) })).text,
    );
    expect(api.updates).toHaveLength(1);
    expect(api.updates[0].note).toContain("PUBLISHED-NOTE");
    expect(api.verdicts).toEqual([expect.objectContaining({ verdict: "achieved" })]);
    expect(api.statusReason).toBeNull();
    const atom = await run(itemFeed as Loader, `/feeds/c/${publicId}.atom`, { file: `${publicId}.atom` });
    expect(atom.text).toContain("<entry>");
  });

  it("answer 404 for an unaccepted commitment, a commitment of an unpublished report and an unpublished report", async () => {
    for (const id of [unacceptedId, unpublishedId]) {
      expect((await run(item as Loader, `/c/${id}`, { id: String(id) })).status).toBe(404);
      expect((await run(apiCommitment as Loader, `/api/v1/commitments/${id}`, { id: String(id) })).status).toBe(404);
      expect((await run(itemFeed as Loader, `/feeds/c/${id}.atom`, { file: `${id}.atom` })).status).toBe(404);
    }
    expect((await run(viewer as Loader, `/r/${reviewingReportId}`, { id: String(reviewingReportId) })).status).toBe(
      404,
    );
    const reports = JSON.parse((await run(apiReports as Loader, "/api/v1/reports")).text);
    expect(reports.items.map((r: { id: number }) => r.id)).toEqual([publishedReportId]);
    expect((await run(place as Loader, "/j/tianqiao", { slug: "tianqiao" })).text).not.toContain("2025");
  });

  it("count only public promises on the scorecard and in the list", async () => {
    const accepted = await db.commitment.count({ where: { reportId: publishedReportId, reviewState: "accepted" } });
    const card = JSON.parse(
      (await run(scorecard as Loader, "/j/zhangdian/2025", { slug: "zhangdian", year: "2025" })).text,
    );
    expect(card.scorecard.total).toBe(accepted);
    const api = JSON.parse(
      (await run(apiCommitments as Loader, "/api/v1/commitments?jurisdiction=zhangdian&year=2025")).text,
    );
    expect(api.total).toBe(accepted);
    expect(card.scorecard.byAssessment.find((a: { key: string }) => a.key === "achieved").count).toBe(1);
  });
});
