import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDelta, formatScore, fromThaiDigits, normalizeThai, thaiDate, thaiDateRange, thaiDateShort, thaiMonthYear, toDigits } from "../../scripts/lib/thai.ts";
import { fiscalYearOf, fiscalYearRange, firstHalfRange } from "../../scripts/lib/fiscal-year.ts";

test("B.E. dates through Luxon with the Buddhist calendar, Thai or Arabic digits", () => {
  assert.equal(thaiDate("2022-08-01"), "1 สิงหาคม 2565");
  assert.equal(thaiDate("2022-08-01", "thai"), "๑ สิงหาคม ๒๕๖๕");
  assert.equal(thaiDate("2021-10-01"), "1 ตุลาคม 2564");
  assert.equal(thaiMonthYear("2022-10-31", "thai"), "ตุลาคม ๒๕๖๕");
});

test("short dates and periods: abbreviated month, B.E. year, never ISO, never broken across lines", () => {
  assert.equal(thaiDateShort("2022-10-01"), "1\u00a0ต.ค.\u00a02565");
  assert.equal(thaiDateShort("2023-03-31", "thai"), "๓๑\u00a0มี.ค.\u00a0๒๕๖๖");
  // the first half of fiscal year 2566, as the OIT readiness reason prints it
  assert.equal(thaiDateRange("2022-10-01", "2023-03-31", "thai"), "๑\u00a0ต.ค.\u00a0๒๕๖๕ – ๓๑\u00a0มี.ค.\u00a0๒๕๖๖");
  assert.equal(thaiDateRange("2021-10-01", "2023-09-30"), "1\u00a0ต.ค.\u00a02564 – 30\u00a0ก.ย.\u00a02566");
});

test("a value that is not an ISO date is refused, never printed raw or shifted", () => {
  // the policy pages once printed "Sat Oct 01 2022 00:00:00 GMT+0000 (Coordinated Universal Time)": a YAML date
  // that arrived as a JavaScript Date; a date that does not exist must not become 3 March either
  const asDate = new Date("2022-10-01T00:00:00Z") as unknown as string;
  assert.throws(() => thaiDate(asDate), /ISO date string \(YYYY-MM-DD\), got a Date object \(Sat Oct 01 2022/);
  assert.throws(() => thaiDate(undefined as unknown as string), /got undefined/);
  assert.throws(() => thaiDateShort("1 ต.ค. 2565"), /got string "1 ต.ค. 2565"/);
  assert.throws(() => thaiDate("2022-02-31"), /2022-02-31 is not a calendar date/);
});

test("digits: a site-wide choice, reversible", () => {
  assert.equal(toDigits("94.23", "thai"), "๙๔.๒๓");
  assert.equal(toDigits(2565, "arabic"), "2565");
  // generated text with the edition's wording: numbers convert, digits of Latin words stay
  assert.equal(toDigits("รายงาน รอบ 6 เดือน (แบบ สขร.1) ตามข้อ o42 และ O12, ขนาด A4, COVID-19 ปี 2566", "thai"), "รายงาน รอบ ๖ เดือน (แบบ สขร.๑) ตามข้อ o42 และ O12, ขนาด A4, COVID-19 ปี ๒๕๖๖");
  assert.equal(toDigits("IIT × 30% = 29.36", "thai"), "IIT × ๓๐% = ๒๙.๓๖");
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
