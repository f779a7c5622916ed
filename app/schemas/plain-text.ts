// Plain text from people and files: bidirectional controls removed at the boundary, so that no note,
// title, link, question or report can show its characters in an order other than the one stored.
import { z } from "zod";

/**
 * Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the invisible direction marks
 * (U+200E, U+200F, U+061C). Chinese and English text never needs them; a right-to-left override can
 * make `gpj.exe` read as `exe.jpg`, or a promise read backwards.
 */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidi(value: string): string {
  return value.replace(BIDI_CONTROLS, "");
}

/** `z.string()` for text typed by a person: bidi controls are dropped before any other check. */
export function plainString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite(stripBidi);
}

/** A stored link as an `href`: http(s) only, whatever got into the database; null shows it as text. */
export function httpHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
