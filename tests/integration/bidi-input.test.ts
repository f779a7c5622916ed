// Bidirectional controls never get past the doors where text enters: the report import, the API,
// uploaded file names and spreadsheet cells. (Forms share the schemas: app/schemas/plain-text.test.ts.)
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "~/models/audit.server";
import { importReport } from "~/models/report-import.server";
import * as apiUpdates from "~/routes/api.v1.commitments.$id_.updates";
import * as importSheet from "~/routes/ledger.import";
import { BIDI_CONTROLS } from "~/schemas/plain-text";
import { db } from "~/utils/db.server";
import { storeUpload } from "~/utils/uploads.server";
import { api, makeItem, page, run, setUpLedger, type LedgerFixture } from "./support/ledger";

const hostile = readFileSync("tests/fixtures/hostile/hostile-report.txt");
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const anyBidi = (text: string | null | undefined) => new RegExp(BIDI_CONTROLS.source).test(text ?? "");

let fx: LedgerFixture;

beforeAll(async () => {
  fx = await setUpLedger();
});

describe("report text", () => {
  it("is stored, hashed and analysed without bidi controls, its markup kept as text", async () => {
    expect(anyBidi(hostile.toString("utf8"))).toBe(true);
    const first = await importReport({
      source: { bytes: hostile, fileName: "hostile\u202Etxt.exe" },
      jurisdiction: "zhangdian",
      year: 2025,
      actor: SYSTEM_ACTOR,
    });
    const report = await db.report.findUniqueOrThrow({
      where: { id: first.reportId },
      select: { text: true, sourceName: true, commitments: { select: { quote: true, metric: true } } },
    });
    expect(anyBidi(report.text)).toBe(false);
    expect(report.text).toContain("<script>alert('x')</script>");
    expect(report.sourceName).toBe("hostiletxt.exe");
    expect(report.commitments.map((c) => c.quote)).toContain("建成测试医院投入使用");
    expect(report.commitments.some((c) => anyBidi(c.quote) || anyBidi(c.metric))).toBe(false);

    // The same file again is the same report: the hash is taken after the controls are gone.
    const again = await importReport({
      source: { text: hostile.toString("utf8") },
      jurisdiction: "zhangdian",
      year: 2025,
      actor: SYSTEM_ACTOR,
    });
    expect(again).toMatchObject({ reportId: first.reportId, created: false });
  });
});

describe("uploads and spreadsheets", () => {
  it("store a file under a name that cannot pose as another type", async () => {
    const stored = await storeUpload(PNG, "现场照片\u202Egnp.exe");
    expect(stored.fileName).toBe("现场照片gnp.exe");
  });

  it("take spreadsheet notes without their bidi controls", async () => {
    const item = await makeItem(fx);
    const csv = `编号,版本,状态,进度(%),本期进展说明\n${item.id},${item.version},in_progress,40,\u202E已开工\u202C 12 个小区\n`;
    const file = new File([csv], "台账.csv");
    const outcome = await run(importSheet.action, page(fx.people.leadStaff, "/ledger/import", { form: { file } }));
    expect(outcome.status).toBeLessThan(400);
    const update = await db.statusUpdate.findFirstOrThrow({ where: { commitmentId: item.id }, select: { note: true } });
    expect(update.note).toBe("已开工 12 个小区");
  });
});

describe("the API", () => {
  it("stores notes and evidence titles and links without bidi controls", async () => {
    const item = await makeItem(fx);
    const outcome = await run(
      apiUpdates.action,
      api(fx.people.leadStaff, `/api/v1/commitments/${item.id}/updates`, "POST", {
        status: "in_progress",
        progress: 50,
        note: "进度\u202E正常推进\u202C，完毕",
        evidence: [{ title: "通报\u2067fdp.exe\u2069", url: "https://example.gov.cn/\u202Efdp.exe" }],
      }),
      { id: String(item.id) },
    );
    expect(outcome.status).toBe(201);
    const update = await db.statusUpdate.findFirstOrThrow({
      where: { commitmentId: item.id },
      select: { note: true, evidence: { select: { title: true, url: true } } },
    });
    expect(update).toEqual({
      note: "进度正常推进，完毕",
      evidence: [{ title: "通报fdp.exe", url: "https://example.gov.cn/fdp.exe" }],
    });
  });
});
