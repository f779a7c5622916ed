import { describe, expect, it } from "vitest";
import { etagOf, matchesEtag, validate } from "~/utils/etag.server";

describe("ETags", () => {
  it("are weak, stable for the same parts and different for others", () => {
    expect(etagOf("a", 1)).toMatch(/^W\/"[\w-]{27}"$/);
    expect(etagOf("a", 1)).toBe(etagOf("a", 1));
    expect(etagOf("a", 1)).not.toBe(etagOf("a", 2));
    expect(etagOf("ab", "")).not.toBe(etagOf("a", "b"));
  });

  it("match If-None-Match lists, weak or strong, and *", () => {
    const tag = etagOf("x");
    expect(matchesEtag(null, tag)).toBe(false);
    expect(matchesEtag(tag, tag)).toBe(true);
    expect(matchesEtag(`"other", ${tag.slice(2)}`, tag)).toBe(true);
    expect(matchesEtag("*", tag)).toBe(true);
    expect(matchesEtag('W/"nope"', tag)).toBe(false);
  });

  it("answer 304 when the client has the current version", () => {
    const today = new Date("2026-03-01T00:00:00Z");
    const url = "http://x/api/v1/jurisdictions";
    const { etag, headers } = validate(new Request(url), { version: "v1", today });
    expect(headers).toMatchObject({ ETag: etag, "Cache-Control": expect.stringContaining("public") });
    let thrown: unknown;
    try {
      validate(new Request(url, { headers: { "If-None-Match": etag } }), { version: "v1", today });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(304);
    expect(() =>
      validate(new Request(url, { headers: { "If-None-Match": etag } }), { version: "v2", today }),
    ).not.toThrow();
    const tomorrow = new Date("2026-03-02T00:00:00Z");
    expect(validate(new Request(url), { version: "v1", today: tomorrow }).etag).not.toBe(etag);
  });
});
