/**
 * The site's search index: Pagefind over the built pages, in shards of bounded
 * size (see scripts/lib/search-shards.ts for why and how they are cut).
 *
 * Pagefind segments Thai words because the pages say lang="th" (1.4+). The
 * primary shard is written to /pagefind/, the others to /pagefind/<name>/, and
 * /pagefind/shards.json lists the others for the search page to merge.
 * Each shard is indexed from a folder of hard links to its pages (same relative
 * paths, so the same URLs), then written and dropped before the next one, so
 * Pagefind never holds more than one shard in memory.
 */
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { planShards } from "./lib/search-shards.ts";

/** Pages per shard unless PRONGSAI_SEARCH_SHARD_PAGES says otherwise: about 0.8 GB of Pagefind memory with Thai text. */
export const DEFAULT_SHARD_PAGES = 2000;

export function shardPagesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PRONGSAI_SEARCH_SHARD_PAGES;
  if (raw === undefined || raw === "") return DEFAULT_SHARD_PAGES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`PRONGSAI_SEARCH_SHARD_PAGES must be a positive whole number of pages, got "${raw}"`);
  return n;
}

function htmlFiles(siteDir: string): string[] {
  return (readdirSync(siteDir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
}

function check<T extends { errors: string[] }>(what: string, result: T): T {
  if (result.errors.length) throw new Error(`pagefind ${what}: ${result.errors.join("; ")}`);
  return result;
}

/** A folder holding only `files` of `siteDir`, at the same relative paths (hard links; copies where linking fails). */
function stage(siteDir: string, into: string, files: string[]): void {
  const made = new Set<string>();
  for (const f of files) {
    const target = path.join(into, f);
    const dir = path.dirname(target);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    try {
      linkSync(path.join(siteDir, f), target);
    } catch {
      copyFileSync(path.join(siteDir, f), target);
    }
  }
}

/**
 * A merged shard is only read for its index files (entry, metadata, index and
 * fragment chunks); the engine and Pagefind's own UI come from the primary. Not
 * publishing second copies keeps a sharded site the size of an unsharded one.
 */
function dropEngine(bundle: string): void {
  for (const f of readdirSync(bundle)) {
    if (/^(pagefind([-.].*)?\.(js|css)|wasm\..*)$/.test(f)) rmSync(path.join(bundle, f));
  }
}

export interface SearchIndexResult {
  pages: number;
  shards: { name: string; pages: number }[];
}

/** Index the built site in `siteDir` for search. */
export async function indexForSearch(siteDir: string, maxPages: number = shardPagesFromEnv()): Promise<SearchIndexResult> {
  const shards = planShards(htmlFiles(siteDir), maxPages);
  const out = path.join(siteDir, "pagefind");
  // staging folders sit beside the site (same file system, so hard links work) and never inside it
  const staging = shards.length > 1 ? mkdtempSync(path.join(path.dirname(siteDir), `.${path.basename(siteDir)}-search-`)) : undefined;
  const result: SearchIndexResult = { pages: 0, shards: [] };
  try {
    for (const shard of shards) {
      let root = siteDir;
      if (staging) {
        root = path.join(staging, shard.name || "primary");
        stage(siteDir, root, shard.files);
      }
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
      const added = check("addDirectory", await index.addDirectory({ path: root }));
      check("writeFiles", await index.writeFiles({ outputPath: path.join(out, shard.name) }));
      await index.deleteIndex(); // frees the shard's memory in Pagefind before the next one
      if (shard.name) dropEngine(path.join(out, shard.name));
      if (staging) rmSync(root, { recursive: true, force: true });
      result.pages += added.page_count;
      result.shards.push({ name: shard.name, pages: added.page_count });
    }
    const others = shards.filter((s) => s.name).map((s) => s.name);
    writeFileSync(path.join(out, "shards.json"), `${JSON.stringify({ shards: others })}\n`);
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
    await pagefind.close();
  }
  return result;
}
