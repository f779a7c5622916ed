// The public item across the years: carried-over chain, sub-tasks, verdicts from the next report —
// each shown only when public.
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, recordAudit } from "~/models/audit.server";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { loader as item } from "~/routes/c.$id";
import { loader as api } from "~/routes/api.v1.commitments.$id";
import { loader as itemFeed } from "~/routes/feeds.c.$file";
import { db } from "~/utils/db.server";

const ids: Record<string, number> = {};

async function report(jurisdictionId: number, year: number, state: string) {
  return db.report.create({
    data: {
      jurisdictionId,
      year,
      planYear: year,
      title: `${year}年政府工作报告`,
      sourceName: `${year}.txt`,
      sourceType: "paste",
      text: `${year}年政府工作报告\n民祥科技产业园建成投产。`,
      textHash: `hash-${year}-${state}`,
      state,
    },
  });
}

async function commitment(
  data: { reportId: number | null; jurisdictionId: number; year: number } & Record<string, unknown>,
) {
  return db.commitment.create({
    data: {
      quote: "民祥科技产业园建成投产",
      kind: "deliverable",
      metric: "民祥科技产业园",
      reviewState: "accepted",
      ...data,
    },
  });
}

const call = async (loader: (a: never) => unknown, url: string, params: Record<string, string>) => {
  try {
    return await loader({ request: new Request(`http://test${url}`), params, context: {} } as never);
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
};

beforeAll(async () => {
  await ensureDemoJurisdictions();
  const { id: jurisdictionId } = await db.jurisdiction.findUniqueOrThrow({ where: { slug: "zhangdian" } });
  const earlier = await report(jurisdictionId, 2022, "published");
  const later = await report(jurisdictionId, 2025, "published");
  const draft = await report(jurisdictionId, 2026, "reviewing");
  const first = await commitment({ reportId: earlier.id, jurisdictionId, year: 2022, quoteStart: 12, quoteEnd: 23 });
  const second = await commitment({
    reportId: later.id,
    jurisdictionId,
    year: 2025,
    carriedOverFromId: first.id,
    quote: "民祥科技产业园竣工投产",
  });
  await commitment({ reportId: draft.id, jurisdictionId, year: 2026, carriedOverFromId: second.id });
  const child = await commitment({
    reportId: earlier.id,
    jurisdictionId,
    year: 2022,
    parentId: first.id,
    quote: "一期厂房封顶",
  });
  await commitment({
    reportId: earlier.id,
    jurisdictionId,
    year: 2022,
    parentId: first.id,
    quote: "未审核的子任务",
    reviewState: "proposed",
  });
  await db.followUp.create({
    data: {
      commitmentId: first.id,
      laterReportId: later.id,
      proposedVerdict: "in_progress",
      verdict: "not_mentioned",
      reason: "督查室内部说明",
      confidence: 0.4,
      state: "overridden",
      confirmedAt: new Date(),
    },
  });
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      entity: "commitment",
      entityId: first.id,
      action: "verify",
      jurisdictionId,
      before: { status: "done" },
      after: { status: "verified", responsiblePerson: "某领导" },
      public: true,
    }),
  );
  Object.assign(ids, { first: first.id, second: second.id, child: child.id });
});

describe("the public item across the years", () => {
  it("links the promise carried over and back, but not to an unpublished report's promise", async () => {
    const first = (await call(item as never, `/c/${ids.first}`, { id: String(ids.first) })) as Awaited<
      ReturnType<typeof item>
    >;
    expect(first.item.carriedOverTo).toMatchObject({ id: ids.second, year: 2025 });
    expect(first.item.carriedOverFrom).toBeNull();
    const second = (await call(item as never, `/c/${ids.second}`, { id: String(ids.second) })) as Awaited<
      ReturnType<typeof item>
    >;
    expect(second.item.carriedOverFrom).toMatchObject({ id: ids.first, year: 2022 });
    expect(second.item.carriedOverTo).toBeNull();
  });

  it("lists public sub-tasks only", async () => {
    const first = (await call(item as never, `/c/${ids.first}`, { id: String(ids.first) })) as Awaited<
      ReturnType<typeof item>
    >;
    expect(first.item.children.map((c) => c.id)).toEqual([ids.child]);
    const child = (await call(item as never, `/c/${ids.child}`, { id: String(ids.child) })) as Awaited<
      ReturnType<typeof item>
    >;
    expect(child.item.parent).toMatchObject({ id: ids.first });
  });

  it("shows an overridden 'not mentioned' verdict without the supervisor's reason", async () => {
    const response = (await call(api as never, `/api/v1/commitments/${ids.first}`, {
      id: String(ids.first),
    })) as Response;
    const body = await response.json();
    expect(body.verdicts).toEqual([expect.objectContaining({ verdict: "not_mentioned", resultQuote: null })]);
    expect(JSON.stringify(body)).not.toContain("督查室内部说明");
    expect(body.history[0]).toMatchObject({
      action: "verify",
      changes: [{ field: "status", before: "done", after: "verified" }],
    });
    expect(JSON.stringify(body)).not.toContain("某领导");
  });

  it("puts the sentence in its paragraph and the record in the item's feed", async () => {
    const first = (await call(item as never, `/c/${ids.first}`, { id: String(ids.first) })) as Awaited<
      ReturnType<typeof item>
    >;
    expect(first.context?.segments.map((s) => s.text).join("")).toBe("民祥科技产业园建成投产。");
    const feed = (await call(itemFeed as never, `/feeds/c/${ids.first}.atom`, {
      file: `${ids.first}.atom`,
    })) as Response;
    const xml = await feed.text();
    expect(xml).toContain("督查室核验销号");
    expect(xml).toContain(`/c/${ids.first}`);
  });
});
