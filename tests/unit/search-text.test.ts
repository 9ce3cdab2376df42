/**
 * The search index's Thai words and the search page's reading of them
 * (scripts/lib/search-text.js, and search-words.ts for the index's extra words). Expected values are worked out by hand from
 * the rules; where ICU's dictionary decides, the cut is the one toolchain.md
 * recorded for Node 20 and Chromium (การ|เปิด|เผย|ข้อมูล, ประกาศ|จัด|ซื้อ|จัด|จ้าง).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  GAP,
  TAIL,
  displayText,
  excerpt,
  findPages,
  holdsQuery,
  indexText,
  matchRanges,
  pageText,
  queryVariants,
  thaiWords,
} from "../../scripts/lib/search-text.js";
import { canStart, innerWords, wordsForIndex } from "../../scripts/lib/search-words.ts";

/** What Pagefind does to white space in the text it returns: runs become one space. */
const asPagefindReturns = (s: string) => s.replace(/\s+/g, " ");

test("Thai words are split at ICU's word boundaries", () => {
  assert.deepEqual(thaiWords("การเปิดเผยข้อมูล"), ["การ", "เปิด", "เผย", "ข้อมูล"]);
  assert.equal(indexText("การเปิดเผยข้อมูล"), "การ เปิด เผย ข้อมูล");
  assert.equal(indexText("ประกาศจัดซื้อจัดจ้าง"), "ประกาศ จัด ซื้อ จัด จ้าง");
});

test("Thai letters glued to digits become two words, whichever digits", () => {
  assert.equal(indexText("ปี๒๕๖๕"), "ปี ๒๕๖๕");
  assert.equal(indexText("ปี2565"), "ปี 2565");
  assert.equal(indexText("๙๔.๒๓"), "๙๔.๒๓", "a number stays whole");
});

test("real gaps between Thai letters or digits are marked; others are left as they are", () => {
  assert.equal(indexText("ได้ ๙๔.๒๓ คะแนน"), `ได้${GAP} ๙๔.๒๓${GAP} คะแนน`);
  assert.equal(indexText("ได้&nbsp;๙๔"), `ได้${GAP}&nbsp;๙๔`, "a no-break space written as an entity is a gap too");
  assert.equal(indexText("ITA ปี"), "ITA ปี", "next to a Latin letter nothing is added, so nothing needs a mark");
  assert.equal(indexText("a & b"), "a & b");
  // a whole block: a space before its first word and a mark and a space after its last
  assert.equal(indexText("การเปิดเผยข้อมูล", true), ` การ เปิด เผย ข้อมูล${GAP} `);
});

test("displayText takes the added spaces and the marks out again", () => {
  assert.equal(displayText(`ได้${GAP} ๙๔.๒๓${GAP} คะแนน`), "ได้ ๙๔.๒๓ คะแนน");
  assert.equal(displayText("การ เปิด เผย ข้อมูล"), "การเปิดเผยข้อมูล");
  assert.equal(displayText("ITA ปี ๒๕๖๕"), "ITA ปี๒๕๖๕", "an unmarked space between Thai letters or digits was added");
  assert.equal(displayText("Facebook หรือ LINE"), "Facebook หรือ LINE");
});

test("property: what the page shows comes back from what the index holds, spaces and all", () => {
  const unit = fc.constantFrom("ก", "า", "ี", "่", "ป", "ร", "ะ", "ม", "ณ", "เ", "ด", "๑", "๒", "1", "2", " ", "\n", "a", "B", ".", "-", "(");
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 40 }), fc.boolean(), (text, block) => {
      const shown = displayText(asPagefindReturns(indexText(text, block))).trim();
      assert.equal(shown, asPagefindReturns(text).trim());
    }),
    { numRuns: 500 },
  );
});

