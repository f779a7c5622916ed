import { describe, expect, it } from "vitest";
import { DOCX_FILES, zipBomb } from "../../../tests/fixtures/zip-bomb";
import { buildDocx } from "../../../tests/fixtures/reports/builders";
import { DocumentError, readDocument } from "~/domain/document/read";
import { MAX_INFLATED_BYTES, checkZip } from "~/domain/document/zip";

const MB = 1024 * 1024;

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof DocumentError ? error.code : null;
}

describe("checkZip", () => {
  it("counts what a real .docx inflates to", async () => {
    const docx = await buildDocx([{ text: "新增城镇就业1.3万人以上。" }]);
    const check = await checkZip(docx);
    expect(check).toMatchObject({ ok: true, entries: 5 }); // three files and two folders
    expect(check.ok && check.inflated).toBeGreaterThan(500);
  });

  it("refuses an archive by what it really inflates to, whatever its headers declare", async () => {
    const lying = await zipBomb(DOCX_FILES, "word/document.xml", 3, { declaredBytes: 1000 });
    expect(await checkZip(lying, 10 * MB)).toMatchObject({ ok: true });
    expect(await checkZip(lying, 2 * MB)).toEqual({
      ok: false,
      damaged: false,
      reason: "it would inflate to more than 2 MB",
    });
  });

  it("a .docx whose headers understate its size is refused as inflating too large, not read", async () => {
    const megabytes = MAX_INFLATED_BYTES / MB + 1;
    const lying = await zipBomb(DOCX_FILES, "word/document.xml", megabytes, { declaredBytes: 4096 });
    expect(lying.length).toBeLessThan(MB);
    expect(await codeOf(readDocument(lying, "report.docx"))).toBe("inflates_too_large");
  });

  it("an entry that cannot be inflated makes the archive damaged", async () => {
    const bomb = await zipBomb(DOCX_FILES, "word/document.xml", 1);
    // Cut the deflated data short: its local header still says where it should end.
    const end = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const broken = Buffer.from(bomb);
    broken.fill(0xff, end - 64, end);
    expect(await checkZip(broken)).toMatchObject({ ok: false, damaged: true });
  });
});
