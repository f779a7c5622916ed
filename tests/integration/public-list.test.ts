// The public list and scorecard in SQL: 序时进度 in SQL agrees with the domain rule, Chinese search of
// any length, filters, sorting, paging, canonical URLs, ETags.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { progressState } from "~/domain/progress/expected";
import { DEFAULT_FILTERS, type ListFilters } from "~/domain/public/filters";
import { STATUSES } from "~/domain/vocab";
import { SYSTEM_ACTOR } from "~/models/audit.server";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { listPublicCommitments } from "~/models/public/list.server";
import { getScorecard } from "~/models/public/scorecard.server";
import { importReport } from "~/models/report-import.server";
import { loader as list } from "~/routes/j.$slug.$year.commitments";
import { loader as apiCommitments } from "~/routes/api.v1.commitments";
import { db } from "~/utils/db.server";

let jurisdictionId = 0;
let reportId = 0;
let employmentId = 0;
let fixtureReportId = 0;
let calls = 0;

/** A fresh version per call, so memoised results never stand in for a different `today`. */
const fresh = () => `test-${++calls}`;

async function listAll(
  filters: Partial<ListFilters>,
  today = new Date(),
  jurisdiction: number | null = jurisdictionId,
) {
  return listPublicCommitments(
    { jurisdictionId: jurisdiction, filters: { ...DEFAULT_FILTERS, perPage: 100, ...filters }, today },
    fresh(),
  );
}

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

const args = (url: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) => ({
  request: new Request(`http://test${url}`, { headers }),
  params,
  context: {},
});

beforeAll(async () => {
  await ensureDemoJurisdictions();
  const outcome = await importReport({
    source: { bytes: readFileSync("data/reports/zhangdian-2025.txt"), fileName: "zhangdian-2025.txt" },
    actor: SYSTEM_ACTOR,
    accept: true,
  });
  reportId = outcome.reportId;
  jurisdictionId = outcome.jurisdictionId;
  employmentId = (
    await db.commitment.findFirstOrThrow({
      where: { reportId, quote: { contains: "新增城镇就业" } },
      select: { id: true },
    })
  ).id;
  // Rows for the 序时进度 comparison: every status × due dates × progress, in a published report of another year.
  const fixture = await db.report.create({
    data: {
      jurisdictionId,
      year: 2030,
      planYear: 2030,
      title: "fixture",
      sourceName: "fixture.txt",
      sourceType: "paste",
      text: "fixture",
      textHash: "fixture",
      state: "published",
    },
  });
  fixtureReportId = fixture.id;
  const dues = [
    null,
    new Date(Date.UTC(2030, 11, 31)),
    new Date(Date.UTC(2030, 5, 30)),
    new Date(Date.UTC(2030, 0, 31)),
    new Date(Date.UTC(2031, 11, 31)),
    new Date(Date.UTC(2030, 2, 15, 12)),
  ];
  let ordinal = 0;
  for (const status of STATUSES)
    for (const dueDate of dues)
      for (const progress of [0, 15, 45, 70, 100]) {
        await db.commitment.create({
          data: {
            reportId: fixture.id,
            jurisdictionId,
            year: 2030,
            ordinal: ordinal++,
            quote: `序时进度样例 ${ordinal}`,
            kind: "deliverable",
            metric: "样例",
            reviewState: "accepted",
            status,
            progress,
            dueDate,
          },
        });
      }
});

