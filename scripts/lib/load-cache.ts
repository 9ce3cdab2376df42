/**
 * @fileoverview What a long-running process (the live preview) keeps between
 * loads of the agency's files: each file's parsed and validated content, each
 * document's check and hash, each rendered Markdown body. A file whose stamp
 * (modification time, size, inode) is unchanged is not read again, so a save
 * in a 5,000-page agency costs the files it touched, not all of them. The
 * problems a file gave are kept with it and told again, so a cached load says
 * exactly what a fresh one would. A build never uses a cache.
 */
import type { Problem } from "./problems.ts";

interface Entry {
  stamp: string;
  problems: Problem[];
  value: unknown;
  used: number;
}

export class LoadCache {
  private readonly files = new Map<string, Entry>();
  private readonly html = new Map<string, { html: string; used: number }>();
  private generation = 0;
  /** How many file results the last load took from the cache, and how many it computed. */
  hits = 0;
  misses = 0;

  /** Start a load: entries not used by it are dropped at its end. */
  begin(): void {
    this.generation++;
    this.hits = 0;
    this.misses = 0;
  }

  /** Drop what the load just finished did not use (files deleted or renamed since). */
  end(): void {
    for (const [k, e] of this.files) if (e.used !== this.generation) this.files.delete(k);
    for (const [k, e] of this.html) if (e.used !== this.generation) this.html.delete(k);
  }

  /**
   * The result of `compute` for one file read as `what` (a kind of reading),
   * remembered while the file's `stamp` is unchanged; its problems are pushed
   * onto `problems` either way.
   */
  file<T>(what: string, rel: string, stamp: string, problems: Problem[], compute: (problems: Problem[]) => T): T {
    const key = `${what}\u0000${rel}`;
    const hit = this.files.get(key);
    if (hit && hit.stamp === stamp) {
      hit.used = this.generation;
      this.hits++;
      problems.push(...hit.problems.map((p) => ({ ...p })));
      return hit.value as T;
    }
    this.misses++;
    const own: Problem[] = [];
    const value = compute(own);
    this.files.set(key, { stamp, problems: own.map((p) => ({ ...p })), value, used: this.generation });
    problems.push(...own);
    return value;
  }

  /** Rendered Markdown for a body, rendered once while some file holds it. */
  render(body: string, render: (body: string) => string): string {
    const hit = this.html.get(body);
    if (hit) {
      hit.used = this.generation;
      return hit.html;
    }
    const html = render(body);
    this.html.set(body, { html, used: this.generation });
    return html;
  }
}
