/** OIT evidence, entries, policy pages and staff links through loadSite, on the example and on changes to a copy. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT, loadChecked, withExample } from "./example-copy.ts";

const TODAY = "2026-01-01";
const example = loadChecked({ root: ROOT, today: TODAY }).model!;
const oit = example.years.find((y) => y.fiscalYear === 2566)!.oit!;
const item = (code: string) => oit.items.find((i) => i.code === code)!;

test("the example's 2566 OIT: statuses from evidence and windows, readiness 5 of 43", () => {
  // o1, o2, o5 (now) and o20, o42 (fiscal year 2566) have evidence that counts; o12's document of
  // 10 May 2023 is after the first half (to 31 Mar 2023); the other 37 items have none
  assert.deepEqual(oit.readiness, { ready: 5, total: 43, missing: 37, outsideWindow: 1 });
  assert.deepEqual(oit.items.filter((i) => i.status === "published").map((i) => i.code), ["o1", "o2", "o5", "o20", "o42"]);
  assert.equal(item("o12").status, "outside-window");
  // the first half of fiscal year 2566 is 1 Oct 2022 (B.E. 2565) to 31 Mar 2023 (B.E. 2566); the document is of 10 May 2023
  assert.equal(item("o12").reason, "หลักฐานลงวันที่นอกช่วง 1\u00a0ต.ค.\u00a02565 – 31\u00a0มี.ค.\u00a02566 ที่ข้อนี้กำหนด (ลงวันที่ 10\u00a0พ.ค.\u00a02566)"); // no-break spaces keep each date on one line
  assert.equal(item("o3").reason, "ยังไม่มีหลักฐาน");
  assert.equal(oit.edition, 2566);
  assert.equal(oit.complete, true);
});

test("an item's evidence: its file, date, sample mark, documents by kind, rendered body", () => {
  const o1 = item("o1").evidence!;
  assert.equal(o1.file, "content/2566/oit/o1.md");
  assert.equal(o1.updated, "2022-11-15");
  assert.equal(o1.sample, true);
  assert.equal(o1.hasBody, true);
  assert.match(o1.html, /^<p>เทศบาลแบ่งส่วนราชการเป็นสำนักปลัดเทศบาล/);
  assert.deepEqual(item("o42").evidence!.documents.map((d) => [d.href, d.date]), [
    ["/2565/analysis/", "2022-10-31"],
    ["/2565/analysis/report/", "2022-10-31"],
    ["/2565/measures/", "2022-10-31"],
  ]);
  assert.deepEqual(item("o12").evidence!.documents.map((d) => [d.href, d.type]), [["https://tharae.example/reports/2566-h1.pdf", undefined]]);
  const o2 = item("o2").evidence!; // a table in its body, no documents
  assert.deepEqual([o2.documents, o2.entries, o2.hasBody], [[], [], true]);
  assert.match(o2.html, /^<div class="table-wrap"><table tabindex="0" class="stack">\n<thead>/); // staff tables stack on a phone, each value labelled
  const o20 = item("o20").evidence!; // only a folder of entries
  assert.deepEqual([o20.documents, o20.html, o20.hasBody], [[], "", false]);
});

test("entries of an item: newest first, each with its own page; an entry folder alone is evidence", () => {
  const o20 = item("o20");
  assert.deepEqual(o20.evidence!.entries.map((e) => [e.slug, e.date, e.href]), [
    ["notice-003", "2023-04-13", "/2566/oit/o20/notice-003/"],
    ["notice-002", "2023-03-12", "/2566/oit/o20/notice-002/"],
    ["notice-001", "2023-02-11", "/2566/oit/o20/notice-001/"],
  ]);
  assert.equal(o20.evidence!.file, "content/2566/oit/o20/");
  assert.equal(o20.evidence!.entries[2]!.title, "ประกาศผู้ชนะการเสนอราคา โครงการซ่อมแซมถนนในหมู่บ้าน หมู่ที่ 1");
  assert.equal(o20.updated, "2023-04-13");
  // same date: by slug
  withExample((copy) => {
    const dir = copy.path("content/2566/oit/o20");
    writeFileSync(path.join(dir, "notice-000.md"), "---\ntitle: ก\ndate: 2023-04-13\n---\n");
    const entries = loadChecked({ root: copy.dir, today: TODAY }).model!.years[1]!.oit!.items.find((i) => i.code === "o20")!.evidence!.entries;
    assert.deepEqual(entries.map((e) => e.slug), ["notice-000", "notice-003", "notice-002", "notice-001"]);
  });
});

/** Errors and warnings of the example after `change`, as [severity, file, field, en]. */
function problemsWith(change: (dir: string) => void) {
  return withExample((copy) => {
    change(copy.dir);
    return loadChecked({ root: copy.dir, today: TODAY }).problems.map((p) => [p.severity, p.file, p.field, p.en]);
  });
}
const edit = (dir: string, rel: string, from: string, to: string) => {
  const p = path.join(dir, rel);
  const text = readFileSync(p, "utf8");
  assert.ok(text.includes(from), `${rel} holds ${from}`);
  writeFileSync(p, text.replace(from, to));
};