describe("序时进度 in SQL", () => {
  it("gives the same expected progress, light and overdue as progressState on every row and day", async () => {
    const days = [
      "2029-11-20T10:00:00.000Z",
      "2030-01-15T00:00:00.000Z",
      "2030-03-15T12:00:00.000Z",
      "2030-03-16T11:59:59.999Z",
      "2030-03-16T12:00:00.000Z",
      "2030-06-30T23:59:59.999Z",
      "2030-07-01T00:00:00.000Z",
      "2030-12-31T23:59:59.999Z",
      "2031-01-01T00:00:00.000Z",
      "2032-05-01T08:00:00.000Z",
    ];
    const rows = await db.commitment.findMany({
      where: { reportId: fixtureReportId },
      select: { id: true, status: true, progress: true, dueDate: true },
    });
    expect(rows).toHaveLength(STATUSES.length * 30);
    for (const day of days) {
      const today = new Date(day);
      const seen = new Map<number, { light: unknown; overdue: boolean; expected: number | null }>();
      for (let page = 1; page <= 3; page++) {
        const result = await listAll({ year: 2030, page }, today);
        for (const item of result.items) seen.set(item.id, item);
      }
      expect(seen.size).toBe(rows.length);
      for (const row of rows) {
        const state = progressState(
          { status: row.status as never, progress: row.progress, dueDate: row.dueDate },
          today,
        );
        const sql = seen.get(row.id)!;
        expect({ day, id: row.id, light: sql.light, overdue: sql.overdue, expected: sql.expected }).toEqual({
          day,
          id: row.id,
          light: state.light,
          overdue: state.overdue,
          expected: state.expected,
        });
      }
    }
  });

  it("filters by light and overdue with the same rule", async () => {
    const today = new Date("2030-07-01T00:00:00.000Z");
    const all = await listAll({ year: 2030, perPage: 100 }, today);
    const red = await listAll({ year: 2030, light: "red" }, today);
    const none = await listAll({ year: 2030, light: "none" }, today);
    const overdue = await listAll({ year: 2030, overdue: true }, today);
    expect(red.total).toBeGreaterThan(0);
    // Lights and overdue are the assessment's: open promises someone reported on.
    expect(red.items.every((i) => i.assessment.light === "red")).toBe(true);
    expect(none.items.every((i) => i.assessment.light === null)).toBe(true);
    expect(overdue.items.every((i) => i.assessment.overdue && i.assessment.light === "red")).toBe(true);
    expect(
      red.total +
        none.total +
        (await listAll({ year: 2030, light: "green" }, today)).total +
        (await listAll({ year: 2030, light: "yellow" }, today)).total,
    ).toBe(all.total);
    expect(all.total).toBe(STATUSES.length * 30);
  });

  it("sorts the furthest behind first", async () => {
    const today = new Date("2030-07-01T00:00:00.000Z");
    const { items } = await listAll({ year: 2030, sort: "behind" }, today);
    const gaps = items.filter((i) => i.expected !== null).map((i) => i.progress - i.expected!);
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
  });
});

/** What search reads of each promise: its sentence, metric, sector, named entities and paragraph. */
async function searchable(ids: number[]): Promise<string[]> {
  const rows = await db.commitment.findMany({
    where: { id: { in: ids } },
    select: { quote: true, metric: true, sector: true, entities: true, paragraph: true },
  });
  return rows.map((r) => [r.quote, r.metric, r.sector ?? "", r.entities, r.paragraph ?? ""].join("\n"));
}

describe("Chinese full-text search", () => {
  it("finds a promise by a phrase of three or more characters (trigram index)", async () => {
    const result = await listAll({ year: 2025, q: "城镇就业" });
    expect(result.items.map((i) => i.id)).toContain(employmentId);
    const texts = await searchable(result.items.map((i) => i.id));
    expect(texts.every((text) => text.includes("城镇就业"))).toBe(true);
  });

  it("finds a promise by words of its paragraph that are not in its sentence", async () => {
    const row = await db.commitment.findUniqueOrThrow({ where: { id: employmentId } });
    const paragraph = row.paragraph ?? "";
    expect(paragraph).toContain(row.quote);
    const elsewhere = [...paragraph.replace(row.quote, "\n")]
      .map((_, i, chars) => chars.slice(i, i + 4).join(""))
      .filter((word) => /^\p{Script=Han}{4}$/u.test(word) && ![row.quote, row.metric].join().includes(word));
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const word of [elsewhere[0]!, elsewhere[0]!.slice(0, 2)])
      expect((await listAll({ year: 2025, q: word })).items.map((i) => i.id)).toContain(employmentId);
  });

  it("finds it by one or two characters too", async () => {
    expect((await listAll({ year: 2025, q: "就业" })).items.map((i) => i.id)).toContain(employmentId);
    expect((await listAll({ year: 2025, q: "业" })).items.map((i) => i.id)).toContain(employmentId);
  });

  it("combines terms with AND and treats wildcards as text", async () => {
    expect((await listAll({ year: 2025, q: "新增 城镇就业 万人" })).items.map((i) => i.id)).toContain(employmentId);
    expect((await listAll({ year: 2025, q: "城镇就业 不存在的词" })).total).toBe(0);
    const percent = await listAll({ year: 2025, q: "%" });
    expect(percent.total).toBeGreaterThan(0);
    expect((await searchable(percent.items.map((i) => i.id))).every((text) => text.includes("%"))).toBe(true);
    expect(percent.total).toBeLessThan((await listAll({ year: 2025 })).total);
    expect((await listAll({ year: 2025, q: "_" })).total).toBe(0);
  });

  it("searches across jurisdictions in the API", async () => {
    const response = await apiCommitments(args(`/api/v1/commitments?q=${encodeURIComponent("城镇就业")}`));
    const body = await response.json();
    expect(body.items.map((i: { id: number }) => i.id)).toContain(employmentId);
    expect(body).toMatchObject({ page: 1, total: expect.any(Number) });
  });
});

