import { test } from "node:test";
import assert from "node:assert/strict";
import { computeResult } from "../../scripts/lib/ita.ts";
import { compareYears, scoreDelta, trendSentences, trendSeries } from "../../scripts/lib/trends.ts";
import { RULES_2565, RULES_2566, SEED_2565, scores } from "./ita-rules.ts";

const y2565 = computeResult({ fiscalYear: 2565, indicators: SEED_2565 }, RULES_2565);

// FY2566 under the pass-level rules. By hand:
// IIT 98.88+97.72+98.19+94.30+98.50 = 487.59 / 5 = 97.518 → 97.52
// EIT 84.38+85.32+83.05 = 252.75 / 3 = 84.25
// OIT (100+98)/2 = 99.00
// total 0.3×97.518 + 0.3×84.25 + 0.4×99 = 29.2554 + 25.275 + 39.6 = 94.1304 → 94.13
// rating: total ≥ 85 but EIT < 85 → ผ่าน (not ผ่านดี)
const y2566 = computeResult(
  { fiscalYear: 2566, indicators: scores(98.88, 97.72, 98.19, 94.3, 98.5, 84.38, 85.32, 83.05, 100, 98) },
  RULES_2566,
);

// FY2567: indicators 6 and 8 rise to 86.00 and exactly 85.00, the rest as in 2566. By hand:
// EIT 86.00+85.32+85.00 = 256.32 / 3 = 85.44; IIT 97.52 and OIT 99.00 unchanged
// total 29.2554 + 0.3×85.44 + 39.6 = 29.2554 + 25.632 + 39.6 = 94.4874 → 94.49
// rating: every tool ≥ 85, not every tool ≥ 95 → ผ่านดี
const y2567 = computeResult(
  { fiscalYear: 2567, indicators: scores(98.88, 97.72, 98.19, 94.3, 98.5, 86, 85.32, 85, 100, 98) },
  { ...RULES_2566, edition: 2567 },
);

const all90 = (fiscalYear: number) => computeResult({ fiscalYear, indicators: scores(90, 90, 90, 90, 90, 90, 90, 90, 90, 90) }, RULES_2565);

test("scoreDelta is exact in hundredths where float subtraction is not", () => {
  assert.notEqual(82.05 - 81.22, 0.83); // 0.8299999999999983
  assert.equal(scoreDelta(81.22, 82.05), 0.83);
  assert.equal(scoreDelta(81.22, 85.32), 4.1); // float: 4.099999999999994
  assert.equal(scoreDelta(94.23, 94.13), -0.1); // float: −0.10000000000000853
  assert.equal(scoreDelta(100, 100), 0);
});

test("compareYears: each year's own figures, no change for the first, exact changes after", () => {
  const [a, b] = compareYears([
    { fiscalYear: 2566, result: y2566 },
    { fiscalYear: 2565, result: y2565 }, // given out of order: sorted ascending
  ]);
  assert.equal(a!.fiscalYear, 2565);
  assert.equal(a!.total, 94.23);
  assert.equal(a!.rating, "A");
  assert.deepEqual(a!.tools, { IIT: 97.88, EIT: 82.88, OIT: 100 });
  assert.equal(a!.indicators.length, 10);
  assert.deepEqual(a!.indicators[6], { no: 7, name: "ประสิทธิภาพการสื่อสาร", score: 81.22 });
  assert.equal(a!.change, null);

  assert.equal(b!.fiscalYear, 2566);
  assert.equal(b!.edition, 2566);
  assert.equal(b!.total, 94.13);
  assert.equal(b!.rating, "ผ่าน");
  const c = b!.change!;
  assert.equal(c.previousYear, 2565);
  // total 94.13 − 94.23 = −0.10
  assert.deepEqual(c.total, { previous: 94.23, current: 94.13, delta: -0.1 });
  // IIT 97.52 − 97.88 = −0.36; EIT 84.25 − 82.88 = +1.37; OIT 99.00 − 100.00 = −1.00
  assert.deepEqual(c.tools, {
    IIT: { previous: 97.88, current: 97.52, delta: -0.36 },
    EIT: { previous: 82.88, current: 84.25, delta: 1.37 },
    OIT: { previous: 100, current: 99, delta: -1 },
  });
  // 1: 98.88−98.68 = +0.20; 4: 94.30−96.30 = −2.00; 6: 84.38−85.38 = −1.00; 7: 85.32−81.22 = +4.10;
  // 8: 83.05−82.05 = +1.00; 10: 98.00−100.00 = −2.00; 2, 3, 5, 9 unchanged
  assert.deepEqual(
    c.indicators.map((i) => [i.no, i.delta]),
    [[1, 0.2], [2, 0], [3, 0], [4, -2], [5, 0], [6, -1], [7, 4.1], [8, 1], [9, 0], [10, -2]],
  );
  assert.deepEqual(c.indicators[6], { no: 7, name: "ประสิทธิภาพการสื่อสาร", previous: 81.22, current: 85.32, delta: 4.1 });
  assert.deepEqual(c.rating, { previous: "A", current: "ผ่าน", changed: true, sameScale: false });
});

