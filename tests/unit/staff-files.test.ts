/** The data contract's map of the agency's folders: what each entry is, and every entry refused with why. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MAX_DEPTH, filesOfKind, scanStaffFiles } from "../../scripts/lib/staff-files.ts";
import { editDistance, nearest } from "../../scripts/lib/nearest.ts";
import type { Problem } from "../../scripts/lib/problems.ts";
import { assertBilingual } from "./example-copy.ts";

function tree(build: (file: (rel: string) => void, dir: (rel: string) => void, root: string) => void) {
  const root = mkdtempSync(path.join(tmpdir(), "prongsai-staff-"));
  const dir = (rel: string) => mkdirSync(path.join(root, rel), { recursive: true });
  const file = (rel: string) => (dir(path.dirname(rel)), writeFileSync(path.join(root, rel), "x"));
  build(file, dir, root);
  const problems: Problem[] = [];
  const staff = scanStaffFiles(root, problems);
  assertBilingual(problems);
  rmSync(root, { recursive: true, force: true });
  return { staff, problems: problems.map((p) => [p.severity, p.file, p.en]) };
}

const ALLOWED = ".pdf .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .csv .txt .jpg .jpeg .png .gif .webp .zip .7z .rar";

test("every file the contract names is mapped to its kind; everything else is refused, naming it and the fix", () => {
  const { staff, problems } = tree((file, dir, root) => {
    for (const f of ["data/site.json", "data/emblem.svg", "data/2565/ita.json", "data/2565/measures.json", "data/2566/oit.json", "data/editions/2570.json"]) file(f);
    for (const f of ["content/pages/privacy.md", "content/2565/analysis/indicator-7.md", "content/2565/analysis/practice.md"]) file(f);
    for (const f of ["content/2565/oit/o1.md", "content/2565/oit/o20/notice-1.md", "content/2565/documents/a.pdf", "content/2565/documents/sub/b.PNG"]) file(f);
    file("data/2565/.gitkeep"); // a placeholder git needs: neither a file to read nor a problem
    // refused
    file("data/.DS_Store");
    file("data/2565/ITA.json");
    file("data/2565/measure.json");
    dir("data/2565/oit.json");
    file("data/Site.JSON");
    file("data/editions/x.json");
    dir("data/misc");
    file("data/notes.txt");
    file("content/2565/analysis/Indicator_8.md");
    file("content/2565/analysis/PRACTICE.md");
    file("content/2565/analysis/notes.md");
    file("content/2565/documents/a.pdf~");
    file(`content/2565/documents/${"d/".repeat(MAX_DEPTH - 1)}deep.pdf`); // documents is depth 2: the 7th d is depth 9
    symlinkSync("/etc/hostname", path.join(root, "content/2565/documents/link.pdf"));
    execFileSync("mkfifo", [path.join(root, "content/2565/documents/pipe.pdf")]);
    file("content/2565/documents/x.html");
    file("content/2565/documents/y.mp4");
    file("content/2565/documents/ก.pdf");
    file("content/2565/index.html");
    file("content/2565/oit/O2.md");
    file("content/2565/oit/o20/Notice-2.md");
    file("content/2565/oit/o20/a.pdf");
    file("content/2565/oit/o20/a_b.md");
    file("content/2565/oit/x.md");
    dir("content/2565/oit/x1");
    dir("content/25660");
    dir("content/oit");
    file("content/pages/About.md");
    file("content/pages/a b.md");
  });
  const refused = (file: string, en: string) => ["error", file, en];
  // in walk order: data/ then content/, each folder's entries by code point (upper case before lower)
  assert.deepEqual(problems, [
    refused("data/.DS_Store", "is a file left by the operating system or an editor: delete it"),
    refused("data/2565/ITA.json", "file names are lower case: rename it to ita.json"),
    refused("data/2565/measure.json", "not part of the data contract: a year folder holds only ita.json, measures.json, oit.json (did you mean measures.json?)"),
    refused("data/2565/oit.json", "cannot read the file: it is a folder where a file belongs"),
    refused("data/Site.JSON", "file names are lower case: rename it to site.json"),
    refused("data/editions/x.json", "not part of the data contract: an agency's edition is named by its year, e.g. data/editions/2570.json"),
    refused("data/misc", "a year folder is named by its 4-digit B.E. year, e.g. 2565"),
    refused("data/notes.txt", "not part of the data contract: yearly data lives in data/<B.E. year>/"),
    refused("content/2565/analysis/Indicator_8.md", "misnamed: rename it to indicator-8.md"),
    refused("content/2565/analysis/PRACTICE.md", "file names are lower case: rename it to practice.md"),
    refused("content/2565/analysis/notes.md", "not part of the data contract: name it indicator-<1–10>.md or practice.md"),
    refused("content/2565/documents/a.pdf~", "is a file left by the operating system or an editor: delete it"),
    refused(`content/2565/documents/${"d/".repeat(MAX_DEPTH - 1)}`.slice(0, -1), `folders nest deeper than ${MAX_DEPTH} levels`),
    refused("content/2565/documents/link.pdf", "is a symbolic link, which is not allowed: put the real file here instead"),
    refused("content/2565/documents/pipe.pdf", "is not a plain file or folder (a device or a pipe?): remove it"),
    refused("content/2565/documents/x.html", "a .html file cannot be published as a document, as it could run as code on the site: convert it to PDF or a PNG/JPEG image"),
    refused("content/2565/documents/y.mp4", `.mp4 is not a type published: use one of ${ALLOWED}`),
    refused("content/2565/documents/ก.pdf", "a document's name may use only A-Z a-z 0-9 . _ - (no Thai or spaces: it becomes part of a URL): rename it"),
    refused("content/2565/index.html", "not part of the data contract: a year's folder holds only analysis/, oit/ and documents/ (attachments go in documents/)"),
    refused("content/2565/oit/O2.md", "file names are lower case: rename it to o2.md"),
    refused("content/2565/oit/o20/Notice-2.md", "file names are lower case: rename it to notice-2.md"),
    refused("content/2565/oit/o20/a.pdf", "not part of the data contract: an item's entries are .md files (put attachments in content/<year>/documents/)"),
    refused("content/2565/oit/o20/a_b.md", "an entry's file name may use only a-z, 0-9 and - as it becomes part of a URL"),
    refused("content/2565/oit/x.md", "not part of the data contract: each item's file is named by its code, e.g. o1.md"),
    refused("content/2565/oit/x1", "a folder of entries is named by its item code, e.g. o20"),
    refused("content/25660", "not part of the data contract: content/ holds only 4-digit B.E. year folders (e.g. 2566/) and pages/"),
    refused("content/oit", "not part of the data contract: content/ holds only 4-digit B.E. year folders (e.g. 2566/) and pages/"),
    refused("content/pages/About.md", "file names are lower case: rename it to about.md"),
    refused("content/pages/a b.md", "not part of the data contract: a page is a .md file named in lower-case ASCII, e.g. privacy.md"),
  ]);
  assert.deepEqual(
    [...staff.files.values()].map((f) => [f.rel, f.kind, f.size]),
    [
      ["data/2565/ita.json", "ita", 1],
      ["data/2565/measures.json", "measures", 1],
      ["data/2566/oit.json", "oit-year", 1],
      ["data/editions/2570.json", "edition", 1],
      ["data/emblem.svg", "image", 1],
      ["data/site.json", "site", 1],
      ["content/2565/analysis/indicator-7.md", "commentary", 1],
      ["content/2565/analysis/practice.md", "practice", 1],
      ["content/2565/documents/a.pdf", "document", 1],
      ["content/2565/documents/sub/b.PNG", "document", 1],
      ["content/2565/oit/o1.md", "oit-item", 1],
      ["content/2565/oit/o20/notice-1.md", "oit-entry", 1],
      ["content/pages/privacy.md", "policy-page", 1],
    ],
  );
  assert.ok(staff.dirs.has("data/2565") && staff.dirs.has("content/2565/oit/o20") && staff.dirs.has("content/2565/documents/sub"), "named folders");
  assert.ok(!staff.dirs.has("data/misc") && !staff.dirs.has("content/oit"), "refused folders are not walked");
  // refused entries are remembered, so loaders do not call them missing; junk and too-deep folders need no such note
  assert.ok(staff.refused.has("data/2565/oit.json") && staff.refused.has("content/2565/documents/link.pdf") && staff.refused.has("content/25660"), "refused");
  assert.ok(!staff.refused.has("data/.DS_Store"), "junk is not a refused contract file");
  assert.deepEqual([...staff.files.values()].filter((f) => f.kind === "document").map((f) => f.rel).sort(), ["content/2565/documents/a.pdf", "content/2565/documents/sub/b.PNG"]);
  assert.deepEqual(filesOfKind(staff, "document", "content/2565/documents/sub/").map((f) => f.rel), ["content/2565/documents/sub/b.PNG"]);
  assert.deepEqual(filesOfKind(staff, "ita", "content/").map((f) => f.rel), []);
});

test("data/ and content/ must be plain folders; a missing one is left to whoever needs it", () => {
  const { staff, problems } = tree((file, _dir, root) => {
    file("content");
    mkdirSync(path.join(root, "real"));
    symlinkSync(path.join(root, "real"), path.join(root, "data"));
  });
  assert.deepEqual(problems, [
    ["error", "data", "must be a plain folder (not a symbolic link or a file)"],
    ["error", "content", "must be a plain folder (not a symbolic link or a file)"],
  ]);
  assert.deepEqual([...staff.dirs], []);
  assert.deepEqual(tree(() => {}).problems, []);
});

test("the depth limit: documents may nest to the limit and no further", () => {
  // content/ is depth 0, content/2565 1, documents 2: the folders d1… are depths 3, 4, …
  const ok = `content/2565/documents/${Array.from({ length: MAX_DEPTH - 2 }, (_, i) => `d${i + 3}`).join("/")}/a.pdf`;
  assert.deepEqual(tree((file) => file(ok)).problems, []);
  const deep = `content/2565/documents/${Array.from({ length: MAX_DEPTH - 1 }, (_, i) => `d${i + 3}`).join("/")}/a.pdf`;
  assert.deepEqual(tree((file) => file(deep)).problems, [["error", path.posix.dirname(deep), `folders nest deeper than ${MAX_DEPTH} levels`]]);
  assert.equal(MAX_DEPTH, 8);
});

test("edit distance and the nearest name, for 'did you mean'", () => {
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("", "abc"), 3);
  assert.equal(editDistance("abc", ""), 3);
  assert.equal(editDistance("ita.json", "ita.json"), 0);
  assert.equal(editDistance("measure.json", "measures.json"), 1);
  const names = ["ita.json", "measures.json", "oit.json"];
  assert.equal(nearest("measure.json", names), "measures.json");
  assert.equal(nearest("MEASURES.JSON", names), "measures.json");
  assert.equal(nearest("itx.jsox", names), "ita.json"); // 2 edits: within max(2, 8 / 4)
  assert.equal(nearest("ixx.jsox", names), undefined); // 3 edits from ita.json and oit.json
  assert.equal(nearest("measxxxs.json", names), "measures.json"); // 3 edits: within 13 / 4 → 3
  assert.equal(nearest("mexxxxxs.json", names), undefined); // 5 edits
  assert.equal(nearest("anything", []), undefined);
});

test("'did you mean' skips names whose length alone rules them out, and answers as measuring every one would", () => {
  // the answer by the rule written out, measuring every candidate (no shortcut)
  const byRule = (name: string, candidates: string[]) => {
    const scored = candidates.map((c) => ({ c, d: editDistance(name.toLowerCase(), c.toLowerCase()) })).sort((a, b) => a.d - b.d);
    const [best, second] = scored;
    if (!best || (second && second.d === best.d && second.c.toLowerCase() !== best.c.toLowerCase())) return undefined;
    return best.d <= Math.max(2, Math.floor(best.c.length / 4)) && best.d < Math.min(name.length, best.c.length) / 2 ? best.c : undefined;
  };
  const fields = ["title", "description", "indicator", "status", "progress", "responsible", "budget", "implementationYear", "id", "th", "en"];
  const names = ["titel", "statsu", "progres", "implementationyear", "implementationYearr", "descriptoin", "idd", "x", "responsibility", "budgets", "indicators"];
  for (const n of names) assert.equal(nearest(n, fields), byRule(n, fields), n);
  // a whole paragraph pasted where a status goes: no suggestion, and no length × length table built
  assert.equal(nearest("ก".repeat(200_000), ["planned", "in-progress", "done"]), undefined);
});
