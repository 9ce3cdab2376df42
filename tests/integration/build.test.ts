/**
 * The real build and check commands on a copy of the example: bad input fails
 * with one bilingual line per problem and no stack trace, and leaves the last
 * built.good _site/ byte for byte; a second year builds with no code change.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { useBuiltCopy } from "./project-copy.ts";
import { fromThaiDigits } from "../../scripts/lib/thai.ts";

const built = useBuiltCopy();

/** Break one thing: check and build both refuse it, and _site/ stays as it was. */
function expectInputError(name: string, breakIt: () => void, expected: RegExp[]) {
  test(`bad input: ${name}`, () => built.project.expectInputError(breakIt, expected, built.good));
}

expectInputError("invalid JSON", () => built.project.write("data/2565/ita.json", '{ "fiscalYear": 2565,\n  "indicators": { "1": 98.68, }\n}'), [
  // the comma after 98.68 is the 29th character of line 2
  /ERROR data\/2565\/ita\.json:2: JSON ไม่ถูกต้อง: .*ให้ลบจุลภาคนี้ \(คอลัมน์ 29\) \/ invalid JSON: a comma after the last item before \}: delete it \(column 29\)/,
]);
expectInputError("a missing indicator", () => built.project.editJson("data/2565/ita.json", (v) => delete v.indicators["7"]), [
  /ERROR data\/2565\/ita\.json:\d+ › indicators\.7: ขาดคะแนนตัวชี้วัดที่ 7 ต้องมีครบ 10 ตัว \/ indicator 7 is missing: all ten scores are required/,
]);
expectInputError("an unknown indicator", () => built.project.editJson("data/2565/ita.json", (v) => (v.indicators["11"] = 50)), [
  /ERROR data\/2565\/ita\.json:\d+ › indicators\.11: ไม่รู้จักตัวชี้วัด "11" .* \/ unknown indicator "11"/,
]);
expectInputError("a score above 100 and a score that is text", () =>
  built.project.editJson("data/2565/ita.json", (v) => {
    v.indicators["3"] = 101;
    v.indicators["4"] = "96.30";
  }), [
  /ERROR data\/2565\/ita\.json:6 › indicators\.3: คะแนนต้องอยู่ระหว่าง 0 ถึง 100 \/ a score lies between 0 and 100/,
  /ERROR data\/2565\/ita\.json:7 › indicators\.4: .* \/ expected number, found "96\.30"/,
]);
expectInputError("three decimals", () => built.project.editJson("data/2565/ita.json", (v) => (v.indicators["2"] = 97.725)), [
  /indicators\.2: ทศนิยมได้ไม่เกิน 2 ตำแหน่ง .* \/ at most two decimals/,
]);
expectInputError("fiscalYear disagrees with its folder", () => built.project.editJson("data/2565/ita.json", (v) => (v.fiscalYear = 2566)), [
  /ERROR data\/2565\/ita\.json:2 › fiscalYear: fiscalYear \(2566\) ไม่ตรงกับโฟลเดอร์ 2565 .* \/ fiscalYear \(2566\) does not match the folder 2565/,
]);

test("check passes on the example with exit code 0", () => {
  const r = built.project.run("scripts/check.ts");
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /2565: total 94\.23, rating A/);
});

