import { test } from "node:test";
import assert from "node:assert/strict";
import { computeResult } from "../../scripts/lib/ita.ts";
import { ratingScale, verdict, verdicts } from "../../scripts/lib/verdict.ts";
import { compareYears } from "../../scripts/lib/trends.ts";
import { RULES_2565, RULES_2566, scores } from "./ita-rules.ts";

// The seed document's 2565 scores: 94.23, rating A (ita-research §0)
const SEED = scores(98.68, 97.72, 98.19, 96.3, 98.5, 85.38, 81.22, 82.05, 100, 100);
const r2565 = computeResult({ fiscalYear: 2565, indicators: SEED }, RULES_2565);

test("a passing year on the letter scale: the line of 85 in words, the rating among all seven levels, what A lacked for AA", () => {
  const v = verdict(r2565, RULES_2565.rating.levels, undefined, "arabic");
  assert.equal(v.passed, true);
  assert.equal(v.passLabel, "ผ่านเกณฑ์ 85 คะแนน");
  assert.equal(v.passDetail, "คะแนนรวม 94.23 สูงกว่าเกณฑ์ 9.23 คะแนน"); // 94.23 − 85
  assert.equal(v.ratingSentence, "ระดับ A เป็นระดับที่ 2 จาก 7 ระดับของเกณฑ์ ITA ปี 2565 (เรียงจากสูงไปต่ำ)");
  assert.equal(v.nextLevel, "ยังไม่ถึงระดับ AA: คะแนนรวมต้องถึง 95 (ขาดอีก 0.77)"); // 95 − 94.23
  assert.equal(v.toolConditions, false);
  assert.equal(v.formula, "คะแนนรวม = IIT × 30% + EIT × 30% + OIT × 40% คำนวณจากคะแนนรายตัวชี้วัด");
  assert.equal(v.change, undefined, "the first year on record has nothing to compare with");
  // the whole scale, the agency's level marked, each band's bounds worked out from the next level up
  assert.deepEqual(
    v.scale.map((l) => [l.label, l.totalCondition, l.toolCondition, l.passing, l.current]),
    [
      ["AA", "ตั้งแต่ 95 ขึ้นไป", "", true, false],
      ["A", "ตั้งแต่ 85 ถึง 94.99", "", true, true],
      ["B", "ตั้งแต่ 75 ถึง 84.99", "", false, false],
      ["C", "ตั้งแต่ 65 ถึง 74.99", "", false, false],
      ["D", "ตั้งแต่ 55 ถึง 64.99", "", false, false],
      ["E", "ตั้งแต่ 50 ถึง 54.99", "", false, false],
      ["F", "ต่ำกว่า 50", "", false, false],
    ],
  );
});

test("a failing year under the pass levels: below the line by how much, and the level it did not reach", () => {
  // every indicator 80: each tool 80, total 0.3×80 + 0.3×80 + 0.4×80 = 80.00
  const r = computeResult({ fiscalYear: 2566, indicators: scores(80, 80, 80, 80, 80, 80, 80, 80, 80, 80) }, RULES_2566);
  const v = verdict(r, RULES_2566.rating.levels, undefined, "thai");
  assert.equal(v.passed, false);
  assert.equal(v.passLabel, "ไม่ผ่านเกณฑ์ ๘๕ คะแนน");
  assert.equal(v.passDetail, "คะแนนรวม ๘๐.๐๐ ต่ำกว่าเกณฑ์ ๕.๐๐ คะแนน");
  assert.equal(v.rating, "ไม่ผ่าน");
  assert.equal(v.ratingSentence, "ระดับ ไม่ผ่าน เป็นระดับที่ ๔ จาก ๔ ระดับของเกณฑ์ ITA ปี ๒๕๖๖ (เรียงจากสูงไปต่ำ)");
  assert.equal(v.nextLevel, "ยังไม่ถึงระดับ ผ่าน: คะแนนรวมต้องถึง ๘๕ (ขาดอีก ๕.๐๐)");
  assert.deepEqual(v.scale.filter((l) => l.current).map((l) => l.label), ["ไม่ผ่าน"]);
});

