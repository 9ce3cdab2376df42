/**
 * The words the search index needs besides ICU's cut of a page's Thai text
 * (search-text.js), put in a tail after the page's text in the indexed copy.
 * Only the build uses them: a query is cut by ICU alone, and Pagefind matches
 * each of its words with the start of an indexed word, so an indexed ending
 * of a compound (งบประมาณ of ปีงบประมาณ) finds the compound's page.
 *
 * ICU offers no test of whether a piece of a word is a word (it takes pieces
 * it does not know for words too), so the endings kept are those where a word
 * can start by how Thai is written, after a beginning that ICU cuts as words
 * on its own. Most extra words are still no words; they cost a little index
 * and are never shown.
 */
import { CACHE, segment, thaiWords } from "./search-text.js";

const THAI_RUN = /[\u0E01-\u0E4F]+/g;

/** Shortest word whose endings are indexed too (code points). */
const INNER_MIN = 5;
/**
 * Longer "words" have no inner words taken: real ones are short (the longest
 * ICU keeps whole in the example and the bench texts is คอนกรีตเสริมเหล็ก, 17
 * letters), while a run ICU cannot cut (ก่ก่ก่…, text broken by a PDF copy)
 * would give one ending per letter, each nearly as long: quadratic time and
 * index size (a 6,000-letter run: a 9 MB index copy).
 */
export const INNER_MAX = 32;
const CONSONANT = /[\u0E01-\u0E2E]/;
const LEADING_VOWEL = /[\u0E40-\u0E44]/;
const TONE = /[\u0E48-\u0E4B]/;
// a vowel written after or above/below its consonant (not ำ, whose sound closes the syllable)
const OPEN_VOWEL = /[\u0E30-\u0E32\u0E34-\u0E3A\u0E45\u0E47]/;

/**
 * Whether a word can start at `word[i]` by how Thai is written (a rough
 * version of the Thai character cluster rules): at a consonant or a vowel
 * written before one, but not at the consonant of เ แ โ ใ ไ, at the second
 * consonant of a cluster after one (เปล, โคร), at a silent letter (์), at the
 * ย อ ว of the vowels เ-ีย เ-ือ -ัว -อ (เรียน, ข้อ, ด้วย). A consonant that
 * ends a syllable cannot be told from one that starts the next (ประกาศ|ต่าง,
 * ปี|งบ): both are kept.
 */
export function canStart(word: string, i: number): boolean {
  const c = word[i] ?? "";
  const before = word[i - 1] ?? "";
  const after = word[i + 1] ?? "";
  if (!CONSONANT.test(c) && !LEADING_VOWEL.test(c)) return false;
  if (LEADING_VOWEL.test(before) || after === "\u0E4C") return false;
  if (i >= 2 && LEADING_VOWEL.test(word[i - 2] ?? "") && CONSONANT.test(before) && /[รลว]/.test(c)) return false;
  // the vowel before, past a tone mark
  const vowel = TONE.test(before) ? (word[i - 2] ?? "") : before;
  // ย อ ว that are part of a vowel are followed by a consonant or nothing; starting a word, by a vowel or tone mark
  const ownVowel = OPEN_VOWEL.test(after) || TONE.test(after) || after === "\u0E33";
  if (/[ยอ]/.test(c) && /[\u0E35\u0E37]/.test(vowel) && !ownVowel) return false;
  if (c === "ว" && vowel === "\u0E31" && !ownVowel) return false;
  if (/[อว]/.test(c) && TONE.test(before) && !ownVowel) return false;
  return true;
}

const innerCache = new Map<string, string[]>();

/**
 * Whether ICU, shown `text` between two ordinary words (และ, which does not
 * run into its neighbours the way การ does: การปฏิการ), cuts exactly at its
 * two ends into words of two letters or more: a weak test that `text` is made
 * of words (ICU also takes pieces it does not know for words, but fewer).
 */
function wordsOnTheirOwn(text: string): boolean {
  const words = segment(`และ${text}และ`);
  if (words[0] !== "และ" || words[words.length - 1] !== "และ") return false;
  const inner = words.slice(1, -1);
  return inner.join("") === text && inner.every((w) => w.length >= 2);
}

/**
 * The endings of a Thai word of at least INNER_MIN letters that could start a
 * word of their own: those where a word can start by how Thai is written
 * (`canStart`), and whose beginning before them is words on its own
 * (`wordsOnTheirOwn`).
 * ปีงบประมาณ gives งบประมาณ (after ปี) and ประมาณ (after ปี งบ).
 */
export function innerWords(word: string): string[] {
  if (word.length < INNER_MIN || word.length > INNER_MAX) return [];
  let out = innerCache.get(word);
  if (out) return out;
  out = [];
  for (let i = 2; i <= word.length - 2; i++) {
    if (canStart(word, i) && wordsOnTheirOwn(word.slice(0, i))) out.push(word.slice(i));
  }
  if (innerCache.size >= 50_000) innerCache.clear();
  innerCache.set(word, out);
  return out;
}

// a consonant (or ฤ ฦ) with the vowels and marks written with it, and a vowel written before it
const FIRST_CLUSTER = /^[\u0E40-\u0E44]?[\u0E01-\u0E2E][\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]*/;
const LAST_CLUSTER = /[\u0E40-\u0E44]?[\u0E01-\u0E2E][\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]*$/;

/**
 * The words of `text` that the index needs besides its words as ICU cut them,
 * in their order:
 * - the inner words of its long words (`innerWords`);
 * - the words ICU finds at either end of a run of Thai letters once the first
 *   or last letter is taken away: ICU's cut depends on what follows, and a
 *   letter glued to a word can change it (การทุจริตณ gives ทุ จริต ณ, without
 *   the ณ ทุจริต). Only the run's first and last three words are cut again.
 */
export function wordsForIndex(text: string): { words: string[]; extra: string[] } {
  const words: string[] = [];
  const extra: string[] = [];
  for (const run of text.match(THAI_RUN) ?? []) {
    words.push(...thaiWords(run));
    extra.push(...extraWords(run));
  }
  return { words, extra };
}

const extraCache = new Map<string, string[]>();

/**
 * The words of a run of Thai letters that the index needs besides ICU's cut of
 * it (see `wordsForIndex`). Cached like `thaiWords`.
 */
function extraWords(run: string): string[] {
  let extra = extraCache.get(run);
  if (extra) return extra;
  extra = [];
  const cut = thaiWords(run);
  for (const word of cut) extra.push(...innerWords(word));
  if (cut.length >= 2) {
    // ICU's boundaries in the run; a word cut again is kept only if it spans one of them
    const bounds = new Set<number>();
    let at = 0;
    for (const word of cut) bounds.add((at += word.length));
    const first = cut.slice(0, 3).join("");
    const last = cut.slice(-3).join("");
    const head = first.replace(FIRST_CLUSTER, "");
    const tail = last.replace(LAST_CLUSTER, "");
    for (const [part, from] of [[head, first.length - head.length], [tail, run.length - last.length]] as const) {
      let start = from;
      for (const word of part ? segment(part) : []) {
        const end = start + word.length;
        for (let b = start + 1; b < end && canStart(run, start); b++) {
          if (bounds.has(b)) {
            extra.push(word);
            break;
          }
        }
        start = end;
      }
    }
  }
  if (run.length <= CACHE.longest) {
    if (extraCache.size >= CACHE.entries) extraCache.clear();
    extraCache.set(run, extra);
  }
  return extra;
}