test("an item file whose code is not its name, or that repeats another, or belongs to another year", () => {
  // three files changed in one copy: each problem names its own file
  const problems = problemsWith((d) => {
    edit(d, "content/2566/oit/o5.md", "code: o5", "code: o6");
    edit(d, "content/2566/oit/o2.md", "code: o2", "code: o1");
    edit(d, "content/2566/oit/o12.md", "fiscalYear: 2566", "fiscalYear: 2567");
  });
  assert.deepEqual(problems, [
    ["error", "content/2566/oit/o12.md", "fiscalYear", "this item belongs to 2567 but sits in the 2566 folder: move it to content/2567/oit/"],
    ["error", "content/2566/oit/o2.md", "code", "o1 is already given by content/2566/oit/o1.md: one file per item; merge them and delete this one"],
    ["error", "content/2566/oit/o5.md", "code", "code (o6) does not match the file name: name the file o6.md"],
  ]);
});

test("evidence for an item the edition does not have, or that the agency removed", () => {
  const codes = "o1–o43";
  assert.deepEqual(problemsWith((d) => writeFileSync(path.join(d, "content/2566/oit/o44.md"), "---\ncode: o44\n---\n")), [
    ["error", "content/2566/oit/o44.md", "code", `no item o44 in the 2566 OIT edition (${codes}): fix the code or add the item in data/2566/oit.json`],
  ]);
  assert.deepEqual(problemsWith((d) => writeFileSync(path.join(d, "data/2566/oit.json"), JSON.stringify({ fiscalYear: 2566, remove: ["o5"] }))), [
    ["error", "content/2566/oit/o5.md", "code", `no item o5 in the 2566 OIT edition (${codes}): fix the code or add the item in data/2566/oit.json`],
  ]);
  // a new item needs every field
  assert.deepEqual(problemsWith((d) => writeFileSync(path.join(d, "data/2566/oit.json"), JSON.stringify({ fiscalYear: 2566, items: [{ code: "o44", title: "ใหม่" }] }))), [
    ["error", "data/2566/oit.json", "items.0", "o44 is not in edition 2566: a new item needs indicator, subIndicator, group, window, requirement"],
  ]);
});

