// The spreadsheet round trip: export XLSX/CSV, edit offline, import back row by row, all or nothing.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { localeCookie } from "~/i18n/locale.server";
import { MAX_SHEET_ROWS } from "~/models/ledger-sheet.server";
import * as exportSheet from "~/routes/ledger.export";
import * as importSheet from "~/routes/ledger.import";
import { db } from "~/utils/db.server";
import { zipBomb } from "../../scripts/lib/zip-bomb.mjs";
import { makeItem, page, run, setUpLedger, type LedgerFixture, type TestRole } from "./support/ledger";

let fx: LedgerFixture;
let a: { id: number; version: number };
let b: { id: number; version: number };
let c: { id: number; version: number };

beforeAll(async () => {
  fx = await setUpLedger();
  a = await makeItem(fx, { metric: "新增城镇就业" });
  b = await makeItem(fx, { metric: "投用人才公寓" });
  c = await makeItem(fx, { metric: "新建养老服务中心", leadDepartmentId: fx.departments.other });
});

async function download(role: TestRole, format: "xlsx" | "csv") {
  const request = page(fx.people[role], `/ledger/export?format=${format}`);
  const response = (await exportSheet.loader({ request, params: {}, context: {} })) as Response;
  expect(response.status).toBe(200);
  return { bytes: new Uint8Array(await response.arrayBuffer()), response };
}

async function workbookOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rowOf = (id: number) => {
    let found: ExcelJS.Row | null = null;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === id) found = row;
    });
    if (!found) throw new Error(`row ${id} not in the sheet`);
    return found as ExcelJS.Row;
  };
  const col = (label: string) => header.indexOf(label) + 1;
  return { workbook, sheet, header, rowOf, col };
}

async function upload(role: TestRole, bytes: Uint8Array | string, name: string) {
  const file = new File([bytes as BlobPart], name);
  return run(importSheet.action, page(fx.people[role], "/ledger/import", { form: { file } }));
}

/** Everything an import could touch. */
async function snapshot() {
  const [commitments, updates, audits, links] = await Promise.all([
    db.commitment.findMany({ orderBy: { id: "asc" } }),
    db.statusUpdate.count(),
    db.auditEvent.count(),
    db.commitmentDepartment.findMany({ orderBy: [{ commitmentId: "asc" }, { departmentId: "asc" }] }),
  ]);
  return JSON.stringify({ commitments, updates, audits, links });
}

