/** The preview's load cache: an unchanged file is not read again, a changed one is, and a cached load says what a fresh one says. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadSite } from "../../scripts/lib/load-data.ts";
import { LoadCache } from "../../scripts/lib/load-cache.ts";
import { formatProblem } from "../../scripts/lib/problems.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TODAY = "2026-11-26";

function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "prongsai-cache-"));
  for (const d of ["data", "content"]) cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  return dir;
}

/** The model and problems as text, to compare a cached load with a fresh one. */
const shape = (r: ReturnType<typeof loadSite>) => JSON.stringify({ model: r.model, problems: r.problems.map(formatProblem) });

test("a second load with nothing changed reads no file again and gives the same model and problems", () => {
  const dir = copy();
  try {
    const cache = new LoadCache();
    const first = loadSite({ root: dir, today: TODAY, cache });
    const files = cache.misses;
    // site.json; 2565: ita.json, measures.json, indicator-4/7/8.md, practice.md; 2566: oit.json, o1, o2, o5,
    // o12, o42, notice-001/002/003, one PDF; three policy pages: 1 + 6 + 10 + 3 = 20
    assert.equal(files, 20);
    const second = loadSite({ root: dir, today: TODAY, cache });
    assert.equal(cache.misses, 0);
    assert.equal(cache.hits, files);
    assert.equal(shape(second), shape(first));
    assert.equal(shape(second), shape(loadSite({ root: dir, today: TODAY })), "the same as a load without a cache");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an edited file is read again, its problems come and go, a deleted file is forgotten", () => {
  const dir = copy();
  try {
    const cache = new LoadCache();
    loadSite({ root: dir, today: TODAY, cache });
    const notice = path.join(dir, "content/2566/oit/o20/notice-001.md");
    appendFileSync(notice, "\nข้อความที่เพิ่ม\n");
    let r = loadSite({ root: dir, today: TODAY, cache });
    assert.equal(cache.misses, 1, "only the edited notice");
    const entry = r.model!.years.find((y) => y.fiscalYear === 2566)!.oit!.items.find((i) => i.code === "o20")!.evidence!.entries.find((e) => e.slug === "notice-001")!;
    assert.match(entry.html, /ข้อความที่เพิ่ม/);
    // break it: the problem is told; the same problem again from the cache on the next load
    writeFileSync(notice, "---\ntitle: x\ndate: 2023-02-31\n---\n");
    r = loadSite({ root: dir, today: TODAY, cache });
    const bad = r.problems.map(formatProblem).filter((l) => l.includes("notice-001.md"));
    assert.equal(bad.length, 1, bad.join("\n"));
    assert.match(bad[0]!, /2023-02-31 is not a real calendar date/);
    r = loadSite({ root: dir, today: TODAY, cache });
    assert.equal(cache.misses, 0);
    assert.deepEqual(r.problems.map(formatProblem).filter((l) => l.includes("notice-001.md")), bad);
    // remove it: the site loads without it
    unlinkSync(notice);
    r = loadSite({ root: dir, today: TODAY, cache });
    assert.ok(r.model, r.problems.map(formatProblem).join("\n"));
    assert.equal(r.model.years.find((y) => y.fiscalYear === 2566)!.oit!.items.find((i) => i.code === "o20")!.evidence!.entries.length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
