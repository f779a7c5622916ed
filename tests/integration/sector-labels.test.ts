// Sectors in the reader's language: the vocabulary's words in English on the open-data CSV, the stored
// (Chinese) name unchanged in Chinese and in the JSON data whatever the language; free text stays as typed.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { SECTOR_IDS, SECTOR_NAMES, type SectorName } from "~/domain/vocab";
import { translator } from "~/i18n";
import { localeCookie } from "~/i18n/locale.server";
import { SYSTEM_ACTOR } from "~/models/audit.server";
import { ensureDemoJurisdictions } from "~/models/demo.server";
import { importReport } from "~/models/report-import.server";
import { loader as csv } from "~/routes/j.$slug.$year.commitments[.]csv";
import { loader as json } from "~/routes/j.$slug.$year.commitments[.]json";
import { db } from "~/utils/db.server";

const FREE_TEXT = "养老服务";
let freeTextId = 0;

beforeAll(async () => {
  await ensureDemoJurisdictions();
  await importReport({
    source: { bytes: readFileSync("data/reports/zhangdian-2025.txt"), fileName: "zhangdian-2025.txt" },
    actor: SYSTEM_ACTOR,
    accept: true,
  });
  const item = await db.commitment.findFirstOrThrow({ where: { reviewState: "accepted" }, orderBy: { id: "asc" } });
  await db.commitment.update({ where: { id: item.id }, data: { sector: FREE_TEXT } });
  freeTextId = item.id;
});

const english = async () => (await localeCookie.serialize("en")).split(";")[0]!;

async function download(route: typeof csv, file: string, cookie?: string): Promise<string> {
  const headers = cookie ? { Cookie: cookie } : undefined;
  const request = new Request(`http://test/j/zhangdian/2025/${file}`, { headers });
  const response = (await route({ request, params: { slug: "zhangdian", year: "2025" }, context: {} })) as Response;
  expect(response.status).toBe(200);
  return (await response.text()).replace(/^\uFEFF/, "");
}

const rowsOf = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

describe("sector names", () => {
  it("have words in both catalogues, the Chinese ones being the stored names", () => {
    const [zh, en] = [translator("zh"), translator("en")];
    for (const name of SECTOR_NAMES) {
      expect(zh(`sector.${SECTOR_IDS[name]}`)).toBe(name);
      expect(en(`sector.${SECTOR_IDS[name]}`)).toMatch(/^[A-Z][a-z' -]+$/);
    }
  });

  it("are English in the English CSV, as stored in the Chinese CSV, and free text stays as typed", async () => {
    const stored = new Map(
      (await db.commitment.findMany({ where: { reviewState: "accepted" }, select: { id: true, sector: true } })).map(
        (c) => [String(c.id), c.sector ?? ""],
      ),
    );
    const zh = rowsOf(await download(csv, "commitments.csv"));
    const en = rowsOf(await download(csv, "commitments.csv", await english()));
    expect(zh.length).toBeGreaterThan(10);
    const t = translator("en");
    const inVocabulary = zh.filter((row) => SECTOR_NAMES.includes(row["领域"] as SectorName));
    expect(inVocabulary.length).toBeGreaterThan(10);
    for (const row of zh) expect(row["领域"]).toBe(stored.get(row["编号"]!));
    const enById = new Map(en.map((row) => [row["ID"], row]));
    for (const row of inVocabulary)
      expect(enById.get(row["编号"])?.["Sector"]).toBe(t(`sector.${SECTOR_IDS[row["领域"] as SectorName]}`));
    expect(enById.get(String(freeTextId))?.["Sector"]).toBe(FREE_TEXT);
    const enSectors = en.map((row) => row["Sector"]).filter((s) => s && s !== FREE_TEXT);
    for (const sector of enSectors) expect(sector).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("are the stored names in the JSON data, whatever the language", async () => {
    const sectors = async (cookie?: string) => {
      const body = JSON.parse(await download(json, "commitments.json", cookie)) as {
        items: { sector: string | null }[];
      };
      return body.items.map((i) => i.sector);
    };
    const zh = await sectors();
    expect(await sectors(await english())).toEqual(zh);
    expect(zh.filter((s) => s !== null && s !== FREE_TEXT).every((s) => SECTOR_NAMES.includes(s as SectorName))).toBe(
      true,
    );
  });
});