test("a second year's results build its pages and show on the home page, with no code change", () => {
  // the example has a 2566 folder with its OIT section only; results arrive as ita.json
  built.project.write(
    "data/2566/ita.json",
    JSON.stringify({ fiscalYear: 2566, indicators: { 1: 99, 2: 99, 3: 99, 4: 99, 5: 99, 6: 84, 7: 84, 8: 84, 9: 100, 10: 100 }, reported: { rating: "A" } }),
  );
  try {
    const r = built.project.run("scripts/build.ts");
    assert.equal(r.code, 0, r.stderr);
    for (const page of ["2566/index.html", "2566/analysis/index.html", "open-data/2566/ita.json"]) {
      assert.ok(existsSync(built.project.path(`_site/${page}`)), page);
    }
    assert.ok(!existsSync(built.project.path("_site/2566/measures/index.html")), "no measures page without measures.json");
    const home = built.project.read("_site/index.html");
    assert.match(home, /href="\/2566\/"/);
    assert.match(home, /href="\/2565\/"/);
    const json = JSON.parse(built.project.read("_site/open-data/2566/ita.json"));
    // 0.3×99 + 0.3×84 + 0.4×100 = 94.90; EIT 84 < 85 → ผ่าน under the 2566 rules; the reported "A" is a discrepancy
    assert.equal(json.total, 94.9);
    assert.equal(json.rating, "ผ่าน");
    assert.deepEqual(json.discrepancies, [{ field: "rating", reported: "A", computed: "ผ่าน" }]);
    assert.match(built.project.read("_site/2566/analysis/index.html"), /ตัวเลขที่หน่วยงานรายงานไม่ตรงกับการคำนวณ/);
    // every page of a pagination gets its own breadcrumbs and title (a nested computed list once sent all to 2565)
    for (const year of [2565, 2566]) {
      const page = fromThaiDigits(built.project.read(`_site/${year}/analysis/index.html`));
      assert.match(page, new RegExp(`<nav class="breadcrumbs[\\s\\S]*?<a href="/${year}/">ปี ${year}</a>`), `${year} breadcrumbs`);
      assert.match(page, new RegExp(`<title>การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${year} \\|`), `${year} title`);
    }
    assert.match(fromThaiDigits(built.project.read("_site/2566/oit/o42/index.html")), /<a href="\/2566\/oit\/">OIT<\/a>/);
    // the trend page, deltas worked by hand: total 94.23 → 94.90 is +0.67; indicator 7 81.22 → 84 is +2.78;
    // indicator 6 85.38 → 84 is −1.38; indicator 10 stays 100; the example prints Thai digits
    const trends = fromThaiDigits(built.project.read("_site/trends/index.html"));
    const row = (name: string) => new RegExp(`<tr data-row="${name}">([\\s\\S]*?)</tr>`).exec(trends)![1]!;
    assert.match(row("total"), /94\.23[\s\S]*94\.90<br><span class="delta" data-delta>\(\+0\.67\)/);
    assert.match(row("7"), /\(\+2\.78\)/);
    assert.match(row("6"), /\(−1\.38\)/);
    assert.match(row("10"), /\(±0\.00\)/);
    assert.match(row("rating"), /A<\/td>[\s\S]*ผ่าน<\/td>/);
    assert.match(trends, /คะแนนรวมเพิ่มขึ้น/);
  } finally {
    rmSync(built.project.path("data/2566/ita.json"));
  }
});

test("titles and the agency's name are escaped exactly once wherever they are printed", () => {
  built.project.withChanges(
    (p) => {
      p.editJson("data/site.json", (s) => (s.name.th = `เทศบาล "ท่าแร่" & <สกล>`));
      p.write("content/2566/oit/o20/notice-001.md", p.read("content/2566/oit/o20/notice-001.md").replace(/^title: .*$/m, `title: 'ประกาศ "A&B" <ถนน>'`));
    },
    () => {
      const r = built.project.run("scripts/build.ts");
      assert.equal(r.code, 0, r.stderr);
      const entry = built.project.read("_site/2566/oit/o20/notice-001/index.html");
      assert.match(entry, /<title>ประกาศ &quot;A&amp;B&quot; &lt;ถนน&gt; \| เทศบาล &quot;ท่าแร่&quot; &amp; &lt;สกล&gt;<\/title>/);
      assert.match(entry, /<h1>ประกาศ &quot;A&amp;B&quot; &lt;ถนน&gt;<\/h1>/);
      assert.match(entry, /<meta name="description" content="O20 [^"]+: ประกาศ &quot;A&amp;B&quot; &lt;ถนน&gt;">/);
      // the item Q&A (o8) and the agency's name in a year page's description
      assert.match(built.project.read("_site/2566/oit/o8/index.html"), /<h1>O8 Q&amp;A<\/h1>/);
      assert.match(built.project.read("_site/2565/index.html"), /<meta name="description" content="[^"]*ของ เทศบาล &quot;ท่าแร่&quot; &amp; &lt;สกล&gt; /);
      // the printable report names the agency in its body: escaped there too, never raw
      const report = built.project.read("_site/2565/analysis/report/index.html");
      assert.match(report, /<p class="cover-name">เทศบาล &quot;ท่าแร่&quot; &amp; &lt;สกล&gt;<\/p>/);
      assert.doesNotMatch(report, /<สกล>/, "no raw markup from the agency's name");
      assert.doesNotMatch(entry + built.project.read("_site/2565/index.html") + report, /&amp;(amp|quot|lt|gt);/, "nothing escaped twice");
    },
  );
});

