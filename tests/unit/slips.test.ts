/**
 * The slips clerks make, each with the fix its message must name. Expected
 * texts, lines and columns are counted by hand from the inputs written here.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { meantDate, meantNumber } from "../../scripts/lib/slips.ts";
import { editDistance, nearest } from "../../scripts/lib/nearest.ts";
import { parseJson, validate } from "../../scripts/lib/validate.ts";
import { formatProblem } from "../../scripts/lib/problems.ts";
import { itaSchema, measuresSchema, oitItemFrontMatterSchema, siteSchema } from "../../scripts/lib/schema.ts";

/** The one problem line of a JSON text that does not parse. */
function syntaxLine(text: string): string {
  const r = parseJson("x.json", text);
  assert.equal(r.ok, false, "the text must not parse");
  if (r.ok) return "";
  assert.equal(r.problems.length, 1);
  return formatProblem(r.problems[0]!);
}

/** Every problem line of a value checked against a schema. */
function lines(schema: Parameters<typeof validate>[0], value: unknown, source?: string): string[] {
  const r = validate(schema, "x.json", value, source);
  assert.equal(r.ok, false, "the value must be refused");
  return r.ok ? [] : r.problems.map(formatProblem);
}

const ten = { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 90, 7: 90, 8: 90, 9: 90, 10: 90 };

test("meantNumber: Thai digits, a decimal comma and thousands separators become the number to type", () => {
  assert.deepEqual(meantNumber("๙๕.๑๒"), { type: "95.12", thaiDigits: true, decimalComma: false });
  assert.deepEqual(meantNumber("95,12"), { type: "95.12", thaiDigits: false, decimalComma: true });
  assert.deepEqual(meantNumber("๙๕,๑๒"), { type: "95.12", thaiDigits: true, decimalComma: true });
  assert.deepEqual(meantNumber(" 96.30 "), { type: "96.30", thaiDigits: false, decimalComma: false });
  assert.equal(meantNumber("1,000")?.type, "1000");
  assert.equal(meantNumber("เก้าสิบ"), undefined);
  assert.equal(meantNumber("NaN"), undefined);
});

test("meantDate: dates written the Thai way become ISO C.E.", () => {
  assert.equal(meantDate("1/8/2565"), "2022-08-01"); // day first, B.E.
  assert.equal(meantDate("01-08-2022"), "2022-08-01"); // day first, C.E.
  assert.equal(meantDate("1 สิงหาคม 2565"), "2022-08-01");
  assert.equal(meantDate("15 พ.ย. 65"), "2022-11-15"); // two-digit B.E. year
  assert.equal(meantDate("วันที่ 1 ต.ค. พ.ศ. 2565"), "2022-10-01"); // 2565 − 543
  assert.equal(meantDate("๒๕๖๕-๐๘-๐๑"), "2022-08-01"); // Thai digits and a B.E. year
  assert.equal(meantDate("2022-8-1"), "2022-08-01");
  assert.equal(meantDate("31/2/2565"), undefined, "no 31 February");
  assert.equal(meantDate("เมื่อวาน"), undefined);
});

test("nearest: swapped letters count once; ties and unrelated short names give no guess", () => {
  assert.equal(editDistance("titel", "title"), 1);
  assert.equal(nearest("titel", ["title", "date", "file"]), "title");
  assert.equal(nearest("XIT", ["IIT", "EIT", "OIT"]), undefined, "as near to all three");
  assert.equal(nearest("xy", ["th", "en"]), undefined);
  assert.equal(nearest("Provice", ["province", "district"]), "province");
});

test("JSON: a decimal comma names the number to type and where it starts", () => {
  // line 3 is `  "indicators": { "1": 95,12, "2": 97.72 }`; 95 starts at column 24
  const line = syntaxLine('{\n  "fiscalYear": 2565,\n  "indicators": { "1": 95,12, "2": 97.72 }\n}');
  assert.match(line, /^ERROR x\.json:3: JSON ไม่ถูกต้อง: ตัวเลข 95,12 ใช้จุลภาค , เป็นจุดทศนิยม ให้พิมพ์ 95\.12 \(คอลัมน์ 24\) \/ /);
  assert.ok(line.endsWith("/ invalid JSON: 95,12 uses a comma as the decimal point: type 95.12 (column 24)"), line);
});

