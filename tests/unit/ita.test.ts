import { test } from "node:test";
import assert from "node:assert/strict";
import { computeResult, rate, rankIndicators } from "../../scripts/lib/ita.ts";
import { hasAtMostTwoDecimals } from "../../scripts/lib/numbers.ts";
import { RULES_2565, RULES_2566, SEED_2565, scores } from "./ita-rules.ts";

test("seed FY2565: tool scores, total 94.23, rating A (worked by hand in ita-research §0)", () => {
  const r = computeResult({ fiscalYear: 2565, indicators: SEED_2565 }, RULES_2565);
  // IIT (98.68+97.72+98.19+96.30+98.50)/5 = 489.39/5 = 97.878 → 97.88
  // EIT (85.38+81.22+82.05)/3 = 248.65/3 = 82.8833… → 82.88
  // total 0.3×97.878 + 0.3×82.8833… + 0.4×100 = 29.3634 + 24.865 + 40 = 94.2284 → 94.23
  assert.deepEqual(r.tools, {
    IIT: { score: 97.88, weight: 0.3 },
    EIT: { score: 82.88, weight: 0.3 },
    OIT: { score: 100, weight: 0.4 },
  });
  assert.equal(r.total, 94.23);
  assert.equal(r.rating, "A");
});

test("seed FY2565: strengths, to-improve, lowest per tool (not the seed's mistakes)", () => {
  const r = computeResult({ fiscalYear: 2565, indicators: SEED_2565 }, RULES_2565);
  assert.deepEqual(r.strengths, [1, 2, 3, 4, 5, 6, 9, 10]);
  assert.deepEqual(r.toImprove, [7, 8]); // the seed listed 7 and 8 "above 85"
  assert.deepEqual(r.lowestPerTool, { IIT: 4, EIT: 7, OIT: 9 }); // the seed once named 8 the lowest EIT
});

test("seed FY2565: ranking matches the ITAS table, 9 before 10 on their 100.00 tie", () => {
  const r = computeResult({ fiscalYear: 2565, indicators: SEED_2565 }, RULES_2565);
  assert.deepEqual(r.ranking, [9, 10, 1, 5, 3, 2, 4, 6, 8, 7]);
  assert.deepEqual(
    r.indicators.map((i) => [i.no, i.rank]),
    [[1, 3], [2, 6], [3, 5], [4, 7], [5, 4], [6, 8], [7, 10], [8, 9], [9, 1], [10, 2]],
  );
});

test("tie: equal scores rank by indicator number, and the lowest of a tool is the smaller number", () => {
  const s = scores(90, 80, 80, 95, 99, 70, 70, 88, 60, 60);
  assert.deepEqual(rankIndicators(s, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), [5, 4, 1, 8, 2, 3, 6, 7, 9, 10]);
  const r = computeResult({ fiscalYear: 2565, indicators: s }, RULES_2565);
  assert.deepEqual(r.lowestPerTool, { IIT: 2, EIT: 6, OIT: 9 });
});

test("rounding trap: the total comes from unrounded tool scores", () => {
  // IIT 80.00×4 + 80.08 → 400.08/5 = 80.016 (shown 80.02)
  // EIT 80.00, 80.00, 80.02 → 240.02/3 = 80.00667 (shown 80.01)
  // OIT 80.00, 80.09 → 160.09/2 = 80.045 (shown 80.05, a half-up tie)
  // exact total 0.3×80.016 + 0.3×80.00667 + 0.4×80.045 = 24.0048 + 24.002 + 32.018 = 80.0248 → 80.02
  // rounding the tools first would give 0.3×80.02 + 0.3×80.01 + 0.4×80.05 = 80.029 → 80.03 (wrong)
  const s = scores(80, 80, 80, 80, 80.08, 80, 80, 80.02, 80, 80.09);
  const r = computeResult({ fiscalYear: 2565, indicators: s }, RULES_2565);
  assert.equal(r.tools.IIT.score, 80.02);
  assert.equal(r.tools.EIT.score, 80.01);
  assert.equal(r.tools.OIT.score, 80.05);
  assert.equal(r.total, 80.02);
});

test("half-up rounding of an exact .005 tie that floating point would round down", () => {
  // OIT (1.00 + 1.01)/2 = 1.005 exactly; 1.005 in binary is 1.00499999…, Math.round would give 1.00
  const s = scores(0, 0, 0, 0, 0, 0, 0, 0, 1, 1.01);
  const r = computeResult({ fiscalYear: 2565, indicators: s }, RULES_2565);
  assert.equal(r.tools.OIT.score, 1.01);
});