test("compareYears: 82.05 − 81.22 is exactly 0.83 in an indicator change", () => {
  const next = computeResult(
    { fiscalYear: 2566, indicators: { ...SEED_2565, 7: 82.05 } },
    RULES_2565,
  );
  const c = compareYears([{ fiscalYear: 2565, result: y2565 }, { fiscalYear: 2566, result: next }])[1]!.change!;
  assert.equal(c.indicators.find((i) => i.no === 7)!.delta, 0.83);
  // EIT (85.38+82.05+82.05)/3 = 249.48/3 = 83.16; 83.16 − 82.88 = +0.28
  assert.equal(c.tools.EIT.delta, 0.28);
});

test("compareYears: compares with the previous year present, not fiscalYear − 1; a repeated year is an error", () => {
  const [, b] = compareYears([{ fiscalYear: 2565, result: y2565 }, { fiscalYear: 2567, result: y2567 }]);
  assert.equal(b!.change!.previousYear, 2565);
  assert.equal(trendSentences(b!, "arabic")[0], "เมื่อเทียบกับปีงบประมาณ 2565 คะแนนรวมเพิ่มขึ้นจาก 94.23 เป็น 94.49 (+0.26)");
  assert.throws(
    () => compareYears([{ fiscalYear: 2565, result: y2565 }, { fiscalYear: 2565, result: y2565 }]),
    /2565 appears twice/,
  );
  assert.deepEqual(compareYears([]), []);
});

test("trendSentences: the first year has nothing to compare with", () => {
  assert.deepEqual(trendSentences(compareYears([{ fiscalYear: 2565, result: y2565 }])[0]!, "arabic"), []);
});

test("trendSentences 2565 → 2566: every kind of sentence, in order", () => {
  const b = compareYears([{ fiscalYear: 2565, result: y2565 }, { fiscalYear: 2566, result: y2566 }])[1]!;
  assert.deepEqual(trendSentences(b, "arabic"), [
    "เมื่อเทียบกับปีงบประมาณ 2565 คะแนนรวมลดลงจาก 94.23 เป็น 94.13 (−0.10)",
    "ระดับผลการประเมินเปลี่ยนจาก A เป็น ผ่าน ทั้งสองปีใช้เกณฑ์จัดระดับคนละชุด จึงเทียบระดับกันโดยตรงไม่ได้",
    "คะแนนรายเครื่องมือ IIT ลดลงจาก 97.88 เป็น 97.52 (−0.36) EIT เพิ่มขึ้นจาก 82.88 เป็น 84.25 (+1.37) และ OIT ลดลงจาก 100.00 เป็น 99.00 (−1.00)",
    "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร เพิ่มขึ้นมากที่สุด (+4.10)",
    "ตัวชี้วัดที่เพิ่มขึ้น: ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (+4.10) ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (+1.00) และตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (+0.20)",
    // 4 and 10 tie at −2.00: both named, the smaller number first
    "ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ และตัวชี้วัดที่ 10 การป้องกันการทุจริต ลดลงมากที่สุดเท่ากัน (−2.00)",
    "ตัวชี้วัดที่ลดลง: ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (−2.00) ตัวชี้วัดที่ 10 การป้องกันการทุจริต (−2.00) และตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน (−1.00)",
    "ตัวชี้วัดที่คะแนนเท่าเดิม: ตัวชี้วัดที่ 2 การใช้งบประมาณ ตัวชี้วัดที่ 3 การใช้อำนาจ ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต และตัวชี้วัดที่ 9 การเปิดเผยข้อมูล",
    "ตัวชี้วัดที่ขึ้นมาถึงเกณฑ์ 85 ในปีนี้: ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร",
    "ตัวชี้วัดที่ลดลงต่ำกว่าเกณฑ์ 85 ในปีนี้: ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน",
  ]);
});

