/**
 * What citizens see, built from a changed copy of the example: the agency's own licence on the
 * open-data page, in the files, the catalogue and the headers; the address in the agency's digits;
 * and a site that chose Arabic digits printing no Thai ones.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ProjectCopy } from "./project-copy.ts";

let project: ProjectCopy;
before(() => (project = new ProjectCopy()));
after(() => project.remove());

const OWN = { title: "สัญญาอนุญาตข้อมูลเปิดของเทศบาลตำบลท่าแร่ ฉบับที่ 1", url: "https://tharae.example/licence/" };

function build(edit: (site: Record<string, unknown>) => void) {
  project.editJson("data/site.json", edit);
  const r = project.run("scripts/build.ts");
  assert.equal(r.code, 0, r.stderr);
}

test("the agency's own licence: on the open-data page, at the end of each JSON file, in the catalogue and the headers", () => {
  build((s) => {
    s.licence = OWN;
    s.address = "99 หมู่ 5 ถนนนิตโย ตำบลท่าแร่";
  });
  const page = project.read("_site/open-data/index.html");
  assert.match(page, /<a rel="license" href="https:\/\/tharae\.example\/licence\/" data-licence-url>สัญญาอนุญาตข้อมูลเปิดของเทศบาลตำบลท่าแร่ ฉบับที่ ๑<\/a> อ่านเงื่อนไขได้ที่ลิงก์/);
  for (const file of ["open-data/2565/ita.json", "open-data/2566/oit.json"]) {
    assert.deepEqual(JSON.parse(project.read(`_site/${file}`)).licence, OWN, file);
  }
  const catalog = JSON.parse(project.read("_site/open-data/catalog.json"));
  assert.deepEqual(catalog["dct:license"], { "@id": OWN.url });
  for (const d of catalog["dcat:dataset"]) for (const x of d["dcat:distribution"]) assert.deepEqual(x["dct:license"], { "@id": OWN.url });
  assert.deepEqual(JSON.parse(project.read("_site/open-data/2565/ita.csv-metadata.json"))["dc:license"], { "@id": OWN.url });
  assert.match(project.read("_site/_headers"), /^\/open-data\/\*\n {2}Link: <https:\/\/tharae\.example\/licence\/>; rel="license"$/m);
  // "99 หมู่ 5" in the agency's Thai digits, beside its postcode
  assert.match(project.read("_site/index.html"), /<address>\s*๙๙ หมู่ ๕ ถนนนิตโย ตำบลท่าแร่ อำเภอเมืองสกลนคร จังหวัดสกลนคร ๔๗๒๓๐<br>/);
});

test("a site that chose Arabic digits prints no Thai digit in what it writes, and the verdict in them", () => {
  build((s) => (s.digits = "arabic"));
  for (const file of ["index.html", "2565/index.html", "2565/analysis/index.html", "2566/oit/index.html", "open-data/index.html", "2565/analysis/report/index.html"]) {
    const text = project.read(`_site/${file}`);
    assert.doesNotMatch(text, /[๐-๙]/, file);
  }
  const year = project.read("_site/2565/index.html");
  assert.match(year, /<strong data-pass-label>ผ่านเกณฑ์ 85 คะแนน<\/strong> <span data-pass-detail>คะแนนรวม 94\.23 สูงกว่าเกณฑ์ 9\.23 คะแนน<\/span>/);
  assert.match(project.read("_site/index.html"), /99 หมู่ 5 ถนนนิตโย ตำบลท่าแร่ อำเภอเมืองสกลนคร จังหวัดสกลนคร 47230/);
});