test("JSON: a number after a comma is not taken for a decimal comma when it is a field name", () => {
  // `  "1": 98.68, 2: 97.72`: 2 is an unquoted field name at column 15
  const line = syntaxLine('{\n  "1": 98.68, 2: 97.72\n}');
  assert.ok(line.endsWith('/ invalid JSON: a field name is written in double quotes: type "2" (column 15)'), line);
});

test("JSON: Thai digits name the Arabic digits to type", () => {
  const line = syntaxLine('{\n  "indicators": {\n    "1": ๙๘.๖๘, "2": 97.72 }\n}');
  assert.ok(line.startsWith("ERROR x.json:3: JSON ไม่ถูกต้อง: ตัวเลข ๙๘.๖๘ เป็นเลขไทย ให้พิมพ์เป็นเลขอารบิก 98.68 (คอลัมน์ 10)"), line);
  assert.ok(line.endsWith('/ invalid JSON: "๙๘.๖๘" is written in Thai digits: type 98.68 (column 10)'), line);
});

test("JSON: a trailing comma is reported on its own line and column", () => {
  // the comma ends line 3, `  "b": 2,`, at column 9; the parser stops at the } of line 4
  const line = syntaxLine('{\n  "a": 1,\n  "b": 2,\n}');
  assert.ok(line.startsWith("ERROR x.json:3: "), line);
  assert.ok(line.endsWith("/ invalid JSON: a comma after the last item before }: delete it (column 9)"), line);
  const list = syntaxLine('{\n  "steps": ["a", "b",\n  ]\n}');
  assert.ok(list.startsWith("ERROR x.json:2: "), list);
  assert.ok(list.endsWith("/ invalid JSON: a comma after the last item before ]: delete it (column 21)"), list);
});

test("JSON: a missing comma is placed after the value it should follow", () => {
  // `  "a": 98.68` ends at column 12, so the comma goes at column 13 of line 2
  const line = syntaxLine('{\n  "a": 98.68\n  "b": 2\n}');
  assert.ok(line.startsWith("ERROR x.json:2: JSON ไม่ถูกต้อง: ขาดเครื่องหมายจุลภาค , หลัง 98.68 ให้เติม , ต่อท้าย (คอลัมน์ 13)"), line);
  assert.ok(line.endsWith("/ invalid JSON: a comma is missing after 98.68: add , there (column 13)"), line);
  const thai = syntaxLine('{\n  "district": "เมืองสกลนคร"\n  "province": "สกลนคร"\n}');
  assert.ok(thai.endsWith('/ invalid JSON: a comma is missing after "เมืองสกลนคร": add , there (column 28)'), thai);
});

test("JSON: curly quotes, single quotes, unquoted text, a comment, a missing brace", () => {
  assert.ok(syntaxLine('{\n  “name”: 1\n}').includes("use straight double quotes"));
  assert.ok(syntaxLine("{\n  'name': 1\n}").includes("change ' to \""));
  assert.ok(syntaxLine('{\n  "district": เมืองสกลนคร\n}').endsWith('/ invalid JSON: text is written in double quotes: type "เมืองสกลนคร" (column 15)'));
  assert.ok(syntaxLine('{\n  // จาก ITAS\n  "a": 1\n}').includes("JSON has no comments"));
  // the file's last character is the 1 of line 2 (column 8); the brace goes after it
  assert.ok(syntaxLine('{\n  "a": 1\n').endsWith("/ invalid JSON: a closing } is missing at the end of the file: every { needs its } (column 9)"));
});

