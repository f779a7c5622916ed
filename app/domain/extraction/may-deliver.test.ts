// The deliverable rules' cheap first look (mayDeliver) keeps out only clauses the rules have nothing to say about:
// checked on every clause of the report texts in the repository and of the rules' own examples.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mayDeliver, readDeliverable } from "~/domain/extraction/deliverables";
import { RULES } from "~/domain/extraction/rule-registry";
import { normalise } from "~/domain/text/normalise";
import { splitSentences } from "~/domain/text/sentences";

function textsUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return textsUnder(file);
    return name.endsWith(".txt") ? [readFileSync(file, "utf8")] : [];
  });
}

/** Every clause of a text, and the halves of those listed with 、 (the rules read those too). */
function clausesOf(text: string): string[] {
  const clean = normalise(text);
  const clauses: string[] = [];
  for (const paragraph of clean.paragraphs)
    for (const sentence of splitSentences(clean.folded, paragraph.start, paragraph.end))
      for (const span of sentence.clauses) {
        const clause = clean.folded.slice(span.start, span.end);
        clauses.push(clause, ...clause.split("、"));
      }
  return clauses;
}

/** The clauses the rules decide on (a deliverable or a rejection) that the first look would keep out. */
function missed(clauses: string[]): string[] {
  return clauses.filter((clause) => readDeliverable(clause, null) !== null && !mayDeliver(clause, null));
}

describe("mayDeliver", () => {
  it("lets through every clause of the repository's reports that a rule decides on", () => {
    const texts = [...textsUnder("tests/fixtures"), ...textsUnder("data/reports")];
    expect(texts.length).toBeGreaterThan(50);
    const clauses = texts.flatMap(clausesOf);
    expect(clauses.filter((clause) => readDeliverable(clause, null) !== null).length).toBeGreaterThan(1000);
    expect(missed(clauses)).toEqual([]);
  });

  it("lets through every clause of the rules' own examples that a rule decides on", () => {
    expect(missed(RULES.flatMap((rule) => rule.examples.flatMap((example) => clausesOf(example.text))))).toEqual([]);
  });

  it("keeps out clauses of mere effort, and never a clause with an inherited verb", () => {
    expect(mayDeliver("大力发展现代服务业", null)).toBe(false);
    expect(mayDeliver("着力促进文化繁荣发展", null)).toBe(false);
    expect(mayDeliver("城东污水处理厂", "新建")).toBe(true);
    expect(mayDeliver("确保年内开工", null)).toBe(true);
  });
});
