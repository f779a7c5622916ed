// Each rule's own examples, generated from the registry: the rule decides on the sentences it should, and only those.
import { describe, expect, it } from "vitest";
import { RULE_IDS, RULES } from "~/domain/extraction/rule-registry";
import type { TraceEntry } from "~/domain/extraction/rules";
import { analyseReport } from "~/domain/report/analyse";
import { labelledSets } from "../../../tests/quality/score";

/** The rules that decided on a plan sentence: the accepting rule of each commitment and every rule recorded. */
function decided(sentence: string): Set<string> {
  const trace: TraceEntry[] = [];
  const report = analyseReport(`2025年政府工作报告\n各位代表：\n二、2025年工作安排\n${sentence}。\n`, { trace });
  return new Set([...report.commitments.map((c) => c.rule), ...trace.map((t) => t.rule)]);
}

const norm = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

describe("extraction rules", () => {
  for (const rule of RULES) {
    describe(`${rule.id} (${rule.stage}): ${rule.summary}`, () => {
      it.each(rule.examples.map((e) => [e.text, e.fires] as const))("%s → fires: %s", (text, fires) => {
        expect(decided(text).has(rule.id)).toBe(fires);
      });
    });
  }

  it("every rule the analyser records is in the registry", () => {
    const seen = new Set(RULES.flatMap((rule) => rule.examples.flatMap((e) => [...decided(e.text)])));
    for (const id of seen) expect(RULE_IDS.has(id), id).toBe(true);
  });

  it("no example is copied from a labelled set", () => {
    const labelled = labelledSets(process.cwd()).flatMap((set) =>
      [...set.gold, ...set.borderline].map((item) => norm(item.quote)),
    );
    for (const rule of RULES)
      for (const example of rule.examples) {
        const text = norm(example.text);
        expect(
          labelled.some(
            (quote) => (quote.length >= 6 && text.includes(quote)) || (text.length >= 8 && quote.includes(text)),
          ),
          example.text,
        ).toBe(false);
      }
  });
});
