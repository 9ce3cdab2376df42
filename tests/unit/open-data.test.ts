import { test } from "node:test";
import assert from "node:assert/strict";
import { computeResult } from "../../scripts/lib/ita.ts";
import { itaCsv, itaJson, itaOpenData, oitCsv, oitJson, openDataMeta, toCsv } from "../../scripts/lib/open-data.ts";
import { resolveLicence } from "../../scripts/lib/licence.ts";
import { buildOitYear, type OitEvidence } from "../../scripts/lib/oit.ts";
import type { Edition } from "../../scripts/lib/schema.ts";
import { RULES_2565, RULES_2566, SEED_2565 } from "./ita-rules.ts";

// what every file ends with (tests/unit/catalog.test.ts checks its content)
const META = openDataMeta({ name: { th: "เทศบาลตำบลท่าแร่" }, baseUrl: "https://tharae.example/" }, resolveLicence(undefined), "/", "/");

const BOM = "\uFEFF";

test("ita.csv: UTF-8 BOM, the header, then each indicator's values under its own column", () => {
  const csv = itaCsv(computeResult({ fiscalYear: 2565, indicators: SEED_2565 }, RULES_2565));
  assert.equal(csv.charCodeAt(0), 0xfeff, "the BOM, so spreadsheet programs read Thai as UTF-8");
  assert.equal(csv.slice(1, 2), "f", "a single BOM");
  // rows by hand from the seed (ranks as in ita.test.ts: 9, 10, 1, 5, 3, 2, 4, 6, 8, 7)
  assert.equal(
    csv,
    BOM +
      "fiscalYear,no,name,tool,score,rank,strength\n" +
      "2565,1,การปฏิบัติหน้าที่,IIT,98.68,3,yes\n" +
      "2565,2,การใช้งบประมาณ,IIT,97.72,6,yes\n" +
      "2565,3,การใช้อำนาจ,IIT,98.19,5,yes\n" +
      "2565,4,การใช้ทรัพย์สินของราชการ,IIT,96.30,7,yes\n" +
      "2565,5,การแก้ไขปัญหาการทุจริต,IIT,98.50,4,yes\n" +
      "2565,6,คุณภาพการดำเนินงาน,EIT,85.38,8,yes\n" +
      "2565,7,ประสิทธิภาพการสื่อสาร,EIT,81.22,10,no\n" +
      "2565,8,การปรับปรุงระบบการทำงาน,EIT,82.05,9,no\n" +
      "2565,9,การเปิดเผยข้อมูล,OIT,100.00,1,yes\n" +
      "2565,10,การป้องกันการทุจริต,OIT,100.00,2,yes\n",
  );
});

test("CSV cells: quoted when they hold a comma, quote or line break; formulas neutralised with a leading '", () => {
  assert.equal(toCsv([["a,b", 'say "hi"', "two\nlines", 7]]), `${BOM}"a,b","say ""hi""","two\nlines",7\n`);
  // OWASP: = + - @ tab and return at the start of a cell would run as a formula in a spreadsheet
  assert.equal(toCsv([["=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b"]]), `${BOM}"'=HYPERLINK(""x"")",'+1,'-1,'@SUM(A1),'\tx,"'\rx",a=b\n`);
});