test("links staff may write to any published page or file pass the check, in page: and in Markdown alike", () => {
  built.project.withChanges(
    (p) => {
      const o42 = "content/2566/oit/o42.md";
      // page: links to a staff page, a template page and open data (before, only the years' pages counted)
      const extra = ["/privacy/", "/trends", "/open-data/2565/ita.csv"].map((page) => `  - title: ลิงก์ ${page}\n    date: 2022-10-31\n    page: ${page}\n`).join("");
      p.write(o42, p.read(o42).replace("---\nเทศบาล", `${extra}---\nเทศบาล`));
      // the same in Markdown, and a practice.md saved with a BOM before its front matter
      p.write("content/2566/oit/o1.md", `${p.read("content/2566/oit/o1.md")}\n[ข้อมูลเปิด](/open-data/2566/oit.csv) [นโยบาย](/website-policy/)\n`);
      p.write("content/2565/analysis/practice.md", `\uFEFF---\ntitle: แนวปฏิบัติ\n---\nแนวปฏิบัติที่ดีของเทศบาล\n`);
    },
    () => {
      const check = built.project.run("scripts/check.ts");
      assert.equal(check.code, 0, check.stdout + check.stderr);
      const r = built.project.run("scripts/build.ts");
      assert.equal(r.code, 0, r.stderr);
      const analysis = built.project.read("_site/2565/analysis/index.html");
      assert.match(analysis, /แนวปฏิบัติที่ดีของเทศบาล/);
      assert.doesNotMatch(analysis, /title: แนวปฏิบัติ/, "the front matter is not shown as text");
    },
  );
});

test("a page: link or a Markdown link to a page that does not exist is still an error", () => {
  built.project.withChanges(
    (p) => {
      const o42 = "content/2566/oit/o42.md";
      p.write(o42, p.read(o42).replace("page: /2565/measures/", "page: /2565/measure/"));
      p.write("content/2566/oit/o1.md", `${p.read("content/2566/oit/o1.md")}\n[ข้อมูลเปิด](/open-data/2566/oit.xlsx)\n`);
    },
    () => {
      const r = built.project.run("scripts/check.ts");
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.match(r.stdout + r.stderr, /content\/2566\/oit\/o42\.md.*there is no page \/2565\/measure\//);
      assert.match(r.stdout + r.stderr, /content\/2566\/oit\/o1\.md.*the link \/open-data\/2566\/oit\.xlsx leads to no page/);
    },
  );
});

test("the feed titles each entry as its page is titled, in the agency's digits", () => {
  const r = built.project.run("scripts/build.ts");
  assert.equal(r.code, 0, r.stderr);
  const feed = built.project.read("_site/feed.xml");
  const titles = [...feed.matchAll(/<entry>\s*<title>([^<]+)<\/title>\s*<link href="https:\/\/tharae\.example(\/[^"]*)"/g)].map((m) => [m[2]!, m[1]!] as const);
  assert.ok(titles.length > 3, feed);
  // the example writes Thai digits: ๒๕๖๕, never 2565, in every title
  for (const [, title] of titles) assert.doesNotMatch(title, /[0-9]{4}/, title);
  for (const [href, title] of titles) {
    const page = built.project.read(`_site${href}index.html`);
    const pageTitle = /<title>(.*?) \|/.exec(page)![1]!;
    assert.ok(title.startsWith(pageTitle), `${href}: feed "${title}" vs page "${pageTitle}"`);
  }
});

test("nothing meant for staff reaches citizens: no page but the ITAS sheet names staff files, fields or commands", () => {
  // an item with evidence but no date at all, so that its reason is printed on the public pages too
  built.project.withChanges(
    (p) => p.write("content/2566/oit/o7.md", "---\ncode: o7\nfiscalYear: 2566\n---\nข่าวประชาสัมพันธ์ของเทศบาล\n"),
    () => {
      const out = built.project.path("_site-staff-check");
      const r = built.project.run("scripts/build.ts", `--output=${out}`);
      assert.equal(r.code, 0, r.stderr);
      // file names of open data (ita.json) are public; the agency's own folders and files are not;
      // "ส่วนหัว" is front matter to staff, but the open-data page may name the HTTP header (ส่วนหัว HTTP)
      const staffOnly = /\b(data|content)\/|npm run|\.md\b|front matter|ส่วนหัว(?!\s*HTTP)|\((updated|date|file|sample)\)|แก้ไข[^<]{0,20}ในไฟล์/;
      const pages: string[] = [];
      const walk = (d: string): void => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const p = path.join(d, e.name);
          if (e.isDirectory()) walk(p);
          else if (e.name.endsWith(".html")) pages.push(p);
        }
      };
      walk(out);
      const o7 = readFileSync(path.join(out, "2566", "oit", "o7", "index.html"), "utf8");
      assert.match(o7, /หลักฐานไม่ได้ระบุวันที่/, "the undated item's reason is on its page");
      const found: string[] = [];
      for (const page of pages) {
        if (page.includes(`${path.sep}oit${path.sep}itas${path.sep}`)) continue; // the staff sheet may speak to staff
        // visible text only: attributes and scripts may name files (links to open data, the search index)
        const text = readFileSync(page, "utf8").replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]*>/g, " ");
        const m = staffOnly.exec(text);
        if (m) found.push(`${path.relative(out, page)}: …${text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, " ")}…`);
      }
      assert.deepEqual(found, []);
      rmSync(out, { recursive: true, force: true });
    },
  );
});
