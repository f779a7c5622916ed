// `npm run audit` (scripts/audit.mjs): what it makes of npm audit's JSON in each case.
import { describe, expect, it } from "vitest";
import { judgeAudit } from "../../scripts/lib/audit.mjs";

const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts } });

describe("npm run audit", () => {
  it("fails on a high or critical finding, naming the package, the advisory and the fix", () => {
    const judged = judgeAudit(
      report(
        {
          "turbo-stream": {
            name: "turbo-stream",
            severity: "high",
            range: "<2.4.2",
            via: [{ title: "Prototype pollution in decode", url: "https://github.com/advisories/GHSA-x" }],
            fixAvailable: { name: "@remix-run/react", version: "3.0.0", isSemVerMajor: true },
          },
          "@remix-run/react": {
            name: "@remix-run/react",
            severity: "high",
            via: ["turbo-stream"],
            fixAvailable: false,
          },
          debug: { name: "debug", severity: "low", via: [{ title: "ReDoS" }], fixAvailable: true },
        },
        { low: 1, high: 2 },
      ),
    );
    expect(judged.outcome).toBe("findings");
    expect(judged.exitCode).toBe(1);
    expect(judged.lines[0]).toMatch(
      /2 package\(s\) with high or critical findings \(info 0, low 1, moderate 0, high 2/,
    );
    expect(judged.lines.join("\n")).toContain("Prototype pollution in decode <https://github.com/advisories/GHSA-x>");
    expect(judged.lines.join("\n")).toContain("fix: @remix-run/react@3.0.0 (major)");
    expect(judged.lines.join("\n")).toContain("via turbo-stream — no fix available");
    expect(judged.lines.join("\n")).not.toContain("debug");
  });

  it("passes with moderate findings only", () => {
    const judged = judgeAudit(
      report({ debug: { name: "debug", severity: "moderate", via: [], fixAvailable: true } }, { moderate: 1 }),
    );
    expect(judged).toMatchObject({ outcome: "clean", exitCode: 0 });
    expect(judged.lines[0]).toContain("moderate 1");
  });

  it.each([
    [
      "a 405 from a registry without the audit API",
      JSON.stringify({
        statusCode: 405,
        message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      }),
      /405: 405 Method Not Allowed/,
    ],
    [
      "no network",
      JSON.stringify({ error: { code: "ENOTFOUND", summary: "request to https://registry.npmjs.org failed" } }),
      /ENOTFOUND: request to/,
    ],
    ["no JSON at all", "npm ERR! something odd\n", /no JSON report: npm ERR! something odd/],
    ["nothing", "", /no JSON report$/],
  ])("says plainly when the advisories could not be asked (%s), and does not fail", (_what, stdout, reason) => {
    const judged = judgeAudit(stdout);
    expect(judged.outcome).toBe("unreachable");
    expect(judged.exitCode).toBe(0);
    expect(judged.lines[0]).toMatch(/^npm audit could not be checked: /);
    expect(judged.lines[0].replace(/\.$/, "")).toMatch(reason);
    expect(judged.lines.join(" ")).toContain("This is not a finding");
  });
});