test("links: a page: document and a Markdown link must land on a page of the build; images must be local pictures", () => {
  assert.deepEqual(problemsWith((d) => edit(d, "content/2566/oit/o42.md", "page: /2565/measures/", "page: /2564/measures/")), [
    ["error", "content/2566/oit/o42.md", "documents.2.page", "there is no page /2564/measures/ on this site; pages look like /2565/ /2565/analysis/ /2565/analysis/report/ /open-data/2565/ita.json"],
  ]);
  // a folder link may leave out its last slash
  assert.deepEqual(problemsWith((d) => edit(d, "content/2566/oit/o42.md", "page: /2565/measures/", "page: /2565/measures")), []);
  assert.deepEqual(problemsWith((d) => edit(d, "content/2566/oit/o2.md", "sample: true\n---\n", "sample: true\n---\nดู[ผล](/2565/analyses/) และ[ข้อ 1](/2566/oit/o1/#x) [ภายนอก](https://x.example/)\n")), [
    ["error", "content/2566/oit/o2.md", undefined, "the link /2565/analyses/ leads to no page of this site: fix it (year pages look like /2565/analysis/)"],
  ]);
  const images = problemsWith((d) => {
    edit(d, "content/2566/oit/o2.md", "sample: true\n---\n", "sample: true\n---\n![รูป](https://other.example/a.png)\n");
    edit(d, "content/2566/oit/o5.md", "sample: true\n---\n", "sample: true\n---\n![รูป](/2566/documents/o1-organisation-chart.pdf)\n");
  });
  assert.deepEqual(images, [
    ["error", "content/2566/oit/o2.md", undefined, "the image https://other.example/a.png must be a file of this site: put it in content/<year>/documents/ and write ![description](/<year>/documents/<file name>)"],
    ["error", "content/2566/oit/o5.md", undefined, "/2566/documents/o1-organisation-chart.pdf is not an image (PNG, JPEG, GIF or WebP): link to it instead of showing it"],
  ]);
  // a picture kept in documents/ is published by being shown
  withExample((copy) => {
    writeFileSync(copy.path("content/2566/documents/chart.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    edit(copy.dir, "content/2566/oit/o2.md", "sample: true\n---\n", "sample: true\n---\n![รูป](/2566/documents/chart.png)\n");
    const r = loadChecked({ root: copy.dir, today: TODAY });
    assert.deepEqual(r.problems, []);
    assert.ok(r.model!.files.some((f) => f.href === "/2566/documents/chart.png"), "the image is published");
  });
});

test("policy pages: footer order, meta, reserved names, and the standard pages expected", () => {
  assert.deepEqual(example.pages.map((p) => [p.slug, p.file, p.meta.permalink]), [
    ["privacy", "content/pages/privacy.md", "/privacy/"],
    ["website-policy", "content/pages/website-policy.md", "/website-policy/"],
    ["accessibility", "content/pages/accessibility.md", "/accessibility/"],
  ]);
  const privacy = example.pages[0]!;
  assert.deepEqual([privacy.title, privacy.description, privacy.updated], ["นโยบายคุ้มครองข้อมูลส่วนบุคคล", "เว็บไซต์นี้เก็บข้อมูลส่วนบุคคลอย่างไร", "2022-10-01"]);
  assert.deepEqual(privacy.meta, { permalink: "/privacy/", title: "นโยบายคุ้มครองข้อมูลส่วนบุคคล", description: "เว็บไซต์นี้เก็บข้อมูลส่วนบุคคลอย่างไร", crumbYear: "", crumbOit: "", crumbItem: "" });
  withExample((copy) => {
    writeFileSync(copy.path("content/pages/about.md"), "---\ntitle: เกี่ยวกับ\n---\n");
    writeFileSync(copy.path("content/pages/a-first.md"), "---\ntitle: ก\n---\nข้อความ\n");
    const pages = loadChecked({ root: copy.dir, today: TODAY }).model!.pages;
    assert.deepEqual(pages.map((p) => p.slug), ["privacy", "website-policy", "accessibility", "a-first", "about"]);
    const about = pages.find((p) => p.slug === "about")!;
    assert.deepEqual([about.html, about.description, about.updated, about.meta.description], ["", undefined, undefined, "เกี่ยวกับ"]);
  });
  const reserved = ["2565", "documents", "feed", "search"];
  assert.deepEqual(
    problemsWith((d) => reserved.forEach((slug) => writeFileSync(path.join(d, `content/pages/${slug}.md`), "---\ntitle: x\n---\n"))),
    reserved.map((slug) => ["error", `content/pages/${slug}.md`, undefined, `the name ${slug} is taken by a page the site makes itself (/${slug}/): rename the file, e.g. ${slug}-info.md`]),
  );
  assert.deepEqual(problemsWith((d) => rmSync(path.join(d, "content/pages/website-policy.md"))), [
    ["warning", "content/pages/website-policy.md", undefined, "there is no website-policy page, which the Thai government website standard expects: create this file"],
  ]);
  assert.deepEqual(problemsWith((d) => edit(d, "content/pages/privacy.md", "updated: 2022-10-01", "updated: 2026-01-02")), [
    ["error", "content/pages/privacy.md", "updated", "the date 2026-01-02 is in the future: give a date that has passed"],
  ]);
});
