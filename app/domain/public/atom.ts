// Atom 1.0 (RFC 4287) documents for the feeds of published changes.

export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  link: string;
  summary?: string;
  author?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own URL. */
  self: string;
  /** The page it is about. */
  alternate: string;
  author: string;
  updated: Date;
  lang?: string;
  entries: AtomEntry[];
}

/** Characters XML 1.0 does not allow at all (control characters other than tab, LF, CR). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const date = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** A tag: URI (RFC 4151) that stays the entry's id even if the site moves. */
export function tagUri(host: string, year: number, specific: string): string {
  return `tag:${host.replace(/:\d+$/, "")},${year}:${specific}`;
}

export function renderAtom(feed: AtomFeed): string {
  const e = escapeXml;
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.lang ? ` xml:lang="${e(feed.lang)}"` : ""}>`,
    `  <id>${e(feed.id)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    feed.subtitle ? `  <subtitle>${e(feed.subtitle)}</subtitle>` : null,
    `  <updated>${date(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
    `  <author><name>${e(feed.author)}</name></author>`,
    `  <generator>Taizhang</generator>`,
    ...feed.entries.flatMap((entry) => [
      `  <entry>`,
      `    <id>${e(entry.id)}</id>`,
      `    <title>${e(entry.title)}</title>`,
      `    <updated>${date(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>`,
      entry.author ? `    <author><name>${e(entry.author)}</name></author>` : null,
      entry.summary ? `    <summary type="text">${e(entry.summary)}</summary>` : null,
      `  </entry>`,
    ]),
    `</feed>`,
  ];
  return lines.filter((line) => line !== null).join("\n") + "\n";
}
