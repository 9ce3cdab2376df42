/**
 * ITA editions as the loader sees them: every shipped edition's values, results
 * of 2563 and 2568 agencies computed under them (worked by hand), the agency's
 * own editions and corrections in data/editions/, roles linking the site's
 * pages, and what staff are told. Each project is a small temporary folder
 * loaded in-process with loadSite.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type LoadResult, type SiteModel, loadSite } from "../../scripts/lib/load-data.ts";
import { codeRanges, editionFrom, staffNotes } from "../../scripts/lib/editions.ts";
import { editionSchema } from "../../scripts/lib/schema.ts";
import { formatProblem } from "../../scripts/lib/problems.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { emblem: _emblem, ...SITE } = JSON.parse(readFileSync(path.join(ROOT, "data/site.json"), "utf8"));

/** Load a throw-away project made of data/site.json and `files` (project-relative path → JSON value or text). */
function load(files: Record<string, unknown>): LoadResult {
  const dir = mkdtempSync(path.join(tmpdir(), "prongsai-editions-"));
  try {
    for (const [rel, value] of Object.entries({ "data/site.json": SITE, ...files })) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), typeof value === "string" ? value : JSON.stringify(value, null, 2));
    }
    return loadSite({ root: dir, today: "2026-11-25" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The model, or a failure that prints the problems. */
function model(files: Record<string, unknown>): SiteModel {
  const r = load(files);
  assert.ok(r.model, r.problems.map(formatProblem).join("\n"));
  return r.model;
}

/** ita.json of `year` from ten scores in indicator order. */
function ita(year: number, values: number[], reported?: Record<string, unknown>) {
  return {
    [`data/${year}/ita.json`]: { fiscalYear: year, indicators: Object.fromEntries(values.map((v, i) => [String(i + 1), v])), ...(reported ? { reported } : {}) },
  };
}

const LETTERS = [["AA", 95], ["A", 85], ["B", 75], ["C", 65], ["D", 55], ["E", 50], ["F", 0]];
const PASS = [["ผ่านดีเยี่ยม", 95, 95], ["ผ่านดี", 85, 85], ["ผ่าน", 85, undefined], ["ไม่ผ่าน", 0, undefined]];

test("every shipped edition, as loaded: weights, rating levels with tool minimums, items, roles, flags", () => {
  const m = model(ita(2565, [90, 90, 90, 90, 90, 90, 90, 90, 90, 90]));
  const byYear = new Map(m.editions.map((e) => [e.edition, e]));
  assert.deepEqual([...byYear.keys()], [2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569]);
  // [edition, rating levels, item count, roles (code → role), complete, provisional, titles not known]
  const expected: [number, (string | number | undefined)[][], number, Record<string, string>, boolean, boolean, string[]][] = [
    [2562, LETTERS, 0, {}, false, false, []],
    [2563, LETTERS, 43, { o42: "analysis", o43: "measuresProgress" }, true, false, []],
    [2564, LETTERS, 43, { o42: "analysis", o43: "measuresProgress" }, true, false, []],
    [2565, LETTERS, 43, { o42: "analysis", o43: "measuresProgress" }, true, false, []],
    [2566, PASS, 43, { o42: "analysis", o43: "measuresProgress" }, true, false, []],
    [2567, PASS, 26, {}, false, false, []],
    [2568, PASS, 26, {}, false, false, ["o2", "o5", "o6", "o7"]],
    [2569, PASS, 26, { o25: "analysis", o26: "measuresProgress" }, false, true, ["o2", "o6", "o7"]],
  ];
  for (const [year, levels, count, roles, complete, provisional, untitled] of expected) {
    const e = byYear.get(year)!;
    assert.deepEqual([e.weights.IIT, e.weights.EIT, e.weights.OIT], [30, 30, 40], `${year} weights`);
    assert.deepEqual(e.rating.levels.map((l) => [l.label, l.min, ...(l.toolMin !== undefined || levels[0]!.length === 3 ? [l.toolMin] : [])]), levels, `${year} levels`);
    assert.equal(e.oit.items.length, count, `${year} items`);
    // codes run o1, o2, … without a gap: URLs of a year never skip a number
    assert.deepEqual(e.oit.items.map((i) => i.code), Array.from({ length: count }, (_, n) => `o${n + 1}`), `${year} codes`);
    assert.deepEqual(Object.fromEntries(e.oit.items.filter((i) => i.role).map((i) => [i.code, i.role])), roles, `${year} roles`);
    assert.equal(e.complete, complete, `${year} complete`);
    assert.equal(e.provisional === true, provisional, `${year} provisional`);
    assert.deepEqual(e.oit.items.filter((i) => i.titleKnown === false).map((i) => i.code), untitled, `${year} titles not known`);
    assert.equal(e.origin, "shipped");
    assert.deepEqual(e.indicators.map((i) => i.tool), ["IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"], `${year} tools`);
  }
  // what the research says of the titles of 2568 and 2569 (ita-editions-2567-2570 §1.3, §1.4)
  const title = (y: number, c: string) => byYear.get(y)!.oit.items.find((i) => i.code === c)!.title;
  assert.equal(title(2568, "o12"), "รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ");
  assert.equal(title(2569, "o25"), "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร");
  assert.equal(title(2569, "o1"), "โครงสร้าง หน้าที่และอำนาจ");
  // the 2568 items whose window the evidence shows as the previous year's
  assert.deepEqual(byYear.get(2568)!.oit.items.filter((i) => i.window === "previousYear").map((i) => i.code), ["o13", "o15", "o19", "o24", "o26"]);
  // a guess is kept for staff, never as a title
  const o2 = byYear.get(2568)!.oit.items.find((i) => i.code === "o2")!;
  assert.equal(o2.title, undefined);
  assert.equal(o2.titleGuess, "ข้อมูลผู้บริหาร");
  assert.equal(o2.confidence, "unverified");
});

// ITA 2563, AA–F, total 0.3 IIT + 0.3 EIT + 0.4 OIT from the unrounded tool means, rounded half up once at the end.
const CASES_2563: [string, number[], number, string][] = [
  // IIT 490.00/5 = 98.00; EIT 286.28/3 = 95.42667; OIT 197.50/2 = 98.75
  // 29.400 + 28.628 + 39.500 = 97.528 → 97.53 ≥ 95 → AA
  ["AA", [98.5, 97.25, 99.1, 96.8, 98.35, 96.4, 95.12, 94.76, 100, 97.5], 97.53, "AA"],
  // IIT 473.15/5 = 94.63; EIT 246.95/3 = 82.31667; OIT 181.75/2 = 90.875
  // 28.389 + 24.695 + 36.350 = 89.434 → 89.43 → A (rounding the tools first, 94.63/82.32/90.88, gives 89.44)
  ["A", [96.12, 93.48, 97.3, 91.05, 95.2, 84.36, 80.12, 82.47, 93.75, 88], 89.43, "A"],
  // IIT 433.00/5 = 86.60; EIT 218.53/3 = 72.84333; OIT 139.17/2 = 69.585
  // 25.980 + 21.853 + 27.834 = 75.667 → 75.67 → B
  ["B", [88.4, 85.1, 90.25, 82.75, 86.5, 76.3, 72.15, 70.08, 72.5, 66.67], 75.67, "B"],
  // IIT 391.80/5 = 78.36; EIT 199.80/3 = 66.60; OIT 108.33/2 = 54.165
  // 23.508 + 19.980 + 21.666 = 65.154 → 65.15 → C (the tools first, 78.36/66.60/54.17, give 65.16)
  ["C", [80.05, 76.4, 82.9, 74.35, 78.1, 70.22, 66.48, 63.1, 58.33, 50], 65.15, "C"],
  // IIT 343.50/5 = 68.70; EIT 176.47/3 = 58.82333; OIT 95.00/2 = 47.50
  // 20.610 + 17.647 + 19.000 = 57.257 → 57.26 → D
  ["D", [70.15, 66.8, 72.4, 65.25, 68.9, 62.45, 58.3, 55.72, 50, 45], 57.26, "D"],
  // IIT 310.90/5 = 62.18; EIT 152.65/3 = 50.88333; OIT 91.00/2 = 45.50
  // 18.654 + 15.265 + 18.200 = 52.119 → 52.12 → E
  ["E", [64.3, 60.45, 66.1, 57.8, 62.25, 54.6, 50.15, 47.9, 48, 43], 52.12, "E"],
  // IIT 250.50/5 = 50.10; EIT 124.05/3 = 41.35; OIT 65.00/2 = 32.50
  // 15.030 + 12.405 + 13.000 = 40.435 → 40.44 (a half-up tie) → F
  ["F", [55.1, 48.35, 52.8, 44.2, 50.05, 45.3, 40.65, 38.1, 35, 30], 40.44, "F"],
  // IIT 429.09/5 = 85.818; EIT 243.03/3 = 81.01; OIT 174.73/2 = 87.365
  // 25.7454 + 24.303 + 34.946 = 84.9944 → 84.99 → B. Rounding the tools first
  // (85.82, 81.01, 87.37) would give 25.746 + 24.303 + 34.948 = 84.997 → 85.00, an A.
  ["rounding at the end keeps a B from becoming an A", [82.4, 84.03, 84.09, 87.81, 90.76, 77.94, 76.15, 88.94, 84.31, 90.42], 84.99, "B"],
];

for (const [name, values, total, rating] of CASES_2563) {
  test(`a 2563 agency's result under the shipped 2563 edition: ${name}`, () => {
    const y = model(ita(2563, values)).years[0]!;
    assert.equal(y.edition.edition, 2563);
    assert.equal(y.result!.total, total);
    assert.equal(y.result!.rating, rating);
  });
}

test("2568: a total of 94.64 with EIT below 85 is ผ่าน (the State Audit Office's case), with indicator 8 at 81.78", () => {
  // IIT 99 each → 99; EIT (84.81 + 82.81 + 81.78)/3 = 249.40/3 = 83.13333; OIT 100
  // 29.7 + 24.94 + 40 = 94.64; EIT below 85, so not ผ่านดี (ผ่านดี asks every tool for 85)
  const y = model(ita(2568, [99, 99, 99, 99, 99, 84.81, 82.81, 81.78, 100, 100], { total: 94.64, rating: "ผ่าน" })).years[0]!;
  assert.equal(y.result!.total, 94.64);
  assert.equal(y.result!.tools.EIT.score, 83.13);
  assert.equal(y.result!.rating, "ผ่าน");
  assert.deepEqual(y.result!.discrepancies, []);
});

test("2568 and 2569: a total of 95 or more with one tool below 95 is ผ่านดี, with all tools at 95 ผ่านดีเยี่ยม", () => {
  for (const year of [2568, 2569]) {
    // IIT 100, EIT 94, OIT 100: 30 + 28.2 + 40 = 98.20 ≥ 95, but EIT < 95 → ผ่านดี
    const good = model(ita(year, [100, 100, 100, 100, 100, 94, 94, 94, 100, 100])).years[0]!;
    assert.equal(good.result!.total, 98.2);
    assert.equal(good.result!.rating, "ผ่านดี", String(year));
    // every tool 95: 28.5 + 28.5 + 38 = 95.00 → ผ่านดีเยี่ยม
    assert.equal(model(ita(year, Array(10).fill(95))).years[0]!.result!.rating, "ผ่านดีเยี่ยม", String(year));
    // 84.99 everywhere: below the pass line
    assert.equal(model(ita(year, Array(10).fill(84.99))).years[0]!.result!.rating, "ไม่ผ่าน", String(year));
  }
});

test("an old letter reported for a 2568 result is a discrepancy staff are told about, not an error", () => {
  // 0.3 × 90 + 0.3 × 90 + 0.4 × 90 = 90.00 → ผ่านดี (every tool ≥ 85)
  const r = load(ita(2568, Array(10).fill(90), { total: 90, rating: "A" }));
  // (assert.ok without a message reads the source to describe itself, which can hang under tsx)
  assert.ok(r.model, r.problems.map(formatProblem).join("\n"));
  assert.equal(r.problems.filter((p) => p.severity === "error").length, 0);
  const y = r.model.years[0]!;
  assert.deepEqual(y.result!.discrepancies, [{ field: "rating", reported: "A", computed: "ผ่านดี" }]);
  const line = r.problems.map(formatProblem).find((l) => l.includes("reported.rating"));
  assert.ok(line, "a warning names the reported rating");
  assert.match(line, /^WARN  data\/2568\/ita\.json:\d+ › reported\.rating: ระดับผลการประเมินที่รายงาน \("A"\) ไม่ใช่ระดับของเกณฑ์ปี 2568 .*ระดับตัวอักษรแบบเดิม/);
  assert.match(line, /an old letter grade, used up to 2565\); the site shows "ผ่านดี" by the year's own rule, a discrepancy, not an error: the difference will be shown publicly on \/2568\/analysis\//);
});

test("a year on the provisional 2569 edition is built, and staff are warned in Thai and English", () => {
  const r = load({ "data/2569/oit.json": { fiscalYear: 2569 } });
  assert.ok(r.model, r.problems.map(formatProblem).join("\n"));
  const lines = r.problems.map(formatProblem);
  assert.deepEqual(
    lines.filter((l) => l.includes("provisional")),
    [
      'WARN  data/editions/2569.json › provisional: เกณฑ์ ITA ปี 2569 ที่ใช้กับปี 2569 เป็นฉบับชั่วคราว ยังไม่ได้ยืนยันกับคู่มือ ป.ป.ช. ตรวจรายการข้อ น้ำหนัก และระดับผลกับคู่มือ แล้วสร้างไฟล์นี้เป็น { "edition": 2569, "provisional": false } พร้อมส่วนที่ต้องแก้ / ITA edition 2569, used by 2569, is provisional (not confirmed against the NACC manual): check its items, weights and rating levels against the manual, then create this file as { "edition": 2569, "provisional": false } with your corrections',
    ],
  );
  // confirming it in data/editions/2569.json ends the warning
  const confirmed = load({ "data/2569/oit.json": { fiscalYear: 2569 }, "data/editions/2569.json": { edition: 2569, provisional: false } });
  assert.deepEqual(confirmed.problems.map(formatProblem).filter((l) => l.includes("provisional")), []);
  assert.equal(confirmed.model!.years[0]!.edition.origin, "corrected");
});

test("an agency corrects a shipped edition: a title to confirm, a window, and the labels below the pass line", () => {
  const m = model({
    ...ita(2568, [80, 80, 80, 80, 80, 80, 80, 80, 80, 80]),
    "data/2568/oit.json": { fiscalYear: 2568 },
    "data/editions/2568.json": {
      edition: 2568,
      rating: {
        levels: [
          { label: "ผ่านดีเยี่ยม", min: 95, toolMin: 95 },
          { label: "ผ่านดี", min: 85, toolMin: 85 },
          { label: "ผ่าน", min: 85 },
          { label: "ต้องปรับปรุง", min: 70 },
          { label: "ต้องปรับปรุงโดยด่วน", min: 0 },
        ],
        confidence: "verified",
        source: "คู่มือ ITA 2568 หน้า 12",
      },
      oit: { items: [{ code: "o2", title: "ข้อมูลผู้บริหาร", confidence: "verified", source: "คู่มือ ITA 2568" }, { code: "o22", window: "fiscalYear" }] },
    },
  });
  const y = m.years[0]!;
  assert.equal(y.edition.origin, "corrected");
  assert.equal(y.result!.rating, "ต้องปรับปรุง"); // 80.00: below 85, at least 70
  const o2 = y.oit!.items.find((i) => i.code === "o2")!;
  assert.equal(o2.title, "ข้อมูลผู้บริหาร");
  assert.equal(o2.titleKnown, true);
  assert.equal(o2.titleGuess, undefined);
  assert.equal(o2.heading, "O2 ข้อมูลผู้บริหาร");
  assert.equal(o2.confidence, "verified");
  assert.equal(y.oit!.items.find((i) => i.code === "o22")!.window, "fiscalYear");
  // the rest of the shipped edition stays
  assert.equal(y.oit!.items.length, 26);
  assert.equal(y.oit!.items.find((i) => i.code === "o5")!.title, "ข้อ O5");
  assert.equal(model({ ...ita(2568, Array(10).fill(69.99)), "data/editions/2568.json": { edition: 2568, rating: { levels: [{ label: "ผ่าน", min: 85 }, { label: "ต้องปรับปรุง", min: 70 }, { label: "ต้องปรับปรุงโดยด่วน", min: 0 }] } } }).years[0]!.result!.rating, "ต้องปรับปรุงโดยด่วน");
});

test("an item whose title is not known is shown by its code alone; its guess is for staff only", () => {
  const y = model({ "data/2569/oit.json": { fiscalYear: 2569 } }).years[0]!;
  const o2 = y.oit!.items.find((i) => i.code === "o2")!;
  assert.deepEqual([o2.title, o2.titleKnown, o2.heading, o2.window], ["ข้อ O2", false, "ข้อ O2", undefined]);
  const o1 = y.oit!.items.find((i) => i.code === "o1")!;
  assert.deepEqual([o1.title, o1.titleKnown, o1.heading], ["โครงสร้าง หน้าที่และอำนาจ", true, "O1 โครงสร้าง หน้าที่และอำนาจ"]);
  const notes = staffNotes(y, "arabic").map((n) => n.th);
  assert.ok(notes.includes("รายการนี้ยังไม่ได้ยืนยันกับคู่มือ ป.ป.ช. (26 ข้อ): O1–O26"), notes.join("\n"));
  assert.ok(notes.some((n) => n.startsWith('ชื่อข้อที่ยังไม่ทราบ รอยืนยัน: O2 (อาจเป็น "ข้อมูลผู้บริหาร"), O6, O7 ')), notes.join("\n"));
  assert.ok(notes.some((n) => n.startsWith("เกณฑ์ ITA ปี 2569 เป็นฉบับชั่วคราว")), notes.join("\n"));
  assert.ok(notes.includes("ยังไม่ทราบช่วงเวลาของหลักฐาน (นับหลักฐานทุกวันที่): O2, O6, O7"), notes.join("\n"));
  // Thai digits where the site uses them, file names left alone
  assert.ok(staffNotes(y, "thai").some((n) => n.th === "รายการนี้ยังไม่ได้ยืนยันกับคู่มือ ป.ป.ช. (๒๖ ข้อ): O1–O26"));
});

test("scoring notes for staff: unverified weights and rating levels of 2568, nothing of the kind for 2565", () => {
  const m = model({ ...ita(2565, Array(10).fill(90)), ...ita(2568, Array(10).fill(90)) });
  const notes = (year: number) => staffNotes(m.years.find((y) => y.fiscalYear === year)!, "arabic").map((n) => n.th);
  assert.ok(notes(2568).some((n) => n.startsWith("น้ำหนัก IIT/EIT/OIT 30/30/40 ยังไม่ได้ยืนยัน")), notes(2568).join("\n"));
  assert.ok(notes(2568).includes("ระดับผลที่ยังไม่ได้ยืนยัน: ผ่านดีเยี่ยม (พบในสำเนาของหน่วยงานอื่น), ไม่ผ่าน (ยังไม่ได้ยืนยัน) แก้ได้ที่ data/editions/2568.json"), notes(2568).join("\n"));
  // 2565: weights verified by the arithmetic of a published result, bands verified
  assert.equal(notes(2565).length, 1);
  assert.match(notes(2565)[0]!, /^ที่มาของเกณฑ์ปี 2565 /);
});

test("roles, whatever the code: the analysis item links last year's analysis and measures; the progress item the measures of the year it reports on", () => {
  const measures = (year: number, impl: number) => ({
    [`data/${year}/measures.json`]: { fiscalYear: year, implementationYear: impl, measures: [{ id: "m", title: "t", steps: ["s"], responsible: ["r"], timeframe: "tf", monitoring: "mo" }] },
  });
  const m = model({
    ...ita(2567, Array(10).fill(90)),
    ...measures(2567, 2568),
    ...ita(2568, Array(10).fill(90)),
    ...measures(2568, 2569),
    "data/2569/oit.json": { fiscalYear: 2569 },
  });
  const y = m.years.find((y) => y.fiscalYear === 2569)!;
  const related = (code: string) => y.oit!.items.find((i) => i.code === code)!.related.map((r) => r.href);
  assert.deepEqual(related("o25"), ["/2568/analysis/", "/2568/analysis/report/", "/2568/measures/"]);
  // O26 reports on the previous fiscal year: the measures carried out in 2568, drawn from ITA 2567
  assert.deepEqual(related("o26"), ["/2567/measures/"]);
  assert.deepEqual(related("o1"), []);
  // the role is data: an agency edition that gives it to O7 gets the links on O7
  const base = editionFrom(m.editions.find((e) => e.edition === 2569)!, 2570);
  base.oit.items = base.oit.items.map((i) => (i.code === "o25" ? { ...i, role: undefined } : i.code === "o7" ? { ...i, role: "analysis" as const } : i));
  const moved = model({ ...ita(2569, Array(10).fill(90)), "data/2570/oit.json": { fiscalYear: 2570 }, "data/editions/2570.json": JSON.stringify(base) });
  const y2570 = moved.years.find((y) => y.fiscalYear === 2570)!;
  assert.deepEqual(y2570.oit!.items.filter((i) => i.related.length).map((i) => [i.code, i.related.map((r) => r.href)]), [["o7", ["/2569/analysis/", "/2569/analysis/report/"]]]);
});

test("an agency's own edition started from another: provisional, unverified, the same items and rules, valid", () => {
  const m = model({ ...ita(2565, Array(10).fill(90)) });
  const from = m.editions.find((e) => e.edition === 2569)!;
  const e = editionFrom(from, 2570);
  assert.ok(editionSchema.safeParse(e).success, "a valid edition");
  assert.deepEqual([e.edition, e.provisional, e.basedOn, e.confidence, e.complete], [2570, true, 2569, "unverified", false]);
  assert.deepEqual(e.oit.items.map((i) => i.code), from.oit.items.map((i) => i.code));
  assert.ok(e.oit.items.every((i) => i.confidence === undefined && i.source === undefined), "nothing is known of the new year's items");
  assert.equal(e.weights.confidence, undefined);
  assert.deepEqual(e.rating.levels.map((l) => l.label), ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ไม่ผ่าน"]);
  assert.equal("origin" in e, false, "the loader's bookkeeping is not written out");
});

test("code ranges for staff: consecutive numbers as a range, in number order", () => {
  assert.equal(codeRanges(["o1", "o2", "o3", "o5", "o7", "o8", "o10", "o11", "o12", "o13"]), "O1–O3, O5, O7, O8, O10–O13");
  assert.equal(codeRanges(["o10", "o2"]), "O2, O10");
  assert.equal(codeRanges([]), "");
});

test("rating levels must run from the highest to the lowest, each reachable, the last at 0", () => {
  const base = JSON.parse(readFileSync(path.join(ROOT, "scripts/lib/editions/2566.json"), "utf8"));
  const issues = (levels: unknown[]) => {
    const r = editionSchema.safeParse({ ...base, rating: { levels } });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message.split("\n")[1]}`);
  };
  assert.deepEqual(issues(base.rating.levels), []);
  // ผ่าน (any tool) before ผ่านดี (every tool ≥ 85) at the same min: ผ่านดี could never apply
  assert.deepEqual(issues([{ label: "ผ่าน", min: 85 }, { label: "ผ่านดี", min: 85, toolMin: 85 }, { label: "ไม่ผ่าน", min: 0 }]), [
    'rating.levels.1.min: levels go from the highest to the lowest: "ผ่านดี" (min 85, toolMin 85) comes after "ผ่าน" (min 85) and could never apply; move it up',
  ]);
  assert.deepEqual(issues([{ label: "B", min: 75 }, { label: "A", min: 85 }, { label: "F", min: 0 }]), [
    'rating.levels.1.min: levels go from the highest to the lowest: "A" (min 85) comes after "B" (min 75) and could never apply; move it up',
  ]);
  assert.deepEqual(issues([{ label: "ผ่าน", min: 85 }, { label: "ไม่ผ่าน", min: 10 }]), ["rating.levels.1.min: the last level must have min 0, so every total has a level"]);
  assert.deepEqual(issues([{ label: "ผ่าน", min: 85 }, { label: "ผ่าน", min: 0 }]), ['rating.levels.1.label: level "ผ่าน" appears twice: labels must differ']);
});

test("an item has a title or is marked titleKnown: false, never both", () => {
  const base = JSON.parse(readFileSync(path.join(ROOT, "scripts/lib/editions/2568.json"), "utf8"));
  const issues = (item: Record<string, unknown>) => {
    const r = editionSchema.safeParse({ ...base, oit: { ...base.oit, items: [item] } });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.slice(3).join(".")}: ${i.message.split("\n")[1]}`);
  };
  assert.deepEqual(issues({ code: "o2", titleKnown: false, indicator: 9, subIndicator: "9.1" }), []);
  assert.deepEqual(issues({ code: "o2", indicator: 9, subIndicator: "9.1", group: "g", requirement: "r" }), ['title: title is missing; for an item whose title is not known, write "titleKnown": false instead']);
  assert.deepEqual(issues({ code: "o2", title: "t", titleKnown: false, indicator: 9, subIndicator: "9.1" }), ["titleKnown: both title and titleKnown: false: remove titleKnown once the title is known"]);
  assert.deepEqual(issues({ code: "o2", title: "t", titleGuess: "g", indicator: 9, subIndicator: "9.1", group: "g", requirement: "r" }), ["titleGuess: titleGuess is only for an item whose title is not known (titleKnown: false)"]);
});
