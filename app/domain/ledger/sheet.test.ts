import { describe, expect, it } from "vitest";
import { translator } from "~/i18n";
import { STATUSES } from "~/domain/vocab";
import {
  columnLetter,
  lightLabels,
  sectorCell,
  statusLabels,
  summarise,
  escapeCell,
  readHeader,
  readRows,
  SHEET_COLUMNS,
  splitDepartments,
  validateSheet,
  type SheetContext,
  type SheetItem,
} from "~/domain/ledger/sheet";

const DEPTS = ["区人力资源和社会保障局", "区住房和城乡建设局", "区商务局"];
const item = (id: number, over: Partial<SheetItem> = {}): SheetItem => ({
  id,
  version: 3,
  leadDepartment: "区人力资源和社会保障局",
  cooperating: ["区商务局"],
  dueDate: "2025-12-31",
  responsiblePerson: "王科长",
  sector: "民生",
  status: "in_progress",
  progress: 40,
  actualValue: null,
  actualUnit: null,
  mayUpdate: true,
  ...over,
});
const items = new Map([1, 2, 3].map((id) => [id, item(id, id === 3 ? { mayUpdate: false } : {})]));
const supervisor: SheetContext = { actor: "supervisor", departments: DEPTS, items };
const staff: SheetContext = { actor: "staff", departments: DEPTS, items };

const HEADER = SHEET_COLUMNS.map((c) => c.zh);
const line = (values: Partial<Record<string, string>>) =>
  SHEET_COLUMNS.map((c) => values[c.key] ?? (c.key === "version" ? "3" : (unchanged[c.key] ?? "")));
const unchanged: Record<string, string> = {
  leadDepartment: "区人力资源和社会保障局",
  cooperating: "区商务局",
  dueDate: "2025-12-31",
  responsiblePerson: "王科长",
  sector: "民生",
  status: "in_progress",
  progress: "40",
};

function run(rows: string[][], ctx: SheetContext, header: string[] = HEADER) {
  const head = readHeader(header);
  return validateSheet(readRows(head, rows), head, ctx);
}