test("an edition with per-tool conditions: each level states them, and a high total held back by one tool says which", () => {
  // IIT 99, EIT 84, OIT 100: total 0.3×99 + 0.3×84 + 0.4×100 = 94.90; EIT < 85 → ผ่าน, not ผ่านดี (the SAO case)
  const r = computeResult({ fiscalYear: 2566, indicators: scores(99, 99, 99, 99, 99, 84, 84, 84, 100, 100) }, RULES_2566);
  const [, c2566] = compareYears([
    { fiscalYear: 2565, result: r2565 },
    { fiscalYear: 2566, result: r },
  ]);
  const v = verdict(r, RULES_2566.rating.levels, c2566, "arabic");
  assert.equal(v.rating, "ผ่าน");
  assert.equal(v.passLabel, "ผ่านเกณฑ์ 85 คะแนน");
  assert.equal(v.nextLevel, "ยังไม่ถึงระดับ ผ่านดี: EIT 84.00 ต่ำกว่า 85 ที่ระดับนั้นกำหนดให้ทุกเครื่องมือ");
  assert.equal(v.toolConditions, true);
  assert.equal(v.scaleRule, "เรียงจากระดับสูงไปต่ำ หน่วยงานได้ระดับแรกที่เข้าเงื่อนไขครบทุกข้อ");
  assert.deepEqual(
    v.scale.map((l) => [l.label, l.totalCondition, l.toolCondition, l.passing, l.current]),
    [
      // ผ่านดีเยี่ยม asks every tool for 95, so it does not cap ผ่านดี: 97 with EIT 90 is ผ่านดี
      ["ผ่านดีเยี่ยม", "ตั้งแต่ 95 ขึ้นไป", "IIT EIT และ OIT ทุกเครื่องมือตั้งแต่ 95 ขึ้นไป", true, false],
      ["ผ่านดี", "ตั้งแต่ 85 ขึ้นไป", "IIT EIT และ OIT ทุกเครื่องมือตั้งแต่ 85 ขึ้นไป", true, false],
      ["ผ่าน", "ตั้งแต่ 85 ขึ้นไป", "", true, true],
      ["ไม่ผ่าน", "ต่ำกว่า 85", "", false, false],
    ],
  );
  // the change from 2565 (94.23 A): +0.67; letters and pass levels are different scales
  assert.deepEqual(v.change, {
    previousYear: 2565,
    total: "คะแนนรวมเพิ่มขึ้น 0.67 คะแนนจากปี 2565 (94.23 → 94.90, +0.67)",
    rating: "ระดับเปลี่ยนจาก A ในปี 2565 เป็น ผ่าน ซึ่งเป็นเกณฑ์จัดระดับคนละชุด จึงเทียบสูงต่ำกันโดยตรงไม่ได้",
    passLine: "ผ่านเกณฑ์ 85 ทั้งสองปี",
  });
});

test("the top level, and a total of 97.20 held below it by one tool (as NSM's 97.29 in 2566: ผ่านดี)", () => {
  const top = computeResult({ fiscalYear: 2566, indicators: scores(99, 99, 99, 99, 99, 96, 96, 96, 100, 100) }, RULES_2566);
  assert.equal(top.rating, "ผ่านดีเยี่ยม");
  assert.equal(verdict(top, RULES_2566.rating.levels, undefined, "arabic").nextLevel, "เป็นระดับสูงสุดของเกณฑ์นี้");
  // IIT 99, EIT 93, OIT 99: 29.7 + 27.9 + 39.6 = 97.20 ≥ 95 but EIT < 95
  const held = computeResult({ fiscalYear: 2566, indicators: scores(99, 99, 99, 99, 99, 93, 93, 93, 99, 99) }, RULES_2566);
  assert.equal(held.total, 97.2);
  assert.equal(held.rating, "ผ่านดี");
  assert.equal(
    verdict(held, RULES_2566.rating.levels, undefined, "arabic").nextLevel,
    "ยังไม่ถึงระดับ ผ่านดีเยี่ยม: EIT 93.00 ต่ำกว่า 95 ที่ระดับนั้นกำหนดให้ทุกเครื่องมือ",
  );
});

