// Several app processes (on one host or several) must all reach the uploaded evidence and the reports
// awaiting confirmation: both live in TAIZHANG_SHARED_DIR when it is set, not in the process's data folder.
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readStaged, stageSource } from "~/models/import-staging.server";
import { readStoredFile, storeUpload } from "~/utils/uploads.server";
import { PNG } from "./support/deputies";

const shared = mkdtempSync(path.join(process.env.TAIZHANG_DATA_DIR!, "shared-"));
process.env.TAIZHANG_SHARED_DIR = shared;
afterAll(() => {
  delete process.env.TAIZHANG_SHARED_DIR;
});

describe("shared storage", () => {
  it("keeps uploads and staged reports in TAIZHANG_SHARED_DIR", async () => {
    const stored = await storeUpload(PNG, "photo.png");
    expect(existsSync(path.join(shared, "uploads", stored.sha256.slice(0, 2), stored.sha256))).toBe(true);
    expect(Buffer.from((await readStoredFile(stored.sha256))!).equals(PNG)).toBe(true);
    const token = await stageSource({ text: "2025年政府工作报告", fileName: "report.txt" });
    expect(readdirSync(path.join(shared, "staging")).sort()).toEqual([`${token}.bin`, `${token}.json`]);
    expect(await readStaged(token)).toEqual({ text: "2025年政府工作报告", fileName: "report.txt" });
    expect(existsSync(path.join(process.env.TAIZHANG_DATA_DIR!, "uploads"))).toBe(false);
  });
});
