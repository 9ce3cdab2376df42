/** Property-based tests of the engine (fast-check): laws that hold for every set of scores. */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { type EditionRules, TOOLS, computeResult, rate } from "../../scripts/lib/ita.ts";
import { toHundredths } from "../../scripts/lib/numbers.ts";
import { RULES_2565, RULES_2566 } from "./ita-rules.ts";

/** A score 0–100 with two decimals, as the data allows. */
const score = fc.integer({ min: 0, max: 10000 }).map((h) => h / 100);
const tenScores = fc.array(score, { minLength: 10, maxLength: 10 }).map((v) => Object.fromEntries(v.map((s, i) => [i + 1, s])) as Record<number, number>);
const rules = fc.constantFrom(RULES_2565, RULES_2566);
const levelIndex = (r: EditionRules, label: string) => r.rating.levels.findIndex((l) => l.label === label);

test("the total lies between the lowest and the highest tool score", () => {
  fc.assert(
    fc.property(tenScores, rules, (s, r) => {
      const res = computeResult({ fiscalYear: r.edition, indicators: s }, r);
      const tools = TOOLS.map((t) => res.tools[t].score);
      return res.total >= Math.min(...tools) && res.total <= Math.max(...tools);
    }),
    { numRuns: 2000 },
  );
});

test("raising any indicator never lowers the total, a tool score or the rating", () => {
  fc.assert(
    fc.property(tenScores, rules, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10000 }), (s, r, no, raiseH) => {
      const before = computeResult({ fiscalYear: r.edition, indicators: s }, r);
      const raised = { ...s, [no]: Math.min(10000, toHundredths(s[no]!) + raiseH) / 100 };
      const after = computeResult({ fiscalYear: r.edition, indicators: raised }, r);
      return (
        after.total >= before.total &&
        TOOLS.every((t) => after.tools[t].score >= before.tools[t].score) &&
        levelIndex(r, after.rating) <= levelIndex(r, before.rating) // levels are ordered best first
      );
    }),
    { numRuns: 2000 },
  );
});

test("the ranking is a permutation of the ten indicators, scores descending, ties by number", () => {
  fc.assert(
    fc.property(tenScores, (s) => {
      const res = computeResult({ fiscalYear: 2565, indicators: s }, RULES_2565);
      assert.deepEqual([...res.ranking].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      assert.deepEqual(res.indicators.map((i) => i.rank).sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      for (let k = 1; k < 10; k++) {
        const a = s[res.ranking[k - 1]!]!;
        const b = s[res.ranking[k]!]!;
        assert.ok(a > b || (a === b && res.ranking[k - 1]! < res.ranking[k]!), `ranking ${k}: by score, ties by number`);
      }
      // strengths and to-improve split the ten at exactly 85.00
      assert.deepEqual([...res.strengths, ...res.toImprove].sort((x, y) => x - y), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      return res.strengths.every((n) => s[n]! >= 85) && res.toImprove.every((n) => s[n]! < 85);
    }),
    { numRuns: 1000 },
  );
});

test("the rating is the first level whose thresholds hold, at every boundary", () => {
  // totals and tool scores drawn near every threshold of both rules: m − 0.01, m, m + 0.01
  const thresholds = [...new Set([...RULES_2565.rating.levels, ...RULES_2566.rating.levels].flatMap((l) => [l.min, l.toolMin ?? l.min]))];
  const nearThreshold = fc.constantFrom(...thresholds).chain((m) => fc.constantFrom(m * 100 - 1, m * 100, m * 100 + 1)).filter((h) => h >= 0 && h <= 10000);
  const anyH = fc.oneof(nearThreshold, fc.integer({ min: 0, max: 10000 }));
  fc.assert(
    fc.property(rules, anyH, fc.array(anyH, { minLength: 3, maxLength: 3 }), (r, totalH, toolsH) => {
      const label = rate(r.rating.levels, totalH, toolsH);
      const holds = (l: (typeof r.rating.levels)[number]) => totalH >= l.min * 100 && (l.toolMin === undefined || toolsH.every((h) => h >= l.toolMin! * 100));
      const i = levelIndex(r, label);
      return holds(r.rating.levels[i]!) && r.rating.levels.slice(0, i).every((l) => !holds(l));
    }),
    { numRuns: 5000 },
  );
});
