// Reads the JSON of `npm audit --json`: real findings, a clean tree, or an advisory endpoint that could
// not be asked (offline, a mirror without the audit API) — which is said plainly and is no finding.

const SEVERE = ["high", "critical"];

/**
 * @param {string} stdout what `npm audit --json` printed
 * @returns {{ outcome: "findings" | "clean" | "unreachable", exitCode: number, lines: string[] }}
 */
export function judgeAudit(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return unreachable(`npm audit printed no JSON report${stdout.trim() ? `: ${firstLine(stdout)}` : ""}`);
  }
  if (!report || typeof report !== "object") return unreachable("npm audit printed no report");
  if (!report.vulnerabilities || !report.metadata) {
    const status = report.statusCode ?? report.error?.code ?? report.code;
    const reason = report.message ?? report.error?.summary ?? "no report";
    return unreachable(`the advisory endpoint answered ${status ? `${status}: ` : ""}${firstLine(String(reason))}`);
  }
  const severe = Object.values(report.vulnerabilities).filter((v) => SEVERE.includes(v.severity));
  const counts = report.metadata.vulnerabilities ?? {};
  const summary = ["info", "low", "moderate", "high", "critical"].map((s) => `${s} ${counts[s] ?? 0}`).join(", ");
  if (severe.length === 0) {
    return { outcome: "clean", exitCode: 0, lines: [`npm audit: no high or critical findings (${summary})`] };
  }
  const lines = [`npm audit: ${severe.length} package(s) with high or critical findings (${summary})`];
  for (const v of severe.sort((a, b) => a.name.localeCompare(b.name))) {
    const advisories = (v.via ?? []).filter((via) => typeof via === "object");
    const titles = advisories.map((a) => `${a.title ?? "advisory"}${a.url ? ` <${a.url}>` : ""}`);
    const via = (v.via ?? []).filter((x) => typeof x === "string");
    const fix =
      v.fixAvailable === true
        ? "fix: npm audit fix"
        : v.fixAvailable && typeof v.fixAvailable === "object"
          ? `fix: ${v.fixAvailable.name}@${v.fixAvailable.version}${v.fixAvailable.isSemVerMajor ? " (major)" : ""}`
          : "no fix available";
    lines.push(
      `  ${v.severity} ${v.name} ${v.range ?? ""} — ${[...titles, ...via.map((n) => `via ${n}`)].join("; ")} — ${fix}`,
    );
  }
  return { outcome: "findings", exitCode: 1, lines };
}

function unreachable(reason) {
  return {
    outcome: "unreachable",
    exitCode: 0,
    lines: [
      `npm audit could not be checked: ${reason}.`,
      "This is not a finding. Check the production dependencies by hand (README, Security) or run",
      "`npm run audit` where the registry's advisory endpoint is reachable.",
    ],
  };
}

function firstLine(text) {
  return text.trim().split("\n")[0].slice(0, 200);
}
