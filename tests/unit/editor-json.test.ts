/**
 * How the web editor writes JSON (layouts/admin/editor.js, a browser script):
 * run in a bare context with a stand-in for the CMS, whose custom format is
 * then called as Decap calls it: fromFile when a form opens a file, toFile
 * when it saves.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { ROOT } from "../integration/project-copy.ts";

interface Format {
  fromFile(text: string): unknown;
  toFile(data: unknown, sortedKeys?: string[]): string;
}

/** A fresh copy of the editor's JSON format (its remembered spellings start empty). */
function jsonFormat(): Format {
  let format: Format | undefined;
  const CMS = {
    registerWidget() {},
    registerEventListener() {},
    registerCustomFormat(_name: string, _ext: string, f: Format) {
      format = f;
    },
  };
  const window = { CMS, h() {}, createClass: (x: unknown) => x };
  vm.runInNewContext(readFileSync(path.join(ROOT, "layouts/admin/editor.js"), "utf8"), { window, document: { getElementById: () => null } });
  assert.ok(format, "editor.js registers its JSON format");
  return format;
}

test("a save keeps the spelling of every number it did not change, and writes a changed one plainly", () => {
  const json = jsonFormat();
  const before = '{\n  "fiscalYear": 2565,\n  "indicators": { "4": 96.30, "5": 98.50, "9": 100 }\n}\n';
  const data = json.fromFile(before) as { indicators: Record<string, number> };
  assert.equal(json.toFile(data), before);
  data.indicators["4"] = 96.31;
  assert.equal(json.toFile(data), '{\n  "fiscalYear": 2565,\n  "indicators": { "4": 96.31, "5": 98.50, "9": 100 }\n}\n');
  data.indicators["5"] = 98.4; // 98.40 would be the same number spelt as the file spells its neighbours; plain is fine
  assert.match(json.toFile(data), /"5": 98\.4,/);
});

test("a file that is not JSON teaches no spelling: a later save never writes a number JSON refuses", () => {
  const json = jsonFormat();
  assert.throws(() => json.fromFile('{ "fiscalYear": 02566, "indicators": { "4": 07 } }'));
  json.fromFile('{ "other": 1 }');
  const out = json.toFile({ fiscalYear: 2566, indicators: { "4": 7 } });
  assert.deepEqual(JSON.parse(out), { fiscalYear: 2566, indicators: { "4": 7 } });
  assert.match(out, /"fiscalYear": 2566/);
});

test("whatever the files held, what is written parses back to the form's values", () => {
  const json = jsonFormat();
  const files = [
    '{ "a": 1.50, "b": -0.0, "c": 1E2, "d": 2.5e-1, "s": "\\"a\\": 1.50, \\"b\\": 07" }',
    '{ "a": [1.0, 2.00], "t": "x\\": 3.10}" }',
    '{ "weight": 30.0, "min": 85.00 }',
  ];
  for (const f of files) json.fromFile(f);
  for (const value of [{ a: 1.5, b: 0, c: 100, d: 0.25, s: "x" }, { a: [1, 2], t: "y" }, { weight: 30, min: 85, a: 1.5 }, { a: 2, c: 1e2 }]) {
    const out = json.toFile(value);
    assert.deepEqual(JSON.parse(out), value, out);
  }
  assert.match(json.toFile({ a: 1.5 }), /"a": 1\.50/);
  assert.match(json.toFile({ c: 100 }), /"c": 1E2/);
});