describe("ledger spreadsheet", () => {
  it("recognises headers by Chinese label, English label or key, and requires id and version", () => {
    expect(readHeader(["编号", "Version", "status", "进度（%）"]).index).toEqual({
      id: 0,
      version: 1,
      status: 2,
      progress: 3,
    });
    expect(readHeader(["任务", "状态"]).errors.map((e) => e.column)).toEqual(["id", "version"]);
  });

  it("calls the light column 红黄绿灯 / Traffic light and still reads the 预警 / Light headers of older exports", () => {
    const light = SHEET_COLUMNS.find((c) => c.key === "light")!;
    expect([light.zh, light.en]).toEqual([
      translator("zh")("public.list.light"),
      translator("en")("public.list.light"),
    ]);
    for (const header of ["红黄绿灯", "Traffic light", "预警", "Light", "light"])
      expect(readHeader(["编号", "版本", header]).index).toEqual({ id: 0, version: 1, light: 2 });
  });

  it("writes a sector of the vocabulary in the sheet's language and reads its English words back as stored", () => {
    expect(sectorCell("社会保障", "zh")).toBe("社会保障");
    expect(sectorCell("社会保障", "en")).toBe("Social security");
    expect(sectorCell("养老服务", "en")).toBe("养老服务");
    expect(sectorCell(null, "en")).toBe("");
    // The English words of the item's own sector are no change; another sector's words are its stored name.
    expect(run([line({ id: "1", sector: "People's livelihood" })], supervisor)).toEqual({ changes: [], errors: [] });
    const moved = run(
      [line({ id: "1", sector: "social security" }), line({ id: "2", sector: "养老服务" })],
      supervisor,
    );
    expect(moved.errors).toEqual([]);
    expect(moved.changes.map((c) => c.assign)).toEqual([{ sector: "社会保障" }, { sector: "养老服务" }]);
  });

  it("names columns like a spreadsheet", () => {
    expect([0, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "AZ", "BA"]);
  });

  it("finds no change in rows exported as they are, and skips empty rows", () => {
    const result = run([line({ id: "1" }), [], line({ id: "2" })], supervisor);
    expect(result).toEqual({ changes: [], errors: [] });
  });

  it("turns edited cells into assignment and progress changes for a supervisor", () => {
    const result = run(
      [
        line({ id: "1", leadDepartment: "区住房和城乡建设局", cooperating: "区商务局、区人力资源和社会保障局" }),
        line({ id: "2", dueDate: "2025/9/30", status: "推进中", progress: "65%", note: "已完成招标" }),
      ],
      supervisor,
    );
    expect(result.errors).toEqual([]);
    expect(result.changes).toEqual([
      {
        row: 2,
        id: 1,
        version: 3,
        assign: { leadDepartment: "区住房和城乡建设局", cooperating: ["区商务局", "区人力资源和社会保障局"] },
        progress: null,
        cells: 2,
      },
      {
        row: 3,
        id: 2,
        version: 3,
        assign: { dueDate: "2025-09-30" },
        progress: { status: "in_progress", progress: 65, actualValue: null, actualUnit: null, note: "已完成招标" },
        cells: 3,
      },
    ]);
  });

  it("lists every bad row with its row, column and cell, and then changes nothing", () => {
    const result = run(
      [
        line({ id: "1", progress: "65" }), // fine on its own
        line({ id: "99" }), // not in this ledger
        line({ id: "2", version: "2" }), // changed since the export
        line({ id: "1" }), // twice
        line({ id: "3", leadDepartment: "区不存在局", dueDate: "2025-02-30", status: "完成了", progress: "120" }),
      ],
      supervisor,
    );
    expect(result.changes).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.column, e.cell, e.code])).toEqual([
      [3, "id", "A3", "ledger.sheet.unknownItem"],
      [4, "version", "B4", "ledger.sheet.stale"],
      [5, "id", "A5", "ledger.sheet.duplicate"],
      [6, "leadDepartment", "F6", "ledger.sheet.unknownDepartment"],
      [6, "dueDate", "H6", "ledger.sheet.date"],
      [6, "status", "K6", "ledger.sheet.status"],
      [6, "progress", "L6", "ledger.sheet.progress"],
    ]);
  });

  it("applies the status rules: 销号 by the supervision office only, a reason for 已调整", () => {
    const done = new Map([[1, item(1, { status: "done", progress: 100 })]]);
    expect(
      run([line({ id: "1", status: "verified", progress: "100" })], { ...staff, items: done }).errors,
    ).toMatchObject([{ column: "status", code: "ledger.rule.notAllowed" }]);
    expect(
      run([line({ id: "1", status: "verified", progress: "100" })], { ...supervisor, items: done }).changes[0]
        ?.progress,
    ).toMatchObject({ status: "verified", progress: 100 });
    expect(run([line({ id: "2", status: "changed" })], staff).errors).toMatchObject([
      { row: 2, column: "note", cell: "O2", code: "ledger.rule.reasonRequired" },
    ]);
  });

  it("lets department staff report progress on their own items only, never reassign", () => {
    const result = run(
      [
        line({ id: "1", status: "done", progress: "100", actualValue: "1.5", actualUnit: "万人" }),
        line({ id: "2", leadDepartment: "区商务局", cooperating: "" }),
        line({ id: "3", progress: "50" }),
      ],
      staff,
    );
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, "leadDepartment", "ledger.sheet.notAllowed"],
      [3, "cooperating", "ledger.sheet.notAllowed"],
      [4, "progress", "ledger.sheet.notLead"],
    ]);
  });

  it("reads a short sheet: columns left out stay as they are", () => {
    const result = run([["1", "3", "55"]], staff, ["id", "version", "progress"]);
    expect(result.changes).toMatchObject([{ id: 1, assign: null, progress: { status: "in_progress", progress: 55 } }]);
  });

  it("refuses a lead department that is also co-operating", () => {
    const result = run([line({ id: "1", leadDepartment: "区商务局" })], supervisor);
    expect(result.errors).toMatchObject([{ column: "cooperating", code: "ledger.sheet.leadAlsoCooperating" }]);
  });

  it("guards against formulas on export and undoes the guard on import", () => {
    expect(escapeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(escapeCell("新增就业")).toBe("新增就业");
    const result = run([line({ id: "1", responsiblePerson: "'=1+1" })], supervisor);
    expect(result.changes[0]?.assign).toEqual({ responsiblePerson: "=1+1" });
    expect(splitDepartments("区商务局, 区商务局；区住房和城乡建设局")).toEqual(["区商务局", "区住房和城乡建设局"]);
  });

  it("writes statuses and lights as the pages say them, in both languages", () => {
    for (const locale of ["zh", "en"] as const) {
      const t = translator(locale);
      for (const status of STATUSES) expect(statusLabels()[locale][status]).toBe(t(`status.${status}`));
      for (const light of ["green", "yellow", "red"] as const)
        expect(lightLabels()[locale][light]).toBe(t(`light.${light}`));
    }
  });

  it("reads a status in either language or as a code, and counts the changed rows and cells", () => {
    const changed = run(
      [
        line({ id: "1", status: "Done", progress: "100" }),
        line({ id: "2", status: "推进中", progress: "55", responsiblePerson: "李科长" }),
        line({ id: "3" }),
      ],
      supervisor,
    );
    expect(changed.errors).toEqual([]);
    expect(changed.changes.map((c) => [c.id, c.cells])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(summarise(changed.changes)).toEqual({ rows: 2, cells: 4 });
  });
});