test("trendSentences in Thai digits, with signs that carry the direction", () => {
  const b = compareYears([{ fiscalYear: 2565, result: y2565 }, { fiscalYear: 2566, result: y2566 }])[1]!;
  const s = trendSentences(b, "thai");
  assert.equal(s[0], "เมื่อเทียบกับปีงบประมาณ ๒๕๖๕ คะแนนรวมลดลงจาก ๙๔.๒๓ เป็น ๙๔.๑๓ (−๐.๑๐)");
  assert.equal(s[3], "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร เพิ่มขึ้นมากที่สุด (+๔.๑๐)");
  assert.ok(s.every((x) => !/[0-9]/.test(x)), "no Arabic digit left");
});

test("trendSentences 2566 → 2567: a rise in the total, a change within one scale, no falls, 85.00 reaches the line", () => {
  const c = compareYears([{ fiscalYear: 2566, result: y2566 }, { fiscalYear: 2567, result: y2567 }])[1]!;
  // total 94.49 − 94.13 = +0.36; EIT 85.44 − 84.25 = +1.19
  // 6: 86.00 − 84.38 = +1.62; 8: 85.00 − 83.05 = +1.95
  assert.deepEqual(trendSentences(c, "arabic"), [
    "เมื่อเทียบกับปีงบประมาณ 2566 คะแนนรวมเพิ่มขึ้นจาก 94.13 เป็น 94.49 (+0.36)",
    "ระดับผลการประเมินเปลี่ยนจาก ผ่าน เป็น ผ่านดี",
    "คะแนนรายเครื่องมือ IIT เท่าเดิมที่ 97.52 (±0.00) EIT เพิ่มขึ้นจาก 84.25 เป็น 85.44 (+1.19) และ OIT เท่าเดิมที่ 99.00 (±0.00)",
    "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน เพิ่มขึ้นมากที่สุด (+1.95)",
    "ตัวชี้วัดที่เพิ่มขึ้น: ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (+1.95) และตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน (+1.62)",
    "ไม่มีตัวชี้วัดที่ลดลง",
    "ตัวชี้วัดที่คะแนนเท่าเดิม: ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ตัวชี้วัดที่ 2 การใช้งบประมาณ ตัวชี้วัดที่ 3 การใช้อำนาจ ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต",
    "ตัวชี้วัดที่ขึ้นมาถึงเกณฑ์ 85 ในปีนี้: ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน และตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน",
  ]);
});

test("trendSentences: nothing changed says so, for the total, the rating, the tools and the indicators", () => {
  const c = compareYears([{ fiscalYear: 2564, result: all90(2564) }, { fiscalYear: 2565, result: all90(2565) }])[1]!;
  assert.deepEqual(trendSentences(c, "arabic"), [
    "เมื่อเทียบกับปีงบประมาณ 2564 คะแนนรวมเท่าเดิมที่ 90.00 (±0.00)",
    "ระดับผลการประเมินยังคงเป็น A",
    "คะแนนรายเครื่องมือ IIT เท่าเดิมที่ 90.00 (±0.00) EIT เท่าเดิมที่ 90.00 (±0.00) และ OIT เท่าเดิมที่ 90.00 (±0.00)",
    "คะแนนทุกตัวชี้วัดเท่าเดิม",
  ]);
});

