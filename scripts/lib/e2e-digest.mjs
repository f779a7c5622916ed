// After a failed browser run, repeat each failure's message so that the tail of a CI log explains it.
import { existsSync, readFileSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

function* specs(suite) {
  for (const spec of suite.specs ?? []) yield spec;
  for (const child of suite.suites ?? []) yield* specs(child);
}

export function e2eDigest(reportFile, maxLines = 25) {
  if (!existsSync(reportFile)) return "";
  const report = JSON.parse(readFileSync(reportFile, "utf8"));
  const out = [];
  for (const spec of (report.suites ?? []).flatMap((s) => [...specs(s)])) {
    for (const test of spec.tests ?? []) {
      if (test.status !== "unexpected") continue;
      out.push(`--- failed: ${spec.file}:${spec.line} ${spec.title}`);
      for (const result of test.results ?? []) {
        for (const error of result.errors ?? []) {
          const text = stripVTControlCharacters(error.message ?? error.stack ?? "");
          out.push(...text.split("\n").slice(0, maxLines));
        }
      }
    }
  }
  return out.join("\n");
}
