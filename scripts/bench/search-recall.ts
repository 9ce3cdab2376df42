/**
 * How well the search finds Thai words: recall and precision of the fixed
 * query set (tests/fixtures/search-queries.json) on the bench agency and on
 * the example, for two indexes of the same built pages:
 *
 * - "pagefind-th": Pagefind's own Thai segmentation (charabia, from the pages'
 *   lang="th"), searched as the search page did before: exactDiacritics, the
 *   query as typed, pages kept when their text holds every term;
 * - "split": the build's index (scripts/search-index.ts: Thai words split with
 *   Intl.Segmenter in a copy of each page), searched with the search page's
 *   own `findPages` (scripts/lib/search-text.js, served at /assets/js/).
 *
 * Both are searched in Chromium. The pages holding a query (the truth) are
 * those whose text, as Pagefind extracted it for the first index, holds every
 * term of the query by the rule the search page keeps results by
 * (`holdsQuery`: white space, letter case and the digit style do not matter;
 * numbers are whole numbers).
 * Every candidate is read (no cap of 50 as on the search page), so the figures
 * are what the engine can find. Each index is built as one index (no shards)
 * in its own process, timed like the bench (wall, CPU, peak memory) and weighed.
 *
 * Usage: npx tsx scripts/bench/search-recall.ts [--size=2500] [--no-example]
 *        [--no-agency] [--queries=<file>] [--json=<file>] [--keep]
 * A measurement, not a test: `npm test` does not run it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as pagefind from "pagefind";
import { holdsQuery } from "../lib/search-text.js";
import { createStaticServer } from "../serve.ts";
import { indexForSearch } from "../search-index.ts";
import { ROOT, TSX_CLI, copyExampleProject, copyProjectCode, countOutput, writeAgency } from "./project.ts";
import { measure, median } from "./measure.ts";

type Mode = "pagefind-th" | "split";
const MODES: Mode[] = ["pagefind-th", "split"];

function option(name: string): string | undefined {
  const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!hit) return undefined;
  return hit.includes("=") ? hit.slice(hit.indexOf("=") + 1) : "";
}

/** Pages of an agency without notices (year, analysis, OIT item pages …): `npm run bench` calibrates the same figure. */
const FIXED_PAGES = 217;

/** In a child process: index `site` one way, as one index. */
async function indexOnly(mode: Mode, site: string): Promise<void> {
  if (mode === "split") {
    await indexForSearch(site, { maxPages: 1_000_000 });
    return;
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join("; "));
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(added.errors.join("; "));
  const written = await index.writeFiles({ outputPath: path.join(site, "pagefind") });
  if (written.errors.length) throw new Error(written.errors.join("; "));
  await pagefind.close();
}

interface Query {
  q: string;
  kind: string;
  note?: string;
}

interface Found {
  urls: string[];
  /** what the search page shows (its limits: 50 results, 150 pages read) */
  shown: string[];
  candidates: number;
  ms: number;
}

/** Every page's text, as Pagefind extracted it: url → content. */
function pageTexts(bundle: string): Map<string, string> {
  const texts = new Map<string, string>();
  const dir = path.join(bundle, "fragment");
  for (const f of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(path.join(dir, f))).toString("utf8");
    const json = JSON.parse(raw.slice(raw.indexOf("{"))) as { url: string; content: string };
    texts.set(json.url, json.content);
  }
  return texts;
}

const bytesUnder = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? bytesUnder(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size), 0);