test("exact thresholds: 85.00 is a strength and rating A; 84.99 is to improve and rating B", () => {
  const at = computeResult({ fiscalYear: 2565, indicators: scores(85, 85, 85, 85, 85, 85, 85, 85, 85, 85) }, RULES_2565);
  assert.equal(at.total, 85);
  assert.equal(at.rating, "A");
  assert.deepEqual(at.toImprove, []);
  const below = computeResult(
    { fiscalYear: 2565, indicators: scores(84.99, 84.99, 84.99, 84.99, 84.99, 84.99, 84.99, 84.99, 84.99, 84.99) },
    RULES_2565,
  );
  assert.equal(below.total, 84.99);
  assert.equal(below.rating, "B");
  assert.deepEqual(below.strengths, []);
  const mixed = computeResult({ fiscalYear: 2565, indicators: scores(85, 84.99, 90, 90, 90, 90, 90, 90, 90, 90) }, RULES_2565);
  assert.equal(mixed.indicators[0]!.strength, true);
  assert.equal(mixed.indicators[1]!.strength, false);
});

test("letter rating bands up to 2565 at each boundary", () => {
  const levels = RULES_2565.rating.levels;
  const cases: [number, string][] = [
    [10000, "AA"], [9500, "AA"], [9499, "A"], [8500, "A"], [8499, "B"], [7500, "B"], [7499, "C"],
    [6500, "C"], [6499, "D"], [5500, "D"], [5499, "E"], [5000, "E"], [4999, "F"], [0, "F"],
  ];
  for (const [h, label] of cases) assert.equal(rate(levels, h, []), label, `total ${h / 100}`);
});

test("2566 pass levels: total ≥ 85 with one tool below 85 is ผ่าน, not ผ่านดี", () => {
  // IIT 99, EIT 84, OIT 100 → 29.7 + 25.2 + 40 = 94.90
  const r = computeResult({ fiscalYear: 2566, indicators: scores(99, 99, 99, 99, 99, 84, 84, 84, 100, 100) }, RULES_2566);
  assert.equal(r.total, 94.9);
  assert.equal(r.tools.EIT.score, 84);
  assert.equal(r.rating, "ผ่าน");
});

test("2566 pass levels: ผ่านดีเยี่ยม, ผ่านดี and ไม่ผ่าน", () => {
  const all = (v: number) => scores(v, v, v, v, v, v, v, v, v, v);
  assert.equal(computeResult({ fiscalYear: 2566, indicators: all(95) }, RULES_2566).rating, "ผ่านดีเยี่ยม");
  assert.equal(computeResult({ fiscalYear: 2566, indicators: all(94.99) }, RULES_2566).rating, "ผ่านดี");
  assert.equal(computeResult({ fiscalYear: 2566, indicators: all(85) }, RULES_2566).rating, "ผ่านดี");
  assert.equal(computeResult({ fiscalYear: 2566, indicators: all(84.99) }, RULES_2566).rating, "ไม่ผ่าน");
  // total ≥ 95 but EIT 94 → not ผ่านดีเยี่ยม: 0.3×100 + 0.3×94 + 0.4×100 = 98.2
  const r = computeResult({ fiscalYear: 2566, indicators: scores(100, 100, 100, 100, 100, 94, 94, 94, 100, 100) }, RULES_2566);
  assert.equal(r.total, 98.2);
  assert.equal(r.rating, "ผ่านดี");
});

test("discrepancies: none when the reported figures agree within 0.01", () => {
  const r = computeResult(
    {
      fiscalYear: 2565,
      indicators: SEED_2565,
      reported: { total: 94.22, rating: " a ", tools: { IIT: 97.88, EIT: 82.89, OIT: 100 } },
    },
    RULES_2565,
  );
  assert.deepEqual(r.discrepancies, []);
});

test("discrepancies: a total off by 0.02, a tool off, and an old letter for a 2566 result", () => {
  const r = computeResult(
    {
      fiscalYear: 2566,
      indicators: scores(99, 99, 99, 99, 99, 84, 84, 84, 100, 100),
      reported: { total: 94.92, rating: "A", tools: { EIT: 82.5 } },
    },
    RULES_2566,
  );
  assert.deepEqual(r.discrepancies, [
    { field: "total", reported: 94.92, computed: 94.9 },
    { field: "rating", reported: "A", computed: "ผ่าน" },
    { field: "tools.EIT", reported: 82.5, computed: 84 },
  ]);
});

test("discrepancies: none at all when nothing was reported", () => {
  assert.deepEqual(computeResult({ fiscalYear: 2565, indicators: SEED_2565 }, RULES_2565).discrepancies, []);
});

test("scores have at most two decimals: 98.68 and 100 yes; 98.685, 1.234, NaN and infinity no", () => {
  for (const v of [98.68, 100, 0, 96.3, 0.01]) assert.equal(hasAtMostTwoDecimals(v), true, String(v));
  for (const v of [98.685, 1.234, 0.001, Number.NaN, Number.POSITIVE_INFINITY]) assert.equal(hasAtMostTwoDecimals(v), false, String(v));
});
