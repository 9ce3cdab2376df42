/**
 * How the search index is split ("sharded") so that indexing a large agency
 * needs bounded memory.
 *
 * Pagefind holds everything it indexes in memory until it writes the index:
 * with the Thai words already split that is about 0.2 MB per page (0.35 MB
 * with Pagefind's own Thai segmentation), so one index of a 20,000-page agency
 * would need about 4 GB. Each shard is indexed and written on
 * its own, so the peak is set by the largest shard. The browser merges the
 * shards into one search (Pagefind's mergeIndex; merged shards share the
 * primary's WebAssembly, so a shard costs a small metadata file, not a second
 * engine).
 *
 * The plan: pages outside the fiscal-year folders form the primary shard;
 * every fiscal year is its own shard (an old year's shard does not change when
 * the current year gains a notice, so CDNs keep it cached), and a year with more
 * than `maxPages` pages is cut, in path order, into equal parts. A site of at
 * most `maxPages` pages is one index, as if unsharded.
 */

export interface Shard {
  /** "" for the primary shard (served at /pagefind/); else the folder under /pagefind/ */
  name: string;
  /** site-relative paths of the HTML files it indexes, in path order */
  files: string[];
}

const YEAR = /^(\d{4})\//;

/** Split `files` (site-relative, "/"-separated paths of HTML pages) into shards of at most `maxPages` pages where possible. */
export function planShards(files: readonly string[], maxPages: number): Shard[] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new RangeError(`maxPages must be a positive integer, got ${maxPages}`);
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length <= maxPages) return [{ name: "", files: sorted }];
  const primary: string[] = [];
  const byYear = new Map<string, string[]>();
  for (const f of sorted) {
    const year = YEAR.exec(f)?.[1];
    if (!year) primary.push(f);
    else {
      const list = byYear.get(year);
      if (list) list.push(f);
      else byYear.set(year, [f]);
    }
  }
  const shards: Shard[] = [{ name: "", files: primary }];
  for (const [year, pages] of byYear) {
    const parts = Math.ceil(pages.length / maxPages);
    if (parts === 1) {
      shards.push({ name: year, files: pages });
      continue;
    }
    // equal parts, so no shard is a small remainder
    const size = Math.ceil(pages.length / parts);
    for (let i = 0; i < parts; i++) shards.push({ name: `${year}-${i + 1}`, files: pages.slice(i * size, (i + 1) * size) });
  }
  return shards;
}
