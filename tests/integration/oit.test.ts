/**
 * OIT on a copy of the example: staff mistakes in item files fail the check
 * and the build with one line naming file, field and fix; new-year scaffolds a
 * year that builds with every item missing.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, rmSync } from "node:fs";
import { useBuiltCopy } from "./project-copy.ts";

const built = useBuiltCopy();

const o1 = (frontMatter: string) => `---\ncode: o1\nfiscalYear: 2566\n${frontMatter}\n---\nหลักฐาน\n`;

/** Write `files`: check and build both refuse them, and _site/ stays as it was. */
function expectInputError(name: string, files: Record<string, string>, expected: RegExp) {
  test(`bad OIT input: ${name}`, () =>
    built.project.expectInputError((p) => Object.entries(files).forEach(([rel, text]) => p.write(rel, text)), [expected], built.good),
  );
}

expectInputError("an unknown item code", { "content/2566/oit/o99.md": "---\ncode: o99\n---\nx\n" }, /ERROR content\/2566\/oit\/o99\.md › code: ไม่มีข้อ o99 ในเกณฑ์ OIT ปี 2566 \(มี o1–o43\).* \/ no item o99 in the 2566 OIT edition/);
expectInputError("an item file in the wrong year folder", { "content/2566/oit/o1.md": "---\ncode: o1\nfiscalYear: 2565\n---\nx\n" }, /ERROR content\/2566\/oit\/o1\.md:3 › fiscalYear: .* \/ this item belongs to 2565 but sits in the 2566 folder: move it to content\/2565\/oit\//);
expectInputError("a duplicate item", { "content/2566/oit/o3.md": "---\ncode: o1\n---\nx\n" }, /ERROR content\/2566\/oit\/o3\.md:2 › code: .* \/ o1 is already given by content\/2566\/oit\/o1\.md: one file per item/);
expectInputError("an item file not named by its code", { "content/2566/oit/o1-copy.md": "---\ncode: o1\n---\nx\n" }, /ERROR content\/2566\/oit\/o1-copy\.md: .* \/ not part of the data contract: each item's file is named by its code, e\.g\. o1\.md/);
expectInputError("an invalid date", { "content/2566/oit/o1.md": o1("updated: 2023-02-29") }, /content\/2566\/oit\/o1\.md:4 › updated: .* \/ 2023-02-29 is not a real calendar date/);
expectInputError("a future date", { "content/2566/oit/o1.md": o1("updated: 2100-01-01") }, /content\/2566\/oit\/o1\.md:4 › updated: .* \/ the date 2100-01-01 is in the future/);
expectInputError("a document path that escapes the repository", { "content/2566/oit/o1.md": o1("documents:\n  - title: x\n    date: 2022-11-01\n    file: ../../package.json") }, /o1\.md:7 › documents\.0\.file: .* \/ a document is kept in the year's documents\/ folder/);
expectInputError("a missing document file", { "content/2566/oit/o1.md": o1("documents:\n  - title: x\n    date: 2022-11-01\n    file: documents/nope.pdf") }, /ERROR content\/2566\/oit\/o1\.md:7 › documents\.0\.file: .* \/ document content\/2566\/documents\/nope\.pdf not found: put the file there or fix the name/);
expectInputError("a link to a page the site does not have", { "content/2566/oit/o1.md": o1("documents:\n  - title: x\n    date: 2022-11-01\n    page: /2564/analysis/") }, /o1\.md:7 › documents\.0\.page: .* \/ there is no page \/2564\/analysis\/ on this site/);
expectInputError("front matter that is not YAML", { "content/2566/oit/o1.md": "---\ncode: [o1\n---\nx\n" }, /ERROR content\/2566\/oit\/o1\.md:\d+: .* \/ front matter is not valid YAML/);

test("the example's documents are published with type, size and SHA-256 in oit.json", () => {
  const json = JSON.parse(built.project.read("_site/open-data/2566/oit.json"));
  const o1item = json.items.find((i: { code: string }) => i.code === "o1");
  const doc = o1item.documents[0];
  assert.equal(doc.url, "https://tharae.example/2566/documents/o1-organisation-chart.pdf");
  assert.equal(doc.type, "application/pdf");
  assert.equal(doc.size, built.project.readBytes("content/2566/documents/o1-organisation-chart.pdf").length);
  assert.match(doc.sha256, /^[0-9a-f]{64}$/);
  assert.deepEqual(built.project.readBytes("_site/2566/documents/o1-organisation-chart.pdf"), built.project.readBytes("content/2566/documents/o1-organisation-chart.pdf"));
});

test("new-year 2567 creates every stub, refuses to overwrite, and the site builds with every item missing", () => {
  const r = built.project.run("scripts/new-year.ts", "2567");
  assert.equal(r.code, 0, r.stderr);
  const stubs = readdirSync(built.project.path("content/2567/oit")).filter((f) => f.endsWith(".md"));
  const edition = JSON.parse(built.project.read("scripts/lib/editions/2567.json"));
  assert.equal(stubs.length, edition.oit.items.length);
  assert.match(built.project.read("content/2567/oit/o1.md"), /# สิ่งที่ต้องเผยแพร่: /);

  const again = built.project.run("scripts/new-year.ts", "2567");
  assert.equal(again.code, 1);
  assert.match(again.stderr, /refusing to overwrite existing files/);

  const unknown = built.project.run("scripts/new-year.ts", "2599");
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /^ERROR new-year › year: .* \/ no ITA edition 2599; editions available: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569\. Start this year's own from the nearest with npm run new-year -- 2599 --from=2569, then check it against the NACC manual$/m);

  const build = built.project.run("scripts/build.ts");
  assert.equal(build.code, 0, build.stderr);
  const page = built.project.read("_site/2567/oit/index.html");
  assert.equal((page.match(/data-status="missing"/g) ?? []).length, edition.oit.items.length);
  assert.equal((page.match(/data-status="published"/g) ?? []).length, 0);
  const csv = built.project.read("_site/open-data/2567/oit.csv").trim().split("\n");
  assert.equal(csv.length, 1 + edition.oit.items.length);
  assert.ok(csv.slice(1).every((row) => row.includes(",ไม่มี,") && row.endsWith(",missing")));
  rmSync(built.project.path("content/2567"), { recursive: true });
  rmSync(built.project.path("data/2567"), { recursive: true });
});
