/**
 * The site's search index: Pagefind over the built pages, in shards of bounded
 * size (see scripts/lib/search-shards.ts for why and how they are cut).
 *
 * Pagefind reads a copy of each page whose Thai words are already split apart
 * with spaces (scripts/lib/search-html.ts, search-text.js), and indexes it as
 * space-separated words (`forceLanguage: "en"`): its own Thai segmenter was
 * half the build's time and most of its memory. The copies of a shard's pages
 * are written to a staging folder (in memory, /dev/shm, where there is one;
 * else beside the site) that Pagefind reads itself: handing it each page
 * through its Node API (JSON in base64 over a pipe) cost a fifth more. While
 * Pagefind indexes one shard, the next shard's copies are written. The
 * published pages are not changed.
 *
 * The primary shard is written to /pagefind/, the others to /pagefind/<name>/,
 * and /pagefind/shards.json lists the others for the search page to merge.
 * Each shard is written and dropped before the next one, so Pagefind never
 * holds more than one shard in memory. A shard whose pages are the same bytes
 * as in the site being replaced is taken over from it instead (shards.json
 * records what each shard was built from).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { constants, accessSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as pagefind from "pagefind";
import { linkOrCopy } from "./lib/files.ts";
import { indexHtml } from "./lib/search-html.ts";
import { type Shard, planShards } from "./lib/search-shards.ts";

/** Pages per shard unless PRONGSAI_SEARCH_SHARD_PAGES says otherwise: about 0.4 GB of Pagefind memory with Thai text. */
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
  shards: { name: string; pages: number; reused: boolean }[];
}

/** What /pagefind/shards.json holds: the shards to merge, and what each was built from. */
interface Manifest {
  shards: string[];
  /** shard name ("" for the primary) → sha256 of the indexer (Pagefind, word rules, ICU) and the shard's pages (paths and bytes) */
  sources: Record<string, string>;
}

/** The installed Pagefind's version (its package.json is not exported: found from its entry point). */
function pagefindVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve("pagefind")));
  while (path.basename(dir) !== "pagefind" && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;
}
const sourceHash = (...modules: string[]) => {
  const h = createHash("sha256");
  for (const m of modules) h.update(readFileSync(fileURLToPath(import.meta.resolve(m))));
  return h.digest("hex");
};

/**
 * What an index depends on besides its pages: Pagefind's version, and how the
 * words were split (the rules' source, and Node's ICU, whose dictionary they use).
 */
const INDEXER = [
  `pagefind ${pagefindVersion()}`,
  `words ${sourceHash("./lib/search-text.js", "./lib/search-words.ts", "./lib/search-html.ts")}`,
  `icu ${process.versions.icu} unicode ${process.versions.unicode}`,
].join("\n");

/** The key of a shard: same key, same index files (Pagefind's output is deterministic). */
function sourceKey(siteDir: string, files: readonly string[]): string {
  const h = createHash("sha256").update(`${INDEXER}\n`);
  for (const f of files) h.update(`${f}\0`).update(createHash("sha256").update(readFileSync(path.join(siteDir, f))).digest());
  return h.digest("hex");
}

function readManifest(siteDir: string | undefined): Manifest | undefined {
  if (!siteDir) return undefined;
  try {
    const m = JSON.parse(readFileSync(path.join(siteDir, "pagefind", "shards.json"), "utf8")) as Partial<Manifest>;
    return Array.isArray(m.shards) && m.sources && typeof m.sources === "object" ? (m as Manifest) : undefined;
  } catch {
    return undefined; // no earlier site, or one from before shards were recorded: index everything
  }
}

/** Hard-link (or copy) a shard's index files from the site being replaced; the primary's without the other shards' folders. */
function reuseShard(from: string, to: string, skip: ReadonlySet<string>): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) reuseShard(src, dst, new Set());
    else linkOrCopy(src, dst);
  }
}

/** A staging folder in memory (tmpfs) is named so: prongsai-search-<pid>-… */
const SHM = "/dev/shm";
const SHM_PREFIX = "prongsai-search-";

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // alive, someone else's
  }
}

/** Staging folders in /dev/shm of builds that were killed (their process is gone): removed, since memory is not swept by the build. */
function sweepStaging(): void {
  let names: string[];
  try {
    names = readdirSync(SHM);
  } catch {
    return; // no /dev/shm: staging folders are beside the site, removed with the build's folder
  }
  for (const f of names) {
    const pid = new RegExp(`^${SHM_PREFIX}(\\d+)-`).exec(f)?.[1];
    if (pid && !running(Number(pid))) rmSync(path.join(SHM, f), { recursive: true, force: true });
  }
}

/**
 * Where staging folders go: /dev/shm where it is a writable folder (the copies
 * never touch the disk), else beside the site (same file system, removed with
 * the build's folder if the build is killed).
 */
function stagingParent(siteDir: string): { dir: string; prefix: string } {
  try {
    accessSync(SHM, constants.W_OK);
    return { dir: SHM, prefix: `${SHM_PREFIX}${process.pid}-` };
  } catch {
    return { dir: path.dirname(siteDir), prefix: `.${path.basename(siteDir)}-search-` };
  }
}

