import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDelta, formatScore, fromThaiDigits, normalizeThai, thaiDate, thaiMonthYear, toDigits } from "../../scripts/lib/thai.ts";
import { fiscalYearOf, fiscalYearRange, firstHalfRange } from "../../scripts/lib/fiscal-year.ts";

test("B.E. dates through Luxon with the Buddhist calendar, Thai or Arabic digits", () => {
  assert.equal(thaiDate("2022-08-01"), "1 สิงหาคม 2565");
  assert.equal(thaiDate("2022-08-01", "thai"), "๑ สิงหาคม ๒๕๖๕");
  assert.equal(thaiDate("2021-10-01"), "1 ตุลาคม 2564");
  assert.equal(thaiMonthYear("2022-10-31", "thai"), "ตุลาคม ๒๕๖๕");
  assert.equal(thaiDate("2022-02-31"), "2022-02-31", "an impossible date is shown as written, not shifted");
});

test("digits: a site-wide choice, reversible", () => {
  assert.equal(toDigits("94.23", "thai"), "๙๔.๒๓");
  assert.equal(toDigits(2565, "arabic"), "2565");
  assert.equal(fromThaiDigits("คะแนน ๙๔.๒๓"), "คะแนน 94.23");
  assert.equal(formatScore(100, "thai"), "๑๐๐.๐๐");
  assert.equal(formatScore(96.3, "arabic"), "96.30");
  assert.equal(formatDelta(1.2, "arabic"), "+1.20");
  assert.equal(formatDelta(-0.35, "arabic"), "−0.35");
  assert.equal(formatDelta(0, "arabic"), "±0.00");
});

test("normalizeThai joins NIKHAHIT + SARA AA into SARA AM and composes to NFC", () => {
  const typed = "การดําเนินงาน"; // ํ + า as two code points
  assert.notEqual(typed, "การดำเนินงาน");
  assert.equal(normalizeThai(typed), "การดำเนินงาน");
  assert.equal(normalizeThai("e\u0301"), "\u00e9");
});

test("fiscal year N runs 1 Oct N−1 to 30 Sep N (B.E.)", () => {
  assert.deepEqual(fiscalYearRange(2565), { start: "2021-10-01", end: "2022-09-30" });
  assert.deepEqual(firstHalfRange(2566), { start: "2022-10-01", end: "2023-03-31" });
  assert.equal(fiscalYearOf("2022-09-30"), 2565);
  assert.equal(fiscalYearOf("2022-10-01"), 2566);
  assert.equal(fiscalYearOf("2023-01-15"), 2566);
});
