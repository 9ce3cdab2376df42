/** The published JSON Schemas accept the example's files and reject what the check rejects (checked with Ajv, an independent validator). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { jsonSchemas } from "../../scripts/lib/json-schema.ts";

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const schemas = Object.fromEntries(jsonSchemas().map((s) => [s.name, JSON.parse(s.text)]));
const validator = (name: string) => ajv.compile(schemas[name]);
const read = (p: string) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), "utf8"));

test("every input kind has a schema with an $id under /open-data/schema/", () => {
  assert.deepEqual(Object.keys(schemas).sort(), ["commentary", "edition", "edition-override", "ita", "measures", "oit", "oit-entry", "oit-item", "site"]);
  for (const [name, s] of Object.entries(schemas)) assert.equal(s.$id, `/open-data/schema/${name}.schema.json`);
});

test("the example's data files and every edition catalogue are valid", () => {
  const cases: [string, string][] = [
    ["site", "data/site.json"],
    ["ita", "data/2565/ita.json"],
    ["measures", "data/2565/measures.json"],
    ["oit", "data/2566/oit.json"],
    ...["2562", "2563", "2564", "2565", "2566", "2567", "2568", "2569"].map((e): [string, string] => ["edition", `scripts/lib/editions/${e}.json`]),
  ];
  for (const [name, file] of cases) {
    const validate = validator(name);
    assert.ok(validate(read(file)), `${file}: ${ajv.errorsText(validate.errors)}`);
  }
});

test("what the check rejects, the schema rejects too: a score over 100, a C.E. year, an unknown field, a bad e-mail", () => {
  const ita = read("data/2565/ita.json");
  const v = validator("ita");
  assert.equal(v({ ...ita, indicators: { ...ita.indicators, 3: 101 } }), false);
  assert.equal(v({ ...ita, fiscalYear: 2022 }), false);
  assert.equal(v({ ...ita, note: "x" }), false);
  assert.equal(v({ ...ita, indicators: { ...ita.indicators, 2: "97.72" } }), false);
  assert.equal(validator("site")({ ...read("data/site.json"), email: "not-an-address" }), false);
});

test("an agency's edition files: a correction of a shipped edition, and what both edition schemas reject", () => {
  const override = validator("edition-override");
  const correction = {
    edition: 2568,
    rating: { levels: [{ label: "ผ่าน", min: 85 }, { label: "ต้องปรับปรุง", min: 70 }, { label: "ต้องปรับปรุงโดยด่วน", min: 0 }], confidence: "verified", source: "คู่มือ ITA 2568" },
    oit: { items: [{ code: "o2", title: "ข้อมูลผู้บริหาร" }], remove: ["o7"] },
  };
  assert.ok(override(correction), ajv.errorsText(override.errors));
  assert.equal(override({ ...correction, oit: { items: [{ code: "o2", role: "measures" }] } }), false, "an unknown role");
  assert.equal(override({ ...correction, oit: { items: [{ code: "o22", window: "annual" }] } }), false, "an unknown window kind");
  assert.equal(override({ ...correction, oit: { items: [{ code: "O2", title: "x" }] } }), false, "an upper-case code");
  assert.equal(override({ ...correction, confidence: "sure" }), false, "an unknown confidence");
  const whole = validator("edition");
  const e2569 = read("scripts/lib/editions/2569.json");
  assert.equal(whole({ ...e2569, provisional: "yes" }), false);
  assert.equal(whole({ ...e2569, source: undefined }), false, "an edition says where it comes from");
});