/**
 * Write the index's copy of each of `files` of `siteDir` into a new staging
 * folder and return it. Returns to the event loop now and then, so Pagefind's
 * replies about the shard it is indexing meanwhile are not kept waiting.
 */
async function stageShard(siteDir: string, files: readonly string[], parent: { dir: string; prefix: string }): Promise<string> {
  const stage = mkdtempSync(path.join(parent.dir, parent.prefix));
  try {
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const to = path.join(stage, file);
      mkdirSync(path.dirname(to), { recursive: true });
      writeFileSync(to, indexHtml(readFileSync(path.join(siteDir, file), "utf8")));
      if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
    }
    return stage;
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    throw e;
  }
}

/** Index the pages staged in `stage` as one Pagefind index written to `outputPath`; returns how many it holds. */
async function indexStage(stage: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  const added = check("addDirectory", await index.addDirectory({ path: stage }));
  check("writeFiles", await index.writeFiles({ outputPath }));
  await index.deleteIndex(); // frees the shard's memory in Pagefind before the next one
  return added.page_count;
}

/**
 * Index the built site in `siteDir` for search. `previous` is the site this
 * build replaces: a shard whose pages are byte for byte those it was built
 * from there is taken over instead of indexed again, so a rebuild after an edit
 * in the current year indexes only that year.
 */
export async function indexForSearch(siteDir: string, { maxPages = shardPagesFromEnv(), previous }: { maxPages?: number; previous?: string } = {}): Promise<SearchIndexResult> {
  sweepStaging();
  const shards = planShards(htmlFiles(siteDir), maxPages);
  const out = path.join(siteDir, "pagefind");
  const before = readManifest(previous);
  const manifest: Manifest = { shards: shards.filter((s) => s.name).map((s) => s.name), sources: {} };
  const result: SearchIndexResult = { pages: 0, shards: [] };
  // shards taken over from the site being replaced, and those to index
  const todo: Shard[] = [];
  for (const shard of shards) {
    const key = (manifest.sources[shard.name] = sourceKey(siteDir, shard.files));
    if (previous && before?.sources[shard.name] === key) {
      const skip = new Set(shard.name ? [] : [...before.shards, "shards.json"]);
      try {
        reuseShard(path.join(previous, "pagefind", shard.name), path.join(out, shard.name), skip);
        result.shards.push({ name: shard.name, pages: shard.files.length, reused: true });
        continue;
      } catch {
        // the earlier site lost files since: index this shard again (the primary comes first, so out/ holds only its part)
        rmSync(shard.name ? path.join(out, shard.name) : out, { recursive: true, force: true });
      }
    }
    todo.push(shard);
  }
  const parent = todo.length ? stagingParent(siteDir) : undefined;
  const stages: Promise<string>[] = [];
  const stage = (i: number) => {
    const shard = todo[i];
    if (shard && parent && !stages[i]) {
      stages[i] = stageShard(siteDir, shard.files, parent);
      stages[i].catch(() => undefined); // a failure is thrown where it is awaited, not as an unhandled rejection
    }
  };
  try {
    stage(0);
    for (let i = 0; i < todo.length; i++) {
      const staged = await stages[i]!;
      stage(i + 1); // written while Pagefind indexes this one
      const shard = todo[i]!;
      const pages = await indexStage(staged, path.join(out, shard.name));
      rmSync(staged, { recursive: true, force: true });
      if (shard.name) dropEngine(path.join(out, shard.name));
      result.shards.push({ name: shard.name, pages, reused: false });
    }
    writeFileSync(path.join(out, "shards.json"), `${JSON.stringify(manifest)}\n`);
  } finally {
    for (const staged of stages) await staged?.then((d) => rmSync(d, { recursive: true, force: true }), () => undefined);
    if (todo.length) await pagefind.close();
  }
  // in the plan's order, whichever were taken over
  result.shards.sort((a, b) => shards.findIndex((s) => s.name === a.name) - shards.findIndex((s) => s.name === b.name));
  result.pages = result.shards.reduce((n, s) => n + s.pages, 0);
  return result;
}

/**
 * `indexForSearch` in a process of its own. The build's process still holds
 * Eleventy's heap (about 0.7 GB at 20,000 pages), which makes every garbage
 * collection of the word splitting slow (a quarter more CPU at 5,000 pages)
 * and adds to that process's memory; a fresh process has neither.
 */
export function indexForSearchApart(siteDir: string, { maxPages = shardPagesFromEnv(), previous }: { maxPages?: number; previous?: string } = {}): Promise<SearchIndexResult> {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), `--site=${siteDir}`, `--max-pages=${maxPages}`, ...(previous ? [`--previous=${previous}`] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(JSON.parse(out) as SearchIndexResult);
      else reject(new Error(`search index (exit ${code}): ${err.trim()}`));
    });
  });
}

// run as `node scripts/search-index.ts --site=<dir> --max-pages=<n> [--previous=<dir>]` by indexForSearchApart
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const site = arg("site");
  if (!site) {
    console.error("usage: search-index.ts --site=<dir> [--max-pages=<n>] [--previous=<dir>]");
    process.exit(2);
  }
  indexForSearch(site, { maxPages: Number(arg("max-pages") ?? DEFAULT_SHARD_PAGES), previous: arg("previous") }).then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(2);
    },
  );
}