test("a word can start at a consonant or a vowel written before one, not inside a cluster or a vowel", () => {
  const at = (word: string, i: number) => canStart(word, i);
  assert.equal(at("ปีงบประมาณ", 2), true, "ง after ปี");
  assert.equal(at("ปีงบประมาณ", 1), false, "ี is a vowel mark");
  assert.equal(at("ปีงบประมาณ", 6), false, "ะ is written after its consonant");
  assert.equal(at("เปิด", 1), false, "the consonant of a vowel written before it");
  assert.equal(at("โครงการ", 2), false, "ร of the cluster คร after โ");
  assert.equal(at("ข้อมูล", 2), false, "อ of the vowel -อ after a tone mark");
  assert.equal(at("ข้อมูล", 3), true, "ม after ข้อ");
  assert.equal(at("ผู้อำนวยการ", 3), true, "อ with its own vowel ำ starts อำนวย");
  assert.equal(at("เรียน", 3), false, "ย of เ-ีย");
  assert.equal(at("ด้วย", 2), false, "ว of the vowel -ัว written without ั");
  assert.equal(at("ตัวอย่าง", 2), false, "ว of -ัว");
  assert.equal(at("ตัวอย่าง", 3), true, "อ after ตัว");
  assert.equal(at("เว็บไซต์", 6), false, "ต before ์ is silent");
});

test("the inner words of a compound ICU keeps whole are indexed, so a word inside it is found", () => {
  assert.deepEqual(thaiWords("ปีงบประมาณ"), ["ปีงบประมาณ"], "ICU keeps it whole");
  const inner = innerWords("ปีงบประมาณ");
  assert.ok(inner.includes("งบประมาณ") && inner.includes("ประมาณ"), inner.join(" "));
  for (const w of inner) assert.ok(/^[\u0E01-\u0E2E\u0E40-\u0E44]/.test(w), `${w} starts where a word can`);
  assert.ok(innerWords("คอนกรีตเสริมเหล็ก").includes("เสริมเหล็ก"));
  assert.ok(innerWords("ประชาสัมพันธ์").includes("สัมพันธ์"));
  assert.deepEqual(innerWords("ข้อมูล"), ["มูล"], "not อมูล: อ is the vowel of ข้อ");
  assert.deepEqual(innerWords("ถนน"), [], "too short to hold another word");
});

test("a word ICU mis-cuts because of a letter glued after it is cut again without that letter", () => {
  // ICU cuts การทุจริต well on its own, but not with ณ glued after it
  const { words, extra } = wordsForIndex("ต่อต้านการทุจริตณ");
  assert.ok(!words.includes("ทุจริต"), words.join("|"));
  assert.ok(extra.includes("ทุจริต"), extra.join("|"));
});

test("queries are cut like pages, once per digit style", () => {
  assert.deepEqual(queryVariants("94.23"), ["94.23", "๙๔.๒๓"]);
  assert.deepEqual(queryVariants("๙๔.๒๓"), ["94.23", "๙๔.๒๓"]);
  assert.deepEqual(queryVariants("ปี2566"), ["ปี 2566", "ปี ๒๕๖๖"]);
  assert.deepEqual(queryVariants("การเปิดเผยข้อมูล"), ["การ เปิด เผย ข้อมูล"]);
  assert.deepEqual(queryVariants("การดําเนินงาน"), queryVariants("การดำเนินงาน"), "ํ + า typed is ำ");
  assert.deepEqual(queryVariants("  "), []);
});

test("a page holds a query when its own text holds every term, whatever spaces, digits or case", () => {
  const page = `ผล คะแนน รวม${GAP} ๙๔.๒๓${GAP} ระดับ${GAP} A`;
  assert.equal(holdsQuery(page, "94.23"), true);
  assert.equal(holdsQuery(page, "๙๔.๒๓"), true);
  assert.equal(holdsQuery(page, "คะแนนรวม"), true, "the index's added spaces do not count");
  assert.equal(holdsQuery(page, "คะแนนรวม a"), true, "terms are each looked for, in any letter case");
  assert.equal(holdsQuery(page, "คะแนนรวม 2565"), false, "every term must be there");
  assert.equal(holdsQuery("ปีงบประมาณ", "งบประมาณ"), true, "inside a longer word");
  // numbers are whole numbers
  assert.equal(holdsQuery(page, "94.2"), false);
  assert.equal(holdsQuery(page, "4.23"), false);
  assert.equal(holdsQuery("ปี ๒๕๖๔", "4"), false);
  assert.equal(holdsQuery(`ตัว ชี้ วัด ที่${GAP} ๔`, "4"), true);
  // the tail of inner words is not the page's text
  assert.equal(pageText(`ข้อความ${TAIL} งบประมาณ`), "ข้อความ");
  assert.equal(holdsQuery(`ข้อความ${TAIL} งบประมาณ`, "งบประมาณ"), false);
});

