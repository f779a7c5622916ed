import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI_ACTOR, SYSTEM_ACTOR } from "~/models/audit.server";
import { decideFollowUp } from "~/models/followup-review.server";
import { followUpReports } from "~/domain/followup/reports";
import { analyseReport } from "~/domain/report/analyse";
import { ensureJurisdiction } from "~/models/jurisdiction.server";
import { getPublicCommitment } from "~/models/public/item.server";
import { importReport } from "~/models/report-import.server";
import { createUser } from "~/models/user.server";
import { loader as compareLoader } from "~/routes/compare.$reportId";
import { loader as xlsxLoader } from "~/routes/compare.$reportId_.table[.xlsx]";
import { loader as indexLoader } from "~/routes/followup._index";
import { action as reviewAction, loader as reviewLoader } from "~/routes/followup.$reportId";
import { loader as metricsLoader } from "~/routes/metrics.$slug";
import { createApiToken } from "~/utils/auth.server";
import { db } from "~/utils/db.server";

const fixture = (name: string) => readFileSync(`tests/fixtures/followup/${name}`);
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

let supervisor: { id: number; name: string; token: string };
let otherSupervisor: string;
let deputy: string;
let earlierId: number;
let laterId: number;

function get(path: string, token?: string) {
  return new Request(`http://test${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

function post(path: string, fields: Record<string, string>, token = supervisor.token) {
  return new Request(`http://test${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { Authorization: `Bearer ${token}` },
  });
}

async function account(email: string, role: "supervisor" | "deputy", jurisdiction: string) {
  await createUser({
    email,
    name: email.split("@")[0]!,
    role,
    jurisdiction,
    password: "a-long-password",
    actor: CLI_ACTOR,
  });
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } });
  return { ...user, token: await createApiToken(user.id) };
}

async function followUpOf(quote: string) {
  return db.followUp.findFirstOrThrow({
    where: { laterReportId: laterId, commitment: { quote } },
    select: {
      id: true,
      updatedAt: true,
      proposedVerdict: true,
      verdict: true,
      state: true,
      confidence: true,
      resultQuote: true,
      commitmentId: true,
    },
  });
}

