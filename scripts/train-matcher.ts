// `npm run train:matcher`: fits the learned pairing decision of the follow-up matcher (app/domain/followup/learned.ts)
// on the real labelled follow-up sets and measures it honestly: each real set left out in turn (trained on the others,
// thresholds chosen on the others), and the invented set, never trained on. Prints per set strict right, lenient and
// wrong pairs for the rules alone and for rules + model, then writes the model fitted on all real sets.
//   --dry       measure only, do not write app/domain/followup/pairing-model.json
//   --single    measure the model as the single decision (its likeliest clause or none, for every promise)
//   --diagnose  where the rules found nothing: how often the model's likeliest clause is the labelled one, by probability
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readDocument } from "~/domain/document/read";
import { NONE_FEATURES, noneFeatures, rankPairs, type PairModel } from "~/domain/followup/learned";
import { applyPairModel, matchParts, type FollowUpMatch } from "~/domain/followup/match";
import { PAIR_FEATURES, type PairCandidate } from "~/domain/followup/pairing";
import { followUpInputs, toFollowupContract } from "~/domain/followup/reports";
import { analyseReport } from "~/domain/report/analyse";
import { storedReportText } from "~/domain/text/stored";
import type { Commitment } from "~/domain/extraction/types";
import {
  addScored,
  emptyFollowupTotals,
  followupSets,
  pairsOf,
  scorePair,
  type FollowupGold,
  type FollowupTotals,
} from "../tests/quality/followup-score";
import { overlap } from "../tests/quality/score";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MODEL_FILE = path.join(ROOT, "app/domain/followup/pairing-model.json");
const dry = process.argv.includes("--dry");

interface PairData {
  commitments: Commitment[];
  gold: FollowupGold[];
  rules: FollowUpMatch[];
  pairs: PairCandidate[][];
  /** Gold promise → commitment index (by the scorer's own pairing), -1 when unextracted. */
  goldIndex: number[];
}

interface SetData {
  name: string;
  real: boolean;
  pairs: PairData[];
}

async function load(): Promise<SetData[]> {
  const cache = new Map<string, { text: string; analysis: ReturnType<typeof analyseReport> }>();
  const read = async (file: string) => {
    let r = cache.get(file);
    if (!r) {
      const text = storedReportText((await readDocument(readFileSync(file), file)).text);
      r = { text, analysis: analyseReport(text) };
      cache.set(file, r);
    }
    return r;
  };
  const sets: SetData[] = [];
  for (const set of followupSets(ROOT)) {
    const pairs: PairData[] = [];
    for (const [earlierFile, laterFile] of pairsOf(set)) {
      const earlier = await read(path.join(set.corpus, earlierFile));
      const later = await read(path.join(set.corpus, laterFile));
      const { promises, review, options } = followUpInputs(earlier, later);
      const { matches, pairs: candidates } = matchParts(promises, review, options);
      const gold = set.gold.filter((g) => g.report === earlierFile && g.later === laterFile);
      const contract = toFollowupContract(earlier.analysis.commitments, matches);
      const indexed = contract.matches.map((m, index) => ({ ...m, index }));
      const goldIndex = scorePair(gold, indexed).map((s) => s.predicted?.index ?? -1);
      pairs.push({ commitments: earlier.analysis.commitments, gold, rules: matches, pairs: candidates, goldIndex });
    }
    sets.push({ name: set.name, real: set.name !== "invented", pairs });
  }
  return sets;
}

/** One labelled promise: its candidate clauses, what "none" reads, and which candidates are its result. */
interface Group {
  xs: readonly number[][];
  none: number[];
  positive: boolean[];
}

/** The labelled promises as groups: positive the clause(s) of the gold's result quote, else "none". */
function groupsOf(sets: readonly SetData[], onlyRescue: boolean): Group[] {
  const groups: Group[] = [];
  for (const set of sets)
    for (const pair of set.pairs)
      pair.gold.forEach((g, k) => {
        const i = pair.goldIndex[k]!;
        if (i < 0 || (onlyRescue && pair.rules[i]!.result)) return;
        const candidates = pair.pairs[i]!;
        groups.push({
          xs: candidates.map((c) => c.features),
          none: noneFeatures(pair.rules[i]!.evidence, candidates.length),
          positive: candidates.map((c) => !!g.result_quote && overlap(g.result_quote, c.fact.quote) > 0),
        });
      });
  return groups;
}

