// Zip archives (.docx, .xlsx) are measured before they are opened: a few megabytes of zip can inflate
// to gigabytes. The sizes an archive declares are only a first check: every entry is then inflated as
// a stream, its output counted and thrown away, and the count stops at the limit. The worker's heap
// limit does not cover Buffers, so an archive that lies about its sizes must be caught here.
import { createInflateRaw } from "node:zlib";

/** The most a .docx or .xlsx may inflate to (a long report is a few MB of XML). */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 5000;

export type ZipCheck =
  | { ok: true; entries: number; inflated: number }
  | { ok: false; damaged: boolean; reason: string };

interface Entry {
  method: number;
  compressedSize: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const tooLarge = (limit: number): ZipCheck => ({
  ok: false,
  damaged: false,
  reason: `it would inflate to more than ${limit / 1024 / 1024} MB`,
});
const damaged = (reason: string): ZipCheck => ({ ok: false, damaged: true, reason });

/** Reads the central directory and adds up the declared sizes; refuses ZIP64, too many entries, too much. */
function readDirectory(bytes: Uint8Array, limit: number): { entries: Entry[] } | ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return damaged("it has no zip directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff)
    return { ok: false, damaged: false, reason: "ZIP64 archives are not accepted" };
  if (count > MAX_ZIP_ENTRIES) return { ok: false, damaged: false, reason: `it has ${count} entries` };
  const entries: Entry[] = [];
  let declared = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return damaged("its zip directory is damaged");
    const size = view.getUint32(at + 24, true);
    const compressedSize = view.getUint32(at + 20, true);
    if (size === 0xffffffff || compressedSize === 0xffffffff)
      return { ok: false, damaged: false, reason: "ZIP64 archives are not accepted" };
    declared += size;
    if (declared > limit) return tooLarge(limit);
    entries.push({ method: view.getUint16(at + 10, true), compressedSize, localHeader: view.getUint32(at + 42, true) });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { entries };
}

/** The compressed bytes of an entry, found as zip readers find them (central sizes, local name and extra). */
function dataOf(bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates `data`, counting and discarding the output; stops as soon as more than `budget` bytes came out. */
function inflatedSize(data: Uint8Array, budget: number): Promise<number | "damaged"> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let total = 0;
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on("end", () => resolve(total));
    inflate.on("error", () => resolve("damaged"));
    inflate.end(data);
  });
}

/** Checks an archive by what its entries really inflate to, at most `limit` bytes in all. */
export async function checkZip(bytes: Uint8Array, limit = MAX_INFLATED_BYTES): Promise<ZipCheck> {
  const directory = readDirectory(bytes, limit);
  if ("ok" in directory) return directory;
  let inflated = 0;
  for (const entry of directory.entries) {
    const data = dataOf(bytes, entry);
    if (!data) return damaged("an entry lies outside the archive");
    if (entry.method === STORED) inflated += data.length;
    else if (entry.method === DEFLATED) {
      const size = await inflatedSize(data, limit - inflated);
      if (size === "damaged") return damaged("an entry cannot be inflated");
      inflated += size;
    } else return damaged(`an entry uses compression method ${entry.method}`);
    if (inflated > limit) return tooLarge(limit);
  }
  return { ok: true, entries: directory.entries.length, inflated };
}
