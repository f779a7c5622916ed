// Uploaded evidence files: size-limited, typed by their content (never their name), stored by SHA-256.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import type { MessageKey } from "~/i18n";
import { stripBidi } from "~/schemas/plain-text";
import { AppError } from "~/utils/app-error";
import { getEnv, sharedPath } from "~/utils/env.server";

/** Images and PDF only; SVG is refused (it can carry scripts). */
export const ALLOWED_TYPES = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
  "application/pdf": "pdf",
} as const;
export type AllowedType = keyof typeof ALLOWED_TYPES;

export interface StoredFile {
  sha256: string;
  mimeType: AllowedType;
  size: number;
  fileName: string;
}

export function maxUploadBytes(): number {
  return getEnv().MAX_UPLOAD_MB * 1024 * 1024;
}

function fileLocation(sha256: string): string {
  return sharedPath("uploads", sha256.slice(0, 2), sha256);
}

/** Checks and stores one file; the same content is stored once whatever its name. */
export async function storeUpload(bytes: Uint8Array, originalName: string): Promise<StoredFile> {
  const refuse = (code: MessageKey, detail: string) =>
    new AppError(code, { status: 400, field: "files", detail: `${originalName}: ${detail}` });
  if (bytes.byteLength === 0) throw refuse("ledger.upload.empty", "the file is empty");
  const limit = maxUploadBytes();
  if (bytes.byteLength > limit) {
    throw refuse("ledger.upload.too_large", `larger than ${Math.round(limit / 1024 / 1024)} MB`);
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !(detected.mime in ALLOWED_TYPES)) {
    throw refuse("ledger.upload.type_not_allowed", "only JPEG, PNG, WebP, GIF images and PDF files are accepted");
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = fileLocation(sha256);
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  }
  const safeName =
    stripBidi(originalName)
      .replace(/[\\/\p{Cc}]/gu, "_")
      .slice(-120) || "file";
  return { sha256, mimeType: detected.mime as AllowedType, size: bytes.byteLength, fileName: safeName };
}

export async function readStoredFile(sha256: string): Promise<Uint8Array | null> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  return readFile(fileLocation(sha256)).catch(() => null);
}

/** Reads the files of a multipart form field, refusing the whole request when one is bad. */
export async function filesFromForm(form: FormData, field: string): Promise<{ bytes: Uint8Array; name: string }[]> {
  const files: { bytes: Uint8Array; name: string }[] = [];
  for (const value of form.getAll(field)) {
    if (typeof value === "string" || value.size === 0) continue;
    files.push({ bytes: new Uint8Array(await value.arrayBuffer()), name: value.name || "file" });
  }
  return files;
}
