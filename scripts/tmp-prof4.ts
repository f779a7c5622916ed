import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { analyseReport } from "../app/domain/report/analyse";
import type { ClauseCandidate } from "../app/domain/extraction/rules";
import { normalise } from "../app/domain/text/normalise";
import { generateReport } from "./bench/analysis";
import { ABSTRACT_OBJECT, CLAUSE_OPENERS, COMPLETION, EFFORT, LEADING_COMPLETION, ONGOING_ENDING, PREPARATION, RECURRING, VAGUE } from "../app/domain/lexicon/verbs";
import { PLACE_NAMED } from "../app/domain/lexicon/names";
const HEAD_NOUN =
  /(?:路|街|大道|桥|隧道|园|园区|中心|馆|厂|站|场|库|院|校|中学|小学|幼儿园|医院|公园|广场|基地|工程|项目|规划|方案|办法|意见|条例|制度|机制|体系|平台|系统|网|线|活动|行动|会|节|赛|展|论坛|试点|改革|建设|改造|整治|治理|工作|任务|目标|水平|能力|环境|服务|政策|措施|产业|经济|发展|品牌|称号|城市|县|区|镇|村)$/;
const dir = path.join(process.cwd(), "data/reports");
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(path.join(dir, f), "utf8"));
const g = generateReport(texts, 50000);
const cands: ClauseCandidate[] = [];
analyseReport(g, { candidates: cands });
const clean = normalise(g).text;
const clauses = cands.filter((c) => !c.accepted).map((c) => clean.slice(c.start, c.end).replace(/\s+/g, ""));
const tests: Record<string, (s: string) => unknown> = {
  openers: (s) => s.replace(CLAUSE_OPENERS, ""),
  lead: (s) => LEADING_COMPLETION.exec(s),
  completion: (s) => { COMPLETION.lastIndex = 0; const r = COMPLETION.exec(s); COMPLETION.lastIndex = 0; return r; },
  effort: (s) => EFFORT.exec(s), prep: (s) => PREPARATION.test(s), rec: (s) => RECURRING.test(s), vague: (s) => VAGUE.test(s),
  abstract: (s) => ABSTRACT_OBJECT.test(s), ongoing: (s) => ONGOING_ENDING.test(s), head: (s) => HEAD_NOUN.exec(s), place: (s) => PLACE_NAMED.test(s),
};
for (const [name, fn] of Object.entries(tests)) {
  for (const c of clauses) fn(c);
  const s = process.cpuUsage();
  for (let i = 0; i < 20; i++) for (const c of clauses) fn(c);
  const u = process.cpuUsage(s);
  console.log(name.padEnd(12), ((u.user + u.system) / 1000 / 20).toFixed(3));
}
