// Units of report numbers compared across reports: the magnitude (万, 亿 …) split from the base unit (spellings,
// bases and dimensions from the lexicon), so that values in different units compare.
import { CONVERTIBLE, COUNTERS, MAGNITUDES, unitSense } from "~/domain/lexicon/units";
import { memoised } from "~/domain/text/memo";

export interface ParsedUnit {
  base: string;
  factor: number; // 1.3万人 → base 人, factor 1e4
}

const COUNTER_SET = new Set(COUNTERS);

const parsed = memoised(parseUncached, 1000);

/** Memoised: matching asks about the same few units many times. */
export function parseUnit(unit: string | null | undefined): ParsedUnit | null {
  return parsed(unit ?? "");
}

function parseUncached(unit: string): ParsedUnit | null {
  const raw = unit.replace(/\s+/g, "");
  if (!raw) return null;
  const sense = unitSense(raw);
  if (sense) return { base: sense.base, factor: sense.factor };
  // A magnitude alone (减少1000万): a number of whatever the metric names.
  const magnitude = MAGNITUDES.find(([prefix]) => prefix === raw);
  if (magnitude) return { base: "", factor: magnitude[1] };
  for (const [prefix, factor] of MAGNITUDES) {
    if (raw.startsWith(prefix) && raw.length > prefix.length) {
      const rest = parseUncached(raw.slice(prefix.length));
      if (rest) return { base: rest.base, factor: factor * rest.factor };
    }
  }
  return { base: raw, factor: 1 };
}

/** A base's size in its dimension's measure, when the dimension converts (公顷 → 10000 平方米). */
function scaleOf(base: string): { dimension: string; scale: number } | null {
  const sense = unitSense(base);
  return sense && CONVERTIBLE.has(sense.dimension) ? { dimension: sense.dimension, scale: sense.scale } : null;
}

/**
 * How well two bases fit: 1 same, 0.9 convertible (公顷/亩), 0.85 counting words (个/家), 0 not comparable
 * (人 vs 元, % vs 个百分点).
 */
export function unitFit(a: string | null | undefined, b: string | null | undefined): number {
  const pa = parseUnit(a);
  const pb = parseUnit(b);
  if (!pa || !pb) return !pa && !pb ? 1 : 0;
  if (pa.base === pb.base) return 1;
  // 1000万 (of people, of households) against 1109万人: a bare number counts what the other unit counts.
  if (!pa.base || !pb.base) return isCount(pa.base || pb.base) ? 0.9 : 0;
  const da = scaleOf(pa.base);
  const db = scaleOf(pb.base);
  if (da && db && da.dimension === db.dimension) return 0.9;
  if (unitSense(pa.base)?.dimension === "people" && unitSense(pb.base)?.dimension === "people") return 0.9;
  if ((pa.base === "个" && COUNTER_SET.has(pb.base)) || (pb.base === "个" && COUNTER_SET.has(pa.base))) return 0.85;
  // 演出200场次 / 237次: times an event is held, however counted.
  if (OCCASIONS.has(pa.base) && OCCASIONS.has(pb.base)) return 0.85;
  return 0;
}

/** Counters of occasions (演出100场, 活动200场次, 培训30次). */
const OCCASIONS = new Set(["次", "场", "场次", "期"]);

/** A unit that counts people or things (人, 户, 个, 家), not money, sizes or shares. */
function isCount(base: string): boolean {
  return base === "个" || COUNTER_SET.has(base) || unitSense(base)?.dimension === "people";
}

/** `value` in `from` expressed in `to` (1.3 万人 → 13000 人), or null when the units do not compare. */
export function convert(value: number, from: string | null | undefined, to: string | null | undefined): number | null {
  if (unitFit(from, to) === 0) return null;
  const pf = parseUnit(from);
  const pt = parseUnit(to);
  if (!pf || !pt) return value;
  const df = scaleOf(pf.base);
  const dt = scaleOf(pt.base);
  const dimFactor = df && dt && pf.base !== pt.base ? df.scale / dt.scale : 1;
  return round((value * pf.factor * dimFactor) / pt.factor);
}

/** Rounds away binary noise (1.3 × 10000 / 10000) without losing report precision. */
function round(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/** Units that measure a rate or a share rather than a quantity. */
export function isPercent(unit: string | null | undefined): boolean {
  return parseUnit(unit)?.base === "%";
}
