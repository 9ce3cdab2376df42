/**
 * `npm run weigh`: page weight of the built site, per page type: HTML, CSS,
 * font and JavaScript bytes, raw and gzip, against the budget (HTML + CSS of
 * any page ≤ 30 KB gzip; fonts ≤ 60 KB on a first visit; no JavaScript needed
 * to read a page). A measurement, not a test: it prints numbers and exits 1
 * only when a page is over budget. Run `npm run build` first.
 * Usage: tsx scripts/weigh.ts [siteDir]
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const site = path.resolve(process.argv[2] ?? "_site");
const BUDGET = { htmlCss: 30 * 1024, fonts: 60 * 1024 };

/** One representative page per type (the example's paths). */
const PAGES: [string, string][] = [
  ["home", "index.html"],
  ["year", "2565/index.html"],
  ["analysis", "2565/analysis/index.html"],
  ["measures", "2565/measures/index.html"],
  ["OIT index", "2566/oit/index.html"],
  ["OIT item", "2566/oit/o42/index.html"],
  ["ITAS sheet", "2566/oit/itas/index.html"],
  ["trends", "trends/index.html"],
  ["open data", "open-data/index.html"],
  ["search", "search/index.html"],
];

interface Weight {
  raw: number;
  gzip: number;
}
const weigh = (bytes: Buffer): Weight => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Weight = { raw: 0, gzip: 0 };
const kb = (n: number) => (n / 1024).toFixed(1);

/** A site-absolute URL from a page (path prefix stripped) to a file in the build. */
function fileOf(url: string, from: string): string {
  const u = new URL(url, `http://x/${from}`);
  return path.join(site, decodeURIComponent(u.pathname));
}

/** A script and the modules it imports (`import … from "./x.js"`), each once. */
function scriptWeight(file: string, seen = new Set<string>()): Weight {
  if (seen.has(file)) return ZERO;
  seen.add(file);
  const bytes = readFileSync(file);
  let w = weigh(bytes);
  for (const m of bytes.toString("utf8").matchAll(/^import\s[^;]*?from\s+"(\.{1,2}\/[^"]+)"/gm)) w = add(w, scriptWeight(path.resolve(path.dirname(file), m[1]!), seen));
  return w;
}

/** The WebAssembly Pagefind loads for the index's language (pagefind-entry.json names it). */
function pagefindWasm(): string | undefined {
  const entry = path.join(site, "pagefind", "pagefind-entry.json");
  if (!existsSync(entry)) return undefined;
  const { languages } = JSON.parse(readFileSync(entry, "utf8")) as { languages: Record<string, { wasm?: string }> };
  const wasm = Object.values(languages)[0]?.wasm;
  return wasm ? `pagefind/wasm.${wasm}.pagefind` : undefined;
}

function main(): number {
  if (!existsSync(path.join(site, "index.html"))) {
    console.error(`No built site at ${site}: run npm run build first.`);
    return 2;
  }
  const rows: string[][] = [];
  let over = false;
  for (const [kind, rel] of PAGES) {
    const file = path.join(site, rel);
    if (!existsSync(file)) continue;
    const html = readFileSync(file);
    const text = html.toString("utf8");
    let css = ZERO;
    let fonts = ZERO;
    const fontFiles = new Set<string>();
    for (const m of text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
      const cssFile = fileOf(m[1]!, rel);
      const cssText = readFileSync(cssFile);
      css = add(css, weigh(cssText));
      for (const f of cssText.toString("utf8").matchAll(/url\("?([^")]+\.woff2)"?\)/g)) fontFiles.add(path.resolve(path.dirname(cssFile), f[1]!));
    }
    // worst case for a first visit: every face of the stylesheet (Thai and Latin, regular and bold)
    for (const f of fontFiles) fonts = add(fonts, weigh(readFileSync(f)));
    let js = ZERO;
    for (const m of text.matchAll(/<script[^>]* src="([^"]+)"/g)) js = add(js, scriptWeight(fileOf(m[1]!, rel)));
    if (kind === "search") {
      // loaded on the first search: Pagefind's script and its WebAssembly
      for (const f of ["pagefind/pagefind.js", pagefindWasm() ?? "pagefind/wasm.unknown.pagefind"]) {
        if (existsSync(path.join(site, f))) js = add(js, weigh(readFileSync(path.join(site, f))));
      }
    }
    const htmlW = weigh(html);
    const htmlCss = htmlW.gzip + css.gzip;
    const ok = htmlCss <= BUDGET.htmlCss && fonts.raw <= BUDGET.fonts;
    over ||= !ok;
    rows.push([kind, `${kb(htmlW.raw)} / ${kb(htmlW.gzip)}`, `${kb(css.raw)} / ${kb(css.gzip)}`, kb(htmlCss), `${kb(fonts.raw)}`, js.raw ? `${kb(js.raw)} / ${kb(js.gzip)}` : "0", ok ? "ok" : "OVER"]);
  }
  const head = ["page type", "HTML KB raw/gz", "CSS KB raw/gz", "HTML+CSS gz", "fonts KB (woff2)", "JS KB raw/gz", "budget"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log(`\nBudget: HTML + CSS ≤ ${kb(BUDGET.htmlCss)} KB gzip per page; fonts ≤ ${kb(BUDGET.fonts)} KB on a first visit (woff2 is already compressed).`);
  console.log("JavaScript: none on any page except search, where it loads only to search.");
  return over ? 1 : 0;
}

process.exitCode = main();
