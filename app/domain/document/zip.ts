// Zip archives (.docx, .xlsx) are measured before anything is inflated: a few megabytes of zip can
// inflate to gigabytes. The sizes come from the archive's central directory, which a reader trusts
// anyway; an archive that lies about them is stopped by the worker's memory and time limits.

/** The most a .docx or .xlsx may inflate to (a long report is a few MB of XML). */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 5000;

export type ZipCheck =
  | { ok: true; entries: number; inflated: number }
  | { ok: false; damaged: boolean; reason: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Adds up the uncompressed sizes the archive declares; refuses ZIP64, too many entries, too much. */
export function checkZipSize(bytes: Uint8Array): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, damaged: true, reason: "it has no zip directory" };
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (entries === 0xffff || at === 0xffffffff)
    return { ok: false, damaged: false, reason: "ZIP64 archives are not accepted" };
  if (entries > MAX_ZIP_ENTRIES) return { ok: false, damaged: false, reason: `it has ${entries} entries` };
  let inflated = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      return { ok: false, damaged: true, reason: "its zip directory is damaged" };
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return { ok: false, damaged: false, reason: "ZIP64 archives are not accepted" };
    inflated += size;
    if (inflated > MAX_INFLATED_BYTES)
      return {
        ok: false,
        damaged: false,
        reason: `it would inflate to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB`,
      };
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries, inflated };
}
