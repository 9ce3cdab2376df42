/**
 * Hostile and careless input through the real commands, on a copy of the
 * example: what a person with commit rights to content/ or a hurried clerk
 * could do. Each is refused with one clear line, nothing runs, nothing outside
 * the output is written, and the last good _site/ stays byte for byte.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ProjectCopy, ROOT, snapshot, useBuiltCopy } from "./project-copy.ts";
import { CORPUS_DIR, applyCase, readCase } from "./overlay.ts";
import { loadSite } from "../../scripts/lib/load-data.ts";
import { LoadCache } from "../../scripts/lib/load-cache.ts";
import { formatProblem } from "../../scripts/lib/problems.ts";

const built = useBuiltCopy();

/** Corpus cases that would have run code or written outside the output on the build machine. */
const BUILD_CASES = [
  "98-policy-page-template-code",
  "99-policy-page-js-front-matter",
  "100-content-data-script",
  "101-content-folder-not-a-year",
  "102-permalink-front-matter",
  "104-symlink-policy-page",
  "106-document-html",
  "107-document-javascript",
];

for (const id of BUILD_CASES) {
  const c = readCase(path.join(CORPUS_DIR, id));
  test(`hostile input through check and build: ${id}`, () => {
    const measures = built.project.read("data/2565/measures.json");
    built.project.expectInputError(
      (p) => applyCase(p.dir, c),
      c.expect.messages.map((m) => new RegExp(m.slice(1, m.lastIndexOf("/")).replace(/^\^|\$$/g, ""))),
      built.good,
    );
    assert.equal(built.project.read("data/2565/measures.json"), measures, "no data file was overwritten");
    assert.ok(!existsSync(built.project.path("data/2565/measures.json/index.html")));
  });
}

/** The project's own files, to prove a refused build left them alone. */
function projectFiles(dir: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const top of ["data", "content", "layouts", "scripts", "package.json", ".eleventy.ts"]) {
    const p = path.join(dir, top);
    if (readdirSync(dir).includes(top) && !top.includes(".")) for (const [k, v] of snapshot(p)) all.set(`${top}/${k}`, v);
    else all.set(top, readFileSync(p).toString("base64"));
  }
  return all;
}

test("an empty or wrong output folder is refused with one line, and nothing is moved aside", () => {
  const before = projectFiles(built.project.dir);
  const cases: [Record<string, string>, string[]][] = [
    [{ PRONGSAI_OUTPUT: "" }, []],
    [{}, ["--output="]],
    [{}, ["--output=."]],
    [{}, ["--output=.."]],
    [{}, ["--output=data"]],
    [{}, ["--output=content/site"]],
    [{}, [`--output=${tmpdir()}`]],
  ];
  for (const [env, args] of cases) {
    const r = built.project.runWithEnv({ PRONGSAI_PDF: "0", ...env }, "scripts/build.ts", ...args);
    const out = r.stdout + r.stderr;
    assert.equal(r.code, 1, `${JSON.stringify(env)} ${args.join(" ")}\n${out}`);
    const lines = out.trim().split("\n");
    assert.equal(lines.length, 1, `one line\n${out}`);
    assert.match(lines[0]!, /^ERROR --output: .+ \/ .+: (give one|use a folder of its own|use a new folder)/);
  }
  assert.deepEqual(projectFiles(built.project.dir), before, "the project is unchanged");
  assert.deepEqual(snapshot(built.project.path("_site")), built.good, "_site/ is unchanged");
  assert.ok(!readdirSync(path.dirname(built.project.dir)).some((f) => f.startsWith(`.${path.basename(built.project.dir)}-old-`)), "the project was not moved aside");
  assert.ok(existsSync(tmpdir()), "the temporary folder is still there");
});

