// @ts-check
/**
 * @fileoverview Thai words for the search index, and the same rules for the
 * search page. Plain JavaScript with JSDoc types, because the very same file is
 * also served to browsers (/assets/js/search-text.js): the query must be cut
 * into words exactly as the indexed pages were, or words would not meet.
 *
 * Pagefind's own Thai segmentation (charabia, at `lang="th"`) was about half the
 * build's time and most of its memory. Instead, the build splits Thai words
 * with the ICU segmenter every JavaScript engine has (Intl.Segmenter "th") in
 * an in-memory copy of each page, separating them with ordinary spaces, and
 * Pagefind indexes that copy as space-separated words (`forceLanguage: "en"`).
 * The published pages are never changed.
 *
 * Added spaces cannot be told from the page's own by Pagefind (it keeps no
 * invisible separator: U+200B is deleted, and all white space comes back as
 * one plain space), so the real gaps are marked instead: GAP (U+2060 WORD
 * JOINER, invisible) is written after a Thai letter or digit that is followed
 * by white space or by the end of a block of text. The search page then
 * deletes every space between two Thai letters or digits that has no GAP
 * before it, and the GAPs themselves (`displayText`).
 *
 * Known weaknesses of ICU's dictionary, handled here:
 * - long compounds it keeps whole (ปีงบประมาณ, คอนกรีตเสริมเหล็ก), whose inner
 *   words (งบประมาณ) would not be found, and words it mis-cuts when a letter is
 *   glued after them: the indexed copy gets the words it needs besides ICU's
 *   in a tail after the page's text (search-words.ts, `TAIL`); Pagefind
 *   matches a query's word with the start of an indexed one, so งบ finds
 *   งบประมาณ there. The search page cuts the tail off again (`pageText`);
 * - Thai letters glued to digits (ปี๒๕๖๕): split apart;
 * - the two digit styles (๑๒.๓๔ and 12.34): the search page searches both.
 */

/** Marks a real gap (white space, or the end of a block) after a Thai letter or digit in the indexed copy. */
export const GAP = "\u2060";

/** Starts the tail of extra words after a page's text in the indexed copy (GAP never comes twice otherwise). */
export const TAIL = `${GAP}${GAP}`;

// Thai letters, vowels, tone marks, ๆ, ฯ and ฿ (not the digits ๐–๙, not ๚ ๛)
const THAI_LETTERS = "\u0E01-\u0E4F";
/** The Thai digits ๐–๙, each at its value's index (thai.ts writes numbers with them too). */
export const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
/** A character next to which the indexed copy may hold an added space. */
const JOINABLE = /[\u0E01-\u0E590-9]/;
// a run of Thai letters, or a run of digits of either style
const RUNS = new RegExp(`[${THAI_LETTERS}]+|[0-9\u0E50-\u0E59]+`, "g");

/** @type {Intl.Segmenter | undefined} */
let segmenter;
/** @type {Map<string, string[]>} */
const wordCache = new Map();
/** Runs kept: short ones (labels, headings, names) repeat on many pages; prose seldom does. */
export const CACHE = { entries: 20_000, longest: 64 };
// the long runs of the last few blocks: the index's copy reads each block's runs more than once
/** @type {Map<string, string[]>} */
const recent = new Map();

/**
 * ICU's cut of Thai letters into words (การเปิดเผยข้อมูล: การ เปิด เผย ข้อมูล).
 * @param {string} run Thai letters only
 * @returns {string[]}
 */
export function segment(run) {
  segmenter ??= new Intl.Segmenter("th", { granularity: "word" });
  /** @type {string[]} */
  const words = [];
  for (const s of segmenter.segment(run)) words.push(s.segment);
  return words;
}

/**
 * ICU's cut of a run of Thai letters into words (`segment`), cached for short
 * runs: a site repeats its headings, labels and name on many pages.
 * @param {string} run Thai letters only
 * @returns {string[]}
 */
export function thaiWords(run) {
  const cache = run.length > CACHE.longest ? recent : wordCache;
  let words = cache.get(run);
  if (!words) {
    words = segment(run);
    if (cache.size >= (cache === recent ? 64 : CACHE.entries)) cache.clear();
    cache.set(run, words);
  }
  return words;
}

/**
 * The page's own text of what Pagefind returns for a page: without the tail
 * of extra words.
 * @param {string} content
 */
export function pageText(content) {
  const tail = content.indexOf(TAIL);
  return tail < 0 ? content : content.slice(0, tail);
}

/**
 * Where the indexed copy of `text` gets an added space or a GAP: pairs of
 * (offset in `text`, what to insert before that character), in order.
 * `block`: the text is a whole block (a paragraph, a table cell …). Pagefind
 * runs some blocks together (a <dt> and its <dd>), so a block that starts with
 * a Thai letter or digit gets a space before it, and one that ends with one
 * gets a GAP and a space after it: its first and last words stay words.
 * @param {string} text plain text (entities may be present: they are neither Thai nor digits)
 * @param {boolean} [block]
 * @returns {Array<[number, string]>}
 */
