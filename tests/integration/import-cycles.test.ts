// No module of app/ imports itself through others, type-only imports included (shared types live in types modules).
import { describe, expect, it } from "vitest";
import { findCycles } from "../../scripts/import-cycles.mjs";

describe("imports", () => {
  it("form no cycle in app/", () => {
    expect(findCycles("app").map((cycle) => cycle.join(" → "))).toEqual([]);
  });
});