test("trendSentences: only falls gives 'no rises'; a single fall has no 'largest' sentence", () => {
  // 4: 90.00 → 80.00 = −10.00; IIT 440/5 = 88.00; total 0.3×88 + 0.3×90 + 0.4×90 = 26.4 + 27 + 36 = 89.40
  const next = computeResult({ fiscalYear: 2565, indicators: scores(90, 90, 90, 80, 90, 90, 90, 90, 90, 90) }, RULES_2565);
  const c = compareYears([{ fiscalYear: 2564, result: all90(2564) }, { fiscalYear: 2565, result: next }])[1]!;
  const s = trendSentences(c, "arabic");
  assert.equal(s[0], "เมื่อเทียบกับปีงบประมาณ 2564 คะแนนรวมลดลงจาก 90.00 เป็น 89.40 (−0.60)");
  assert.ok(s.includes("ไม่มีตัวชี้วัดที่เพิ่มขึ้น"), "ไม่มีตัวชี้วัดที่เพิ่มขึ้น");
  assert.ok(s.includes("ตัวชี้วัดที่ลดลง: ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (−10.00)"), "ตัวชี้วัดที่ลดลง: ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (−10.00)");
  assert.ok(!s.some((x) => x.includes("มากที่สุด")), "no sentence says มากที่สุด");
  assert.equal(s.at(-1), "ตัวชี้วัดที่ลดลงต่ำกว่าเกณฑ์ 85 ในปีนี้: ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ");
});

test("trendSentences: a tie for the largest rise names both", () => {
  // 1 and 2: 90.00 → 91.00 = +1.00 each; IIT 452/5 = 90.40; total 27.12 + 27 + 36 = 90.12 (+0.12)
  const next = computeResult({ fiscalYear: 2565, indicators: scores(91, 91, 90, 90, 90, 90, 90, 90, 90, 90) }, RULES_2565);
  const c = compareYears([{ fiscalYear: 2564, result: all90(2564) }, { fiscalYear: 2565, result: next }])[1]!;
  const s = trendSentences(c, "arabic");
  assert.equal(s[0], "เมื่อเทียบกับปีงบประมาณ 2564 คะแนนรวมเพิ่มขึ้นจาก 90.00 เป็น 90.12 (+0.12)");
  assert.equal(s[3], "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ และตัวชี้วัดที่ 2 การใช้งบประมาณ เพิ่มขึ้นมากที่สุดเท่ากัน (+1.00)");
});

test("trendSentences: a rating change within the letter scale is stated without the scale note", () => {
  // all 96.00 → total 96.00, AA
  const aa = computeResult({ fiscalYear: 2565, indicators: scores(96, 96, 96, 96, 96, 96, 96, 96, 96, 96) }, RULES_2565);
  const c = compareYears([{ fiscalYear: 2564, result: all90(2564) }, { fiscalYear: 2565, result: aa }])[1]!;
  assert.deepEqual(c.change!.rating, { previous: "A", current: "AA", changed: true, sameScale: true });
  assert.equal(trendSentences(c, "arabic")[1], "ระดับผลการประเมินเปลี่ยนจาก A เป็น AA");
});

test("trendSentences never calls a rating change across scales better or worse", () => {
  const c = compareYears([{ fiscalYear: 2565, result: y2565 }, { fiscalYear: 2567, result: y2567 }])[1]!;
  const rating = trendSentences(c, "arabic")[1]!;
  assert.equal(rating, "ระดับผลการประเมินเปลี่ยนจาก A เป็น ผ่านดี ทั้งสองปีใช้เกณฑ์จัดระดับคนละชุด จึงเทียบระดับกันโดยตรงไม่ได้");
  assert.ok(!/ดีขึ้น|แย่ลง|สูงขึ้น|ต่ำลง/.test(rating), `no direction word in: ${rating}`);
});

test("trendSeries: the total first, then each indicator in number order, points by year", () => {
  const series = trendSeries(
    compareYears([{ fiscalYear: 2565, result: y2565 }, { fiscalYear: 2566, result: y2566 }]),
    "thai",
  );
  assert.equal(series.length, 11);
  assert.deepEqual(series[0], { label: "คะแนนรวม", points: [{ year: 2565, score: 94.23 }, { year: 2566, score: 94.13 }] });
  assert.deepEqual(series[7], {
    label: "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร",
    points: [{ year: 2565, score: 81.22 }, { year: 2566, score: 85.32 }],
  });
});