export function indexInsertions(text, block = false) {
  /** @type {Array<[number, string]>} */
  const out = [];
  let prevEnd = -1; // end of the previous Thai or digit run
  let prevKind = "";
  RUNS.lastIndex = 0;
  for (let m = RUNS.exec(text); m; m = RUNS.exec(text)) {
    const start = m.index;
    const kind = m[0].charCodeAt(0) >= 0x0e01 && m[0].charCodeAt(0) <= 0x0e4f ? "thai" : "digit";
    // letters glued to digits (ปี๒๕๖๕): two words
    if (start === prevEnd && kind !== prevKind) out.push([start, " "]);
    if (kind === "thai") {
      let at = start;
      const words = thaiWords(m[0]);
      for (let i = 0; i < words.length - 1; i++) {
        at += /** @type {string} */ (words[i]).length;
        out.push([at, " "]);
      }
    }
    prevEnd = start + m[0].length;
    prevKind = kind;
  }
  // real gaps: white space between two joinable characters
  const gaps = /\s+|&nbsp;|&#160;|&#x[aA]0;/g;
  for (let m = gaps.exec(text); m; m = gaps.exec(text)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if (before && JOINABLE.test(before) && (after === undefined || JOINABLE.test(after))) out.push([m.index, GAP]);
  }
  if (block && JOINABLE.test(text[0] ?? "")) out.push([0, " "]);
  if (block && JOINABLE.test(text[text.length - 1] ?? "")) out.push([text.length, `${GAP} `]);
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * `text` as the index sees it: Thai words apart, real gaps marked.
 * @param {string} text
 * @param {boolean} [block] the text is a whole block
 */
export function indexText(text, block = false) {
  let out = "";
  let from = 0;
  for (const [at, insert] of indexInsertions(text, block)) {
    out += text.slice(from, at) + insert;
    from = at;
  }
  return out + text.slice(from);
}

const ADDED_SPACE = /([\u0E01-\u0E590-9]) +(?=[\u0E01-\u0E590-9])/g;

/**
 * Text from the index (a title, an excerpt, a page's content) as the page
 * shows it: the added spaces between Thai words and the GAP marks removed.
 * @param {string} text
 */
export function displayText(text) {
  return text.replace(ADDED_SPACE, "$1").replaceAll(GAP, "");
}

/**
 * Thai digits as ASCII digits.
 * @param {string} text
 */
export function asciiDigits(text) {
  return text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}

/**
 * ASCII digits as Thai digits.
 * @param {string} text
 */
export function thaiDigits(text) {
  return text.replace(/[0-9]/g, (d) => /** @type {string} */ (THAI_DIGITS[Number(d)]));
}

/**
 * NFC, plus SARA AM written as NIKHAHIT + SARA AA (ํ + า, a common typing habit
 * that NFC keeps apart) joined into ำ, so that equal words compare equal. The
 * build's reading of staff text (thai.ts) and the search page's of a query.
 * @param {string} text
 */
export function normalizeThai(text) {
  return text.normalize("NFC").replace(/\u0E4D\u0E32/g, "\u0E33");
}

/**
 * What the user typed, cleaned as page text is: `normalizeThai`, invisible
 * characters removed; then split into the terms the user separated with spaces.
 * @param {string} query
 * @returns {string[]}
 */
function queryTerms(query) {
  return normalizeThai(query)
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * The words of the query as the index holds them, once per digit style that
 * the query could have been written in on the page (12.34 is also ๑๒.๓๔).
 * @param {string} query
 * @returns {string[]} space-separated words, one string per digit style
 */
export function queryVariants(query) {
  const words = queryTerms(query)
    .map((t) => indexText(t))
    .join(" ");
  if (!words) return [];
  return [...new Set([asciiDigits(words), thaiDigits(words)])];
}

/**
 * A page's text in the form terms are compared in: no white space, no GAP nor
 * other zero-width character, ASCII digits, lower case.
 * @param {string} text
 */
function compact(text) {
  return asciiDigits(text.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, "")).toLowerCase();
}

const DIGIT = "[0-9\u0E50-\u0E59]";
/** @type {Map<string, RegExp>} */
const patterns = new Map();

/**
 * How a term of the query is looked for in a page's text: its letters in
 * order, with any white space or zero-width characters between them (the page
 * may write apart what the user typed together, and the index's copy has
 * spaces between words), whatever the letter case and digit style; and a
 * number only as a whole number (4 is not found in 2564, nor 12.34 in 112.345).
 * @param {string} term one term of `queryTerms`
 * @returns {RegExp | undefined} global; undefined for a term of no letters
 */
function termPattern(term) {
  let re = patterns.get(term);
  if (re) return re;
  const chars = [...compact(term)];
  if (!chars.length) return undefined;
  const body = chars
    .map((c) => {
      const d = "0123456789".indexOf(c);
      return d >= 0 ? `[${c}${THAI_DIGITS[d]}]` : c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("[\\s\u200B-\u200D\u2060\uFEFF]*");
  const before = /[0-9]/.test(/** @type {string} */ (chars[0])) ? `(?<!${DIGIT})` : "";
  const after = /[0-9]/.test(/** @type {string} */ (chars[chars.length - 1])) ? `(?!${DIGIT})` : "";
  re = new RegExp(before + body + after, "gi");
  if (patterns.size >= 1000) patterns.clear();
  patterns.set(term, re);
  return re;
}

/**
 * Whether a page's text holds every term of the query (`termPattern`):
 * Pagefind also returns pages that only hold words starting like the query's,
 * or its words apart.
 * @param {string} content the page's text as Pagefind returns it
 * @param {string} query
 */
export function holdsQuery(content, query) {
  const page = pageText(content);
  const terms = queryTerms(query);
  return terms.length > 0 && terms.every((t) => {
    const re = termPattern(t);
    if (!re) return true;
    re.lastIndex = 0;
    return re.test(page);
  });
}

/**
 * Where the terms of the query occur in `text` (`termPattern`), as merged
 * [start, end) ranges.
 * @param {string} text
 * @param {string} query
 * @returns {Array<[number, number]>}
 */
export function matchRanges(text, query) {
  /** @type {Array<[number, number]>} */
  const ranges = [];
  for (const term of queryTerms(query)) {
    const re = termPattern(term);
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  /** @type {Array<[number, number]>} */
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push(r);
  }
  return merged;
}

/**
 * A short passage of a page around the first place that holds the query, as
 * the page shows it, with where to highlight the query's terms. The passage
 * is cut between words (the index's copy knows where they are).
 * @param {string} page the page's text as Pagefind returns it (words apart)
 * @param {string} query
 * @param {number} [around] characters kept before and after the first match
 * @returns {{ text: string, marks: Array<[number, number]> }}
 */
export function excerpt(page, query, around = 80) {
  const content = pageText(page);
  const first = matchRanges(content, query)[0];
  const start = first ? first[0] : 0;
  const end = first ? first[1] : 0;
  let from = Math.max(0, start - around);
  let to = Math.min(content.length, end + around);
  if (from > 0) from = content.indexOf(" ", from) + 1 || start;
  if (from > start) from = start;
  if (to < content.length) {
    const space = content.lastIndexOf(" ", to);
    if (space > end) to = space; // else no word ends in the window: cut inside one rather than show nothing
  }
  const text = `${from > 0 ? "… " : ""}${displayText(content.slice(from, to)).trim()}${to < content.length ? " …" : ""}`;
  return { text, marks: matchRanges(text, query) };
}

/**
 * @typedef {{ url: string, content: string, meta: Record<string, string | undefined> }} PageData
 * @typedef {{ id: string, data: () => Promise<PageData> }} PageResult
 * @typedef {{ search: (term: string) => Promise<{ results: PageResult[] } | null> }} Pagefind
 */

/**
 * Search the index for the pages that hold the query, best first, at most
 * `limit`. Each digit style of the query is searched twice: as an exact
 * sequence of words (precise: Pagefind checks the order), then as words
 * anywhere on the page, each possibly the start of a longer word (finds a
 * word inside a compound ICU kept whole). Pagefind's candidates are then
 * checked against the page's text (`holdsQuery`), reading at most `loads`
 * of them. `stats.candidates` receives how many candidates Pagefind gave.
 * @param {Pagefind} pf
 * @param {string} query
 * @param {{ limit?: number, loads?: number, stats?: { candidates: number } }} [options]
 * @returns {Promise<PageData[]>}
 */
export async function findPages(pf, query, { limit = 50, loads = 150, stats } = {}) {
  const variants = queryVariants(query);
  const searches = await Promise.all([...variants.map((v) => pf.search(`"${v}"`)), ...variants.map((v) => pf.search(v))]);
  /** @type {PageResult[]} */
  const candidates = [];
  const seen = new Set();
  for (const found of searches) {
    for (const r of found?.results ?? []) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      candidates.push(r);
    }
  }
  if (stats) stats.candidates = candidates.length;
  /** @type {PageData[]} */
  const hits = [];
  const batch = 10;
  for (let i = 0; i < Math.min(candidates.length, loads) && hits.length < limit; i += batch) {
    const pages = await Promise.all(candidates.slice(i, Math.min(i + batch, loads)).map((r) => r.data()));
    for (const p of pages) if (hits.length < limit && holdsQuery(p.content, query)) hits.push(p);
  }
  return hits;
}
