import { test } from "node:test";
import assert from "node:assert/strict";
import { summarySentences, thaiList, toolSentence } from "../../scripts/lib/analysis.ts";
import { computeResult } from "../../scripts/lib/ita.ts";
import { RULES_2565, SEED_2565, scores } from "./ita-rules.ts";

const seed = computeResult({ fiscalYear: 2565, indicators: SEED_2565 }, RULES_2565);

test("thaiList joins with spaces and และ before the last", () => {
  assert.equal(thaiList(["ก"]), "ก");
  assert.equal(thaiList(["ก", "ข"]), "ก และข");
  assert.equal(thaiList(["ก", "ข", "ค"]), "ก ข และค");
});

test("summary of the seed: total, rating, the tie at the top, the weakest, the two below 85", () => {
  assert.deepEqual(summarySentences(seed, "arabic"), [
    "คะแนนรวมเท่ากับ 94.23 คะแนน ผลการประเมินอยู่ในระดับ A",
    "คะแนนสูงสุด 100.00 มี 2 ตัวชี้วัด คือ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต",
    "ตัวชี้วัดที่ได้คะแนนต่ำสุดคือตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (81.22)",
    "ตัวชี้วัดที่ได้คะแนนตั้งแต่ 85 ขึ้นไปมี 8 ตัว และต่ำกว่า 85 มี 2 ตัว คือ ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (81.22) และตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน (82.05)",
  ]);
});

test("tool sentences name the lowest indicator, not the seed's mistaken one", () => {
  assert.equal(toolSentence(seed, "EIT", "arabic"), "EIT ได้ 82.88 คะแนน ตัวชี้วัดที่ได้คะแนนต่ำสุดของเครื่องมือนี้คือตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (81.22)");
  assert.equal(toolSentence(seed, "OIT", "thai"), "OIT ได้ ๑๐๐.๐๐ คะแนน ทุกตัวชี้วัดได้คะแนนเท่ากัน");
});

test("all indicators at or above 85: the summary says so", () => {
  const r = computeResult({ fiscalYear: 2565, indicators: scores(90, 91, 92, 93, 94, 95, 96, 97, 98, 85) }, RULES_2565);
  assert.equal(summarySentences(r, "arabic").at(-1), "ทุกตัวชี้วัดได้คะแนนตั้งแต่ 85 ขึ้นไป");
  assert.equal(summarySentences(r, "arabic")[1], "ตัวชี้วัดที่ได้คะแนนสูงสุดคือตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (98.00)");
});
