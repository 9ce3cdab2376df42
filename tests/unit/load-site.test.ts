/**
 * loadSite in-process on the example and on small changes to a copy of it: the
 * values of every shipped edition, the 2565 result, and the checks that keep
 * staff files data (links, dates that must have passed, documents hashed by
 * their bytes, strict fields). Expected values are written out by hand.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readPlainFile } from "../../scripts/lib/read-staff.ts";
import type { Problem } from "../../scripts/lib/problems.ts";
import { ROOT, assertBilingual, loadChecked, withExample } from "./example-copy.ts";

const AA_F = [
  { label: "AA", min: 95 },
  { label: "A", min: 85 },
  { label: "B", min: 75 },
  { label: "C", min: 65 },
  { label: "D", min: 55 },
  { label: "E", min: 50 },
  { label: "F", min: 0 },
];
const PASS_LEVELS = [
  { label: "ผ่านดีเยี่ยม", min: 95, toolMin: 95 },
  { label: "ผ่านดี", min: 85, toolMin: 85 },
  { label: "ผ่าน", min: 85 },
  { label: "ไม่ผ่าน", min: 0 },
];
const codes = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `o${from + i}`);

// The shipped editions as scripts/lib/editions/README.md and shared/domain/ita-editions-2567-2570.md describe them:
// 2562 carries the model's weights and scale but no item list; 2567–2569 have 26 items; the role of carrying the
// previous ITA's analysis and the measures' progress is o42/o43 up to 2566, unknown in 2567/2568, O25/O26 in 2569.
const O42_O43 = { o42: "analysis", o43: "measuresProgress" };
const EDITIONS = [
  { edition: 2562, complete: false, levels: AA_F, items: [], role: {} },
  { edition: 2563, complete: true, levels: AA_F, items: codes(1, 43), role: O42_O43 },
  { edition: 2564, complete: true, levels: AA_F, items: codes(1, 43), role: O42_O43 },
  { edition: 2565, complete: true, levels: AA_F, items: codes(1, 43), role: O42_O43 },
  { edition: 2566, complete: true, levels: PASS_LEVELS, items: codes(1, 43), role: O42_O43 },
  { edition: 2567, complete: false, levels: PASS_LEVELS, items: codes(1, 26), role: {} },
  { edition: 2568, complete: false, levels: PASS_LEVELS, items: codes(1, 26), role: {} },
  { edition: 2569, complete: false, levels: PASS_LEVELS, items: codes(1, 26), role: { o25: "analysis", o26: "measuresProgress" } },
];
const TOOL_OF = ["IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT"];

const example = loadChecked({ root: ROOT, today: "2026-01-01" });
const errors = (problems: Problem[]) => problems.filter((p) => p.severity === "error");

test("the example loads without a problem", () => {
  assert.deepEqual(example.problems, []);
  assert.ok(example.model, "a model to build from");
});

test("every shipped edition: weights 30/30/40, its rating levels, the 10 indicators' tools, its OIT items", () => {
  const editions = example.model!.editions;
  assert.deepEqual(editions.map((e) => e.edition), EDITIONS.map((e) => e.edition));
  for (const want of EDITIONS) {
    const e = editions.find((x) => x.edition === want.edition)!;
    const at = `edition ${want.edition}`;
    assert.deepEqual([e.weights.IIT, e.weights.EIT, e.weights.OIT], [30, 30, 40], at);
    assert.deepEqual(e.rating.levels.map((l) => ({ label: l.label, min: l.min, ...(l.toolMin === undefined ? {} : { toolMin: l.toolMin }) })), want.levels, at);
    assert.equal(e.complete, want.complete, at);
    assert.deepEqual(e.indicators.map((i) => [i.no, i.tool]), TOOL_OF.map((t, i) => [i + 1, t]), at);
    assert.deepEqual(e.oit.items.map((i) => i.code), want.items, at);
    assert.deepEqual(Object.fromEntries(e.oit.items.filter((i) => i.role).map((i) => [i.code, i.role])), want.role, at);
  }
});

/** A project of only data/site.json and one year's scores under `edition`: the quickest loadSite that computes a result. */
function rated(edition: number, s: number[]): { total?: number; rating?: string; problems: Problem[] } {
  const dir = mkdtempSync(path.join(tmpdir(), "prongsai-rated-"));
  try {
    const site = JSON.parse(readFileSync(path.join(ROOT, "data/site.json"), "utf8"));
    delete site.emblem;
    mkdirSync(path.join(dir, "data/2565"), { recursive: true });
    writeFileSync(path.join(dir, "data/site.json"), JSON.stringify(site));
    const indicators = Object.fromEntries(s.map((v, i) => [String(i + 1), v]));
    writeFileSync(path.join(dir, "data/2565/ita.json"), JSON.stringify({ fiscalYear: 2565, edition, indicators }));
    const r = loadChecked({ root: dir, today: "2026-01-01" });
    const result = r.model?.years[0]?.result;
    return { total: result?.total, rating: result?.rating, problems: errors(r.problems) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("each edition's rating levels apply through loadSite, at their boundaries", () => {
  // tools 95/95/95 → total 95.00: the top level of every edition
  // IIT 100, EIT 84.80, OIT 98 → 30 + 25.44 + 39.20 = 94.64, EIT below 85 (the real 2566 case): ผ่าน, A
  // IIT 100, EIT 85.00, OIT 98 → 30 + 25.50 + 39.20 = 94.70, every tool ≥ 85: ผ่านดี, A
  // IIT 100, EIT 100, OIT 94.99 → 30 + 30 + 37.996 = 97.996 → 98.00 but OIT < 95: ผ่านดี, AA
  // tools 84.99 → total 84.99: ไม่ผ่าน, B
  const cases: [number[], string, string][] = [
    [[95, 95, 95, 95, 95, 95, 95, 95, 95, 95], "ผ่านดีเยี่ยม", "AA"],
    [[100, 100, 100, 100, 100, 84.8, 84.8, 84.8, 98, 98], "ผ่าน", "A"],
    [[100, 100, 100, 100, 100, 85, 85, 85, 98, 98], "ผ่านดี", "A"],
    [[100, 100, 100, 100, 100, 100, 100, 100, 94.99, 94.99], "ผ่านดี", "AA"],
    [[84.99, 84.99, 84.99, 84.99, 84.99, 84.99, 84.99, 84.99, 84.99, 84.99], "ไม่ผ่าน", "B"],
  ];
  const totals = [95, 94.64, 94.7, 98, 84.99];
  for (const [n, [s, pass, letter]] of cases.entries()) {
    for (const e of EDITIONS) {
      const r = rated(e.edition, s);
      assert.deepEqual(r.problems, [], `edition ${e.edition}`);
      assert.equal(r.total, totals[n], `total, edition ${e.edition}, case ${n}`);
      assert.equal(r.rating, e.levels === AA_F ? letter : pass, `rating, edition ${e.edition}, case ${n}`);
    }
  }
});

test("the example's 2565 result, worked by hand (shared/domain rules, edition 2565)", () => {
  const y = example.model!.resultYears.find((x) => x.fiscalYear === 2565)!;
  const r = y.result!;
  // IIT 489.39/5 = 97.878; EIT 248.65/3 = 82.883…; OIT 100; total 29.3634 + 24.865 + 40 = 94.2284
  assert.equal(r.total, 94.23);
  assert.equal(r.rating, "A");
  assert.deepEqual([r.tools.IIT.score, r.tools.EIT.score, r.tools.OIT.score], [97.88, 82.88, 100]);
  assert.deepEqual(r.ranking, [9, 10, 1, 5, 3, 2, 4, 6, 8, 7]);
  assert.deepEqual(r.discrepancies, []);
});

test("a document's size and SHA-256 are those of its bytes (sha256sum of the same bytes)", () => {
  withExample((copy) => {
    // printf '%%PDF-1.7\n%% prongsai\n' | sha256sum: 20 bytes
    copy.write("content/2566/documents/o1-organisation-chart.pdf", "%PDF-1.7\n% prongsai\n");
    const r = loadChecked({ root: copy.dir, today: "2026-01-01" });
    const o1 = r.model!.years.find((y) => y.fiscalYear === 2566)!.oit!.items.find((i) => i.code === "o1")!;
    const doc = o1.evidence!.documents[0]!;
    assert.equal(doc.sha256, "48cc0306610f1772d44332433af03276daa5a1fe023377869829772515a362fb");
    assert.equal(doc.size, 20);
    assert.equal(doc.type, "application/pdf");
    assert.equal(doc.href, "/2566/documents/o1-organisation-chart.pdf");
    assert.deepEqual(
      r.model!.files.find((f) => f.href === doc.href),
      { source: copy.path("content/2566/documents/o1-organisation-chart.pdf"), href: "/2566/documents/o1-organisation-chart.pdf" },
    );
  });
});

test("a date is refused from the day after today, not on today itself", () => {
  // measures.adopted is 2022-10-31; o12's document, the latest date of the example, is 2023-05-10
  const problems = (today: string) => loadChecked({ root: ROOT, today }).problems.map((p) => [p.file, p.field, p.line, p.en]);
  assert.deepEqual(problems("2023-05-10"), [], "the latest date on today itself");
  assert.deepEqual(problems("2023-05-09"), [["content/2566/oit/o12.md", "documents.0.date", 7, "the date 2023-05-10 is in the future: give a date that has passed"]]);
  assert.deepEqual(
    problems("2022-10-30").filter((p) => p[0] === "data/2565/measures.json"),
    [["data/2565/measures.json", "adopted", 4, "the date 2022-10-31 is in the future: give a date that has passed"]],
  );
});

test("a symbolic link in content/ is refused, even to a file that would be valid, and nothing is read through it", () => {
  withExample((copy) => {
    const outside = path.join(copy.dir, "outside.md");
    writeFileSync(outside, "SECRET from outside the staff folders\n");
    const target = copy.path("content/2565/analysis/practice.md");
    unlinkSync(target);
    symlinkSync(outside, target);
    const r = loadChecked({ root: copy.dir, today: "2026-01-01" });
    assert.equal(r.model, undefined);
    assert.deepEqual(errors(r.problems).map((p) => [p.file, p.en]), [
      ["content/2565/analysis/practice.md", "is a symbolic link, which is not allowed: put the real file here instead"],
    ]);
    assert.ok(!JSON.stringify(r).includes("SECRET"), "nothing was read through the link");
  });
});

test("data/ itself as a link is refused", () => {
  withExample((copy) => {
    const real = path.join(copy.dir, "real-data");
    renameSync(copy.path("data"), real);
    symlinkSync(real, copy.path("data"));
    const r = loadChecked({ root: copy.dir, today: "2026-01-01" });
    assert.ok(errors(r.problems).some((p) => p.file === "data" && p.en === "must be a plain folder (not a symbolic link or a file)"), "data: must be a plain folder");
    assert.equal(r.model, undefined);
  });
});

test("the reader itself never follows a link, whoever calls it", () => {
  withExample((copy) => {
    const link = copy.path("content/pages/link.md");
    symlinkSync(copy.path("content/pages/privacy.md"), link);
    const problems: Problem[] = [];
    assert.equal(readPlainFile({ rel: "content/pages/link.md", abs: link }, 1000, problems), undefined);
    assertBilingual(problems);
    assert.deepEqual(problems.map((p) => [p.file, p.en]), [["content/pages/link.md", "is a symbolic link, which is not allowed: put the real file here instead"]]);
    const plain: Problem[] = [];
    assert.equal(readPlainFile({ rel: "x", abs: copy.path("content/pages/privacy.md") }, 1_000_000, plain)?.toString("utf8"), readFileSync(copy.path("content/pages/privacy.md"), "utf8"));
    assert.deepEqual(plain, []);
  });
});

/** The problems of the example with one file replaced by `edit` of its JSON. */
function withJson(rel: string, edit: (v: any) => void): Problem[] {
  return withExample((copy) => {
    const v = JSON.parse(readFileSync(copy.path(rel), "utf8"));
    edit(v);
    writeFileSync(copy.path(rel), JSON.stringify(v, null, 2));
    return errors(loadChecked({ root: copy.dir, today: "2026-01-01" }).problems);
  });
}

test("measures.json: an unknown field is refused, at the top and in a measure, named with the fields allowed there", () => {
  const top = withJson("data/2565/measures.json", (v) => (v.approvedBy = "x"));
  assert.deepEqual(top.map((p) => [p.file, p.field, p.en]), [["data/2565/measures.json", "approvedBy", 'unknown field "approvedBy": remove it or fix its name (the fields here are fiscalYear, implementationYear, adopted, signatures, measures)']]);
  const inMeasure = withJson("data/2565/measures.json", (v) => (v.measures[1].owner = "x"));
  assert.deepEqual(inMeasure.map((p) => [p.file, p.field, p.en]), [["data/2565/measures.json", "measures.1.owner", 'unknown field "owner": remove it or fix its name (the fields here are id, title, steps, responsible, timeframe, monitoring, indicators, status, progress)']]);
  const signature = withJson("data/2565/measures.json", (v) => (v.signatures[0].date = "2022-10-31"));
  assert.deepEqual(signature.map((p) => [p.field, p.en]), [["signatures.0.date", 'unknown field "date": remove it or fix its name (the fields here are role, name, position)']]);
});

test("an OIT document with an unknown field is refused", () => {
  withExample((copy) => {
    const file = copy.path("content/2566/oit/o1.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("    file: documents/o1-organisation-chart.pdf\n", "    file: documents/o1-organisation-chart.pdf\n    link: https://x.example/\n"));
    const problems = errors(loadChecked({ root: copy.dir, today: "2026-01-01" }).problems);
    assert.deepEqual(problems.map((p) => [p.file, p.field, p.en]), [["content/2566/oit/o1.md", "documents.0.link", 'unknown field "link": remove it or fix its name (the fields here are title, date, file, url, page)']]);
  });
});
