/**
 * ITA editions through the real commands on copies of the example: new-year
 * for a shipped edition (2569) and for one the agency starts itself (2570
 * --from=2569), staff told of provisional editions and never citizens, a bad
 * agency edition refused by check and build with _site/ untouched, and a 2563
 * agency's result built.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ProjectCopy, useBuiltCopy } from "./project-copy.ts";

const built = useBuiltCopy();

/** Every HTML page of a build but the staff sheets, as [site path, text]. */
function citizenPages(site: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".html") && !/\/oit\/itas\//.test(p)) out.push([path.relative(site, p), readFileSync(p, "utf8")]);
    }
  };
  walk(site);
  return out;
}

/** What belongs to staff only: provenance marks, guesses, provisional notices, file names to edit. */
const STAFF_ONLY = [/ยังไม่ได้ยืนยัน/, /ฉบับชั่วคราว/, /อาจเป็น/, /รอยืนยัน/, /data\/editions/, /(?<!open-)data\/\d{4}\/oit\.json/, /provisional/i];

test("a bad agency edition: check and build refuse it with one line naming file and field, _site/ untouched", () => {
  built.project.expectInputError(
    (p) => {
      mkdirSync(p.path("data/editions"));
      p.write("data/editions/2568.json", JSON.stringify({ edition: 2568, weights: { IIT: 30, EIT: 30, OIT: 30 } }, null, 2));
    },
    [/^ERROR data\/editions\/2568\.json:3 › weights: .*ต้องรวมกันได้ 100.* \/ the IIT, EIT and OIT weights must add up to 100: fix them, e\.g\. 30, 30, 40$/m],
    built.good,
  );
  built.project.expectInputError(
    (p) => {
      mkdirSync(p.path("data/editions"));
      p.write("data/editions/2566.json", JSON.stringify({ edition: 2566, oit: { items: [{ code: "o42", title: "ก" }, { code: "o42", title: "ข" }] } }, null, 2));
    },
    [/^ERROR data\/editions\/2566\.json:\d+ › oit\.items\.1\.code: .* \/ item code o42 repeats entry 1: each code appears once; merge them or fix the code$/m],
    built.good,
  );
});

test("the example's o43 links the measures it reports on by its role, and the public OIT pages carry no staff notes", () => {
  const o43 = built.project.read("_site/2566/oit/o43/index.html");
  assert.match(o43, /<ul data-related>\s*<li><a href="\/2565\/measures\/">มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ\.ศ\. ๒๕๖๖ และความก้าวหน้า<\/a><\/li>/);
  // o42 lists the same pages as evidence already: nothing is repeated
  assert.doesNotMatch(built.project.read("_site/2566/oit/o42/index.html"), /data-related/);
  for (const [file, html] of citizenPages(built.project.path("_site"))) {
    for (const re of STAFF_ONLY) assert.doesNotMatch(html, re, `${file} shows staff-only text`);
  }
  const sheet = built.project.read("_site/2566/oit/itas/index.html");
  assert.match(sheet, /data-staff-notes/);
  assert.match(sheet, /รายการนี้ยังไม่ได้ยืนยันกับคู่มือ ป\.ป\.ช\. \(๔๓ ข้อ\): O1–O43/);
});