/** Run the queries against the site in `dir` in Chromium, the way `mode`'s search page does. */
async function search(dir: string, mode: Mode, queries: Query[]): Promise<Found[]> {
  const server = createStaticServer(dir, "/");
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "domcontentloaded" });
    // a script in the page's own words (plain JavaScript: tsx would add helpers the page does not have)
    const script = `(async ({ mode, queries }) => {
      const pf = await import("/pagefind/pagefind.js");
      const text = await import("/assets/js/search-text.js");
      await pf.options(mode === "split" ? {} : { exactDiacritics: true });
      await pf.init();
      const out = [];
      for (const q of queries) {
        const t0 = performance.now();
        if (mode === "split") {
          const stats = { candidates: 0 };
          const hits = await text.findPages(pf, q, { limit: Infinity, loads: Infinity, stats });
          const ms = performance.now() - t0;
          const shown = await text.findPages(pf, q); // the search page's own limits
          out.push({ urls: hits.map((h) => h.url), shown: shown.map((h) => h.url), candidates: stats.candidates, ms });
        } else {
          // the search page as it was: the query as typed, every term in the page's text
          const found = await pf.search(q);
          const pages = await Promise.all(found.results.map((r) => r.data()));
          const terms = q.split(/\\s+/).filter(Boolean);
          const holds = (p) => terms.every((t) => p.content.replace(/[\\s\\u200B]/g, "").includes(t));
          const hits = pages.filter(holds);
          // the search page read the first 50 candidates only
          out.push({ urls: hits.map((h) => h.url), shown: pages.slice(0, 50).filter(holds).map((h) => h.url), candidates: found.results.length, ms: performance.now() - t0 });
        }
      }
      return out;
    })(${JSON.stringify({ mode, queries: queries.map((x) => x.q) })})`;
    return (await page.evaluate(script)) as Found[];
  } finally {
    await browser.close();
    server.close();
  }
}

interface CorpusResult {
  corpus: string;
  pages: number;
  index: Record<Mode, { wallMs: number; cpuMs: number; maxRss: number; bytes: number }>;
  queries: { q: string; kind: string; truth: number; found: Record<Mode, number>; shown: Record<Mode, number>; candidates: Record<Mode, number>; wrong: Record<Mode, number>; lost: string[]; extra: string[]; ms: Record<Mode, number> }[];
}

async function corpus(name: string, project: string, queries: Query[], scratch: string): Promise<CorpusResult> {
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const built = await measure(process.execPath, [TSX_CLI, "scripts/build.ts"], { cwd: project, scratch, env: { PRONGSAI_PDF: "0", PRONGSAI_NO_SEARCH: "1" } });
  if (built.code !== 0) throw new Error(`build of ${name} failed:\n${built.stdout}\n${built.stderr}`);
  const site = path.join(project, "_site");
  const pages = countOutput(site).pages;
  log(`${name}: ${pages} pages built`);
  const dirs = {} as Record<Mode, string>;
  const index = {} as CorpusResult["index"];
  for (const mode of MODES) {
    dirs[mode] = path.join(project, `_site-${mode}`);
    cpSync(site, dirs[mode], { recursive: true });
    const m = await measure(process.execPath, [TSX_CLI, path.join(ROOT, "scripts/bench/search-recall.ts"), `--index-only=${mode}`, `--site=${dirs[mode]}`], { cwd: project, scratch });
    if (m.code !== 0) throw new Error(`indexing ${name} (${mode}) failed:\n${m.stdout}\n${m.stderr}`);
    index[mode] = { wallMs: m.ms, cpuMs: m.cpuMs, maxRss: m.maxRss, bytes: bytesUnder(path.join(dirs[mode], "pagefind")) };
    log(`  index ${mode}: ${(m.ms / 1000).toFixed(1)} s wall, ${(m.cpuMs / 1000).toFixed(1)} s CPU, peak ${(m.maxRss / 2 ** 20).toFixed(0)} MiB, ${(index[mode].bytes / 2 ** 20).toFixed(1)} MiB`);
  }
  const texts = [...pageTexts(path.join(dirs["pagefind-th"], "pagefind"))];
  const found = {} as Record<Mode, Found[]>;
  for (const mode of MODES) found[mode] = await search(dirs[mode], mode, queries);
  const rows = queries.map((query, i) => {
    const truth = new Set(texts.filter(([, text]) => holdsQuery(text, query.q)).map(([url]) => url));
    const row = { q: query.q, kind: query.kind, truth: truth.size, found: {} as Record<Mode, number>, shown: {} as Record<Mode, number>, candidates: {} as Record<Mode, number>, wrong: {} as Record<Mode, number>, ms: {} as Record<Mode, number>, lost: [] as string[], extra: [] as string[] };
    for (const mode of MODES) {
      const urls = found[mode][i]!.urls;
      row.found[mode] = urls.filter((u) => truth.has(u)).length;
      row.shown[mode] = found[mode][i]!.shown.filter((u) => truth.has(u)).length;
      row.wrong[mode] = urls.filter((u) => !truth.has(u)).length;
      row.extra.push(...urls.filter((u) => !truth.has(u)).slice(0, 3));
      row.candidates[mode] = found[mode][i]!.candidates;
      row.ms[mode] = found[mode][i]!.ms;
    }
    const after = new Set(found.split[i]!.urls);
    row.lost = found["pagefind-th"][i]!.urls.filter((u) => truth.has(u) && !after.has(u));
    return row;
  });
  return { corpus: name, pages, index, queries: rows };
}

