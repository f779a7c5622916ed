// Shared by the scripts that list why the matcher is silent (scripts/silent-followup.ts, scripts/silent-named.ts):
// their options, the reading of a set's report, and the tally of causes by place.
import { readFileSync } from "node:fs";
import { readDocument } from "~/domain/document/read";
import { analyseReport } from "~/domain/report/analyse";
import { storedReportText } from "~/domain/text/stored";

/** Every value given after `--name` on the command line. */
export function optionValues(args: string[], name: string): string[] {
  return args.flatMap((a, i) => (args[i - 1] === `--${name}` ? [a] : []));
}

/** A report of a set read as the product reads it, analysed once however often it is asked for. */
export function reportReader(): (
  file: string,
) => Promise<{ text: string; analysis: ReturnType<typeof analyseReport> }> {
  const cache = new Map<string, { text: string; analysis: ReturnType<typeof analyseReport> }>();
  return async (file) => {
    if (!cache.has(file)) {
      const text = storedReportText((await readDocument(readFileSync(file), file)).text);
      cache.set(file, { text, analysis: analyseReport(text) });
    }
    return cache.get(file)!;
  };
}

/** A place: a county's sets together, the national sets together (fu-qingyuan3 → qingyuan, fu-national-b → national). */
export const placeOf = (set: string) => set.replace(/^fu-/, "").replace(/(-[a-d]|\d)$/, "");

/** Causes counted with the places they occur in, printed most frequent first. */
export function causeTally() {
  const places = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  return {
    add(cause: string, set: string) {
      places.set(cause, (places.get(cause) ?? new Set()).add(placeOf(set)));
      counts.set(cause, (counts.get(cause) ?? 0) + 1);
    },
    print() {
      for (const [cause, where] of [...places].sort((a, b) => counts.get(b[0])! - counts.get(a[0])!))
        console.log(`${cause}: ${counts.get(cause)} in ${where.size} places (${[...where].join(", ")})`);
    },
  };
}