describe("filters, paging and the scorecard agree", () => {
  it("pages without overlap and with a stable total", async () => {
    const first = await listPublicCommitments(
      { jurisdictionId, filters: { ...DEFAULT_FILTERS, year: 2025, perPage: 5 }, today: new Date() },
      fresh(),
    );
    const second = await listPublicCommitments(
      { jurisdictionId, filters: { ...DEFAULT_FILTERS, year: 2025, perPage: 5, page: 2 }, today: new Date() },
      fresh(),
    );
    expect(first.total).toBe(second.total);
    expect(first.items).toHaveLength(5);
    expect(second.items.some((i) => first.items.some((j) => j.id === i.id))).toBe(false);
  });

  it("counts by assessment as the list filters do", async () => {
    await db.commitment.update({ where: { id: employmentId }, data: { status: "verified", progress: 100 } });
    const card = await getScorecard(jurisdictionId, 2025, new Date(), fresh());
    for (const a of card.byAssessment) {
      const listed = await listAll({ year: 2025, assessment: a.key });
      expect(listed.total, a.key).toBe(a.count);
      expect(listed.items.every((i) => i.assessment.key === a.key)).toBe(true);
    }
    expect(card.kept.count).toBe(1);
    expect((await listAll({ year: 2025 })).total).toBe(card.total);
  });

  it("counts only confirmed verdicts", async () => {
    const other = await db.commitment.findFirstOrThrow({ where: { reportId, id: { not: employmentId } } });
    await db.followUp.create({
      data: {
        commitmentId: other.id,
        laterReportId: reportId,
        proposedVerdict: "missed",
        confidence: 0.5,
        state: "proposed",
      },
    });
    expect((await listAll({ year: 2025, verdict: "missed" })).total).toBe(0);
    await db.followUp.updateMany({
      where: { commitmentId: other.id },
      data: { state: "confirmed", verdict: "missed" },
    });
    const missed = await listAll({ year: 2025, verdict: "missed" });
    expect(missed.items.map((i) => i.id)).toEqual([other.id]);
    const card = await getScorecard(jurisdictionId, 2025, new Date(), fresh());
    expect(card.byAssessment.find((a) => a.key === "not_achieved")!.count).toBe(1);
    expect(missed.items[0].assessment).toMatchObject({ key: "not_achieved", source: "verdict", light: null });
  });

  it("filters promises without a lead department", async () => {
    const unassigned = await listAll({ year: 2025, department: "none" });
    expect(unassigned.total).toBeGreaterThan(0);
    expect(unassigned.items.every((i) => i.leadDepartment === null)).toBe(true);
  });
});

describe("URLs and HTTP", () => {
  it("redirects a list URL to its one canonical form", async () => {
    const params = { slug: "zhangdian", year: "2025" };
    const messy = await thrown(list(args("/j/zhangdian/2025/commitments?page=1&status=&sort=order", params)));
    expect(messy.status).toBe(302);
    expect(messy.headers.get("Location")).toBe("/j/zhangdian/2025/commitments");
    const reordered = await thrown(list(args("/j/zhangdian/2025/commitments?page=2&status=done", params)));
    expect(reordered.headers.get("Location")).toBe("/j/zhangdian/2025/commitments?status=done&page=2");
    const year = await thrown(list(args("/j/zhangdian/2025/commitments?year=2030&kind=numeric", params)));
    expect(year.headers.get("Location")).toBe("/j/zhangdian/2030/commitments?kind=numeric");
    const data = await list(args("/j/zhangdian/2025/commitments?status=done", params));
    expect(data.filters.status).toBe("done");
    expect(
      (await thrown(list(args("/j/zhangdian/1999/commitments", { slug: "zhangdian", year: "1999" })))).status,
    ).toBe(404);
  });

  it("answers bad API parameters with 400 and an error, unknown places with 404", async () => {
    const bad = await thrown(apiCommitments(args("/api/v1/commitments?status=finished")));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: "参数无效：status",
      code: "http.invalidParameter",
      vars: { name: "status" },
    });
    const unknown = await thrown(apiCommitments(args("/api/v1/commitments?jurisdiction=atlantis")));
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/atlantis/);
  });

  it("gives API answers an ETag and a 304 for a current If-None-Match", async () => {
    const url = "/api/v1/commitments?jurisdiction=zhangdian&year=2025&status=in_progress&page=1";
    const first = await apiCommitments(args(url));
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const again = await thrown(apiCommitments(args(url, {}, { "If-None-Match": etag })));
    expect(again.status).toBe(304);
    await db.commitment.update({ where: { id: employmentId }, data: { progress: 99 } });
    const changed = await apiCommitments(args(url, {}, { "If-None-Match": etag }));
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);
  });
});
