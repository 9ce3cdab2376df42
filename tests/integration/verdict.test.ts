/**
 * The verdict block on the built pages (home, year, analysis, printable report): a second result
 * year that passes under the pass levels, then one that fails. Expected values are worked by
 * hand from the scores written here and the domain rules, not read from the engine.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { ProjectCopy } from "./project-copy.ts";
import { fromThaiDigits } from "../../scripts/lib/thai.ts";

let project: ProjectCopy;
before(() => (project = new ProjectCopy()));
after(() => project.remove());

/** The verdict block of a built page, Thai digits read as ASCII, tags dropped, spaces collapsed. */
function verdictText(page: string): string {
  const html = project.read(`_site/${page}`);
  const m = /<div class="verdict" data-verdict[\s\S]*?<\/table>\s*<p[^>]*>[^<]*<\/p>\s*<\/div>/.exec(html);
  assert.ok(m, `${page} has a verdict block`);
  return fromThaiDigits(m[0]).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

function build(scores: number[]) {
  const indicators = Object.fromEntries(scores.map((s, i) => [String(i + 1), s]));
  project.write("data/2566/ita.json", JSON.stringify({ fiscalYear: 2566, indicators }));
  const r = project.run("scripts/build.ts");
  assert.equal(r.code, 0, r.stderr);
}

test("a passing year held below ผ่านดี by one tool: pass line, scale of 4 levels, the tool named, the change from 2565", () => {
  // IIT 99, EIT 84, OIT 100 → total 29.70 + 25.20 + 40.00 = 94.90; EIT < 85 → ผ่าน (2566 rules)
  build([99, 99, 99, 99, 99, 84, 84, 84, 100, 100]);
  for (const page of ["index.html", "2566/index.html", "2566/analysis/index.html", "2566/analysis/report/index.html"]) {
    const v = verdictText(page);
    assert.match(v, /ผ่านเกณฑ์ 85 คะแนน คะแนนรวม 94\.90 สูงกว่าเกณฑ์ 9\.90 คะแนน/, page);
    assert.match(v, /ระดับ ผ่าน เป็นระดับที่ 3 จาก 4 ระดับของเกณฑ์ ITA ปี 2566/, page);
    assert.match(v, /ยังไม่ถึงระดับ ผ่านดี: EIT 84\.00 ต่ำกว่า 85 ที่ระดับนั้นกำหนดให้ทุกเครื่องมือ/, page);
    // 94.23 (2565) → 94.90: +0.67; A and ผ่าน belong to different scales
    assert.match(v, /คะแนนรวมเพิ่มขึ้น 0\.67 คะแนนจากปี 2565 \(94\.23 → 94\.90, \+0\.67\)/, page);
    assert.match(v, /ระดับเปลี่ยนจาก A ในปี 2565 เป็น ผ่าน ซึ่งเป็นเกณฑ์จัดระดับคนละชุด/, page);
    assert.match(v, /ผ่านเกณฑ์ 85 ทั้งสองปี/, page);
    // every level with its conditions, the per-tool ones stated; the agency's level marked in words
    assert.match(v, /ผ่านดีเยี่ยม ตั้งแต่ 95 ขึ้นไป IIT EIT และ OIT ทุกเครื่องมือตั้งแต่ 95 ขึ้นไป ผ่านเกณฑ์/, page);
    assert.match(v, /ผ่านดี ตั้งแต่ 85 ขึ้นไป IIT EIT และ OIT ทุกเครื่องมือตั้งแต่ 85 ขึ้นไป ผ่านเกณฑ์/, page);
    assert.match(v, /ผ่าน ระดับของหน่วยงาน ตั้งแต่ 85 ขึ้นไป ไม่กำหนด ผ่านเกณฑ์/, page);
    // the 2566 edition marks the label below 85 as unverified (editions README): the scale says so
    assert.match(v, /ไม่ผ่าน ต่ำกว่า 85 ชื่อหรือเกณฑ์ของระดับนี้ยังไม่ยืนยันจากเอกสารของสำนักงาน ป\.ป\.ช\. ไม่กำหนด ต่ำกว่าเกณฑ์/, page);
    assert.equal((v.match(/ระดับของหน่วยงาน/g) ?? []).length, 1, `${page}: one level marked`);
  }
  // 2565 keeps its own scale: seven letters, A marked, no change line (the first year on record)
  const v2565 = verdictText("2565/index.html");
  assert.match(v2565, /A ระดับของหน่วยงาน ตั้งแต่ 85 ถึง 94\.99 ผ่านเกณฑ์/);
  assert.match(v2565, /F ต่ำกว่า 50 ต่ำกว่าเกณฑ์/);
  assert.doesNotMatch(v2565, /จากปี/);
  // the home page's list of years says it in words too
  assert.match(fromThaiDigits(project.read("_site/index.html")), /คะแนนรวม 94\.90 · ระดับ ผ่าน · ผ่านเกณฑ์ 85 คะแนน/);
});

test("a failing year: below the line by how much, in words, and the fall from 2565", () => {
  // every indicator 80 → total 80.00 → ไม่ผ่าน
  build([80, 80, 80, 80, 80, 80, 80, 80, 80, 80]);
  const v = verdictText("2566/index.html");
  assert.match(v, /ไม่ผ่านเกณฑ์ 85 คะแนน คะแนนรวม 80\.00 ต่ำกว่าเกณฑ์ 5\.00 คะแนน/);
  assert.match(v, /ยังไม่ถึงระดับ ผ่าน: คะแนนรวมต้องถึง 85 \(ขาดอีก 5\.00\)/);
  assert.match(v, /คะแนนรวมลดลง 14\.23 คะแนนจากปี 2565 \(94\.23 → 80\.00, −14\.23\)/);
  assert.match(v, /ปี 2565 ผ่านเกณฑ์ 85 แต่ปีนี้ไม่ผ่าน/);
  assert.match(v, /ไม่ผ่าน ระดับของหน่วยงาน ต่ำกว่า 85/);
  assert.match(project.read("_site/2566/index.html"), /<p class="verdict-line fail">/);
  assert.match(verdictText("index.html"), /ไม่ผ่านเกณฑ์ 85 คะแนน คะแนนรวม 80\.00/);
});
