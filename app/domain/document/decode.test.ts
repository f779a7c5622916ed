import { describe, expect, it } from "vitest";
import { encodeGbk } from "../../../tests/fixtures/reports/builders";
import { decodeText, decodeTextWithEncoding } from "~/domain/document/decode";
import { DocumentError } from "~/domain/document/errors";

const SAMPLE = "各位代表：\n新增城镇就业1.3万人以上，一般公共预算收入增长2%以上。";

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const unit of Buffer.from(text, "utf16le").reduce<number[]>((units, byte, i, all) => {
    if (i % 2 === 0) units.push(all[i] | (all[i + 1] << 8));
    return units;
  }, [])) {
    bytes.push(...(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
  }
  return new Uint8Array(bytes);
}

function expectError(run: () => unknown, code: string): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).code).toBe(code);
    expect((error as Error).message).not.toContain("\n");
    return;
  }
  throw new Error(`expected a DocumentError ${code}`);
}

describe("decodeText", () => {
  it("decodes UTF-8 with and without a byte-order mark, dropping the mark", () => {
    const plain = new TextEncoder().encode(SAMPLE);
    expect(decodeText(plain)).toBe(SAMPLE);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toBe(SAMPLE);
  });

  it("decodes UTF-16 little- and big-endian with a byte-order mark", () => {
    expect(decodeTextWithEncoding(utf16(SAMPLE, false))).toEqual({ text: SAMPLE, encoding: "utf-16le" });
    expect(decodeTextWithEncoding(utf16(SAMPLE, true))).toEqual({ text: SAMPLE, encoding: "utf-16be" });
  });

  it("recognises UTF-16 without a mark from the zero bytes of ASCII text", () => {
    const text = "2024 report: GDP +5.5%, jobs 13000. 各位代表";
    expect(decodeTextWithEncoding(utf16(text, false, false)).encoding).toBe("utf-16le");
  });

  it("detects GBK/GB18030 from the bytes alone", () => {
    const bytes = encodeGbk(SAMPLE);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(decodeTextWithEncoding(bytes)).toEqual({ text: SAMPLE, encoding: "gb18030" });
  });

  it("refuses empty, binary and oversized input with a code", () => {
    expectError(() => decodeText(new Uint8Array()), "empty");
    expectError(() => decodeText(new TextEncoder().encode(" \n\t ")), "empty");
    expectError(
      () => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])),
      "binary",
    );
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 32);
    expectError(() => decodeText(noise), "binary");
    expectError(() => decodeText(new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61)), "too_large");
  });
});
