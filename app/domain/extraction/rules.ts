// The extraction rules as one registry: each decision the analyser takes has an id, a stage and examples of its
// own (they become its unit tests). The pipeline records which rule decided; a rule can be switched off to
// measure what it is worth (npm run quality).

export type RuleStage = "sentence" | "quantity" | "deliverable" | "item";

export interface RuleExample {
  /** A plan sentence (the examples are written for the rule, not copied from a labelled set). */
  text: string;
  /** Whether the rule decides on this sentence. */
  fires: boolean;
}

export interface RuleInfo {
  id: string;
  stage: RuleStage;
  /** Accepting rules make a commitment; the others keep a candidate out. */
  accepts: boolean;
  summary: string;
  examples: RuleExample[];
}

export interface TraceEntry {
  rule: string;
  /** The clause (or sentence) the rule decided on, clean offsets of the analysed text. */
  start: number;
  end: number;
  /** For quantity rules: the number it kept out. */
  target: number | null;
  unit: string | null;
}

/** What a run of the analyser may be asked to do besides analysing: rules switched off, decisions recorded. */
export interface RuleOptions {
  disabled?: ReadonlySet<string>;
  trace?: TraceEntry[];
}

const NONE: ReadonlySet<string> = new Set();

export class RuleContext {
  readonly disabled: ReadonlySet<string>;
  readonly trace: TraceEntry[] | null;

  constructor(options: RuleOptions = {}) {
    this.disabled = options.disabled ?? NONE;
    this.trace = options.trace ?? null;
  }

  on(rule: string): boolean {
    return this.disabled.size === 0 || !this.disabled.has(rule);
  }

  record(rule: string, start: number, end: number, target: number | null = null, unit: string | null = null): void {
    this.trace?.push({ rule, start, end, target, unit });
  }
}

export const DEFAULT_RULES = new RuleContext();
