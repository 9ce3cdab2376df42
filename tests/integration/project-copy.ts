/**
 * A throw-away copy of the project (code, layouts, example data and content)
 * in a temporary folder, with node_modules linked, so a test can break the
 * data and run the real commands on it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { after, before } from "node:test";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const COPIED = [".eleventy.ts", "package.json", "tsconfig.json", "content", "data", "layouts", "scripts"];
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class ProjectCopy {
  readonly dir: string;
  constructor() {
    this.dir = mkdtempSync(path.join(tmpdir(), "prongsai-test-"));
    for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(this.dir, entry), { recursive: true });
    symlinkSync(path.join(ROOT, "node_modules"), path.join(this.dir, "node_modules"), "dir");
  }
  path(rel: string): string {
    return path.join(this.dir, rel);
  }
  read(rel: string): string {
    return readFileSync(this.path(rel), "utf8");
  }
  readBytes(rel: string): Buffer {
    return readFileSync(this.path(rel));
  }
  write(rel: string, text: string): void {
    writeFileSync(this.path(rel), text);
  }
  /** Edit a JSON file through a function. */
  editJson(rel: string, edit: (value: any) => void): void {
    const value = JSON.parse(this.read(rel));
    edit(value);
    this.write(rel, JSON.stringify(value, null, 2));
  }
  /** Run one of the project's TypeScript commands (e.g. scripts/build.ts) in the copy. */
  run(script: string, ...args: string[]): RunResult {
    // builds here skip the report PDFs (a second or more each); tests/integration/pdf.test.ts prints them
    return this.runWithEnv({ PRONGSAI_PDF: "0" }, script, ...args);
  }
  /** The same, with extra environment variables (e.g. CHROMIUM_PATH). */
  runWithEnv(env: Record<string, string>, script: string, ...args: string[]): RunResult {
    const r = spawnSync(process.execPath, [TSX, script, ...args], { cwd: this.dir, encoding: "utf8", timeout: 120_000, env: { ...process.env, ...env } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }
  /** Run `fn` with the agency's files changed by `change`; data/ and content/ are restored afterwards. */
  withChanges<T>(change: (p: ProjectCopy) => void, fn: () => T): T {
    const backup = mkdtempSync(path.join(tmpdir(), "prongsai-backup-"));
    for (const d of ["data", "content"]) cpSync(this.path(d), path.join(backup, d), { recursive: true });
    try {
      change(this);
      return fn();
    } finally {
      for (const d of ["data", "content"]) {
        rmSync(this.path(d), { recursive: true, force: true });
        cpSync(path.join(backup, d), this.path(d), { recursive: true });
      }
      rmSync(backup, { recursive: true, force: true });
    }
  }
  /**
   * Both `check` and `build` refuse the changed input: exit 1, every `expected`
   * line, no stack trace, and the built _site/ left exactly as `good`.
   */
  expectInputError(change: (p: ProjectCopy) => void, expected: RegExp[], good: Map<string, string>): void {
    this.withChanges(change, () => {
      for (const script of ["scripts/check.ts", "scripts/build.ts"]) {
        const r = this.run(script);
        const out = r.stdout + r.stderr;
        assert.equal(r.code, 1, `${script} exit code\n${out}`);
        for (const re of expected) assert.match(out, re, `${script} output`);
        assert.doesNotMatch(out, /\n\s+at .+:\d+:\d+/, "no stack trace");
      }
      assert.deepEqual(snapshot(this.path("_site")), good, "_site/ is unchanged");
    });
  }
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Every file under a folder with its bytes, for byte-for-byte comparison. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), readFileSync(p).toString("base64"));
    }
  };
  walk(dir);
  return out;
}

/**
 * A project copy built once before a test file's tests and removed after them.
 * `good` is its first _site/, which refused input must leave untouched.
 */
export function useBuiltCopy(): { project: ProjectCopy; good: Map<string, string> } {
  const built = {} as { project: ProjectCopy; good: Map<string, string> };
  before(() => {
    built.project = new ProjectCopy();
    const r = built.project.run("scripts/build.ts");
    assert.equal(r.code, 0, r.stderr);
    built.good = snapshot(built.project.path("_site"));
  });
  after(() => built.project.remove());
  return built;
}
