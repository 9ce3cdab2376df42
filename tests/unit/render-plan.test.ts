/** Which pages a save touches: the preview renders those, and a build every page. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadSite } from "../../scripts/lib/load-data.ts";
import { pageRecords, planRender } from "../../scripts/lib/render-plan.ts";
import { sitemapPaths } from "../../scripts/lib/sitemap.ts";
import { formatProblem } from "../../scripts/lib/problems.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TODAY = "2026-11-26";

function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "prongsai-plan-"));
  for (const d of ["data", "content"]) cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  return dir;
}

function load(dir: string) {
  const r = loadSite({ root: dir, today: TODAY });
  assert.ok(r.model, r.problems.map(formatProblem).join("\n"));
  return r.model;
}

/** The permalinks or years a plan renders, per list, for comparing with what was worked out by hand. */
function rendered(plan: ReturnType<typeof planRender>) {
  const r = plan.records;
  return {
    years: r.years.map((y) => y.fiscalYear),
    resultYears: r.resultYears.map((y) => y.fiscalYear),
    oitYears: r.oitYears.map((y) => y.fiscalYear),
    yearsWithMeasures: r.yearsWithMeasures.map((y) => y.fiscalYear),
    oitPages: r.oitPages.map((p) => p.meta.permalink),
    oitEntryPages: r.oitEntryPages.map((p) => p.meta.permalink),
    policyPages: r.policyPages.map((p) => p.meta.permalink),
  };
}

test("the first render, and a render after the agency itself changed, render every page", () => {
  const dir = copy();
  try {
    const first = planRender(undefined, load(dir), load(dir).sources);
    assert.equal(first.full, true);
    // the example: 43 items of 2566, three notices of o20, three policy pages, two years
    assert.equal(first.records.oitPages.length, 43);
    assert.equal(first.records.oitEntryPages.length, 3);
    assert.equal(first.records.policyPages.length, 3);
    const site = path.join(dir, "data/site.json");
    const json = JSON.parse(readText(site));
    json.phone = "0 4200 0001";
    writeJson(site, json);
    const m = load(dir);
    const again = planRender(first.state, m, m.sources);
    assert.equal(again.full, true, "the footer shows the phone on every page");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an edited notice renders that notice, its item and its year's pages, nothing of the other year", () => {
  const dir = copy();
  try {
    const before = load(dir);
    const first = planRender(undefined, before, before.sources);
    appendFileSync(path.join(dir, "content/2566/oit/o20/notice-002.md"), "\nแก้ไขเพิ่มเติม\n");
    const after = load(dir);
    const plan = planRender(first.state, after, after.sources);
    assert.equal(plan.full, false);
    assert.deepEqual([...plan.changed], ["content/2566/oit/o20/notice-002.md"]);
    assert.deepEqual(rendered(plan), {
      years: [2566],
      resultYears: [], // 2566 has no results in the example
      oitYears: [2566],
      yearsWithMeasures: [],
      oitPages: ["/2566/oit/o20/"],
      oitEntryPages: ["/2566/oit/o20/notice-002/"],
      policyPages: [],
    });
    // what is not rendered is still known: the sitemap lists all 43 items and the 3 notices
    assert.deepEqual([plan.all.oitPages.length, plan.all.oitEntryPages.length], [43, 3]);
    assert.deepEqual(plan.removed, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a deleted notice is removed, its item rendered; a policy page edit renders that page only", () => {
  const dir = copy();
  try {
    const before = load(dir);
    const first = planRender(undefined, before, before.sources);
    unlinkSync(path.join(dir, "content/2566/oit/o20/notice-003.md"));
    appendFileSync(path.join(dir, "content/pages/privacy.md"), "\nย่อหน้าใหม่\n");
    const after = load(dir);
    const plan = planRender(first.state, after, after.sources);
    assert.equal(plan.full, false);
    assert.deepEqual(plan.removed, ["/2566/oit/o20/notice-003/"]);
    const r = rendered(plan);
    assert.deepEqual(r.oitPages, ["/2566/oit/o20/"]);
    assert.deepEqual(r.oitEntryPages, []);
    assert.deepEqual(r.policyPages, ["/privacy/"]);
    assert.deepEqual(r.years, [2566]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a changed score renders every year's pages (they compare years) and the items whose role links a year's analysis or measures", () => {
  const dir = copy();
  try {
    const before = load(dir);
    const first = planRender(undefined, before, before.sources);
    const file = path.join(dir, "data/2565/ita.json");
    const ita = JSON.parse(readText(file));
    ita.indicators["1"] = 98.69;
    writeJson(file, ita);
    const after = load(dir);
    const plan = planRender(first.state, after, after.sources);
    assert.equal(plan.full, false);
    const r = rendered(plan);
    assert.deepEqual(r.years, [2565, 2566]);
    assert.deepEqual(r.resultYears, [2565]);
    // of the example's 2566 items only o43 (measuresProgress) links pages of its own (2565's measures);
    // o42 cites 2565's analysis in its documents, typed by staff in content/2566/oit/o42.md
    assert.deepEqual(r.oitPages, ["/2566/oit/o43/"]);
    assert.deepEqual(r.oitEntryPages, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function readText(file: string): string {
  return readFileSync(file, "utf8");
}
function writeJson(file: string, value: unknown): void {
  writeFileSync(file, JSON.stringify(value, null, 2));
}

test("sitemap.xml lists every page from the model, not the pages a preview happened to render", () => {
  const paths = sitemapPaths(pageRecords(load(ROOT)));
  // the example: 5 fixed pages; years 2565 and 2566; 2565's analysis and measures; 2566's OIT index and
  // ITAS sheet; 43 items, 3 notices of o20; the agency's 3 pages (privacy, accessibility, website policy)
  assert.equal(paths.length, 5 + 2 + 2 + 2 + 43 + 3 + 3);
  for (const p of ["/", "/trends/", "/2565/analysis/", "/2566/oit/itas/", "/2566/oit/o43/", "/2566/oit/o20/notice-001/", "/privacy/"]) assert.ok(paths.includes(p), p);
  for (const p of ["/2565/analysis/report/", "/404.html", "/feed.xml"]) assert.ok(!paths.includes(p), `${p} is not listed`);
  assert.deepEqual(paths, [...paths].sort(), "sorted");
});