test("a number in quotes: the number to type, in Arabic digits and with a point", () => {
  const out = lines(itaSchema, { fiscalYear: "2565", indicators: { ...ten, 1: "95.12", 2: "๙๕.๑๒", 3: "95,12" } });
  assert.ok(out.some((l) => l.includes('› fiscalYear: ') && l.endsWith('/ expected number, found "2565": type 2565 without quotes')), out.join("\n"));
  assert.ok(out.some((l) => l.includes("› indicators.1: ") && l.endsWith('/ expected number, found "95.12": type 95.12 without quotes')), out.join("\n"));
  assert.ok(out.some((l) => l.includes("› indicators.2: ") && l.includes("ให้พิมพ์ 95.12 เป็นเลขอารบิก") && l.endsWith('/ expected number, found "๙๕.๑๒": type 95.12 in Arabic digits, without quotes')), out.join("\n"));
  assert.ok(out.some((l) => l.includes("› indicators.3: ") && l.endsWith('/ expected number, found "95,12": type 95.12 with a decimal point, not a comma, without quotes')), out.join("\n"));
});

test("dates: Thai digits, day-first and Thai month names get the ISO date to type; a B.E. ISO year keeps its message", () => {
  const doc = (date: string) => ({ code: "o1", documents: [{ title: "t", date, url: "https://www.example.go.th/a.pdf" }] });
  assert.ok(lines(oitItemFrontMatterSchema, doc("๒๐๒๒-๑๑-๑๕")).some((l) => l.endsWith("/ a date is written YYYY-MM-DD in C.E. with Arabic digits: type 2022-11-15")));
  assert.ok(lines(oitItemFrontMatterSchema, doc("15/11/2565")).some((l) => l.endsWith("type 2022-11-15")));
  assert.ok(lines(oitItemFrontMatterSchema, doc("15 พฤศจิกายน 2565")).some((l) => l.includes("ให้พิมพ์ 2022-11-15")));
  assert.ok(lines(oitItemFrontMatterSchema, doc("2565-11-15")).some((l) => l.endsWith("/ 2565 is a B.E. year: write dates in C.E. (2565 → 2022)")));
});

test("an unknown field names the nearest known one, on its own line; a misspelt required field is one message, not two", () => {
  const source = '{\n  "fiscalYear": 2565,\n  "indicator": {}\n}';
  const out = lines(itaSchema, { fiscalYear: 2565, indicator: {} }, source);
  assert.deepEqual(out, ['ERROR x.json:3 › indicator: ไม่รู้จักช่อง "indicator" หมายถึง "indicators" หรือไม่ ให้แก้ชื่อเป็น "indicators" / unknown field "indicator": did you mean "indicators"? rename it to "indicators"']);
  const m = lines(measuresSchema, { fiscalYear: 2565, implementationYear: 2566, measures: [{ id: "a", title: "t", steps: ["s"], responsable: ["สำนักปลัด"], timeframe: "x", monitoring: "y" }] });
  assert.ok(m.some((l) => l.includes("› measures.0.responsable: ") && l.endsWith('did you mean "responsible"? rename it to "responsible"')), m.join("\n"));
  const d = lines(oitItemFrontMatterSchema, { code: "o1", documents: [{ title: "t", date: "2022-11-15", fiel: "documents/a.pdf" }] });
  assert.ok(d.some((l) => l.includes("› documents.0.fiel: ") && l.endsWith('did you mean "file"? rename it to "file"')), d.join("\n"));
});

test("other values: a postcode as a number, true in quotes, a value in the wrong case", () => {
  const site = { name: { th: "ก", en: "A" }, kind: "ก", address: "ก", district: "ก", province: "ก", phone: "1", email: "a@b.go.th", baseUrl: "https://a.go.th/", digits: "thai" };
  assert.ok(lines(siteSchema, { ...site, postcode: 47230 }).some((l) => l.endsWith('/ expected string, found 47230: type it in double quotes: "47230"')));
  assert.ok(lines(siteSchema, { ...site, digits: "Thai" }).some((l) => l.endsWith('did you mean "thai"? type "thai"')));
  assert.ok(lines(oitItemFrontMatterSchema, { code: "o1", sample: "true" }).some((l) => l.endsWith('/ expected boolean, found "true": type true without quotes')));
});