test("the scale reads any number of levels: finer labels below the pass line, an unverified level noted", () => {
  const levels = [
    { label: "ผ่านดีเยี่ยม", min: 95, toolMin: 95 },
    { label: "ผ่านดี", min: 85, toolMin: 85 },
    { label: "ผ่าน", min: 85 },
    { label: "ต้องปรับปรุง", min: 70, confidence: "unverified", source: "one implementation" },
    { label: "ต้องปรับปรุงโดยด่วน", min: 0, confidence: "unverified" },
  ];
  const scale = ratingScale(levels, "ต้องปรับปรุง", "arabic");
  assert.deepEqual(
    scale.map((l) => [l.label, l.totalCondition, l.passing, l.current, l.note !== ""]),
    [
      ["ผ่านดีเยี่ยม", "ตั้งแต่ 95 ขึ้นไป", true, false, false],
      ["ผ่านดี", "ตั้งแต่ 85 ขึ้นไป", true, false, false],
      ["ผ่าน", "ตั้งแต่ 85 ขึ้นไป", true, false, false],
      ["ต้องปรับปรุง", "ตั้งแต่ 70 ถึง 84.99", false, true, true],
      ["ต้องปรับปรุงโดยด่วน", "ต่ำกว่า 70", false, false, true],
    ],
  );
  assert.equal(scale[3]!.note, "ชื่อหรือเกณฑ์ของระดับนี้ยังไม่ยืนยันจากเอกสารของสำนักงาน ป.ป.ช.");
  // a threshold with decimals keeps them; a single level covering everything says so
  assert.deepEqual(ratingScale([{ label: "X", min: 92.5 }, { label: "Y", min: 0 }], "Y", "thai").map((l) => l.totalCondition), ["ตั้งแต่ ๙๒.๕๐ ขึ้นไป", "ต่ำกว่า ๙๒.๕๐"]);
  assert.deepEqual(ratingScale([{ label: "เดียว", min: 0 }], "เดียว", "arabic").map((l) => l.totalCondition), ["ทุกคะแนน"]);
});

test("a year that fell below the line after passing, and one exactly on it", () => {
  const pass = computeResult({ fiscalYear: 2566, indicators: scores(85, 85, 85, 85, 85, 85, 85, 85, 85, 85) }, RULES_2566);
  const fail = computeResult({ fiscalYear: 2567, indicators: scores(84, 84, 84, 84, 84, 84, 84, 84, 84, 84) }, RULES_2566);
  const all = verdicts(
    [
      { fiscalYear: 2567, result: fail, levels: RULES_2566.rating.levels },
      { fiscalYear: 2566, result: pass, levels: RULES_2566.rating.levels },
    ],
    "arabic",
  );
  assert.equal(all[2566]!.passDetail, "คะแนนรวม 85.00 เท่ากับเกณฑ์พอดี");
  assert.equal(all[2566]!.passed, true);
  assert.equal(all[2566]!.change, undefined);
  assert.deepEqual(all[2567]!.change, {
    previousYear: 2566,
    total: "คะแนนรวมลดลง 1.00 คะแนนจากปี 2566 (85.00 → 84.00, −1.00)",
    rating: "ระดับเปลี่ยนจาก ผ่านดี ในปี 2566 เป็น ไม่ผ่าน",
    passLine: "ปี 2566 ผ่านเกณฑ์ 85 แต่ปีนี้ไม่ผ่าน",
  });
});
