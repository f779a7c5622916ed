// The learned clause decision: its stored form, its features, and how the analyser uses a model (the sentences are
// invented for these tests, not taken from a labelled set).
import { describe, expect, it } from "vitest";
import {
  clauseFeatures,
  clauseProbability,
  clauseScore,
  modelFrom,
  modelGate,
  storedFrom,
  type ClauseModel,
  type ClauseView,
} from "~/domain/extraction/clause-model";
import stored from "~/domain/extraction/clause-model.json";
import { SHIPPED_CLAUSE_MODEL } from "~/domain/extraction/shipped-clause-model";
import type { ClauseCandidate } from "~/domain/extraction/rules";
import { analyseReport } from "~/domain/report/analyse";

const plan = (sentence: string) => `2025年政府工作报告\n各位代表：\n二、2025年工作安排\n${sentence}。\n`;

const view = (clause: string, rule: string | null = null): ClauseView => ({
  clause,
  index: 0,
  clauses: 2,
  itemStart: false,
  inherited: null,
  rule,
  section: "二、2025年工作安排",
  sector: null,
});

/** A model that takes every clause (its bias alone gives p ≈ 0.99). */
const takesAll: ClauseModel = { dimensions: 1024, bias: 5, threshold: 0.5, weights: new Float32Array(1024) };

describe("clause model", () => {
  it("keeps its weights through the stored form", () => {
    const weights = new Float32Array(64);
    weights[3] = 1.25;
    weights[40] = -0.5;
    weights[41] = 0.00001;
    const model = modelFrom(storedFrom({ dimensions: 64, bias: -2, threshold: 0.7, weights }));
    expect(model.weights[3]).toBeCloseTo(1.25);
    expect(model.weights[40]).toBeCloseTo(-0.5);
    expect(model.weights[41]).toBe(0);
    expect(model.threshold).toBe(0.7);
    const features = [3 + 64 * 5, 40];
    expect(clauseProbability(model, features)).toBeCloseTo(1 / (1 + Math.exp(-(-2 + 1.25 - 0.5))));
  });

  it("reads the same features from the same clause, and tells verbs, names and rules apart", () => {
    const built = clauseFeatures(view("建成滨江文化长廊"));
    expect([...clauseFeatures(view("建成滨江文化长廊"))]).toEqual([...built]);
    const pushed = new Set(clauseFeatures(view("加快推进滨江文化长廊建设")));
    expect([...built].filter((f) => !pushed.has(f)).length).toBeGreaterThan(5);
    const ruled = new Set(clauseFeatures(view("建成滨江文化长廊", "deliverable.completion-verb")));
    expect([...built].filter((f) => !ruled.has(f))).toHaveLength(1);
  });

  it("takes a clause a rule kept out when the model's probability reaches its threshold", () => {
    const text = plan("建设各类服务中心，新建口袋公园12个");
    expect(analyseReport(text, { model: null }).commitments.map((c) => c.kind)).toEqual(["numeric"]);
    const taken = analyseReport(text, { model: takesAll }).commitments;
    expect(taken.map((c) => [c.kind, c.rule, c.quote])).toEqual([
      ["deliverable", "deliverable.model", "建设各类服务中心"],
      ["numeric", "numeric.target", "新建口袋公园12个"],
    ]);
    expect(taken[0]).toMatchObject({ target: null, unit: null, deadline: 2025, metric: "建设各类服务中心" });
    expect(text.slice(taken[0]!.start, taken[0]!.end)).toBe("建设各类服务中心");
  });

  it("leaves the rules' own deliverables, clauses no rule looked at and short fragments alone, and records every candidate when asked", () => {
    const candidates: ClauseCandidate[] = [];
    const text = plan("今年，建成滨江文化长廊，谋划布局城北体育公园，建设各类服务中心");
    const found = analyseReport(text, { model: null, candidates }).commitments;
    expect(found.map((c) => c.rule)).toEqual(["deliverable.completion-verb"]);
    expect(candidates.map((c) => [c.accepted, c.decidable, c.commitment?.quote])).toEqual([
      [true, false, "建成滨江文化长廊"],
      [false, false, "谋划布局城北体育公园"],
      [false, true, "建设各类服务中心"],
    ]);
    expect(analyseReport(text, { model: takesAll }).commitments.map((c) => c.rule)).toEqual([
      "deliverable.completion-verb",
      "deliverable.model",
    ]);
  });

  it("scores a clause as it reads it exactly as over its feature list", () => {
    const model = SHIPPED_CLAUSE_MODEL ?? takesAll;
    for (const clause of ["建立南湖片区河道联合巡查机制", "做好今年政府工作", "建设城东区域物流中心"]) {
      const seen = view(clause, "deliverable.unnamed-object");
      expect(clauseScore(model, seen)).toBeCloseTo(clauseProbability(model, clauseFeatures(seen)), 6);
    }
  });

  it("is used by default only when the stored file is enabled", () => {
    const file = stored as { enabled: boolean; threshold: number; weights: unknown[] };
    expect(SHIPPED_CLAUSE_MODEL !== null).toBe(file.enabled);
    const text = plan("谋划布局滨江文化长廊，建成城北体育公园");
    expect(analyseReport(text).commitments).toEqual(analyseReport(text, { model: SHIPPED_CLAUSE_MODEL }).commitments);
    if (file.enabled) expect(file.weights.length).toBeGreaterThan(0);
  });
});

describe("the gate to clauses no rule looks at", () => {
  it("lets through a quota or standard reached and a site opening, nothing else", () => {
    expect(modelGate("确保北沙河出境水质稳定达标")).toBe("gate.quota-reached");
    expect(modelGate("主要指标达到市定考核要求")).toBe("gate.quota-reached");
    expect(modelGate("非遗展示馆9月底前开馆试运行")).toBe("gate.site-opens");
    expect(modelGate("滨河湿地公园年内实现运营")).toBe("gate.site-opens");
    expect(modelGate("围绕碳达峰目标")).toBeNull();
    expect(modelGate("各项政策落实到位")).toBeNull();
    expect(modelGate("建设美丽乡村")).toBeNull();
  });

  it("gives the model clauses it decides on, so a clause no rule looked at can be taken", () => {
    const found: ClauseCandidate[] = [];
    analyseReport(plan("加强流域治理，确保北沙河出境水质稳定达标"), { candidates: found });
    expect(found.find((c) => c.commitment?.quote.includes("达标"))?.decidable).toBe(true);
  });
});
