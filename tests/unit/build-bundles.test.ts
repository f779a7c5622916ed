// When bin/taizhang.js rebuilds the CLI before running it: whenever a file the bundle was built from, or the
// build itself, changed after the build started.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { staleReason } from "../../scripts/build-bundles.mjs";

let base: string;
const BUILT_AT = Date.parse("2026-01-02T03:04:05Z");

function file(relative: string, mtime: number) {
  const full = path.join(base, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, "");
  utimesSync(full, mtime / 1000, mtime / 1000);
}

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), "taizhang-bundle-"));
  file("app/cli/main.ts", BUILT_AT - 60_000);
  file("app/domain/a.ts", BUILT_AT - 60_000);
  file("tsconfig.json", BUILT_AT - 60_000);
  file("build/cli/main.mjs", BUILT_AT + 1_000);
  writeFileSync(
    path.join(base, "build/cli/inputs.json"),
    JSON.stringify({ builtAt: BUILT_AT, inputs: ["app/cli/main.ts", "app/domain/a.ts"] }),
  );
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

describe("the CLI bundle's freshness", () => {
  it("is fresh when every input is older than the build", () => {
    expect(staleReason("cli", base)).toBeNull();
  });

  it("is stale when an input changed after the build started, even before the bundle was written", () => {
    file("app/domain/a.ts", BUILT_AT + 500);
    expect(staleReason("cli", base)).toBe("app/domain/a.ts changed");
  });

  it("is stale when an input is gone, or the build's own configuration changed", () => {
    rmSync(path.join(base, "app/domain/a.ts"));
    expect(staleReason("cli", base)).toBe("app/domain/a.ts is gone");
    file("app/domain/a.ts", BUILT_AT - 60_000);
    file("tsconfig.json", BUILT_AT + 5_000);
    expect(staleReason("cli", base)).toBe("tsconfig.json changed");
  });

  it("is missing when the bundle or its list of inputs is", () => {
    rmSync(path.join(base, "build/cli/inputs.json"));
    expect(staleReason("cli", base)).toBe("not built yet");
    rmSync(path.join(base, "build/cli"), { recursive: true });
    expect(staleReason("cli", base)).toBe("not built yet");
  });
});
