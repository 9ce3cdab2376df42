/**
 * The bad-input corpus: every case in tests/fixtures/bad-input/ is laid over a
 * temporary copy of the example's data/ and content/ and loaded in-process with
 * loadSite (fast). Each asserts the exit-code semantics, the expected messages,
 * the one-line bilingual format and the absence of stack traces. A few cases
 * (`"cli": true`) also run through the real `scripts/check.ts`. Cases marked
 * `"knownGap": true` describe what the code should do but does not yet; they
 * run as todos so the suite stays green, and say so when they start passing.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { loadSite } from "../../scripts/lib/load-data.ts";
import { formatProblem } from "../../scripts/lib/problems.ts";
import { ProjectCopy } from "./project-copy.ts";
import { type CorpusCase, applyCase, caseRoot, formatFault, messageMatcher, pick, readCorpus, runAsync, touches } from "./overlay.ts";

const cases = readCorpus();

test("the corpus has at least 40 cases and a few for the real command", () => {
  assert.ok(cases.length >= 40, `${cases.length} cases`);
  const cli = cases.filter((c) => c.cli);
  assert.ok(cli.length >= 3 && cli.length <= 6, `${cli.length} CLI cases`);
  assert.ok(cli.every((c) => !c.knownGap), "CLI cases are not known gaps");
  assert.equal(new Set(cases.map((c) => c.id.slice(0, c.id.indexOf("-")))).size, cases.length, "case numbers are unique");
});

test("the line-format check itself: accepts the README's line, rejects broken ones", () => {
  const good = 'ERROR data/2565/ita.json:7 › indicators.4: ชนิดข้อมูลไม่ถูกต้อง ต้องเป็นตัวเลข แต่พบ "96.30" / expected number, found "96.30"';
  assert.equal(formatFault(good), undefined);
  assert.equal(formatFault('WARN  data/notes.txt: ไฟล์นี้ไม่ได้ถูกใช้ / this file is not used: lives in "ข้อมูล"'), undefined);
  const bad: Record<string, string> = {
    "no Thai": "ERROR data/site.json: invalid / invalid JSON",
    "Thai in English": "ERROR data/site.json: ผิด / 1 สิงหาคม is not a date",
    "no separator": "ERROR data/site.json: ผิด invalid",
    "no severity": "data/site.json: ผิด / wrong",
    "stack frame": "ERROR data/site.json: ผิด / wrong at loadSite (/work/main/scripts/lib/load-data.ts:12:5)",
    "two lines": "ERROR data/site.json: ผิด / wrong\n    at x (y.ts:1:2)",
    "absolute path": "ERROR /tmp/x/data/site.json: ผิด / wrong",
  };
  for (const [why, line] of Object.entries(bad)) assert.notEqual(formatFault(line), undefined, why);
});

/** The assertions shared by the in-process and the CLI runs, on the printed problem lines. */
function checkLines(c: CorpusCase, lines: string[], exitCode: number): void {
  const shown = `\n--- output of ${c.id} ---\n${lines.join("\n") || "(no problems)"}\n---`;
  assert.equal(exitCode, c.expect.exitCode, `exit code${shown}`);
  for (const line of lines) {
    const fault = formatFault(line);
    assert.equal(fault, undefined, `line ${fault}: ${line}${shown}`);
  }
  for (const message of c.expect.messages) {
    const matches = messageMatcher(message);
    assert.ok(lines.some(matches), `expected a line matching ${message}${shown}`);
  }
  if (c.expect.count !== undefined) {
    const counted = lines.filter((l) => l.startsWith("ERROR ") && touches(c, l)).length;
    assert.equal(counted, c.expect.count, `number of ERROR lines about ${[...Object.keys(c.files), ...c.remove].join(", ")}${shown}`);
  }
}

function runInProcess(c: CorpusCase): void {
  const root = caseRoot(c);
  try {
    let result: ReturnType<typeof loadSite>;
    try {
      result = loadSite({ root });
    } catch (e) {
      assert.fail(`loadSite threw instead of reporting a problem (a stack trace for the user):\n${e instanceof Error ? e.stack : String(e)}`);
    }
    const lines = result.problems.map(formatProblem);
    const errors = result.problems.filter((p) => p.severity === "error").length;
    checkLines(c, lines, errors > 0 ? 1 : 0);
    if (errors === 0) {
      assert.ok(result.model, "no errors, so there is a model to build from");
      // Thai is normalised when read: no ํ + า pair survives into the model
      assert.ok(!JSON.stringify(result.model).includes("\u0E4D\u0E32"), "the model holds a decomposed sara am (ํ + า)");
    }
    for (const [key, want] of Object.entries(c.expect.model ?? {})) {
      assert.ok(result.model, `expect.model needs a model (${key})`);
      assert.deepEqual(pick(result.model, key), want, `model ${key}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

for (const c of cases) {
  const name = `${c.id}: ${c.title}`;
  if (!c.knownGap) {
    test(name, () => runInProcess(c));
    continue;
  }
  // a known gap runs, but its failure is a todo; a pass means the gap is closed
  test(`${name} [known gap]`, { todo: c.gap ?? "known gap" }, (t) => {
    runInProcess(c);
    t.diagnostic(`${c.id} now passes: the gap is closed, remove "knownGap" from its case.json`);
  });
}

test("the real check command: exit code and the same lines, no stack trace", { concurrency: true }, async (t) => {
  await Promise.all(
    cases
      .filter((c) => c.cli)
      .map((c) =>
        t.test(`${c.id}: ${c.title}`, async () => {
          const project = new ProjectCopy();
          try {
            applyCase(project.dir, c);
            const r = await runAsync(project.dir, "scripts/check.ts");
            const out = r.stdout + r.stderr;
            assert.doesNotMatch(out, /^\s+at .+:\d+:\d+\)?$/m, `no stack trace\n${out}`);
            assert.doesNotMatch(out, /Internal error/, `no internal error\n${out}`);
            const lines = r.stdout.split("\n").filter((l) => /^(ERROR|WARN) /.test(l));
            checkLines(c, lines, r.code);
            assert.equal(r.stderr, "", "nothing on stderr");
          } finally {
            project.remove();
          }
        }),
      ),
  );
});