test("20,000 invalid entries in one file: 20 lines and a count of the rest, read in one pass", (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), "prongsai-many-"));
  try {
    for (const d of ["data", "content"]) cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
    const measures = JSON.parse(readFileSync(path.join(dir, "data/2565/measures.json"), "utf8"));
    // each measure is only an id: five problems each (title, steps, responsible, timeframe, monitoring)
    measures.measures = Array.from({ length: 20_000 }, (_, i) => ({ id: `m-${i}` }));
    const text = JSON.stringify(measures);
    writeFileSync(path.join(dir, "data/2565/measures.json"), text);
    const started = performance.now();
    const { problems } = loadSite({ root: dir });
    const ms = performance.now() - started;
    t.diagnostic(`20,000 invalid measures (${Math.round(text.length / 1024)} KB, 100,000 problems) checked in ${Math.round(ms)} ms`);
    const lines = problems.filter((p) => p.file === "data/2565/measures.json").map(formatProblem);
    assert.equal(lines.length, 21);
    assert.match(lines[0]!, /^ERROR data\/2565\/measures\.json:1 › measures\.0\.(title|steps|responsible|timeframe|monitoring): /);
    assert.match(lines[20]!, /^ERROR data\/2565\/measures\.json: .* \/ and 99980 more problem\(s\) in this file \(the first 20 are shown: fix them and check again\)$/);

    // misspelt fields go another way (each unknown field looks for the missing one it meant): as fast.
    // Each measure: titel and step for title and steps (2 problems, the two "missing" dropped) and
    // responsible, timeframe, monitoring missing (3): 5 each
    measures.measures = Array.from({ length: 20_000 }, (_, i) => ({ id: `m-${i}`, titel: "x", step: ["y"] }));
    writeFileSync(path.join(dir, "data/2565/measures.json"), JSON.stringify(measures));
    const again = performance.now();
    const misspelt = loadSite({ root: dir }).problems.filter((p) => p.file === "data/2565/measures.json").map(formatProblem);
    t.diagnostic(`20,000 measures with misspelt fields checked in ${Math.round(performance.now() - again)} ms`);
    assert.equal(misspelt.length, 21);
    assert.match(misspelt[0]!, /^ERROR data\/2565\/measures\.json:1 › measures\.0\.(titel: .*did you mean "title"|step: .*did you mean "steps")\?/);
    assert.match(misspelt[20]!, / \/ and 99980 more problem\(s\) in this file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a spreadsheet formula typed into an item title reaches oit.csv as text, never as a formula", () => {
  built.project.withChanges(
    (p) => p.write("data/2566/oit.json", JSON.stringify({ fiscalYear: 2566, items: [{ code: "o1", title: '=HYPERLINK("https://evil.example","คลิก")' }, { code: "o2", title: "@SUM(1+1)" }] })),
    () => {
      const r = built.project.run("scripts/build.ts");
      assert.equal(r.code, 0, r.stderr);
      const rows = built.project.read("_site/open-data/2566/oit.csv").split("\r\n").join("\n").split("\n");
      const o1 = rows.find((row) => row.startsWith("o1,"))!;
      const o2 = rows.find((row) => row.startsWith("o2,"))!;
      // the cell is the title with a leading ', quoted because it holds quotes and a comma
      assert.ok(o1.startsWith(`o1,"'=HYPERLINK(""https://evil.example"",""คลิก"")",มี,https://`), o1);
      assert.ok(o2.startsWith("o2,'@SUM(1+1),มี,https://"), o2);
    },
  );
  // leave the copy's _site as the good one for the other tests
  assert.equal(built.project.run("scripts/build.ts").code, 0);
});

test("a read-only site left by an earlier build does not stop later builds", { skip: process.platform !== "linux" }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "prongsai-ro-"));
  try {
    for (const entry of [".eleventy.ts", "package.json", "tsconfig.json", "content", "data", "layouts", "scripts"]) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
    symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    // as root, permissions bind nobody: build as an ordinary user, as a clerk would
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      chmodSync(dir, 0o755);
      execFileSync("chown", ["-R", "nobody:nogroup", dir]);
    }
    const build = () => {
      const tsx = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
      const command = asRoot ? ["runuser", ["-u", "nobody", "--", "env", `HOME=${dir}`, "PRONGSAI_PDF=0", process.execPath, tsx, "scripts/build.ts"]] : [process.execPath, [tsx, "scripts/build.ts"]];
      try {
        const out = execFileSync(command[0] as string, command[1] as string[], { cwd: dir, encoding: "utf8", env: { ...process.env, PRONGSAI_PDF: "0" }, stdio: ["ignore", "pipe", "pipe"] });
        return { code: 0, out };
      } catch (e) {
        const err = e as { status: number; stdout: string; stderr: string };
        return { code: err.status, out: err.stdout + err.stderr };
      }
    };
    for (let i = 0; i < 3; i++) {
      const r = build();
      assert.equal(r.code, 0, r.out);
      assert.doesNotMatch(r.out, /EACCES|\n\s+at /);
      execFileSync("chmod", ["-R", "a-w", path.join(dir, "_site")]);
    }
  } finally {
    execFileSync("chmod", ["-R", "u+w", dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a document too large to publish is named with the file that cites it, once, however often the preview reloads", () => {
  const project = new ProjectCopy();
  try {
    // sparse: 101 MB on paper, nothing on disk
    const big = project.path("content/2566/documents/o1-organisation-chart.pdf");
    truncateSync(big, 101 * 1024 * 1024);
    const cache = new LoadCache();
    for (let i = 0; i < 2; i++) {
      const lines = loadSite({ root: project.dir, cache }).problems.map(formatProblem).filter((l) => l.includes("o1-organisation-chart.pdf"));
      assert.equal(lines.length, 1, lines.join("\n"));
      assert.match(lines[0]!, /^ERROR content\/2566\/documents\/o1-organisation-chart\.pdf: .* \(อ้างถึงใน content\/2566\/oit\/o1\.md\) \/ the document is larger than 100 MB: .* \(cited by content\/2566\/oit\/o1\.md\)$/);
    }
  } finally {
    project.remove();
  }
});
