/** Where a build may write: never the project, above it, into its sources, or over a folder it did not build. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SITE_MARKER, checkOutputDir } from "../../scripts/lib/output-dir.ts";

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), "prongsai-outdir-"));
  for (const d of ["data", "content", "layouts", "scripts"]) mkdirSync(path.join(root, d));
  writeFileSync(path.join(root, "package.json"), "{}");
  return root;
}

test("refused: empty, the project, a folder above it, its source folders, a project elsewhere", () => {
  const root = project();
  try {
    for (const raw of ["", "  ", ".", "./", "..", "../..", "/", "data", "content/x", "layouts/pages", "scripts/lib", "node_modules", ".git"]) {
      const r = checkOutputDir(root, raw);
      assert.equal(r.ok, false, `"${raw}" must be refused`);
    }
    const other = project();
    assert.equal(checkOutputDir(root, other).ok, false, "another project");
    rmSync(other, { recursive: true });
  } finally {
    rmSync(root, { recursive: true });
  }
});

test("refused: an existing folder the build did not make (it would be moved aside whole), or a file", () => {
  const root = project();
  const foreign = mkdtempSync(path.join(tmpdir(), "prongsai-foreign-"));
  try {
    writeFileSync(path.join(foreign, "thesis.docx"), "x");
    const r = checkOutputDir(root, foreign);
    assert.equal(r.ok, false);
    assert.match(r.ok ? "" : r.why.en, /exists and is not a site this command built/);
    writeFileSync(path.join(root, "notes.txt"), "x");
    assert.equal(checkOutputDir(root, "notes.txt").ok, false, "a file");
  } finally {
    rmSync(root, { recursive: true });
    rmSync(foreign, { recursive: true });
  }
});

test("accepted: a new folder, an empty one, one a build made (marker), one an earlier version made", () => {
  const root = project();
  try {
    assert.deepEqual(checkOutputDir(root, "_site"), { ok: true, dir: path.join(root, "_site") });
    assert.equal(checkOutputDir(root, "out/site").ok, true);
    mkdirSync(path.join(root, "empty"));
    assert.equal(checkOutputDir(root, "empty").ok, true);
    mkdirSync(path.join(root, "built"));
    writeFileSync(path.join(root, "built", SITE_MARKER), "");
    writeFileSync(path.join(root, "built", "index.html"), "");
    assert.equal(checkOutputDir(root, "built").ok, true);
    mkdirSync(path.join(root, "old", "assets", "css"), { recursive: true });
    for (const f of ["index.html", "_headers", "assets/css/site.css"]) writeFileSync(path.join(root, "old", f), "");
    assert.equal(checkOutputDir(root, "old").ok, true);
  } finally {
    rmSync(root, { recursive: true });
  }
});
