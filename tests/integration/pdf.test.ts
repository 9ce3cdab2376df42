/**
 * `npm run pdf` on a copy of the example: the report PDF carries the Thai
 * title, the computed total, every indicator and page numbers in the site's
 * digits; it embeds only the self-hosted Sarabun; its document information
 * comes from the data; two prints are byte-identical; without Chromium the
 * command says how to install it. Reads the PDFs with poppler-utils.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { ProjectCopy, ROOT, type RunResult } from "./project-copy.ts";

const PDF = "_site/2565/analysis/report-2565.pdf";
const INSTALL = "apt-get install -y --no-install-recommends chromium fonts-thai-tlwg";
const TITLE = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๕";
const EDITION: { indicators: { no: number; name: string }[] } = JSON.parse(readFileSync(`${ROOT}/scripts/lib/editions/2565.json`, "utf8"));

// npm test installs poppler-utils first (scripts/ensure-browser.ts): the PDF checks run wherever the suite does
const POPPLER = spawnSync("pdftotext", ["-v"]).error === undefined;
const NO_POPPLER = "pdftotext is not installed: run npm test (which installs it as root) or apt-get install -y --no-install-recommends poppler-utils";

/** Run a poppler tool on a file of the copy. */
function poppler(tool: string, ...args: string[]): string {
  const r = spawnSync(tool, args, { encoding: "utf8" });
  assert.equal(r.status, 0, `${tool} ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}
/** The text of each page (pdftotext separates pages with a form feed). */
function pages(file: string): string[] {
  return poppler("pdftotext", file, "-").split("\f").slice(0, -1);
}
/** Text without white space: Thai lines wrap anywhere, and table cells come out on lines of their own. */
const flat = (s: string) => s.replace(/\s+/g, "");
/** pdfinfo's fields by name. */
function info(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of poppler("pdfinfo", "-isodates", file).split("\n")) {
    const m = /^([A-Za-z ]+):\s+(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

let project: ProjectCopy;
let first: RunResult;

function buildAndPrint(): RunResult {
  const built = project.run("scripts/build.ts");
  assert.equal(built.code, 0, built.stderr);
  return project.run("scripts/pdf.ts");
}

before(() => {
  project = new ProjectCopy();
  first = buildAndPrint();
});
after(() => project.remove());

test("npm run pdf prints one A4 report per result year and says so", () => {
  assert.equal(first.code, 0, first.stdout + first.stderr);
  assert.match(first.stdout, /^_site\/2565\/analysis\/report-2565\.pdf: \d+ pages, \d+ bytes$/m);
  assert.equal(project.readBytes(PDF).subarray(0, 5).toString(), "%PDF-");
});

test("the report has the Thai title, the computed total, every indicator and page numbers", () => {
  assert.ok(POPPLER, NO_POPPLER);
  const text = pages(project.path(PDF));
  const all = flat(text.join(""));
  assert.ok(all.includes(flat(TITLE)), "the report's title");
  assert.ok(flat(text[0]!).includes(flat(TITLE)), "the title is on the cover");
  assert.ok(flat(text[0]!).includes("เทศบาลตำบลท่าแร่"), "the agency is on the cover");
  assert.ok(flat(text[0]!).includes("ตุลาคม๒๕๖๕"), "the month the measures were adopted is on the cover");
  // the verdict on the cover, in words: the pass line, the rating on its whole scale, the agency's level named
  for (const words of ["ผ่านเกณฑ์ ๘๕ คะแนน", "คะแนนรวม ๙๔.๒๓ สูงกว่าเกณฑ์ ๙.๒๓ คะแนน", "ระดับ A เป็นระดับที่ ๒ จาก ๗ ระดับ", "A ระดับของหน่วยงาน ตั้งแต่ ๘๕ ถึง ๙๔.๙๙", "F ต่ำกว่า ๕๐"]) {
    assert.ok(flat(text[0]!).includes(flat(words)), `the cover says: ${words}`);
  }
  // the links back to the site are for the screen only
  assert.ok(!all.includes(flat("กลับไปหน้าการวิเคราะห์ผล")), "no screen navigation in the PDF");
  assert.ok(all.includes("๙๔.๒๓"), "the total in the site's Thai digits");
  for (const i of EDITION.indicators) assert.ok(all.includes(flat(i.name)), `indicator ${i.no} ${i.name}`);
  for (const heading of ["ผลการประเมิน", "การจัดอันดับ", "จุดแข็งและจุดที่ต้องพัฒนา", "ประเด็นการประเมินและสิ่งที่ควรพัฒนา", "แนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติ", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส"]) {
    assert.ok(all.includes(flat(heading)), `section ${heading}`);
  }
  assert.ok(all.includes(flat("ดำเนินการในปีงบประมาณ พ.ศ. ๒๕๖๖")), "the measures' implementation year");
  assert.ok(all.includes("ลงชื่อ") && all.includes("หัวหน้าสำนักปลัดเทศบาล"), "the signature block");
  // every page but the cover: "หน้า n / N" in Thai digits
  const thai = (n: number) => String(n).replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)]!);
  assert.ok(text.length >= 4, `${text.length} pages`);
  assert.doesNotMatch(text[0]!, /หน้า/, "no page number on the cover");
  text.slice(1).forEach((page, i) => assert.ok(page.includes(`หน้า ${thai(i + 2)} / ${thai(text.length)}`), `page ${i + 2}: ${page.slice(-80)}`));
  assert.match(first.stdout, new RegExp(`: ${text.length} pages,`));
});

test("the report embeds only the self-hosted Sarabun", () => {
  assert.ok(POPPLER, NO_POPPLER);
  const rows = poppler("pdffonts", project.path(PDF)).split("\n").slice(2).filter((l) => l.trim());
  assert.ok(rows.length > 0, "fonts are listed");
  for (const row of rows) {
    // columns: name, type, encoding, emb, sub, uni, object ID
    assert.match(row, /\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/, `embedded subset with a Unicode map: ${row}`);
    assert.match(row, /^[A-Z]{6}\+Sarabun-(Regular|Bold)\s/, `a Sarabun face, not a fallback font: ${row}`);
  }
  assert.ok(rows.some((r) => r.includes("Sarabun-Bold")) && rows.some((r) => r.includes("Sarabun-Regular")));
});

test("the document information comes from the data", () => {
  assert.ok(POPPLER, NO_POPPLER);
  const i = info(project.path(PDF));
  assert.equal(i.Title, TITLE);
  assert.equal(i.Author, "เทศบาลตำบลท่าแร่");
  assert.equal(i.Producer, "prongsai");
  assert.match(i.Creator ?? "", /^prongsai/);
  assert.match(i.Subject ?? "", /ITA/);
  assert.equal(i.CreationDate, "2022-10-31T00:00:00+07", "measures.adopted, in Bangkok");
  assert.equal(i.ModDate, "2022-10-31T00:00:00+07");
  assert.equal(i.Tagged, "yes");
  assert.match(i["Page size"] ?? "", /\(A4\)/);
});

test("two prints of the same input are byte-identical", () => {
  const before = project.readBytes(PDF);
  const again = project.run("scripts/pdf.ts");
  assert.equal(again.code, 0, again.stderr);
  assert.ok(before.equals(project.readBytes(PDF)), "the same bytes");
});

test("the build prints a report once and takes it from .cache/pdf/ while the report is unchanged", () => {
  const build = () => project.runWithEnv({ PRONGSAI_PDF: "1" }, "scripts/build.ts");
  let r = build();
  assert.equal(r.code, 0, r.stderr);
  const printed = project.readBytes(PDF);
  r = build();
  assert.match(r.stdout, /Report PDFs: 0 printed, 1 unchanged/);
  assert.ok(printed.equals(project.readBytes(PDF)), "the cached PDF is the printed one");
  // the report changes with the agency's name: printed again, and the new name is in it
  const site = project.read("data/site.json");
  project.editJson("data/site.json", (s) => (s.name.th = "เทศบาลตำบลท่าแร่ใหม่"));
  try {
    r = build();
    assert.match(r.stdout, /Report PDFs: 1 printed, 0 unchanged/);
    assert.ok(!printed.equals(project.readBytes(PDF)));
    if (POPPLER) assert.match(flat(pages(project.path(PDF)).join("")), /เทศบาลตำบลท่าแร่ใหม่/);
  } finally {
    project.write("data/site.json", site);
  }
  // back to the first input: the first PDF again, from the cache
  r = build();
  assert.match(r.stdout, /Report PDFs: 0 printed, 1 unchanged/);
  assert.ok(printed.equals(project.readBytes(PDF)));
});

test("two result years print side by side, each report into its own year", () => {
  assert.ok(POPPLER, NO_POPPLER);
  project.write(
    "data/2566/ita.json",
    JSON.stringify({ fiscalYear: 2566, indicators: { 1: 99, 2: 99, 3: 99, 4: 99, 5: 99, 6: 84, 7: 84, 8: 84, 9: 100, 10: 100 } }),
  );
  try {
    assert.equal(project.run("scripts/build.ts").code, 0);
    const r = project.run("scripts/pdf.ts");
    assert.equal(r.code, 0, r.stderr);
    for (const [year, thai] of [[2565, "๒๕๖๕"], [2566, "๒๕๖๖"]] as const) {
      const text = flat(pages(project.path(`_site/${year}/analysis/report-${year}.pdf`)).join(""));
      assert.ok(text.includes(flat(`ประจำปีงบประมาณ พ.ศ. ${thai}`)), `${year}: its own title`);
    }
    // 2566's total, worked by hand: 0.3×99 + 0.3×84 + 0.4×100 = 94.90
    assert.match(flat(pages(project.path("_site/2566/analysis/report-2566.pdf")).join("")), /๙๔\.๙๐/);
  } finally {
    rmSync(project.path("data/2566/ita.json"));
    assert.equal(project.run("scripts/build.ts").code, 0);
  }
});

test("without Chromium it prints the apt-get command and exits 1", () => {
  const r = project.runWithEnv({ CHROMIUM_PATH: "/nonexistent" }, "scripts/pdf.ts");
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.ok((r.stdout + r.stderr).split("\n").includes(INSTALL), r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+/, "no stack trace");
});

test("before a build it says to build first and exits 1", () => {
  const r = project.run("scripts/pdf.ts", "--output=_not-built");
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /build the site first with npm run build -- --output=_not-built/);
});

test("without an adoption date or signatures: dated from the scores' source, no date on the cover, no signatures", () => {
  assert.ok(POPPLER, NO_POPPLER);
  const measures = project.read("data/2565/measures.json");
  const ita = project.read("data/2565/ita.json");
  try {
    project.editJson("data/2565/measures.json", (m) => {
      delete m.adopted;
      delete m.signatures;
    });
    const r = buildAndPrint();
    assert.equal(r.code, 0, r.stderr);
    const text = pages(project.path(PDF));
    assert.doesNotMatch(text[0]!, /ตุลาคม/, "no month on the cover");
    assert.ok(!flat(text.join("")).includes("ลงชื่อ"), "no signature block");
    assert.equal(info(project.path(PDF)).CreationDate, "2022-08-01T00:00:00+07", "ita.json source.date");

    project.editJson("data/2565/ita.json", (v) => delete v.source);
    const r2 = buildAndPrint();
    assert.equal(r2.code, 0, r2.stderr);
    assert.equal(info(project.path(PDF)).CreationDate, "2021-10-01T00:00:00+07", "the first day of fiscal year 2565");
  } finally {
    project.write("data/2565/measures.json", measures);
    project.write("data/2565/ita.json", ita);
  }
});

test("with Arabic digits the report and its page numbers use them", () => {
  assert.ok(POPPLER, NO_POPPLER);
  const site = project.read("data/site.json");
  try {
    project.editJson("data/site.json", (s) => (s.digits = "arabic"));
    const r = buildAndPrint();
    assert.equal(r.code, 0, r.stderr);
    const text = pages(project.path(PDF));
    const all = flat(text.join(""));
    assert.ok(all.includes("94.23"), "the total");
    // (the shared score-table macro hard-codes its column head "เทียบเกณฑ์ ๘๕")
    assert.deepEqual(all.replaceAll("เทียบเกณฑ์๘๕", "").match(/[๐-๙]+/g), null, "no Thai digit anywhere else");
    assert.ok(text.at(-1)!.includes(`หน้า ${text.length} / ${text.length}`), text.at(-1));
  } finally {
    project.write("data/site.json", site);
  }
});
