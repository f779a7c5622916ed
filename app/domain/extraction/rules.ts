// The extraction rules as one registry: each decision the analyser takes has an id, a stage and examples of its
// own (they become its unit tests). The pipeline records which rule decided; a rule can be switched off to
// measure what it is worth (npm run quality).

import type { ClauseModel } from "~/domain/extraction/clause-model";
import type { Commitment } from "~/domain/extraction/types";

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

/**
 * A clause the learned decision may take: one with no number that no rule made a deliverable of, or that one did.
 * Its offsets are clean offsets; its commitment's are the stored text's only when the commitment was emitted.
 */
export interface ClauseCandidate {
  start: number;
  end: number;
  features: readonly number[];
  /** The rules made a deliverable of it. */
  accepted: boolean;
  /** A rule looked at it and kept it out: the learned decision decides on such clauses only. */
  decidable: boolean;
  /** The deliverable the rules made of it, or the one the learned decision makes when it takes it. */
  commitment: Commitment | null;
}

/** What a run of the analyser may be asked to do besides analysing: rules switched off, decisions recorded. */
export interface RuleOptions {
  disabled?: ReadonlySet<string>;
  trace?: TraceEntry[];
  /** The learned clause decision to use instead of the shipped one (null: rules alone). */
  model?: ClauseModel | null;
  /** Collects every candidate clause with its features (training and evaluation). */
  candidates?: ClauseCandidate[];
}

const NONE: ReadonlySet<string> = new Set();

export class RuleContext {
  readonly disabled: ReadonlySet<string>;
  readonly trace: TraceEntry[] | null;
  /** Undefined: the shipped model. */
  readonly model: ClauseModel | null | undefined;
  readonly candidates: ClauseCandidate[] | null;

  constructor(options: RuleOptions = {}) {
    this.disabled = options.disabled ?? NONE;
    this.trace = options.trace ?? null;
    this.model = options.model;
    this.candidates = options.candidates ?? null;
  }

  on(rule: string): boolean {
    return this.disabled.size === 0 || !this.disabled.has(rule);
  }

  record(rule: string, start: number, end: number, target: number | null = null, unit: string | null = null): void {
    this.trace?.push({ rule, start, end, target, unit });
  }
}

export const DEFAULT_RULES = new RuleContext();
