import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/utils/redirect";

describe("safeRedirect", () => {
  it.each([
    ["/c/12?tab=history", "/c/12?tab=history"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    [null, "/"],
    // Browsers remove tabs and line breaks, so these would leave the site.
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n/evil.example", "/"],
    ["/ /evil.example", "/"],
    ["/\u3000/evil.example", "/"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/ledger?q=a%20b#x", "/ledger?q=a%20b#x"],
  ])("%s → %s", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});
