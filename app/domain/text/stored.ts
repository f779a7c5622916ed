// The report text as it is stored, hashed, searched and analysed: what every door (upload, paste, API, CLI) applies.
import { stripBidi } from "~/schemas/plain-text";
import { foldRadicals } from "~/domain/text/radicals";

/**
 * Bidirectional controls dropped (they could make a promise read backwards on every page that quotes it) and
 * radical code points folded to the ideographs they stand for (PDF text layers write 民生 as ⺠⽣; stored as
 * they are, search, quotes and pasting all fail). Both keep offsets meaningful: the fold is one unit for one.
 */
export function storedReportText(text: string): string {
  return foldRadicals(stripBidi(text));
}
