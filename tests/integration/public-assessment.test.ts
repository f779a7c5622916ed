// The public assessment in SQL (list filter, scorecard groups, single items) agrees with the domain rule
// on every combination of status, confirmed verdict and "anything reported".
import { beforeAll, describe, expect, it } from "vitest";
import { assess, ASSESSMENT_KEYS } from "~/domain/public/assessment";
import { DEFAULT_FILTERS } from "~/domain/public/filters";
import { STATUSES, VERDICTS, type Status, type Verdict } from "~/domain/vocab";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { assessmentsOf } from "~/models/public/assessment.server";
import { listPublicCommitments } from "~/models/public/list.server";
import { getScorecard } from "~/models/public/scorecard.server";
import { db } from "~/utils/db.server";

const TODAY = new Date("2031-09-15T00:00:00Z");
let jurisdictionId = 0;
let calls = 0;
const made: { id: number; status: Status; verdict: Verdict | null; reported: boolean }[] = [];

async function report(year: number, title: string) {
  return db.report.create({
    data: {
      jurisdictionId,
      year,
      planYear: year,
      title,
      sourceName: `${title}.txt`,
      sourceType: "paste",
      text: title,
      textHash: title,
      state: "published",
    },
  });
}

beforeAll(async () => {
  await ensureDemoJurisdictions();
  jurisdictionId = (await db.jurisdiction.findUniqueOrThrow({ where: { slug: "zhangdian" } })).id;
  const plan = await report(2031, "plan-2031");
  const later = await report(2032, "review-2032");
  const author = await db.user.create({
    data: { email: "a@assessment.test", name: "作者", role: "staff", jurisdictionId, passwordHash: "x" },
  });
  let ordinal = 0;
  for (const status of STATUSES)
    for (const verdict of [null, ...VERDICTS])
      for (const reported of status === "not_started" ? [false, true] : [true]) {
        const c = await db.commitment.create({
          data: {
            reportId: plan.id,
            jurisdictionId,
            year: 2031,
            ordinal: ordinal++,
            quote: `承诺${ordinal}`,
            kind: "deliverable",
            metric: `承诺${ordinal}`,
            reviewState: "accepted",
            status,
            progress: status === "not_started" ? 0 : 40,
            dueDate: new Date(Date.UTC(2031, 5, 30)),
          },
        });
        // "Reported" for a promise still not started: a published update said so.
        if (status === "not_started" && reported)
          await db.statusUpdate.create({
            data: { commitmentId: c.id, authorId: author.id, status: "not_started", state: "published" },
          });
        // A proposed verdict is never public; a confirmed one decides.
        await db.followUp.create({
          data: {
            commitmentId: c.id,
            laterReportId: later.id,
            proposedVerdict: verdict ?? "achieved",
            confidence: 0.9,
            state: verdict ? "confirmed" : "proposed",
            verdict,
          },
        });
        made.push({ id: c.id, status, verdict, reported });
      }
});

describe("the public assessment in SQL", () => {
  it("is the domain's on every combination, through the list, the scorecard and single items", async () => {
    const byId = await assessmentsOf(
      made.map((m) => m.id),
      TODAY,
    );
    const card = await getScorecard(jurisdictionId, 2031, TODAY, `assessment-${++calls}`);
    for (const key of ASSESSMENT_KEYS) {
      const list = await listPublicCommitments(
        { jurisdictionId, filters: { ...DEFAULT_FILTERS, year: 2031, perPage: 100, assessment: key }, today: TODAY },
        `assessment-${++calls}`,
      );
      const expected = made.filter((m) => assess({ ...m, light: "red", overdue: true }).key === key);
      expect(list.items.map((i) => i.id).sort(), key).toEqual(expected.map((m) => m.id).sort());
      expect(card.byAssessment.find((a) => a.key === key)?.count, key).toBe(expected.length);
      for (const item of list.items) {
        expect(item.assessment.key).toBe(key);
        expect(byId.get(item.id)?.assessment).toEqual(item.assessment);
      }
    }
    expect(card.total).toBe(made.length);
  });

  it("names the report a verdict comes from, and nothing for the status", async () => {
    const decided = made.find((m) => m.verdict === "achieved")!;
    const open = made.find((m) => m.verdict === null && m.status === "in_progress")!;
    const result = await assessmentsOf([decided.id, open.id], TODAY);
    expect(result.get(decided.id)?.verdictReport?.title).toBe("review-2032");
    expect(result.get(open.id)).toMatchObject({
      assessment: { key: "in_progress", source: "status", light: "red", overdue: true },
      verdictReport: null,
    });
  });
});