describe("follow-ups of an earlier report proposed when the next one is imported", () => {
  beforeAll(async () => {
    await db.$transaction(async (tx) => {
      const city = await ensureJurisdiction(tx, { slug: "yunxi", name: "云溪市", level: "city", parentId: null });
      await ensureJurisdiction(tx, { slug: "minghu", name: "明湖区", level: "district", parentId: city.id });
      await ensureJurisdiction(tx, { slug: "qinghe", name: "清河区", level: "district", parentId: city.id });
    });
    supervisor = await account("sup@minghu.example.cn", "supervisor", "minghu");
    otherSupervisor = (await account("sup@qinghe.example.cn", "supervisor", "qinghe")).token;
    deputy = (await account("deputy@minghu.example.cn", "deputy", "minghu")).token;
    const earlier = await importReport({
      source: { bytes: fixture("minghu-2023.txt"), fileName: "minghu-2023.txt" },
      actor: SYSTEM_ACTOR,
      accept: true,
    });
    earlierId = earlier.reportId;
    const later = await importReport({
      source: { bytes: fixture("minghu-2024.txt"), fileName: "minghu-2024.txt" },
      actor: SYSTEM_ACTOR,
    });
    laterId = later.reportId;
  });

  it("proposes one follow-up per earlier promise due in the reviewed year, with the result's quote", async () => {
    const commitments = await db.commitment.count({ where: { reportId: earlierId } });
    expect(await db.followUp.count({ where: { laterReportId: laterId } })).toBe(commitments);
    expect(await followUpOf("城镇新增就业1.2万人以上")).toMatchObject({
      proposedVerdict: "achieved",
      state: "proposed",
      verdict: null,
      resultQuote: "新增就业13560人",
    });
    expect((await followUpOf("一般公共预算收入增长5%以上")).proposedVerdict).toBe("partial");
    expect((await followUpOf("建成人才公寓800套")).proposedVerdict).toBe("missed");
    expect((await followUpOf("东环路快速化改造工程建成通车")).proposedVerdict).toBe("in_progress");
    expect(await followUpOf("建成区级应急指挥中心")).toMatchObject({
      proposedVerdict: "not_mentioned",
      resultQuote: null,
    });
    const linked = await db.followUp.findFirstOrThrow({
      where: { laterReportId: laterId, commitment: { quote: "新建5G基站300个" } },
      select: { result: { select: { quote: true, reportId: true } } },
    });
    expect(linked.result).toEqual({ quote: "新建5G基站426个", reportId: laterId });
  });

  it("links carry-overs and tells the supervisors", async () => {
    const carried = await db.commitment.findMany({
      where: { reportId: laterId, carriedOverFromId: { not: null } },
      select: { quote: true, carriedOverFrom: { select: { quote: true } } },
      orderBy: { ordinal: "asc" },
    });
    expect(carried.map((c) => [c.carriedOverFrom?.quote, c.quote])).toEqual([
      ["东环路快速化改造工程建成通车", "确保东环路快速化改造工程年内建成通车"],
      ["市民文化中心投入使用", "推动市民文化中心尽快投入使用"],
    ]);
    const from = await db.commitment.findFirstOrThrow({ where: { quote: "东环路快速化改造工程建成通车" } });
    const chain = await db.commitment.findUniqueOrThrow({
      where: { id: from.id },
      select: { year: true, carriedOverTo: { select: { year: true } } },
    });
    expect(chain).toEqual({ year: 2023, carriedOverTo: { year: 2024 } });
    const page = await getPublicCommitment(from.id);
    expect(page?.carriedOverFrom).toBeNull();
    expect(page?.carriedOverTo).toBeNull(); // the 2024 promise is not published yet
    const inbox = await db.notification.findMany({ where: { userId: supervisor.id, kind: "followup.proposed" } });
    expect(inbox.length).toBeGreaterThan(0);
  });

  it("keeps proposals private until a supervisor confirms them, then publishes the verdict with its citation", async () => {
    const jobs = await followUpOf("城镇新增就业1.2万人以上");
    expect((await getPublicCommitment(jobs.commitmentId))?.followUps).toEqual([]);
    const anonymous = await compareLoader(args(get(`/compare/${earlierId}`), { reportId: String(earlierId) }));
    const row = anonymous.rows.find((r) => r.quote === "城镇新增就业1.2万人以上");
    expect(row?.followUp).toBeNull();

    const response = (await reviewAction(
      args(
        post(`/followup/${laterId}`, {
          intent: "decide",
          id: String(jobs.id),
          updatedAt: jobs.updatedAt.toISOString(),
          proposed: "achieved",
          verdict: "achieved",
          reason: "",
        }),
        { reportId: String(laterId) },
      ),
    )) as Response;
    expect(response.status).toBe(302);
    expect(await followUpOf("城镇新增就业1.2万人以上")).toMatchObject({ state: "confirmed", verdict: "achieved" });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entity: "commitment", entityId: jobs.commitmentId, action: "followup.confirm" },
    });
    expect(audit.public).toBe(true);
    expect(audit.actorId).toBe(supervisor.id);
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ verdict: "achieved", resultQuote: "新增就业13560人" });

    expect((await getPublicCommitment(jobs.commitmentId))?.followUps).toMatchObject([
      { verdict: "achieved", resultQuote: "新增就业13560人", laterReport: { id: laterId, year: 2024 } },
    ]);
    const after = await compareLoader(args(get(`/compare/${earlierId}`), { reportId: String(earlierId) }));
    expect(after.rows.find((r) => r.quote === "城镇新增就业1.2万人以上")?.followUp).toMatchObject({
      verdict: "achieved",
      resultValue: 13560,
    });
  });

  it("refuses an override without a reason, keeps what was typed, and audits the reason", async () => {
    const park = await followUpOf("东环路快速化改造工程建成通车");
    const fields = {
      intent: "decide",
      id: String(park.id),
      updatedAt: park.updatedAt.toISOString(),
      proposed: "in_progress",
      verdict: "missed",
      reason: "",
    };
    const refused = (await reviewAction(
      args(post(`/followup/${laterId}`, fields), { reportId: String(laterId) }),
    )) as unknown as {
      data: { errors: Record<string, string>; values: Record<string, string> };
      init: { status: number };
    };
    expect(refused.init.status).toBe(400);
    expect(refused.data.errors.reason).toBe("followup.v.reasonRequired");
    expect(refused.data.values.verdict).toBe("missed");

    const reason = "主体完工不等于建成通车，年度目标未实现";
    await reviewAction(args(post(`/followup/${laterId}`, { ...fields, reason }), { reportId: String(laterId) }));
    expect(await followUpOf("东环路快速化改造工程建成通车")).toMatchObject({ state: "overridden", verdict: "missed" });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entity: "commitment", entityId: park.commitmentId, action: "followup.override" },
    });
    expect(audit.reason).toBe(reason);
    expect(JSON.parse(audit.before ?? "{}")).toMatchObject({ proposedVerdict: "in_progress" });
  });

  it("refuses a decision on a proposal that changed since it was shown", async () => {
    const flats = await followUpOf("建成人才公寓800套");
    await decideFollowUp({
      id: flats.id,
      updatedAt: flats.updatedAt,
      actor: { id: supervisor.id, name: supervisor.name },
    });
    await expect(
      decideFollowUp({
        id: flats.id,
        updatedAt: flats.updatedAt,
        verdict: "partial",
        reason: "x",
        actor: { id: supervisor.id, name: supervisor.name },
      }),
    ).rejects.toMatchObject({ code: "followup.review.conflict", status: 409 });
  });

  it("finds a sentence in the review text and records it and the figure picked as the verdict's evidence", async () => {
    const flats = await followUpOf("建成人才公寓800套");
    const search = `/followup/${laterId}?row=${flats.id}&find=${encodeURIComponent("人才 公寓")}&pick=0`;
    const screen = await reviewLoader(args(get(search, supervisor.token), { reportId: String(laterId) }));
    expect(screen.found?.row).toBe(flats.id);
    const picked = screen.found!.picked!;
    expect(picked.text).toContain("建成人才公寓620套");
    expect(picked.figures).toContainEqual(expect.objectContaining({ value: 620, unit: "套" }));
    expect((await reviewLoader(args(get(`/followup/${laterId}?row=${flats.id}&find=不存在的项目`, supervisor.token), { reportId: String(laterId) }))).found?.sentences).toEqual([]); // prettier-ignore

    const fields = {
      intent: "decide",
      id: String(flats.id),
      updatedAt: flats.updatedAt.toISOString(),
      proposed: flats.proposedVerdict,
      verdict: "partial",
      reason: "620套已建成，另有180套主体完工",
      resultQuote: picked.text,
      resultFigure: "620|套",
    };
    const send = (extra: Record<string, string>) =>
      reviewAction(args(post(`/followup/${laterId}`, { ...fields, ...extra }), { reportId: String(laterId) }));
    type Refused = {
      data: { errors: Record<string, string>; values: Record<string, string> };
      init: { status: number };
    };
    const notInReport = (await send({ resultQuote: "人才公寓全部建成" })) as unknown as Refused;
    expect(notInReport.init.status).toBe(400);
    expect(notInReport.data.errors.resultQuote).toBe("followup.v.quoteNotFound");
    expect(notInReport.data.values.resultQuote).toBe("人才公寓全部建成");
    const notInQuote = (await send({ resultFigure: "800|套" })) as unknown as Refused;
    expect(notInQuote.data.errors.resultFigure).toBe("followup.v.figureNotInQuote");

    expect(((await send({})) as Response).status).toBe(302);
    const stored = await db.followUp.findUniqueOrThrow({ where: { id: flats.id } });
    expect(stored).toMatchObject({
      state: "overridden",
      verdict: "partial",
      resultQuote: picked.text,
      resultValue: 620,
      resultUnit: "套",
      resultId: null,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entity: "commitment", entityId: flats.commitmentId, action: "followup.override" },
    });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ verdict: "partial", resultValue: 620, resultUnit: "套" });
    const staff = await compareLoader(
      args(get(`/compare/${earlierId}`, supervisor.token), { reportId: String(earlierId) }),
    );
    expect(staff.rows.find((r) => r.quote === "建成人才公寓800套")?.followUp).toMatchObject({
      verdict: "partial",
      resultQuote: picked.text,
      resultValue: 620,
    });
  });

  it("hides an unpublished report's 对照表 from the public but shows supervisors the proposals", async () => {
    const hidden = await thrown(compareLoader(args(get(`/compare/${laterId}`), { reportId: String(laterId) })));
    expect(hidden.status).toBe(404);
    const staff = await compareLoader(
      args(get(`/compare/${earlierId}`, supervisor.token), { reportId: String(earlierId) }),
    );
    expect(staff.staff).toBe(true);
    const proposed = [...staff.rows.map((r) => r.followUp), ...staff.silent].filter((f) => f?.state === "proposed");
    expect(proposed.length).toBeGreaterThan(0);
    const publicView = await compareLoader(args(get(`/compare/${earlierId}`), { reportId: String(earlierId) }));
    expect(publicView.rows.every((r) => r.followUp === null || r.followUp.state !== "proposed")).toBe(true);
    expect(publicView.silent.every((f) => f.state !== "proposed")).toBe(true);
    expect(publicView.rows.length).toBe(staff.rows.length);
  });

  it("confirms all high-confidence results at once, and only those: a silence is confirmed one by one", async () => {
    const before = await db.followUp.findMany({ where: { laterReportId: laterId, state: "proposed" } });
    const sure = before.filter((f) => f.confidence >= 0.85 && f.proposedVerdict !== "not_mentioned").length;
    expect(sure).toBeGreaterThan(5);
    expect(before.some((f) => f.confidence >= 0.85 && f.proposedVerdict === "not_mentioned")).toBe(true);
    const response = (await reviewAction(
      args(post(`/followup/${laterId}`, { intent: "confirmAll" }), { reportId: String(laterId) }),
    )) as Response;
    expect(response.headers.get("Location")).toBe(`/followup/${laterId}?confirmed=${sure}`);
    const left = await db.followUp.findMany({ where: { laterReportId: laterId, state: "proposed" } });
    expect(left.length).toBe(before.length - sure);
    expect(left.every((f) => f.confidence < 0.85 || f.proposedVerdict === "not_mentioned")).toBe(true);
  });

  it("keeps confirmed verdicts when the later report is imported again", async () => {
    await importReport({ source: { bytes: fixture("minghu-2024.txt"), fileName: "again.txt" }, actor: SYSTEM_ACTOR });
    expect(await followUpOf("城镇新增就业1.2万人以上")).toMatchObject({ state: "confirmed", verdict: "achieved" });
    expect(await followUpOf("东环路快速化改造工程建成通车")).toMatchObject({ state: "overridden", verdict: "missed" });
  });

  it("guards the review pages: supervisors of the jurisdiction only", async () => {
    const anonymous = await thrown(reviewLoader(args(get(`/followup/${laterId}`), { reportId: String(laterId) })));
    expect(anonymous.status).toBe(302);
    for (const token of [otherSupervisor, deputy]) {
      const refused = await thrown(
        reviewLoader(args(get(`/followup/${laterId}`, token), { reportId: String(laterId) })),
      );
      expect(refused.status).toBe(403);
      const post403 = await thrown(
        reviewAction(
          args(post(`/followup/${laterId}`, { intent: "confirmAll" }, token), { reportId: String(laterId) }),
        ),
      );
      expect(post403.status).toBe(403);
    }
    expect((await thrown(indexLoader(args(get("/followup", deputy))))).status).toBe(403);
    const index = await indexLoader(args(get("/followup", supervisor.token)));
    expect(index.reports.map((r) => r.id)).toEqual([laterId]);
    const screen = await reviewLoader(
      args(get(`/followup/${laterId}`, supervisor.token), { reportId: String(laterId) }),
    );
    expect(screen.rows.length).toBeGreaterThan(30);
    const missing = await thrown(reviewLoader(args(get("/followup/9999", supervisor.token), { reportId: "9999" })));
    expect(missing.status).toBe(404);
  });

  it("lists publicly, once confirmed, the promises the next report never mentions", async () => {
    // A "not mentioned" still proposed (confirming all at once above leaves every silence to be confirmed alone).
    const staff = await compareLoader(
      args(get(`/compare/${earlierId}`, supervisor.token), { reportId: String(earlierId) }),
    );
    const pending = staff.silent.find((f) => f.state === "proposed");
    expect(pending).toBeDefined();
    const quote = pending!.commitment.quote;
    const before = await compareLoader(args(get(`/compare/${earlierId}`), { reportId: String(earlierId) }));
    expect(before.silent.map((f) => f.commitment.quote)).not.toContain(quote);
    const silent = await followUpOf(quote);
    await decideFollowUp({
      id: silent.id,
      updatedAt: silent.updatedAt,
      actor: { id: supervisor.id, name: supervisor.name },
    });
    const after = await compareLoader(args(get(`/compare/${earlierId}`), { reportId: String(earlierId) }));
    expect(after.silent.map((f) => f.commitment.quote)).toContain(quote);
    expect((await getPublicCommitment(silent.commitmentId))?.followUps).toMatchObject([
      { verdict: "not_mentioned", resultQuote: null },
    ]);
  });

  it("downloads the 对照表 as XLSX with numbers as numbers", async () => {
    const response = await xlsxLoader(args(get(`/compare/${earlierId}/table.xlsx`), { reportId: String(earlierId) }));
    expect(response.headers.get("Content-Type")).toMatch(/spreadsheetml/);
    expect(response.headers.get("Content-Disposition")).toMatch(/attachment/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const jobs = rows.find((r) => r.includes("城镇新增就业1.2万人以上"));
    expect(jobs).toBeDefined();
    expect(jobs).toContain(1.2);
    expect(jobs).toContain(13560);
    expect(jobs).toContain("新增就业13560人");
  });

  it("proposes follow-ups also when the earlier report arrives after the later one", async () => {
    const later = await importReport({
      source: { bytes: fixture("minghu-2024.txt"), fileName: "b.txt" },
      jurisdiction: "qinghe",
      actor: SYSTEM_ACTOR,
    });
    expect(await db.followUp.count({ where: { laterReportId: later.reportId } })).toBe(0);
    await importReport({
      source: { bytes: fixture("minghu-2023.txt"), fileName: "a.txt" },
      jurisdiction: "qinghe",
      actor: SYSTEM_ACTOR,
    });
    expect(await db.followUp.count({ where: { laterReportId: later.reportId } })).toBeGreaterThan(30);
  });

  it("reckons a promised growth from two years' levels, as the command line does", async () => {
    const report = (year: number, review: string, plan: string) =>
      Buffer.from(
        [
          `${year}年松林区政府工作报告`,
          "各位代表：",
          `一、${year - 1}年工作回顾`,
          review,
          `二、${year}年工作安排`,
          plan,
        ].join("\n"),
      );
    const earlierText = report(2023, "全区一般公共预算收入完成10亿元，增长3%。", "一般公共预算收入增长5%以上。");
    const laterText = report(2024, "全区一般公共预算收入完成10.8亿元。", "继续努力。");
    await db.$transaction((tx) =>
      ensureJurisdiction(tx, { slug: "songlin", name: "松林区", level: "district", parentId: null }),
    );
    const imported = async (bytes: Buffer, fileName: string, accept: boolean) =>
      importReport({ source: { bytes, fileName }, jurisdiction: "songlin", actor: SYSTEM_ACTOR, accept });
    await imported(earlierText, "songlin-2023.txt", true);
    const later = await imported(laterText, "songlin-2024.txt", false);
    const proposal = await db.followUp.findFirstOrThrow({
      where: { laterReportId: later.reportId, commitment: { quote: "一般公共预算收入增长5%以上" } },
      select: { proposedVerdict: true, resultQuote: true },
    });
    const read = (bytes: Buffer) => ({ text: bytes.toString(), analysis: analyseReport(bytes.toString()) });
    const [cli] = followUpReports(read(earlierText), read(laterText));
    expect(cli).toMatchObject({ verdict: "achieved", evidence: { route: "derived" } });
    expect(proposal).toEqual({ proposedVerdict: cli!.verdict, resultQuote: cli!.result!.quote });
  });

  it("draws metric series from published reports only", async () => {
    const result = await metricsLoader(args(get("/metrics/minghu"), { slug: "minghu" }));
    expect(result.jurisdiction.name).toBe("明湖区");
    expect(result.reports.map((r) => r.year)).toEqual([2023]);
    expect((await thrown(metricsLoader(args(get("/metrics/nowhere"), { slug: "nowhere" })))).status).toBe(404);
  });
});
