/**
 * Publishing a file that already exists elsewhere on disk (a document from
 * content/, a page staged for the search index, an unchanged index file of the
 * previous build): a hard link, so no bytes are copied, or a copy where the
 * file system cannot link (another device, no hard links). A name already
 * taken is unlinked first, never written through. Nothing in the build writes
 * to a published file afterwards, and replacing a site only unlinks its files,
 * so the shared bytes never change under a link.
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

export function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
    return;
  } catch {
    // A name left by an earlier build into the same folder (npm start) may be a link to a file
    // that content/ still holds under another name (staff renamed it): never write through it,
    // replace the name.
    rmSync(target, { force: true });
  }
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** Publish each [source, target] pair with linkOrCopy, making the target folders (each once). */
export function publishFiles(pairs: Iterable<readonly [source: string, target: string]>): void {
  const made = new Set<string>();
  for (const [source, target] of pairs) {
    const dir = path.dirname(target);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    linkOrCopy(source, target);
  }
}
