import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildChinesePdf, buildDocx, encodeGbk } from "../../../tests/fixtures/reports/builders";
import { MAX_PDF_PAGES } from "~/domain/document/pdf";
import { DocumentError, readDocument } from "~/domain/document/read";

async function expectError(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DocumentError);
  expect((error as DocumentError).code).toBe(code);
  expect((error as Error).message).not.toContain("\n");
}

describe("readDocument", () => {
  it("reads the text layer of a PDF drawn with a Type0/Identity-H font through its ToUnicode map", async () => {
    const pdf = buildChinesePdf(
      [
        ["政 府 工 作 报 告", "各位代表：", "一、2023年工作回顾", "新增城镇就业1.2万人，增长5%。"],
        ["— 1 —", "二、2024年工作安排", "新增城镇就业1.3万人以上。"],
      ],
      { splitRuns: true },
    );
    const { text, sourceType } = await readDocument(pdf, "report.pdf");
    expect(sourceType).toBe("pdf");
    expect(text.split("\n")).toEqual([
      "政 府 工 作 报 告",
      "各位代表：",
      "一、2023年工作回顾",
      "新增城镇就业1.2万人，增长5%。",
      "— 1 —",
      "二、2024年工作安排",
      "新增城镇就业1.3万人以上。",
    ]);
  });

  it("reads a PDF whose font uses a predefined Chinese CMap (UniGB-UCS2-H, no ToUnicode map)", async () => {
    const pdf = buildChinesePdf([["各位代表：", "新增城镇就业1.3万人以上。"]], { predefinedCMap: true });
    expect(await readDocument(pdf)).toEqual({ text: "各位代表：\n新增城镇就业1.3万人以上。", sourceType: "pdf" });
  });

  it("sniffs the type from the bytes, not from the file name", async () => {
    const pdf = buildChinesePdf([["各位代表："]]);
    expect((await readDocument(pdf, "report.txt")).sourceType).toBe("pdf");
    const docx = await buildDocx([{ text: "一、2024年工作安排", heading: true }, { text: "建成投用区图书馆。" }]);
    expect(await readDocument(docx, "report.pdf")).toEqual({
      text: "一、2024年工作安排\n\n建成投用区图书馆。",
      sourceType: "docx",
    });
    const html = new TextEncoder().encode("<html><body><p>各位代表：</p><p>一、2024年工作安排</p></body></html>");
    expect((await readDocument(html, "report.txt")).sourceType).toBe("html");
    expect(await readDocument(encodeGbk("各位代表：\n新增城镇就业1.3万人以上。"), "report.html")).toEqual({
      text: "各位代表：\n新增城镇就业1.3万人以上。",
      sourceType: "txt",
    });
  });

  it("reads the HTML fixture (entities, scripts and navigation around the article)", async () => {
    const { text, sourceType } = await readDocument(readFileSync("tests/fixtures/reports/beiling-2023-web.html"));
    expect(sourceType).toBe("html");
    expect(text).toContain("县长 刘建国");
    expect(text).not.toContain("<p>");
  });

  it("refuses bad input with one-line errors", async () => {
    await expectError(readDocument(new Uint8Array()), "empty");
    await expectError(
      readDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      "binary",
    );
    await expectError(readDocument(new TextEncoder().encode("%PDF-1.7\nthis is not really a pdf")), "unreadable_pdf");
    await expectError(readDocument(buildChinesePdf([[]])), "unreadable_pdf");
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    await expectError(readDocument(await zip.generateAsync({ type: "uint8array" })), "unsupported");
    await expectError(readDocument(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])), "unreadable_docx");
    await expectError(readDocument(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), "unsupported");
    await expectError(readDocument(new Uint8Array(50 * 1024 * 1024 + 1)), "too_large");
  });

  it(`refuses a PDF of more than ${MAX_PDF_PAGES} pages before reading its text`, async () => {
    const pages = (count: number) => Array.from({ length: count }, () => ["新增城镇就业1.3万人以上。"]);
    await expectError(readDocument(buildChinesePdf(pages(MAX_PDF_PAGES + 1)), "long.pdf"), "too_many_pages");
    const { text } = await readDocument(buildChinesePdf(pages(2)), "short.pdf");
    expect(text.split("\n")).toHaveLength(2);
  });
});