test("matchRanges: where the terms are, in the text as shown", () => {
  assert.deepEqual(matchRanges("คะแนนรวม ๙๔.๒๓ ระดับ", "94.23"), [[9, 14]]);
  assert.deepEqual(matchRanges("ปีงบประมาณ ปีงบประมาณ", "งบประมาณ"), [[2, 10], [13, 21]]);
  assert.deepEqual(matchRanges("abc", "ab bc"), [[0, 3]], "overlapping matches merge");
  assert.deepEqual(matchRanges("ปี ๒๕๖๔", "4"), []);
});

test("the passage: around the first match, cut between words, as the page shows it", () => {
  const shown = `${"ข้อความนำ ".repeat(20)}ปีงบประมาณ ๒๕๖๖ ${"ข้อความท้าย ".repeat(20)}`.trim();
  const content = asPagefindReturns(indexText(shown, true));
  const { text, marks } = excerpt(content, "งบประมาณ", 30);
  assert.ok(text.startsWith("… ") && text.endsWith(" …"), text);
  assert.ok(shown.includes(text.slice(2, -2)), `no added space and no mark in: ${text}`);
  assert.ok(!text.includes(GAP));
  assert.equal(marks.length, 1);
  assert.equal(text.slice(marks[0]![0], marks[0]![1]), "งบประมาณ");
  // the query only in the tail (such a page is never listed): the passage is the page's beginning, nothing marked
  const other = excerpt(`${asPagefindReturns(indexText("ข้อความนำ ".repeat(20), true))}${TAIL} งบประมาณ`, "งบประมาณ", 30);
  assert.ok(other.text.startsWith("ข้อความนำ ข้อความนำ"), other.text);
  assert.ok(!other.text.includes("งบ"));
  assert.deepEqual(other.marks, []);
  // no space at all in the window: the passage is cut inside a word, not left empty
  assert.equal(excerpt("ก".repeat(200), "ข", 30).text, `${"ก".repeat(30)} …`);
});

interface FakePage {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Pagefind as the search page uses it: `search` returns candidates whose data() loads on demand. */
function fakePagefind(found: Record<string, string[]>, pages: Record<string, FakePage>) {
  const searched: string[] = [];
  let loads = 0;
  return {
    searched,
    loads: () => loads,
    search: async (term: string) => {
      searched.push(term);
      return {
        results: (found[term] ?? []).map((id) => ({
          id,
          data: async () => {
            loads++;
            return pages[id]!;
          },
        })),
      };
    },
  };
}

test("findPages: the exact sequence first, then the words anywhere; only pages that hold the query", async () => {
  const page = (url: string, content: string) => ({ url, content, meta: { title: url } });
  const pages = {
    a: page("/a/", "ปี งบ ประมาณ"), // holds งบประมาณ as a sequence
    b: page("/b/", `ปีงบประมาณ${TAIL} งบประมาณ ประมาณ`), // only inside a compound: found through the tail
    c: page("/c/", "งบ ดุล และ ประมาณ การ"), // both words, apart: not the query
  };
  const pf = fakePagefind({ '"งบ ประมาณ"': ["a"], "งบ ประมาณ": ["a", "c", "b"] }, pages);
  const hits = await findPages(pf, "งบประมาณ");
  assert.deepEqual(pf.searched, ['"งบ ประมาณ"', "งบ ประมาณ"]);
  assert.deepEqual(
    hits.map((h) => h.url),
    ["/a/", "/b/"],
  );
});

test("findPages: a number is searched in both digit styles; limits hold", async () => {
  const pages = Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [`p${i}`, { url: `/p${i}/`, content: i % 2 ? "คะแนน ๙๔.๒๓" : "คะแนน 94.23", meta: {} }]),
  );
  const ids = Object.keys(pages);
  const pf = fakePagefind({ '"๙๔.๒๓"': ids.filter((_, i) => i % 2), "94.23": ids.filter((_, i) => !(i % 2)) }, pages);
  const all = await findPages(pf, "94.23");
  assert.deepEqual(pf.searched, ['"94.23"', '"๙๔.๒๓"', "94.23", "๙๔.๒๓"]);
  assert.equal(all.length, 30);
  const stats = { candidates: 0 };
  const pf2 = fakePagefind({ "94.23": ids }, pages);
  const few = await findPages(pf2, "94.23", { limit: 5, loads: 12, stats });
  assert.equal(few.length, 5);
  assert.equal(stats.candidates, 30);
  assert.ok(pf2.loads() <= 12, `read ${pf2.loads()} pages`);
});
