import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { safeCell, toCsv } from "~/domain/public/csv";
import { COMPARATORS } from "~/domain/vocab";

describe("CSV", () => {
  const columns = [
    { key: "id", value: (r: { id: number; quote: string; target: number | null }) => r.id },
    { key: "quote", value: (r: { id: number; quote: string; target: number | null }) => r.quote },
    { key: "target", value: (r: { id: number; quote: string; target: number | null }) => r.target },
  ];
  const csv = toCsv(columns, [
    { id: 1, quote: "新增城镇就业1.3万人以上，“四新”经济", target: 1.3 },
    { id: 2, quote: '=HYPERLINK("x")', target: null },
    { id: 3, quote: "多行\n文本", target: -2 },
  ]);

  it("starts with a BOM and a header, and parses back", () => {
    expect(csv.startsWith("\uFEFFid,quote,target\r\n")).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({ id: "1", quote: "新增城镇就业1.3万人以上，“四新”经济", target: "1.3" });
    expect(rows[2].quote).toBe("多行\n文本");
    expect(rows[2].target).toBe("-2");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows[1].quote).toBe(`'=HYPERLINK("x")`);
    expect(safeCell("+1")).toBe("'+1");
    expect(safeCell("@x")).toBe("'@x");
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(null)).toBe("");
    expect(safeCell(true)).toBe("true");
    expect(safeCell("==1+1")).toBe("'==1+1");
    expect(safeCell("=A1")).toBe("'=A1");
  });

  it("keeps comparators as they are (machine-readable; a spreadsheet runs nothing from them)", () => {
    for (const comparator of COMPARATORS) expect(safeCell(comparator)).toBe(comparator);
  });
});