test("ita.json: scores rounded to two decimals, tool weights as fractions, the lists as computed", () => {
  const r = computeResult({ fiscalYear: 2565, indicators: SEED_2565, reported: { total: 94.5 } }, RULES_2565);
  const open = itaOpenData({ ...r, total: 94.2284, tools: { ...r.tools, IIT: { score: 97.878, weight: 0.3 } } });
  assert.equal(open.total, 94.23);
  assert.deepEqual(open.tools, { IIT: { score: 97.88, weight: 0.3 }, EIT: { score: 82.88, weight: 0.3 }, OIT: { score: 100, weight: 0.4 } });
  assert.deepEqual(open.indicators[3], { no: 4, name: "การใช้ทรัพย์สินของราชการ", tool: "IIT", score: 96.3, rank: 7, strength: true });
  const json = JSON.parse(itaJson(r, META));
  assert.deepEqual(Object.keys(json), ["fiscalYear", "edition", "total", "rating", "tools", "indicators", "ranking", "strengths", "toImprove", "lowestPerTool", "discrepancies", "licence", "publisher", "landingPage", "catalog"]);
  assert.equal(json.fiscalYear, 2565);
  assert.equal(json.edition, 2565);
  assert.equal(json.rating, "A");
  assert.deepEqual(json.ranking, [9, 10, 1, 5, 3, 2, 4, 6, 8, 7]);
  assert.deepEqual(json.strengths, [1, 2, 3, 4, 5, 6, 9, 10]);
  assert.deepEqual(json.toImprove, [7, 8]);
  assert.deepEqual(json.lowestPerTool, { IIT: 4, EIT: 7, OIT: 9 });
  assert.deepEqual(json.discrepancies, [{ field: "total", reported: 94.5, computed: 94.23 }]);
  assert.match(itaJson(r, META), /^\{\n  "fiscalYear": 2565,\n/, "indented by two spaces");
});

const edition: Edition = {
  ...RULES_2566,
  complete: false,
  confidence: "unverified",
  source: "test",
  note: "test",
  oit: {
    subIndicators: [{ code: "9.1", indicator: 9, title: "ข้อมูลพื้นฐาน" }],
    items: [
      { code: "o1", title: "โครงสร้าง", indicator: 9, subIndicator: "9.1", group: "g", window: "now", requirement: "r" },
      { code: "o2", title: "=cmd|' /C calc'!A0", indicator: 9, subIndicator: "9.1", group: "g", window: "fiscalYear", requirement: "r" },
    ],
  },
};
const o1: OitEvidence = {
  file: "content/2566/oit/o1.md",
  updated: "2022-11-15",
  documents: [
    { title: "แผนผัง", date: "2022-11-15", file: "documents/a.pdf", href: "/2566/documents/a.pdf", type: "application/pdf", size: 3, sha256: "ab" },
    { title: "ภายนอก", date: "2022-11-16", url: "https://other.example/x.pdf", href: "https://other.example/x.pdf" },
    { title: "http", date: "2022-11-01", url: "http://old.example/y.pdf", href: "http://old.example/y.pdf" },
  ],
  entries: [],
  html: "",
  hasBody: false,
};
const oit = buildOitYear(2566, edition, undefined, new Map([["o1", o1]]));

test("oit.csv: BOM, the ITAS columns in order, absolute URLs under the prefix, a formula in a title neutralised", () => {
  // o1's updated is its latest evidence (the document of 16 Nov); o2 has none. A ' needs no quotes in CSV.
  assert.equal(
    oitCsv(oit, "https://tharae.example/", "/ita/"),
    BOM +
      "code,title,answer,url,updated,status\n" +
      "o1,โครงสร้าง,มี,https://tharae.example/ita/2566/oit/o1/,2022-11-16,published\n" +
      "o2,'=cmd|' /C calc'!A0,ไม่มี,https://tharae.example/ita/2566/oit/o2/,,missing\n",
  );
});

test("oit.json: the edition, readiness, and each document with its absolute URL, type, size and hash", () => {
  const json = JSON.parse(oitJson(oit, "https://tharae.example", "/", META));
  assert.equal(json.fiscalYear, 2566);
  assert.equal(json.edition, 2566);
  assert.equal(json.editionComplete, false);
  assert.deepEqual(json.readiness, { ready: 1, total: 2, missing: 1, outsideWindow: 0 });
  assert.deepEqual(json.items[0], {
    code: "o1",
    title: "โครงสร้าง",
    answer: "มี",
    url: "https://tharae.example/2566/oit/o1/",
    updated: "2022-11-16",
    status: "published",
    indicator: 9,
    subIndicator: "9.1",
    window: "now",
    reason: "",
    entries: 0,
    documents: [
      { title: "แผนผัง", date: "2022-11-15", url: "https://tharae.example/2566/documents/a.pdf", type: "application/pdf", size: 3, sha256: "ab" },
      { title: "ภายนอก", date: "2022-11-16", url: "https://other.example/x.pdf" },
      { title: "http", date: "2022-11-01", url: "http://old.example/y.pdf" }, // another site's http: address is kept as it is
    ],
  });
  assert.equal(json.items[1].entries, 0);
  assert.deepEqual(json.items[1].documents, []);
  assert.equal(json.items[1].reason, "ยังไม่มีหลักฐาน");
});
