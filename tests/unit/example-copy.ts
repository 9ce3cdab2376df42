/** A throw-away copy of the example's data/ and content/ (about 150 KB), for loadSite tests that change files. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

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