function report(r: CorpusResult): string {
  const pct = (a: number, b: number) => (b ? `${Math.round((a / b) * 100)} %` : "–");
  const lines = [
    `### ${r.corpus} (${r.pages} pages)`,
    "",
    "| index | wall s | CPU s | peak MiB | size MiB |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...MODES.map((m) => `| ${m} | ${(r.index[m].wallMs / 1000).toFixed(1)} | ${(r.index[m].cpuMs / 1000).toFixed(1)} | ${(r.index[m].maxRss / 2 ** 20).toFixed(0)} | ${(r.index[m].bytes / 2 ** 20).toFixed(1)} |`),
    "",
    "| query | kind | pages holding it | found, pagefind-th | found, split | shown (of at most 50), pagefind-th / split | Pagefind's candidates, pagefind-th / split | lost by split |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const q of r.queries) {
    lines.push(`| ${q.q} | ${q.kind} | ${q.truth} | ${q.found["pagefind-th"]} | ${q.found.split} | ${q.shown["pagefind-th"]} / ${q.shown.split} | ${q.candidates["pagefind-th"]} / ${q.candidates.split} | ${q.lost.length} |`);
  }
  const withPages = r.queries.filter((q) => q.truth > 0);
  const complete = (m: Mode) => withPages.filter((q) => q.found[m] === q.truth).length;
  const fullPage = (m: Mode) => withPages.filter((q) => q.shown[m] === Math.min(q.truth, 50)).length;
  const sum = (f: (q: CorpusResult["queries"][number]) => number) => r.queries.reduce((s, q) => s + f(q), 0);
  lines.push("");
  for (const m of MODES) {
    lines.push(
      `${m}: every page found for ${complete(m)} of ${withPages.length} queries; recall ${pct(sum((q) => q.found[m]), sum((q) => q.truth))} ` +
        `(${sum((q) => q.found[m])} of ${sum((q) => q.truth)} pages); precision ${pct(sum((q) => q.found[m]), sum((q) => q.found[m] + q.wrong[m]))}; ` +
        `Pagefind's candidates that hold the query ${pct(sum((q) => q.found[m]), sum((q) => q.candidates[m]))}; median query ${median(r.queries.map((q) => q.ms[m])).toFixed(0)} ms; ` +
        `the search page's first 50 are all pages holding the query for ${fullPage(m)} of ${withPages.length} queries`,
    );
  }
  const lost = r.queries.filter((q) => q.lost.length);
  lines.push(lost.length ? `pages found by pagefind-th and not by split: ${lost.map((q) => `${q.q}: ${q.lost.join(", ")}`).join("; ")}` : "no page found by pagefind-th is missed by split");
  return lines.join("\n");
}

async function main(): Promise<void> {
  const only = option("index-only");
  if (only) return indexOnly(only as Mode, option("site")!);
  const queries = (JSON.parse(readFileSync(option("queries") ?? path.join(ROOT, "tests/fixtures/search-queries.json"), "utf8")) as { queries: Query[] }).queries;
  const size = Number(option("size") ?? 2500);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "prongsai-recall-"));
  const scratch = path.join(tmp, "scratch");
  mkdirSync(scratch);
  const results: CorpusResult[] = [];
  try {
    if (option("no-agency") === undefined) {
      const dir = path.join(tmp, "agency");
      mkdirSync(dir);
      copyProjectCode(dir);
      writeAgency(dir, Math.max(0, size - FIXED_PAGES));
      results.push(await corpus("bench agency", dir, queries, scratch));
    }
    if (option("no-example") === undefined) {
      const dir = path.join(tmp, "example");
      mkdirSync(dir);
      copyExampleProject(dir);
      results.push(await corpus("example", dir, queries, scratch));
    }
  } finally {
    if (option("keep") === undefined) rmSync(tmp, { recursive: true, force: true });
    else process.stderr.write(`kept ${tmp}\n`);
  }
  console.log(results.map(report).join("\n\n"));
  const json = option("json");
  if (json) writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