test("new-year 2569: 26 stubs; with 2568's results the analysis item (O25) links /2568/analysis/ and /2568/measures/ in its stub and on its page", () => {
  const project = new ProjectCopy();
  try {
    mkdirSync(project.path("data/2568"));
    const ita = JSON.parse(project.read("data/2565/ita.json"));
    project.write("data/2568/ita.json", JSON.stringify({ ...ita, fiscalYear: 2568, reported: { total: 94.23, rating: "A" } }, null, 2));
    const measures = JSON.parse(project.read("data/2565/measures.json"));
    project.write("data/2568/measures.json", JSON.stringify({ ...measures, fiscalYear: 2568, implementationYear: 2569, adopted: "2025-10-31" }, null, 2));

    const r = project.run("scripts/new-year.ts", "2569");
    assert.equal(r.code, 0, r.stderr);
    const stubs = readdirSync(project.path("content/2569/oit")).filter((f) => f.endsWith(".md"));
    assert.equal(stubs.length, 26);
    const o25 = project.read("content/2569/oit/o25.md");
    assert.match(o25, /^# O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร$/m);
    assert.match(o25, /^#    page: \/2568\/analysis\/$/m);
    assert.match(o25, /^#    page: \/2568\/measures\/$/m);
    assert.match(project.read("content/2569/oit/o2.md"), /^# O2 \(ยังไม่ทราบชื่อข้อ อาจเป็น "ข้อมูลผู้บริหาร": ตรวจกับคู่มือ ป\.ป\.ช\. แล้วใส่ชื่อใน data\/editions\/2569\.json\)$/m);

    const build = project.run("scripts/build.ts");
    assert.equal(build.code, 0, build.stderr);
    // staff are told at build time that 2569 is provisional
    assert.match(build.stderr, /^WARN  data\/editions\/2569\.json › provisional: /m);
    const page = project.read("_site/2569/oit/o25/index.html");
    const related = [...(/<ul data-related>([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? "").matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(related, ["/2568/analysis/", "/2568/analysis/report/", "/2568/measures/"]);
    // the item whose title is not known: the code alone for citizens, "to confirm" on the staff sheet
    assert.match(project.read("_site/2569/oit/o2/index.html"), /<h1>ข้อ O2<\/h1>/);
    assert.match(project.read("_site/2569/oit/index.html"), /<a href="\/2569\/oit\/o2\/">ข้อ O2<\/a>/);
    assert.match(project.read("_site/2569/oit/itas/index.html"), /<span data-to-confirm>ยังไม่ทราบชื่อข้อ รอยืนยัน<\/span> <span class="small muted">\(อาจเป็น "ข้อมูลผู้บริหาร"\)<\/span>/);
    for (const [file, html] of citizenPages(project.path("_site"))) {
      for (const re of STAFF_ONLY) assert.doesNotMatch(html, re, `${file} shows staff-only text`);
    }
    // the old letter reported for 2568 is a discrepancy the check names, not an error
    const check = project.run("scripts/check.ts");
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stdout, /reported\.rating: ระดับผลการประเมินที่รายงาน \("A"\) ไม่ใช่ระดับของเกณฑ์ปี 2568 .* \/ the reported rating \("A"\) is not a level of edition 2568 \(an old letter grade, used up to 2565\)/);
  } finally {
    project.remove();
  }
});

test("new-year 2570 --from=2569 on a copy of the example: the agency's provisional edition, a site that builds, staff told in Thai", () => {
  const project = new ProjectCopy();
  try {
    const r = project.run("scripts/new-year.ts", "2570", "--from=2569");
    assert.equal(r.code, 0, r.stderr);
    const edition = JSON.parse(project.read("data/editions/2570.json"));
    assert.deepEqual([edition.edition, edition.provisional, edition.basedOn, edition.confidence, edition.oit.items.length], [2570, true, 2569, "unverified", 26]);
    assert.equal(readdirSync(project.path("content/2570/oit")).length, 26);

    const check = project.run("scripts/check.ts");
    assert.equal(check.code, 0, check.stdout + check.stderr);
    assert.match(check.stdout, /^WARN  data\/editions\/2570\.json › provisional: เกณฑ์ ITA ปี 2570 \(เริ่มจากเกณฑ์ปี 2569\) ที่ใช้กับปี 2570 เป็นฉบับชั่วคราว ยังไม่ได้ยืนยันกับคู่มือ ป\.ป\.ช\. .* \/ ITA edition 2570 \(started from 2569\), used by 2570, is provisional/m);
    assert.match(check.stdout, /^ {2}- เกณฑ์ ITA ปี 2570 เป็นฉบับชั่วคราว เริ่มจากเกณฑ์ปี 2569 ยังไม่ได้ยืนยันกับคู่มือ ป\.ป\.ช\. ตรวจแล้วแก้ที่ data\/editions\/2570\.json$/m);

    const build = project.run("scripts/build.ts");
    assert.equal(build.code, 0, build.stderr);
    assert.match(build.stderr, /^WARN  data\/editions\/2570\.json › provisional: /m);
    assert.equal(readdirSync(project.path("_site/2570/oit")).filter((d) => /^o\d+$/.test(d)).length, 26);
    assert.match(project.read("_site/2570/oit/itas/index.html"), /เกณฑ์ ITA ปี ๒๕๗๐ เป็นฉบับชั่วคราว เริ่มจากเกณฑ์ปี ๒๕๖๙/);
    for (const [file, html] of citizenPages(project.path("_site"))) {
      for (const re of STAFF_ONLY) assert.doesNotMatch(html, re, `${file} shows staff-only text`);
    }

    // started once: the edition exists now
    const again = project.run("scripts/new-year.ts", "2570", "--from=2569");
    assert.equal(again.code, 1);
    assert.match(again.stderr, /^ERROR new-year › --from: .* \/ edition 2570 exists already \(data\/editions\/2570\.json\): run without --from, or correct it in data\/editions\/2570\.json$/m);
    // the next year is offered a start from this one
    const next = project.run("scripts/new-year.ts", "2571");
    assert.equal(next.code, 1);
    assert.match(next.stderr, /npm run new-year -- 2571 --from=2570/);
    // an edition's title with a line break cannot write a field into the stubs made from it
    project.editJson("data/editions/2570.json", (e) => (e.oit.items[0].title = "ชื่อข้อ\nsample: true\nupdated: 2099-01-01"));
    assert.equal(project.run("scripts/new-year.ts", "2571", "--from=2570").code, 0);
    const stub = project.read("content/2571/oit/o1.md");
    assert.match(stub, /^# O1 ชื่อข้อ sample: true updated: 2099-01-01$/m);
    assert.doesNotMatch(stub, /^(sample|updated):/m);
  } finally {
    project.remove();
  }
});

test("new-year refuses --from naming an edition that does not exist, and an edition with no known items, writing nothing", () => {
  const project = new ProjectCopy();
  try {
    const r = project.run("scripts/new-year.ts", "2570", "--from=2555");
    assert.equal(r.code, 1);
    assert.deepEqual(r.stderr.trim().split("\n"), [
      "ERROR new-year › --from: ไม่มีเกณฑ์ ITA ปี 2555 ให้เริ่มต้น เลือกปีที่มี: 2562 2563 2564 2565 2566 2567 2568 2569 / no ITA edition 2555 to start from; editions available: 2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569",
    ]);
    assert.equal(existsSync(project.path("data/editions")), false);
    assert.equal(existsSync(project.path("data/2570")), false);
    const none = project.run("scripts/new-year.ts", "2562");
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^ERROR new-year › year: .* \/ edition 2562 has no OIT items: add them in data\/editions\/2562\.json \(oit\.items\) first$/m);
    assert.equal(existsSync(project.path("data/2562")), false);
    const usage = project.run("scripts/new-year.ts", "2570", "--from");
    assert.equal(usage.code, 1);
    assert.match(usage.stderr, /^Usage: npm run new-year -- <B\.E\. year> \[--from=<edition to start from>\]/m);
  } finally {
    project.remove();
  }
});

test("a 2563 agency's scores build under the shipped 2563 edition, the rating rounded once at the end", () => {
  const project = new ProjectCopy();
  try {
    mkdirSync(project.path("data/2563"));
    // IIT 429.09/5 = 85.818; EIT 243.03/3 = 81.01; OIT 174.73/2 = 87.365
    // 25.7454 + 24.303 + 34.946 = 84.9944 → 84.99 → B (rounding the tools first would make it 85.00, an A)
    const values = [82.4, 84.03, 84.09, 87.81, 90.76, 77.94, 76.15, 88.94, 84.31, 90.42];
    project.write(
      "data/2563/ita.json",
      JSON.stringify({ fiscalYear: 2563, indicators: Object.fromEntries(values.map((v, i) => [String(i + 1), v])), reported: { total: 84.99, rating: "B" } }, null, 2),
    );
    const build = project.run("scripts/build.ts");
    assert.equal(build.code, 0, build.stderr);
    const open = JSON.parse(project.read("_site/open-data/2563/ita.json"));
    assert.deepEqual([open.edition, open.total, open.rating, open.discrepancies], [2563, 84.99, "B", []]);
    const page = project.read("_site/2563/index.html");
    assert.match(page, /<dd data-score="total">๘๔\.๙๙<\/dd>/);
    assert.match(page, /<dd data-rating>B<\/dd>/);
  } finally {
    project.remove();
  }
});
