/**
 * The staff guide (docs/) stays true: every example file it shows is valid by
 * the data contract (and an ita.json example computes to the figures it
 * reports), every field of every schema is in the field reference, every
 * link between its pages leads somewhere, and the README's first screen links it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import {
  commentarySchema,
  itaSchema,
  measuresSchema,
  oitEntrySchema,
  oitItemFrontMatterSchema,
  oitOverrideSchema,
  policyPageSchema,
  siteSchema,
} from "../../scripts/lib/schema.ts";
import { parseFrontMatter, parseJson, templateCodeLine, validate } from "../../scripts/lib/validate.ts";
import { loadEditions } from "../../scripts/lib/editions.ts";
import { scanStaffFiles } from "../../scripts/lib/staff-files.ts";
import { computeResult } from "../../scripts/lib/ita.ts";
import { formatProblem } from "../../scripts/lib/problems.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DOCS = path.join(ROOT, "docs");
const pages = readdirSync(DOCS).filter((f) => f.endsWith(".md")).sort();
const text = (f: string) => readFileSync(path.join(DOCS, f), "utf8");

/** Every example marked `<!-- file: <path> -->` with the fenced block that follows it. */
function examples(): { page: string; file: string; body: string }[] {
  const out: { page: string; file: string; body: string }[] = [];
  for (const page of pages) {
    for (const m of text(page).matchAll(/<!-- file: (\S+) -->\n```[a-z]*\n([\s\S]*?)\n```/g)) out.push({ page, file: m[1]!, body: m[2]! + "\n" });
  }
  return out;
}

type Kind = { re: RegExp; schema: z.ZodType; json: boolean };
const KINDS: Record<string, Kind> = {
  site: { re: /^data\/site\.json$/, schema: siteSchema, json: true },
  ita: { re: /^data\/(\d{4})\/ita\.json$/, schema: itaSchema, json: true },
  measures: { re: /^data\/(\d{4})\/measures\.json$/, schema: measuresSchema, json: true },
  oitYear: { re: /^data\/(\d{4})\/oit\.json$/, schema: oitOverrideSchema, json: true },
  oitItem: { re: /^content\/(\d{4})\/oit\/(o\d+)\.md$/, schema: oitItemFrontMatterSchema, json: false },
  oitEntry: { re: /^content\/(\d{4})\/oit\/o\d+\/[a-z0-9][a-z0-9-]*\.md$/, schema: oitEntrySchema, json: false },
  commentary: { re: /^content\/(\d{4})\/analysis\/indicator-(\d+)\.md$/, schema: commentarySchema, json: false },
  practice: { re: /^content\/\d{4}\/analysis\/practice\.md$/, schema: policyPageSchema, json: false },
  policyPage: { re: /^content\/pages\/[a-z0-9][a-z0-9-]*\.md$/, schema: policyPageSchema, json: false },
};

