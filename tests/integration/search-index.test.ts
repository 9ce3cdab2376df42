/**
 * The search index in shards, and shards taken over from the site a build
 * replaces: a rebuild after one edit indexes only the shard holding the edited
 * page, and gives the same bytes as a build from nothing.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { ProjectCopy, snapshot } from "./project-copy.ts";

let project: ProjectCopy;
before(() => {
  project = new ProjectCopy();
});
after(() => project.remove());

// the example has 62 pages: 9 outside the years, 4 in 2565, 49 in 2566 (three parts of 17, 17 and 15)
const build = () => project.runWithEnv({ PRONGSAI_PDF: "0", PRONGSAI_SEARCH_SHARD_PAGES: "20" }, "scripts/build.ts");
const pagefindOf = (files: Map<string, string>, shard: string) =>
  // the primary's own files: not the other shards' folders, nor shards.json (which records every shard's source)
  new Map([...files].filter(([f]) => f.startsWith(shard ? `pagefind/${shard}/` : "pagefind/") && (shard || !/^pagefind\/(\d{4}|shards\.json)/.test(f))));

test("a rebuild after editing one notice indexes only that notice's shard, and matches a build from nothing", () => {
  let r = build();
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Search index: 62 pages in 5 shard\(s\), 0 unchanged since the last build/);
  const first = snapshot(project.path("_site"));
  // the index read a copy of the pages with their Thai words apart: the published pages are untouched
  for (const [f, bytes] of first) {
    if (f.endsWith(".html")) assert.ok(!Buffer.from(bytes, "base64").toString("utf8").includes("\u2060"), `${f} holds the index's gap mark`);
  }
  // the search page cuts queries with the very same rules
  assert.equal(first.get("assets/js/search-text.js"), readFileSync(project.path("scripts/lib/search-text.js")).toString("base64"));

  r = build();
  assert.match(r.stdout, /5 shard\(s\), 5 unchanged/, "nothing changed: every shard is taken over");
  assert.deepEqual(snapshot(project.path("_site")), first);

  // an edit to one notice's body changes that one page (its title, listed elsewhere, stays)
  const notice = "content/2566/oit/o20/notice-002.md";
  project.write(notice, project.read(notice) + "\nแก้ไขเพิ่มเติมเรื่องท่อระบายน้ำ\n");
  r = build();
  assert.match(r.stdout, /5 shard\(s\), 4 unchanged/);
  const edited = snapshot(project.path("_site"));
  const changedPages = [...edited.keys()].filter((f) => f.endsWith(".html") && edited.get(f) !== first.get(f));
  assert.deepEqual(changedPages, ["2566/oit/o20/notice-002/index.html"]);
  // the shard holding it changed; the other shards are the same bytes
  const shards = ["", "2565", "2566-1", "2566-2", "2566-3"];
  const changedShards = shards.filter((s) => JSON.stringify([...pagefindOf(edited, s)]) !== JSON.stringify([...pagefindOf(first, s)]));
  assert.equal(changedShards.length, 1, `changed shards: ${changedShards.join(", ")}`);
  assert.ok(changedShards[0]!.startsWith("2566-"));

  // from nothing: the same bytes as the incremental build
  rmSync(project.path("_site"), { recursive: true });
  for (const f of readdirSync(project.dir).filter((f) => f.startsWith("._site-old-"))) rmSync(project.path(f), { recursive: true });
  r = build();
  assert.match(r.stdout, /5 shard\(s\), 0 unchanged/);
  assert.deepEqual(snapshot(project.path("_site")), edited);
});

test("a shard the replaced site claims but no longer holds is indexed again, not an error", () => {
  // and the staging folder in memory of a killed build (no such process) is removed
  const stale = existsSync("/dev/shm") ? path.join("/dev/shm", "prongsai-search-999999999-test") : undefined;
  if (stale) mkdirSync(path.join(stale, "2565"), { recursive: true });
  assert.equal(build().code, 0);
  if (stale) assert.equal(existsSync(stale), false, "the killed build's staging folder is gone");
  rmSync(project.path("_site/pagefind/2565"), { recursive: true });
  const r = build();
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /5 shard\(s\), 4 unchanged/);
  assert.ok(snapshot(project.path("_site")).has("pagefind/2565/pagefind-entry.json"));
});
