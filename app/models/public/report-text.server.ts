// A published report's text rebuilt into paragraphs (the analyser's normaliser), kept for reuse.
import { normalise, type CleanText } from "~/domain/text/normalise";

const MAX_ENTRIES = 20;
const cache = new Map<string, CleanText>();

/** The clean text of a report; normalising takes a few milliseconds, so recent ones are kept. */
export function cleanReportText(report: { id: number; text: string; updatedAt: Date }): CleanText {
  const key = `${report.id}:${report.updatedAt.getTime()}:${report.text.length}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const clean = normalise(report.text);
  cache.set(key, clean);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return clean;
}