describe("ledger spreadsheet round trip", () => {
  it("exports a jurisdiction's ledger as XLSX with every item, statuses and lights in words, drop-down lists", async () => {
    const { bytes, response } = await download("supervisor", "xlsx");
    expect(response.headers.get("Content-Type")).toContain("spreadsheetml");
    expect(response.headers.get("Content-Disposition")).toMatch(/attachment; .*filename\*=UTF-8''/);
    const { header, rowOf, col, workbook } = await workbookOf(bytes);
    expect(header.slice(0, 3)).toEqual(["编号", "版本", "任务"]);
    const row = rowOf(a.id);
    expect(row.getCell(col("任务")).value).toBe("新增城镇就业");
    expect(row.getCell(col("牵头单位")).value).toBe("区人力资源和社会保障局");
    expect(row.getCell(col("配合单位")).value).toBe("区商务局");
    expect(row.getCell(col("状态")).value).toBe("推进中");
    expect(row.getCell(col("完成时限")).value).toBe("2025-12-31");
    expect(["绿灯", "黄灯", "红灯", ""]).toContain(row.getCell(col("红黄绿灯")).value);
    // Drop-downs: statuses in words, and the place's departments from a hidden sheet of their own.
    expect(row.getCell(col("状态")).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"未启动,推进中,已完成（待核验）,已销号,部分完成,未完成,已调整"'],
    });
    const departments = workbook.getWorksheet("单位")!;
    expect(departments.state).toBe("hidden");
    const names = (departments.getColumn(1).values as unknown[]).filter(Boolean);
    expect(names).toContain("区人力资源和社会保障局");
    expect(row.getCell(col("牵头单位")).dataValidation).toMatchObject({
      type: "list",
      formulae: [`'单位'!$A$1:$A$${names.length}`],
    });
  });

  it("writes the English labels in an English export, and reads them back", async () => {
    const request = page(fx.people.supervisor, "/ledger/export?format=xlsx");
    const lang = (await localeCookie.serialize("en")).split(";")[0];
    request.headers.set("Cookie", `${request.headers.get("Cookie")}; ${lang}`);
    const response = (await exportSheet.loader({ request, params: {}, context: {} })) as Response;
    const { workbook, rowOf, col } = await workbookOf(new Uint8Array(await response.arrayBuffer()));
    expect(rowOf(a.id).getCell(col("Status")).value).toBe("In progress");
    rowOf(a.id).getCell(col("Status")).value = "Done";
    const before = await snapshot();
    const checked = await upload("supervisor", new Uint8Array(await workbook.xlsx.writeBuffer()), "en.xlsx");
    // Done from in progress at 30 % is allowed for the supervision office: one row, status and progress.
    expect(checked.body).toMatchObject({ ok: true, rows: 1 });
    expect(await snapshot()).not.toBe(before);
    await db.commitment.update({
      where: { id: a.id },
      data: { status: "in_progress", progress: 30, version: { increment: 1 } },
    });
  });

  it("exports only a department's own items to its staff, as CSV with a BOM", async () => {
    const { bytes } = await download("otherStaff", "csv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const metrics = text
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(",")[2]);
    expect(metrics).toEqual(["新建养老服务中心"]);
  });

  it("imports an unchanged export as no change at all", async () => {
    const before = await snapshot();
    const { bytes } = await download("supervisor", "xlsx");
    const outcome = await upload("supervisor", bytes, "ledger.xlsx");
    expect(outcome.body).toEqual({ ok: true, changed: 0, updates: 0, rows: 0, cells: 0 });
    expect(await snapshot()).toBe(before);
  });

  it("lists every bad row with its row and column, and changes nothing", async () => {
    const { bytes } = await download("supervisor", "xlsx");
    const { workbook, sheet, rowOf, col } = await workbookOf(bytes);
    rowOf(a.id).getCell(col("进度(%)")).value = "六成";
    rowOf(a.id).getCell(col("责任人")).value = "张科长"; // a fine change in a bad file
    rowOf(b.id).getCell(col("牵头单位")).value = "区不存在局";
    rowOf(b.id).getCell(col("完成时限")).value = "2025-13-01";
    rowOf(c.id).getCell(col("状态")).value = "完成了";
    sheet.addRow([999999, 1, "不存在的事项"]);
    // Someone else changes c after the export.
    await db.commitment.update({ where: { id: c.id }, data: { sector: "养老", version: { increment: 1 } } });
    const before = await snapshot();

    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
    const outcome = await upload("supervisor", buffer, "edited.xlsx");
    expect(outcome.status).toBe(400);
    const errors = (outcome.body as { ok: false; errors: { row: number; cell: string; code: string }[] }).errors;
    const rowNumber = (id: number) => rowOf(id).number;
    expect(errors.map((e) => [e.row, e.cell, e.code])).toEqual([
      [rowNumber(a.id), `L${rowNumber(a.id)}`, "ledger.sheet.progress"],
      [rowNumber(b.id), `F${rowNumber(b.id)}`, "ledger.sheet.unknownDepartment"],
      [rowNumber(b.id), `H${rowNumber(b.id)}`, "ledger.sheet.date"],
      [rowNumber(c.id), `B${rowNumber(c.id)}`, "ledger.sheet.stale"],
      [rowNumber(c.id), `K${rowNumber(c.id)}`, "ledger.sheet.status"],
      [sheet.rowCount, `A${sheet.rowCount}`, "ledger.sheet.unknownItem"],
    ]);
    expect(await snapshot()).toBe(before);
  });

  it("applies a supervisor's edits, each audited with the file as the reason", async () => {
    const { bytes } = await download("supervisor", "xlsx");
    const { workbook, rowOf, col } = await workbookOf(bytes);
    rowOf(a.id).getCell(col("牵头单位")).value = "区住房和城乡建设局";
    rowOf(a.id).getCell(col("完成时限")).value = new Date(Date.UTC(2025, 8, 30));
    rowOf(b.id).getCell(col("状态")).value = "部分完成";
    rowOf(b.id).getCell(col("本期进展说明")).value = "受土地指标影响";
    const outcome = await upload("supervisor", new Uint8Array(await workbook.xlsx.writeBuffer()), "分工.xlsx");
    // Two rows: a's lead department and due date, b's status and note.
    expect(outcome.body).toEqual({ ok: true, changed: 2, updates: 0, rows: 2, cells: 4 });
    const rowA = await db.commitment.findUniqueOrThrow({ where: { id: a.id }, include: { leadDepartment: true } });
    expect(rowA.leadDepartment?.name).toBe("区住房和城乡建设局");
    expect(rowA.dueDate?.toISOString().slice(0, 10)).toBe("2025-09-30");
    expect(await db.commitment.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "partial" });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entity: "commitment", entityId: a.id, action: "assign" },
    });
    expect(audit.reason).toBe("spreadsheet 分工.xlsx");
    expect(JSON.parse(audit.after!)).toMatchObject({ leadDepartment: "区住房和城乡建设局", dueDate: "2025-09-30" });
  });

  it("turns a department's edited CSV into updates to verify, and refuses columns it may not change", async () => {
    const item = await makeItem(fx, { metric: "改造老旧小区" });
    const { bytes } = await download("leadStaff", "csv");
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    const header = lines[0]!.split(",");
    const at = (name: string) => header.indexOf(name);
    const edit = (line: string, changes: Record<string, string>) => {
      const cells = parseCsvLine(line);
      for (const [name, value] of Object.entries(changes)) cells[at(name)] = value;
      return cells.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(",");
    };
    const row = lines.findIndex((l) => l.startsWith(`${item.id},`));
    const edited = [...lines];
    edited[row] = edit(lines[row]!, { "进度(%)": "80", 本期进展说明: "已开工 12 个小区" });
    const outcome = await upload("leadStaff", "\uFEFF" + edited.join("\n"), "台账.csv");
    expect(outcome.body).toEqual({ ok: true, changed: 0, updates: 1, rows: 1, cells: 2 });
    expect(await db.statusUpdate.findFirstOrThrow({ where: { commitmentId: item.id } })).toMatchObject({
      state: "submitted",
      progress: 80,
      note: "已开工 12 个小区",
      authorId: fx.people.leadStaff.id,
    });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: item.id } })).progress).toBe(30);

    const fresh = new TextDecoder()
      .decode((await download("leadStaff", "csv")).bytes)
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    const freshRow = fresh.findIndex((l) => l.startsWith(`${item.id},`));
    fresh[freshRow] = edit(fresh[freshRow]!, { 牵头单位: "区民政局" });
    const refused = await upload("leadStaff", fresh.join("\n"), "台账.csv");
    expect(refused.body).toMatchObject({
      ok: false,
      errors: [{ row: freshRow + 1, column: "leadDepartment", code: "ledger.sheet.notAllowed" }],
    });
  });

  it("reads a CSV that Excel saved as GBK", async () => {
    const item = await makeItem(fx, { metric: "GBK 表格里的事项" });
    // "编号,版本,进度(%)" in GBK, then one data row.
    const header = [
      0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xb0, 0xe6, 0xb1, 0xbe, 0x2c, 0xbd, 0xf8, 0xb6, 0xc8, 0x28, 0x25, 0x29,
    ];
    const row = Buffer.from(`\r\n${item.id},${item.version},45\r\n`, "ascii");
    const outcome = await upload("leadStaff", new Uint8Array([...header, ...row]), "台账.csv");
    expect(outcome.body).toEqual({ ok: true, changed: 0, updates: 1, rows: 1, cells: 1 });
    expect(await db.statusUpdate.findFirstOrThrow({ where: { commitmentId: item.id } })).toMatchObject({
      progress: 45,
    });
  });

  it(`refuses a sheet of more than ${MAX_SHEET_ROWS} rows, changing nothing`, async () => {
    const before = await snapshot();
    const rows = Array.from({ length: MAX_SHEET_ROWS + 1 }, () => `${a.id},${a.version},45`);
    const outcome = await upload("supervisor", ["编号,版本,进度(%)", ...rows].join("\n"), "long.csv");
    expect(outcome.body).toEqual({
      ok: false,
      errors: [{ row: MAX_SHEET_ROWS + 2, column: null, cell: null, code: "ledger.sheet.tooMany" }],
    });
    expect(await snapshot()).toBe(before);
  });

  it("refuses an .xlsx whose headers understate what it inflates to", async () => {
    const lying = await zipBomb({ "[Content_Types].xml": "<Types/>" }, "xl/worksheets/sheet1.xml", 101, {
      declaredBytes: 4096,
    });
    const outcome = await upload("supervisor", new Uint8Array(lying), "lying.xlsx");
    expect(outcome.body).toMatchObject({ ok: false, errors: [{ code: "ledger.sheet.inflatesTooLarge" }] });
  });

  it("says so when the file is not a spreadsheet", async () => {
    const outcome = await upload("supervisor", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]), "x.xlsx");
    expect(outcome.body).toMatchObject({ ok: false, errors: [{ code: "ledger.sheet.unreadable" }] });
    const noId = await upload("supervisor", "任务,状态\n新增就业,done\n", "x.csv");
    expect(noId.body).toMatchObject({
      ok: false,
      errors: [{ column: "id", code: "ledger.sheet.missingColumn" }, { column: "version" }],
    });
  });
});

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cell);
      cell = "";
    } else cell += ch;
  }
  out.push(cell);
  return out;
}
