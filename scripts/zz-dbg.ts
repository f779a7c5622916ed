import { matchOne, numeric } from "~/domain/followup/fixture.test-helpers";
for (const [q, r] of [
 ["全力抓好总投资96.5亿元的21个产业项目建设", "总投资96.5亿元的30个项目成功签约，总投资81.3亿元的20个项目开工建设。"],
 ["全力抓好总投资96.5亿元的21个产业项目建设", "总投资81.3亿元的20个项目开工建设。"],
 ["全力抓好总投资96.5亿元的21个产业项目建设", "总投资96.5亿元的30个项目成功签约。"],
]) { const p = numeric(q!, "总投资", 96.5, "亿元", "="); const m = matchOne(p, r!); console.log(m.verdict, m.result?.quote, JSON.stringify(m.evidence)); }
