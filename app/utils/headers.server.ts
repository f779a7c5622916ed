// Response headers for documents: a strict content security policy and a content ETag.
import { createHash } from "node:crypto";

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * script-src allows our own files and exactly the inline scripts of this document (by hash). Given the
 * document's UTF-8 bytes, it reads them as Latin-1 (one character a byte, nothing decoded): the markup it
 * looks for is ASCII, and each script's bytes are hashed as they are.
 */
export function documentSecurityPolicy(html: string | Buffer, embeddable = false): string {
  const [text, encoding] =
    typeof html === "string" ? [html, "utf8" as const] : [html.toString("latin1"), "latin1" as const];
  const hashes = new Set<string>();
  for (const match of text.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? "";
    if (body.trim()) hashes.add(`'sha256-${createHash("sha256").update(body, encoding).digest("base64")}'`);
  }
  return [
    "default-src 'self'",
    `script-src 'self' ${[...hashes].join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? "*" : "'none'"}`,
  ].join("; ");
}

export function etagFor(body: string | Uint8Array): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}