/** Conditional logit over each group's candidates and "none", standardised clause features, L2, Adam. */
function fit(groups: readonly Group[]): Omit<PairModel, "threshold" | "veto"> {
  const d = PAIR_FEATURES.length;
  const e = NONE_FEATURES.length;
  const all = groups.flatMap((g) => g.xs);
  const n = Math.max(1, all.length);
  const mean = Array.from({ length: d }, (_, j) => all.reduce((s, x) => s + x[j]!, 0) / n);
  const scale = Array.from(
    { length: d },
    (_, j) => Math.sqrt(all.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / n) || 1,
  );
  const zs = groups.map((g) => g.xs.map((x) => x.map((v, j) => (v - mean[j]!) / scale[j]!)));
  const size = d + e + 1; // clause weights, none weights, none bias
  const theta = new Array<number>(size).fill(0);
  const m = new Array<number>(size).fill(0);
  const v = new Array<number>(size).fill(0);
  const lambda = 1e-3;
  const rate = 0.05;
  for (let step = 1; step <= 400; step++) {
    const grad = new Array<number>(size).fill(0);
    groups.forEach((g, gi) => {
      const z = zs[gi]!;
      const u = z.map((row) => row.reduce((s, x, j) => s + theta[j]! * x, 0));
      const un = theta[d + e]! + g.none.reduce((s, y, j) => s + theta[d + j]! * y, 0);
      const top = Math.max(un, ...u);
      const ex = u.map((x) => Math.exp(x - top));
      const exn = Math.exp(un - top);
      const total = exn + ex.reduce((s, x) => s + x, 0);
      const anyPositive = g.positive.some(Boolean);
      const posMass = anyPositive ? ex.reduce((s, x, k) => s + (g.positive[k] ? x : 0), 0) : exn;
      // d(−log Σ_target p)/du_k = p_k − q_k, q the posterior over the target options.
      ex.forEach((x, k) => {
        const diff = x / total - (anyPositive && g.positive[k] ? x / posMass : 0);
        for (let j = 0; j < d; j++) grad[j]! += diff * z[k]![j]!;
      });
      const diffNone = exn / total - (anyPositive ? 0 : 1);
      for (let j = 0; j < e; j++) grad[d + j]! += diffNone * g.none[j]!;
      grad[d + e]! += diffNone;
    });
    for (let j = 0; j < size; j++) {
      const gj = grad[j]! / groups.length + (j < d + e ? lambda * theta[j]! : 0);
      m[j] = 0.9 * m[j]! + 0.1 * gj;
      v[j] = 0.999 * v[j]! + 0.001 * gj * gj;
      theta[j] = theta[j]! - (rate * (m[j]! / (1 - 0.9 ** step))) / (Math.sqrt(v[j]! / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  return {
    features: [...PAIR_FEATURES],
    mean: mean.map(round),
    scale: scale.map(round),
    weights: theta.slice(0, d).map(round),
    noneBias: round(theta[d + e]!),
    noneWeights: theta.slice(d, d + e).map(round),
  };
}

const single = process.argv.includes("--single");

/** The model alone decides: its likeliest clause if likely enough (the rules' own match when it is theirs), else none. */
function singleDecision(match: FollowUpMatch, pairs: readonly PairCandidate[], model: PairModel): FollowUpMatch {
  const best = rankPairs(model, pairs, match.evidence)[0];
  const at = match.result?.start;
  if (best && best.probability >= model.threshold && at !== undefined) {
    const fact = best.candidate.fact;
    if (fact.start <= at && at < fact.end) return match;
  }
  const none = { ...match, result: null, verdict: "not_mentioned" as const };
  const rescued = applyPairModel(none, pairs, model);
  return rescued.result ? rescued : match.result ? { ...none, confidence: 1 - (best?.probability ?? 0) } : match;
}

function score(sets: readonly SetData[], model: PairModel | null): FollowupTotals {
  const t = emptyFollowupTotals();
  for (const set of sets)
    for (const pair of set.pairs) {
      const decide = single ? singleDecision : applyPairModel;
      const matches = model ? pair.rules.map((m, i) => decide(m, pair.pairs[i]!, model)) : pair.rules;
      addScored(t, scorePair(pair.gold, toFollowupContract(pair.commitments, matches).matches));
    }
  return t;
}

const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const VETOES = process.argv.includes("--single") ? [0] : [0, 0.02, 0.05, 0.1, 0.15, 0.2];
/** A wrong pair costs this many right verdicts when the thresholds are chosen. */
const WRONG_PAIR_COST = 1.5;

/** Fits on `train` and chooses the thresholds that do best on it. */
function train(trainSets: readonly SetData[]): PairModel {
  const base = fit(groupsOf(trainSets, process.argv.includes("--rescue-rows")));
  let best: PairModel | null = null;
  let bestValue = -Infinity;
  for (const threshold of THRESHOLDS)
    for (const veto of VETOES) {
      const model = { ...base, threshold, veto };
      const t = score(trainSets, model);
      const value = t.strict - WRONG_PAIR_COST * t.wrongPair;
      if (value > bestValue) [best, bestValue] = [model, value];
    }
  return best!;
}

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
const line = (t: FollowupTotals) =>
  `${String(t.strict).padStart(4)} / ${String(t.n).padStart(4)} ${pct(t.strict, t.n).padStart(7)}  lenient ${pct(t.lenient, t.n).padStart(7)}  wrong ${String(t.wrongPair).padStart(3)} / ${String(t.withResult).padStart(3)} ${pct(t.wrongPair, t.withResult).padStart(6)}`;

const started = performance.now();
const sets = await load();
const real = sets.filter((s) => s.real);
console.log(`loaded ${sets.length} sets in ${Math.round(performance.now() - started)} ms`);
if (process.argv.includes("--diagnose")) {
  const model = { ...fit(groupsOf(real, process.argv.includes("--rescue-rows"))), threshold: 0.5, veto: 0 };
  const bins = [0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
  const hist = {
    mentioned: bins.map(() => 0),
    rightPair: bins.map(() => 0),
    rightVerdict: bins.map(() => 0),
    silent: bins.map(() => 0),
  };
  let reachable = 0;
  let mentioned = 0;
  for (const set of real)
    for (const pair of set.pairs)
      pair.gold.forEach((g, k) => {
        const i = pair.goldIndex[k]!;
        if (i < 0 || pair.rules[i]!.result) return;
        const best = rankPairs(model, pair.pairs[i]!, pair.rules[i]!.evidence)[0];
        const b = bins.findIndex((x, j) => (best?.probability ?? 0) >= x && (best?.probability ?? 0) < bins[j + 1]!);
        if (g.result_quote) {
          mentioned++;
          if (pair.pairs[i]!.some((c) => overlap(g.result_quote!, c.fact.quote) > 0)) reachable++;
          hist.mentioned[b]!++;
          if (best && overlap(g.result_quote, best.candidate.fact.quote) > 0) {
            hist.rightPair[b]!++;
            if (best.candidate.verdict === g.verdict) hist.rightVerdict[b]!++;
          }
        } else hist.silent[b]!++;
        if (process.argv.includes("--show") && best && best.probability >= 0.5)
          console.log(
            `${g.result_quote ? "M" : "S"} ${best.probability.toFixed(2)} ${g.verdict}/${best.candidate.verdict} ${g.quote.slice(0, 50)}\n    → ${best.candidate.fact.quote.slice(0, 60)}${g.result_quote ? `\n    gold ${g.result_quote.slice(0, 60)}` : ""}`,
          );
      });
  console.log(`rescue population: mentioned ${mentioned}, positive among candidates ${reachable}`);
  console.log(`bins ${bins.join(" ")}`);
  for (const [k, v] of Object.entries(hist)) console.log(`${k.padEnd(14)} ${v.join(" ")}`);
  PAIR_FEATURES.forEach((f, j) => console.log(`  ${f.padEnd(18)} ${model.weights[j]!.toFixed(3)}`));
  NONE_FEATURES.forEach((f, j) => console.log(`  none:${f.padEnd(13)} ${model.noneWeights[j]!.toFixed(3)}`));
  process.exit(0);
}
const totals = { rules: emptyFollowupTotals(), model: emptyFollowupTotals() };
const add = (into: FollowupTotals, t: FollowupTotals) => {
  for (const k of ["n", "strict", "lenient", "baseline", "extracted", "withResult", "wrongPair"] as const)
    into[k] += t[k];
};
console.log("leave one set out: rules alone | rules + model (trained on the other real sets)");
for (const held of sets) {
  const model = train(real.filter((s) => s !== held));
  const rules = score([held], null);
  const learned = score([held], model);
  if (held.real) {
    add(totals.rules, rules);
    add(totals.model, learned);
  }
  console.log(
    `${held.name.padEnd(14)} rules ${line(rules)} | model ${line(learned)}  (t ${model.threshold}, veto ${model.veto})`,
  );
}
console.log(`${"real total".padEnd(14)} rules ${line(totals.rules)} | model ${line(totals.model)}`);

const final = train(real);
console.log(`fitted on all real sets: threshold ${final.threshold}, veto ${final.veto}`);
PAIR_FEATURES.forEach((f, j) => console.log(`  ${f.padEnd(18)} ${final.weights[j]!.toFixed(3)}`));
NONE_FEATURES.forEach((f, j) => console.log(`  none:${f.padEnd(13)} ${final.noneWeights[j]!.toFixed(3)}`));
if (!dry) {
  writeFileSync(MODEL_FILE, JSON.stringify(final, null, 1) + "\n");
  console.log(`wrote ${path.relative(ROOT, MODEL_FILE)}`);
}
console.log(`(${Math.round(performance.now() - started)} ms)`);
