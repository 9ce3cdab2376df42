/**
 * The copy of a built page that the search index reads: the same HTML with
 * Thai words split apart and real gaps marked in its text (see search-text.js),
 * and, in a tail after its text, the words the index needs besides those
 * (search-words.ts: the inner words of compounds …). Only text changes and the
 * tail is added; tags, attributes, scripts and styles are kept byte for byte,
 * so Pagefind finds the same title, body and metadata.
 *
 * Text is read in "blocks": the text between two tags that are not inline
 * (a <p>, a <td>, a <br> …). Inline tags (<a>, <strong> …) do not cut a word
 * in two, so the text on both sides is segmented as one string. Each block's
 * first and last words are kept apart from its neighbours' (see `indexInsertions`).
 */
import { TAIL, indexInsertions } from "./search-text.js";
import { wordsForIndex } from "./search-words.ts";

/** Tags Pagefind runs together with the text around them (no space between). */
const INLINE = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "img", "ins", "kbd", "label", "mark", "output", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"]);
/** Elements without a closing tag. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

// a comment, an element whose content is not text (kept whole), a tag, or text
const TOKENS = /<!--[\s\S]*?-->|<(script|style|template|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

interface Open {
  name: string;
  /** the element Pagefind indexes (data-pagefind-body) */
  body: boolean;
  /** an element Pagefind leaves out (data-pagefind-ignore) */
  ignored: boolean;
}


/** Whether a tag's attributes name `name` itself, not inside another attribute's value (a staff link's URL may hold any text). */
function hasAttribute(attrs: string, name: string): boolean {
  return new RegExp(`(^|\\s)${name}(?=[\\s=/]|$)`).test(attrs.replace(/"[^"]*"|'[^']*'/g, '""'));
}

/**
 * The extra words the index does not hold already. Pagefind matches a query's
 * word with the start of an indexed word, so a word that starts another one
 * (ประมาณ of ประมาณการ) is found through that one.
 */
function extraNeeded(words: ReadonlySet<string>, extra: ReadonlySet<string>): string[] {
  const all = [...new Set([...words, ...extra])].sort();
  return all.filter((w, i) => extra.has(w) && !words.has(w) && !all[i + 1]?.startsWith(w));
}

/**
 * `html` as the search index should read it. Only the text Pagefind reads is
 * changed: that of the data-pagefind-body element when the page has one (else
 * all of it), outside data-pagefind-ignore.
 */
export function indexHtml(html: string): string {
  const whole = !html.includes("data-pagefind-body");
  const parts: string[] = [];
  const stack: Open[] = [];
  let ignored = 0;
  // the body's words, and the others the index needs (`wordsForIndex`)
  const words = new Set<string>();
  const extra = new Set<string>();
  let inBody = false;
  // the text pieces of the current block: their index in `parts`
  let block: number[] = [];
  const flush = () => {
    if (!block.length) return;
    if (ignored || !(inBody || whole)) {
      block = [];
      return;
    }
    const texts = block.map((i) => parts[i]!);
    const joined = texts.length === 1 ? texts[0]! : texts.join("");
    const found = wordsForIndex(joined);
    for (const w of found.words) words.add(w);
    for (const w of found.extra) extra.add(w);
    const inserts = indexInsertions(joined, true);
    // each insertion goes into the piece it falls in; one at a piece's end stays in that piece (before the tag)
    let k = 0;
    let start = 0;
    for (let j = 0; j < texts.length && k < inserts.length; j++) {
      const text = texts[j]!;
      const end = start + text.length;
      let out = "";
      let from = 0;
      for (; k < inserts.length && inserts[k]![0] <= end; k++) {
        const [at, what] = inserts[k]!;
        out += text.slice(from, at - start) + what;
        from = at - start;
      }
      parts[block[j]!] = out + text.slice(from);
      start = end;
    }
    block = [];
  };
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(html); m; m = TOKENS.exec(html)) {
    const token = m[0];
    if (token[0] !== "<" || token === "<") {
      block.push(parts.length);
      // U+2060 is this copy's own mark (real gaps, and the tail after the text): staff text that holds
      // one would cut the page's text short for the search page, so it loses them here
      parts.push(token.includes("\u2060") ? token.replaceAll("\u2060", "") : token);
      continue;
    }
    if (token.startsWith("<!--")) {
      parts.push(token); // invisible to the text: does not end a block
      continue;
    }
    const name = (m[3] ?? m[1] ?? "").toLowerCase();
    if (m[1] || !INLINE.has(name)) flush();
    if (m[2] === "/") {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) {
        const closed = stack.splice(at);
        for (const e of closed) if (e.ignored) ignored--;
        if (closed[0]!.body) {
          // the end of the indexed element: the words the index needs besides the body's go last in it
          const tail = extraNeeded(words, extra);
          if (tail.length) parts.push(`<p>${TAIL} ${tail.join(" ")}</p>`);
          words.clear();
          extra.clear();
          inBody = false;
        }
      }
    } else if (!m[1] && !VOID.has(name) && !token.endsWith("/>")) {
      const attrs = m[4] ?? "";
      const body = hasAttribute(attrs, "data-pagefind-body");
      const ignore = hasAttribute(attrs, "data-pagefind-ignore");
      if (body) inBody = true;
      if (ignore) ignored++;
      stack.push({ name, body, ignored: ignore });
    }
    parts.push(token);
  }
  flush();
  return parts.join("");
}
