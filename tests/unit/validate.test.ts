import { test } from "node:test";
import assert from "node:assert/strict";
import { itaSchema, isoDate, measuresSchema } from "../../scripts/lib/schema.ts";
import { lineOfPath, parseFrontMatter, parseJson, validate } from "../../scripts/lib/validate.ts";
import { formatProblem } from "../../scripts/lib/problems.ts";

const ten = { 1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 90, 7: 90, 8: 90, 9: 90, 10: 90 };

test("parseJson: BOM and CRLF are accepted; a syntax error names its line", () => {
  const ok = parseJson("x.json", '\uFEFF{\r\n  "a": 1\r\n}\r\n');
  assert.deepEqual(ok, { ok: true, value: { a: 1 } });
  const bad = parseJson("x.json", '{\n  "a": 1,\n  "b": \n}');
  assert.equal(bad.ok, false);
  if (!bad.ok) {
    assert.equal(bad.problems[0]!.line, 4);
    assert.match(formatProblem(bad.problems[0]!), /^ERROR x\.json:4: JSON ไม่ถูกต้อง: /);
  }
  const empty = parseJson("x.json", "  \n");
  assert.equal(empty.ok, false);
  if (!empty.ok) assert.match(empty.problems[0]!.en, /empty/);
});

test("lineOfPath finds a field's line in JSON text", () => {
  const text = '{\n  "fiscalYear": 2565,\n  "indicators": {\n    "1": 98.68,\n    "2": 97.72\n  }\n}';
  assert.equal(lineOfPath(text, ["indicators", "2"]), 5);
  assert.equal(lineOfPath(text, ["fiscalYear"]), 2);
  assert.equal(lineOfPath(text, ["indicators", "99"]), 3, "falls back to the nearest parent");
});

test("ita schema: a C.E. year, an extra field, a missing indicator, each named", () => {
  const r = validate(itaSchema, "ita.json", { fiscalYear: 2022, indicators: { ...ten, 5: undefined }, note: "x" });
  assert.equal(r.ok, false);
  if (r.ok) return;
  const lines = r.problems.map(formatProblem);
  assert.ok(lines.some((l) => l.includes("› fiscalYear: ดูเหมือนปี ค.ศ. ให้ใช้ปี พ.ศ. (2022 → 2565)")), lines.join("\n"));
  assert.ok(lines.some((l) => l.includes('› note: ') && l.includes('unknown field "note": remove it or fix its name')), lines.join("\n"));
  assert.ok(lines.some((l) => l.includes("› indicators.5:")), lines.join("\n"));
});

test("dates: ISO C.E. only; 31 February and B.E. years are refused with the fix", () => {
  assert.equal(isoDate.safeParse("2022-08-01").success, true);
  const feb = isoDate.safeParse("2022-02-31");
  assert.match(feb.error!.issues[0]!.message, /not a real calendar date/);
  const be = isoDate.safeParse("2565-10-01");
  assert.match(be.error!.issues[0]!.message, /2565 is a B\.E\. year: write dates in C\.E\. \(2565 → 2022\)/);
  assert.equal(isoDate.safeParse("1/8/2565").success, false);
});

test("measures schema: steps and responsible units are required lists", () => {
  const r = validate(measuresSchema, "m.json", {
    fiscalYear: 2565,
    implementationYear: 2566,
    measures: [{ id: "a", title: "t", steps: [], responsible: ["สำนักปลัด"], timeframe: "x", monitoring: "y", status: "started" }],
  });
  assert.equal(r.ok, false);
  if (r.ok) return;
  const fields = r.problems.map((p) => p.field).sort();
  assert.deepEqual(fields, ["measures.0.status", "measures.0.steps"]);
});

test("front matter: YAML dates stay strings; bad YAML names a line; none at all is refused", () => {
  const ok = parseFrontMatter("a.md", "---\nupdated: 2022-08-01\n---\nbody\n");
  assert.ok(ok.ok, "valid");
  if (ok.ok) {
    assert.deepEqual(ok.value.data, { updated: "2022-08-01" });
    assert.equal(ok.value.body, "body\n");
  }
  const bad = parseFrontMatter("a.md", "---\ntitle: [unclosed\n---\n");
  assert.equal(bad.ok, false);
  const none = parseFrontMatter("a.md", "just text");
  assert.equal(none.ok, false);
  if (!none.ok) assert.match(none.problems[0]!.en, /no front matter/);
});
