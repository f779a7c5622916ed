// The vendored turbo-stream (vendor/README.md): Remix's own copy, and decoding an error never builds an
// arbitrary global (CVE-2026-34077).
import { createRequire } from "node:module";
import path from "node:path";
import { decode, encode } from "turbo-stream";
import { describe, expect, it } from "vitest";

function streamOf(text: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
}

describe("vendored turbo-stream", () => {
  it("is the copy Remix loads", () => {
    const fromRemix = createRequire(require.resolve("@remix-run/server-runtime")).resolve("turbo-stream");
    expect(fromRemix).toContain(`${path.sep}vendor${path.sep}turbo-stream${path.sep}`);
  });

  // The browser bundle uses the ES module build, the server the CommonJS one: both carry the fix.
  const builds = {
    esm: decode,
    cjs: (createRequire(import.meta.url)("turbo-stream") as { decode: typeof decode }).decode,
  };
  it.each(Object.entries(builds))(
    "%s: decodes an error naming a non-error global as a plain Error",
    async (_, decodeIt) => {
      const decoded = await decodeIt(streamOf('[["E","return globalThis","Function"]]\n'));
      expect(decoded.value).toBeInstanceOf(Error);
      expect(typeof decoded.value).toBe("object");
      expect((decoded.value as Error).message).toBe("return globalThis");
    },
  );

  it("still round-trips built-in error types", async () => {
    const decoded = await decode(encode({ failure: new TypeError("bad") }));
    const { failure } = decoded.value as { failure: Error };
    expect(failure).toBeInstanceOf(TypeError);
    expect(failure.message).toBe("bad");
  });
});
