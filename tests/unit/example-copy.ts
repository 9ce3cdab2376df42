/** A throw-away copy of the example's data/ and content/ (about 150 KB), for loadSite tests that change files. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { type LoadOptions, type LoadResult, loadSite } from "../../scripts/lib/load-data.ts";
import type { Problem } from "../../scripts/lib/problems.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export class ExampleCopy {
  readonly dir = mkdtempSync(path.join(tmpdir(), "prongsai-unit-"));
  constructor() {
    for (const entry of ["data", "content"]) cpSync(path.join(ROOT, entry), path.join(this.dir, entry), { recursive: true });
  }
  path(rel: string): string {
    return path.join(this.dir, rel);
  }
  write(rel: string, content: string | Uint8Array): void {
    mkdirSync(path.dirname(this.path(rel)), { recursive: true });
    writeFileSync(this.path(rel), content);
  }
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Run `fn` on a fresh copy of the example, removed afterwards. */
export function withExample<T>(fn: (copy: ExampleCopy) => T): T {
  const copy = new ExampleCopy();
  try {
    return fn(copy);
  } finally {
    copy.remove();
  }
}

/** Thai letters. */
const THAI = /[\u0E01-\u0E5B]/;

/**
 * Every problem is bilingual, as the README promises: Thai that holds Thai letters, English, each
 * one line. Checked on every problem a unit test sees, so no message can go empty or lose a half.
 */
export function assertBilingual(problems: readonly Problem[]): void {
  for (const p of problems) {
    const at = `${p.file}: ${p.th} / ${p.en}`;
    assert.ok(THAI.test(p.th), `Thai text: ${at}`);
    assert.ok(p.en.trim().length > 3 && /[a-z]/.test(p.en), `English text: ${at}`);
    assert.ok(!/[\r\n]/.test(p.th + p.en), `one line: ${at}`);
  }
}

/** The warning every copy of the bundled example carries by design ("still the example": corpus case 155 tests it). */
const isExampleWarning = (p: Problem) => p.file === "data/site.json" && p.field === "example" && p.severity === "warning";

/** loadSite, with every problem it reports checked to be bilingual; the example's own warning is left out. */
export function loadChecked(options: LoadOptions): LoadResult {
  const r = loadSite(options);
  assertBilingual(r.problems);
  return { ...r, problems: r.problems.filter((p) => !isExampleWarning(p)) };
}
