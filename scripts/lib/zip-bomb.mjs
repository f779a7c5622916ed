// Zip archives that inflate far beyond their size (the .docx and .xlsx bombs of issue 13), written
// by hand: one deflated entry of zeros, streamed so that a gigabyte never sits in memory.
import { crc32, createDeflateRaw } from "node:zlib";

const CHUNK = Buffer.alloc(1024 * 1024);

/** @param {number} megabytes @returns {Promise<{ data: Buffer, crc: number }>} */
async function deflatedZeros(megabytes) {
  const deflate = createDeflateRaw({ level: 9 });
  /** @type {Buffer[]} */
  const parts = [];
  deflate.on("data", (part) => parts.push(part));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let crc = 0;
  for (let i = 0; i < megabytes; i++) {
    crc = crc32(CHUNK, crc);
    if (!deflate.write(CHUNK)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(parts), crc };
}

/**
 * A zip with the given small files plus `bomb` (a name) holding `megabytes` of zeros. `declaredBytes`
 * makes the archive lie: both its headers then give that as the bomb's inflated size.
 * @param {Record<string, string>} files @param {string} bomb @param {number} megabytes
 * @param {{ declaredBytes?: number }} [options] @returns {Promise<Buffer>}
 */
export async function zipBomb(files, bomb, megabytes, options = {}) {
  /** @type {{ name: Buffer, data: Buffer, crc: number, size: number, method: number }[]} */
  const entries = [];
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    entries.push({ name: Buffer.from(name), data, crc: crc32(data), size: data.length, method: 0 });
  }
  const zeros = await deflatedZeros(megabytes);
  entries.push({
    name: Buffer.from(bomb),
    data: zeros.data,
    crc: zeros.crc,
    size: options.declaredBytes ?? megabytes * CHUNK.length,
    method: 8,
  });
  /** @type {Buffer[]} */
  const local = [];
  /** @type {Buffer[]} */
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(e.method, 8);
    header.writeUInt32LE(e.crc >>> 0, 14);
    header.writeUInt32LE(e.data.length, 18);
    header.writeUInt32LE(e.size >>> 0, 22);
    header.writeUInt16LE(e.name.length, 26);
    local.push(header, e.name, e.data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(e.method, 10);
    entry.writeUInt32LE(e.crc >>> 0, 16);
    entry.writeUInt32LE(e.data.length, 20);
    entry.writeUInt32LE(e.size >>> 0, 24);
    entry.writeUInt16LE(e.name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

/** The parts of a real .docx besides word/document.xml (the bomb goes there): content types and the package relation. */
export const DOCX_FILES = {
  "[Content_Types].xml":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
};
