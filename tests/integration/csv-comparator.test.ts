// The open-data CSV writes a target's bound in words, in the reader's language (以上 / "or more"),
// never a comparator symbol a program or a spreadsheet would have to guess at.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { localeCookie } from "~/i18n/locale.server";
import { SYSTEM_ACTOR } from "~/models/audit.server";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { importReport } from "~/models/report-import.server";
import { loader as csv } from "~/routes/j.$slug.$year.commitments[.]csv";
import { db } from "~/utils/db.server";

beforeAll(async () => {
  await ensureDemoJurisdictions();
  await importReport({
    source: { bytes: readFileSync("data/reports/zhangdian-2025.txt"), fileName: "zhangdian-2025.txt" },
    actor: SYSTEM_ACTOR,
    accept: true,
  });
});

async function download(cookie?: string): Promise<Record<string, string>[]> {
  const headers = cookie ? { Cookie: cookie } : undefined;
  const request = new Request("http://test/j/zhangdian/2025/commitments.csv", { headers });
  const response = (await csv({ request, params: { slug: "zhangdian", year: "2025" }, context: {} })) as Response;
  expect(response.status).toBe(200);
  return parse((await response.text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
}

describe("the open-data CSV's bound column", () => {
  it("is in words in each language, matching the stored comparator", async () => {
    const atLeast = await db.commitment.count({ where: { comparator: ">=", target: { not: null } } });
    expect(atLeast).toBeGreaterThan(0);
    const zh = await download();
    const en = await download((await localeCookie.serialize("en")).split(";")[0]);
    const zhColumn = Object.keys(zh[0]!).find((k) => zh.some((row) => row[k] === "以上"));
    const enColumn = Object.keys(en[0]!).find((k) => en.some((row) => row[k] === "or more"));
    expect(zhColumn).toBe("目标要求");
    expect(enColumn).toBe("Target bound");
    expect(zh.filter((row) => row[zhColumn!] === "以上")).toHaveLength(atLeast);
    expect(en.filter((row) => row[enColumn!] === "or more")).toHaveLength(atLeast);
    for (const rows of [zh, en])
      for (const row of rows) expect(Object.values(row).join("|")).not.toMatch(/(^|\|)'?(>=|<=|~)(\||$)/);
  });
});
