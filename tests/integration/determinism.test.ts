/**
 * Builds are deterministic and atomic: the same input gives the same bytes,
 * and a build that fails half-way (here, a broken template) leaves the last
 * good _site/ byte for byte and no temporary folder behind.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { ProjectCopy, snapshot } from "./project-copy.ts";

let project: ProjectCopy;
before(() => {
  project = new ProjectCopy();
});
after(() => project.remove());

test("two builds of the same input give identical bytes, also under a path prefix", () => {
  for (const args of [[], ["--pathprefix=/ita/", "--output=_site-prefixed"]]) {
    const out = args.length ? "_site-prefixed" : "_site";
    assert.equal(project.run("scripts/build.ts", ...args).code, 0);
    const first = snapshot(project.path(out));
    assert.equal(project.run("scripts/build.ts", ...args).code, 0);
    const second = snapshot(project.path(out));
    assert.ok(first.size > 50, `${out} has pages`);
    const differing = [...first.keys()].filter((k) => first.get(k) !== second.get(k));
    assert.deepEqual(differing, [], `${out}: files that differ between two builds`);
    assert.deepEqual([...second.keys()].sort(), [...first.keys()].sort());
  }
});

test("a build that fails half-way (a broken template) exits 2 and leaves the previous site untouched", () => {
  assert.equal(project.run("scripts/build.ts").code, 0);
  const good = snapshot(project.path("_site"));
  const template = project.read("layouts/pages/year.njk");
  project.write("layouts/pages/year.njk", template.replace("{%- set r = y.result -%}", "{%- set r = y.result -%}{% if %}"));
  try {
    const r = project.run("scripts/build.ts");
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /Internal error while building/);
    assert.deepEqual(snapshot(project.path("_site")), good);
    assert.deepEqual(readdirSync(project.dir).filter((f) => f.includes("-build-")), [], "no temporary folders left");
  } finally {
    project.write("layouts/pages/year.njk", template);
  }
});

test("the site a build replaces is kept aside until the next build removes it, so there is never more than one", () => {
  const replaced = () => readdirSync(project.dir).filter((f) => f.startsWith("._site-old-"));
  for (let i = 0; i < 3; i++) assert.equal(project.run("scripts/build.ts").code, 0);
  assert.equal(replaced().length, 1, replaced().join(", "));
  // one left by a build that was killed before it could clean up goes too
  cpSync(project.path("_site"), project.path("._site-old-999999"), { recursive: true });
  assert.equal(project.run("scripts/build.ts").code, 0);
  assert.equal(replaced().length, 1, replaced().join(", "));
  assert.ok(!replaced().includes("._site-old-999999"));
});

test("folders a killed build left are removed by the next build; a running build's folder is not", () => {
  const dead = ["._site-build-999999-abc", ".._site-build-999999-abc-search-def"];
  const alive = `._site-build-${process.pid}-xyz`; // this test's own process stands in for a build still running
  for (const f of [...dead, alive]) mkdirSync(project.path(`${f}/2565`), { recursive: true });
  try {
    assert.equal(project.run("scripts/build.ts").code, 0);
    const left = readdirSync(project.dir);
    for (const f of dead) assert.ok(!left.includes(f), `${f} is removed`);
    assert.ok(left.includes(alive), "a folder of a running build stays");
    assert.deepEqual(left.filter((f) => f.includes("-build-") && f !== alive), [], "and the build's own folder is gone after the swap");
  } finally {
    rmSync(project.path(alive), { recursive: true, force: true });
  }
});
