import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { linkOrCopy } from "../../scripts/lib/files.ts";

test("a document is published as a link, and publishing it again into the same folder leaves the source intact", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "prongsai-doc-"));
  try {
    const source = path.join(dir, "source.pdf");
    const target = path.join(dir, "target.pdf");
    writeFileSync(source, "%PDF-1.7 original");
    linkOrCopy(source, target);
    assert.equal(statSync(target).ino, statSync(source).ino, "a hard link, not a copy");
    linkOrCopy(source, target); // again, onto its own link: must not truncate the source
    assert.equal(readFileSync(source, "utf8"), "%PDF-1.7 original");
    // a second build into the same output (npm start), after the document changed
    rmSync(source);
    writeFileSync(source, "%PDF-1.7 edited by staff");
    linkOrCopy(source, target);
    assert.equal(readFileSync(target, "utf8"), "%PDF-1.7 edited by staff");
    linkOrCopy(source, target); // target is now a link to source: must not truncate it
    assert.equal(readFileSync(source, "utf8"), "%PDF-1.7 edited by staff");
    assert.equal(readFileSync(target, "utf8"), "%PDF-1.7 edited by staff");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a file renamed in content/ keeps its bytes when a new file takes its old name and is published again", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "prongsai-doc-"));
  try {
    const a = path.join(dir, "a.pdf");
    const b = path.join(dir, "b.pdf");
    const target = path.join(dir, "site-a.pdf");
    writeFileSync(a, "%PDF-1.7 first document");
    linkOrCopy(a, target); // _site/a.pdf is a link to content/a.pdf
    renameSync(a, b); // staff rename it to b.pdf …
    writeFileSync(a, "%PDF-1.7 a new document"); // … and add a new a.pdf
    linkOrCopy(a, target); // the next build into the same folder
    assert.equal(readFileSync(b, "utf8"), "%PDF-1.7 first document", "b.pdf is untouched");
    assert.equal(readFileSync(target, "utf8"), "%PDF-1.7 a new document");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