test("every example file in the guide is valid by the data contract, and each kind of file has one", () => {
  const editions = loadEditions(ROOT, scanStaffFiles(ROOT, []), []);
  const seen = new Set<string>();
  const all = examples();
  assert.ok(all.length >= 10, `${all.length} examples`);
  for (const ex of all) {
    const where = `${ex.page}: ${ex.file}`;
    const [kind, def] = Object.entries(KINDS).find(([, k]) => k.re.test(ex.file)) ?? [];
    assert.ok(kind && def, `${where} is not a file of the data contract`);
    seen.add(kind);
    const m = def.re.exec(ex.file)!;
    if (kind === "practice") {
      assert.ok(!ex.body.startsWith("---"), `${where}: practice.md has no front matter`);
      assert.equal(templateCodeLine(ex.body), undefined, where);
      continue;
    }
    let value: unknown;
    if (def.json) {
      const parsed = parseJson(ex.file, ex.body);
      assert.ok(parsed.ok, `${where}: ${parsed.ok ? "" : parsed.problems.map(formatProblem).join("\n")}`);
      value = parsed.value;
    } else {
      const fm = parseFrontMatter(ex.file, ex.body);
      assert.ok(fm.ok, `${where}: ${fm.ok ? "" : fm.problems.map(formatProblem).join("\n")}`);
      value = fm.value.data;
      assert.equal(templateCodeLine(fm.value.body), undefined, where);
    }
    const checked = validate(def.schema, ex.file, value, ex.body);
    assert.ok(checked.ok, `${where}:\n${checked.ok ? "" : checked.problems.map(formatProblem).join("\n")}`);
    const v = checked.value as Record<string, any>;
    if (m[1] && v.fiscalYear !== undefined) assert.equal(v.fiscalYear, Number(m[1]), `${where}: fiscalYear is the folder's year`);
    if (kind === "oitItem") assert.equal(v.code, m[2], `${where}: code is the file's name`);
    if (kind === "commentary") assert.equal(v.indicator, Number(m[2]), `${where}: indicator is the file's number`);
    if (kind === "ita") {
      const edition = editions.get(v.edition ?? v.fiscalYear)!;
      const indicators = Object.fromEntries(Object.entries(v.indicators as Record<string, number>).map(([k, s]) => [Number(k), s]));
      const result = computeResult({ fiscalYear: v.fiscalYear, indicators, ...(v.reported ? { reported: v.reported } : {}) }, edition);
      assert.deepEqual(result.discrepancies, [], `${where}: the reported figures are the computed ones`);
    }
    if (kind === "oitYear") {
      const edition = editions.get(v.edition ?? v.fiscalYear)!;
      const subs = new Set([...edition.oit.subIndicators.map((s) => s.code), ...v.subIndicators.map((s: { code: string }) => s.code)]);
      for (const item of v.items) {
        const known = edition.oit.items.find((i) => i.code === item.code);
        if (!known) for (const f of ["title", "indicator", "subIndicator", "group", "window", "requirement"]) assert.ok(f in item, `${where}: new item ${item.code} has ${f}`);
        if (item.subIndicator) assert.ok(subs.has(item.subIndicator), `${where}: ${item.code}'s sub-indicator ${item.subIndicator} exists`);
      }
      for (const code of v.remove) assert.ok(edition.oit.items.some((i) => i.code === code), `${where}: removes ${code}, an item of the edition`);
    }
  }
  assert.deepEqual([...seen].sort(), Object.keys(KINDS).sort(), "an example of every kind of file");
});

type Def = { type: string; shape?: Record<string, { _zod: { def: Def } }>; innerType?: { _zod: { def: Def } }; element?: { _zod: { def: Def } }; in?: { _zod: { def: Def } } };

/** Every field name of a schema, nested ones included. */
function fieldNames(schema: z.ZodType): string[] {
  const names = new Set<string>();
  const walk = (d: Def): void => {
    for (let n = 0; n < 10 && (d.innerType || (d.type === "pipe" && d.in)); n++) d = (d.innerType ?? d.in)!._zod.def;
    if (d.type === "array" && d.element) return walk(d.element._zod.def);
    if (d.type !== "object" || !d.shape) return;
    for (const [k, v] of Object.entries(d.shape)) {
      names.add(k);
      walk(v._zod.def);
    }
  };
  walk((schema as unknown as { _zod: { def: Def } })._zod.def);
  return [...names];
}

test("the field reference names every field of every file the staff write, emblem and signatures included", () => {
  const fields = text("fields.md");
  const schemas = { siteSchema, itaSchema, measuresSchema, oitOverrideSchema, oitItemFrontMatterSchema, oitEntrySchema, commentarySchema, policyPageSchema };
  const missing: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    for (const field of fieldNames(schema)) {
      // as `field`, or as a part of a dotted path (`name.th`, `measures[].steps`, `reported.tools.IIT`, `.EIT`)
      if (!new RegExp("`(?:[^`\\s]*[.\\]])?" + field + "(?:[.\\[][^`]*)?`").test(fields)) missing.push(`${name}: ${field}`);
    }
  }
  assert.deepEqual(missing, []);
  assert.match(fields, /`emblem`/);
  assert.match(fields, /`signatures\[\]\.role`/);
});

test("links between the guide's pages lead to pages that exist; every page is in the table of contents", () => {
  const broken: string[] = [];
  for (const page of pages) {
    for (const m of text(page).matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1]!;
      if (/^(https?:|mailto:|\/)/.test(target) || target.startsWith("#")) continue;
      const file = target.split("#")[0]!;
      if (!existsSync(path.join(DOCS, file))) broken.push(`${page} → ${target}`);
    }
  }
  assert.deepEqual(broken, []);
  const toc = text("README.md");
  for (const page of pages.filter((p) => p !== "README.md")) assert.ok(toc.includes(`](${page})`), `${page} is in the table of contents`);
});

test("the README's first screen links the staff guide", () => {
  const firstScreen = readFileSync(path.join(ROOT, "README.md"), "utf8").split("\n").slice(0, 20).join("\n");
  assert.match(firstScreen, /\]\(docs\/README\.md\)/);
});
