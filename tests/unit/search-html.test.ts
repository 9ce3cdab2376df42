/** The copy of a page the search index reads (scripts/lib/search-html.ts): only the indexed text changes. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { indexHtml } from "../../scripts/lib/search-html.ts";
import { GAP, TAIL, pageText } from "../../scripts/lib/search-text.js";

const page = (body: string, outside = "") =>
  `<!doctype html><html lang="th"><head><title>ปีงบประมาณ</title><script type="module" src="/a.js"></script></head>` +
  `<body><nav><a href="/">หน้าแรก</a>${outside}</nav><main id="main" data-pagefind-body>${body}</main><footer>เทศบาลตำบลท่าแร่</footer></body></html>`;

test("words inside the indexed element are split; tags, attributes and what is outside stay as they are", () => {
  const html = page(`<h1>การเปิดเผยข้อมูล</h1><p><a href="/ปีงบประมาณ/" title="การเปิดเผย">ดูข้อมูล</a></p>`);
  const out = indexHtml(html);
  assert.ok(out.startsWith(`<!doctype html><html lang="th"><head><title>ปีงบประมาณ</title><script type="module" src="/a.js"></script></head><body><nav><a href="/">หน้าแรก</a></nav>`));
  assert.ok(out.includes(`<h1> การ เปิด เผย ข้อมูล${GAP} </h1>`), out);
  assert.ok(out.includes(`<a href="/ปีงบประมาณ/" title="การเปิดเผย">`), "attributes are not text");
  assert.ok(out.endsWith(`</main><footer>เทศบาลตำบลท่าแร่</footer></body></html>`));
  // nothing but spaces, marks and the tail was added
  const strip = (s: string) => s.replace(/<p>\u2060\u2060[^<]*<\/p>/, "").replace(/[ \u2060]/g, "");
  assert.equal(strip(out), strip(html));
});

test("inline tags do not cut a word in two; other tags end a block", () => {
  assert.ok(indexHtml(page("<p>การ<b>จัด</b>ซื้อ</p>")).includes(`<p> การ <b>จัด </b>ซื้อ${GAP} </p>`));
  // Pagefind runs a <dt> and its <dd> together: each keeps its first and last words apart
  assert.ok(indexHtml(page("<dl><dt>สถานะ</dt><dd>ยังไม่มี</dd></dl>")).includes(`<dt> สถานะ${GAP} </dt><dd> ยัง ไม่มี${GAP} </dd>`));
  assert.ok(indexHtml(page("<p>ได้<br>คะแนน</p>")).includes(`<p> ได้${GAP} <br> คะแนน${GAP} </p>`));
});

test("text Pagefind leaves out is not changed", () => {
  const ignored = `<h1 data-pagefind-ignore>ค้นหาข้อมูล</h1>`;
  assert.ok(indexHtml(page(`${ignored}<p>ถนน</p>`)).includes(ignored));
  assert.ok(indexHtml(page("<p>ถนน</p>", "<span>การเปิดเผยข้อมูล</span>")).includes("<span>การเปิดเผยข้อมูล</span>"));
  const script = `<script>const q = "ปีงบประมาณ";</script>`;
  assert.ok(indexHtml(page(`<p>ถนน</p>${script}`)).includes(script));
});

test("the inner words of the indexed text go in a tail at the end of the indexed element", () => {
  const out = indexHtml(page("<p>ประกาศปีงบประมาณ</p>"));
  const tail = new RegExp(`<p>${TAIL} ([^<]*)</p></main>`).exec(out);
  assert.ok(tail, out);
  const words = tail[1]!.split(" ");
  assert.ok(words.includes("งบประมาณ") && words.includes("ประมาณ"), words.join(" "));
  // words of a left-out element are not indexed through the tail either
  assert.ok(!indexHtml(page("<p>ถนน</p><p data-pagefind-ignore>ปีงบประมาณ</p>")).includes(TAIL));
});

test("a page without data-pagefind-body is read whole, as Pagefind would", () => {
  const out = indexHtml(`<html lang="th"><body><h1>การเปิดเผยข้อมูล</h1></body></html>`);
  assert.equal(out, `<html lang="th"><body><h1> การ เปิด เผย ข้อมูล${GAP} </h1></body></html>`);
});

test("staff text cannot cut the indexed copy short: its own U+2060 marks are dropped", () => {
  // two word joiners typed (or pasted) into a title read like the copy's tail marker
  const out = indexHtml(page(`<h1>เทศบาล\u2060\u2060</h1><p>ก่อสร้างถนน</p>`));
  const text = pageText(out.replace(/<[^>]*>/g, ""));
  assert.ok(text.includes(" ถนน"), `the later paragraph is before any tail marker, split and searchable: ${text}`);
});

test("a staff link whose URL holds data-pagefind-body does not end the indexed element", () => {
  const out = indexHtml(page(`<p><a href="https://ex.example/?data-pagefind-body" title="data-pagefind-ignore">ที่นี่</a></p><p>ประกาศจัดซื้อจัดจ้างโครงการก่อสร้างถนน</p>`));
  assert.ok(out.includes(" ถนน"), "the paragraph after the link is still split into words");
  assert.ok(out.includes(" ที่ นี่") || out.includes(" ที่นี่"), "the link's own text is indexed, not ignored");
});

test("a long run ICU cannot cut (text broken by a PDF copy) gives no inner words: the index copy stays the page's size", () => {
  // ก่ and ข่ at random, 6,000 letters: ICU keeps much of it as very long "words"
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const run = Array.from({ length: 3000 }, () => (random() < 0.5 ? "ก่" : "ข่")).join("");
  const html = `<main data-pagefind-body><h1>หัวเรื่อง</h1><p>${run}</p></main>`;
  const copy = indexHtml(html);
  // before: one ending per letter, each nearly the whole run, 9 MB
  assert.ok(copy.length < 2 * html.length, `index copy of ${copy.length} characters for a page of ${html.length}`);
  assert.ok(copy.replace(/[ \u2060]/g, "").includes(run), "the run itself is still indexed, cut where ICU cuts it");
});
