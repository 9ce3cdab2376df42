/**
 * `npm run check:html` (the W3C Nu HTML checker on Java) really checks: a page
 * with a markup error deep in a folder and a style sheet with an unknown
 * property fail it with the file named; a clean folder passes. npm test runs
 * it on both builds (see package.json), so a clean result there means
 * something only if a broken page here fails.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./project-copy.ts";
import { formatVnuMessage, isError, isFileOriginPolicyNote, parseVnuReport } from "../../scripts/lib/vnu.ts";

const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const GOOD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ดี</title></head><body><p>ผ่าน</p></body></html>\n';
// the raw JavaScript date the policy pages once printed is valid text; a <time> with it is not
const BAD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>เสีย</title></head><body>\n<p><time datetime="Sat Oct 01 2022 00:00:00 GMT+0000 (Coordinated Universal Time)">x</time></p>\n</body></html>\n';

function check(...dirs: string[]) {
  const r = spawnSync(process.execPath, [TSX, path.join(ROOT, "scripts/check-html.ts"), ...dirs], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout + r.stderr };
}

test("the HTML checker fails a bad page and a bad style sheet, naming each, and passes a clean site", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "prongsai-vnu-"));
  try {
    mkdirSync(path.join(dir, "bad/2565/oit/o1"), { recursive: true });
    mkdirSync(path.join(dir, "good/assets"), { recursive: true });
    writeFileSync(path.join(dir, "good/index.html"), GOOD);
    writeFileSync(path.join(dir, "good/assets/site.css"), "p { color: #123d6a; }\n");
    writeFileSync(path.join(dir, "good/data.json"), '{"not": "html"}\n'); // skipped, not checked as HTML
    writeFileSync(path.join(dir, "bad/index.html"), GOOD);
    writeFileSync(path.join(dir, "bad/2565/oit/o1/index.html"), BAD);
    writeFileSync(path.join(dir, "bad/site.css"), "p { colr: red; }\n");

    const good = check(path.join(dir, "good"));
    assert.equal(good.code, 0, good.out);
    assert.match(good.out, /1 pages and 1 style sheets .*: 0 error\(s\)/);

    const bad = check(path.join(dir, "good"), path.join(dir, "bad"));
    assert.equal(bad.code, 1, bad.out);
    assert.match(bad.out, /bad\/2565\/oit\/o1\/index\.html:\d+:\d+: error: Bad value “Sat Oct 01 2022[^\n]*datetime/);
    assert.match(bad.out, /bad\/site\.css:1:\d+: error: CSS: “colr”/);
    assert.match(bad.out, /3 pages and 2 style sheets .*: 2 error\(s\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a folder that does not exist is named, exit 1", () => {
  const r = check(path.join(tmpdir(), "prongsai-no-such-site"));
  assert.equal(r.code, 1);
  assert.match(r.out, /prongsai-no-such-site is not a folder: build the site first/);
});

test("vnu's JSON report: errors and unreadable files fail, warnings do not; lines name the file relative to the project", () => {
  const report =
    "Picked up JAVA_TOOL_OPTIONS: -Xss1m\n" +
    JSON.stringify({
      messages: [
        { type: "error", url: `file:${ROOT}/_site/2565/index.html`, lastLine: 12, firstColumn: 40, message: "Duplicate ID “x”.", extract: '<p id="x">\n  a' },
        { type: "info", subType: "warning", url: `file:${ROOT}/_site/index.html`, lastLine: 3, message: "Consider …" },
        { type: "info", url: `file:${ROOT}/_site/index.html`, message: "Trailing slash on void elements" },
        { type: "non-document-error", url: `file:${ROOT}/_site/gone.html`, message: "IO error" },
      ],
    });
  const messages = parseVnuReport(report);
  assert.deepEqual(messages.map(isError), [true, false, false, true]);
  assert.equal(formatVnuMessage(messages[0]!, ROOT), '_site/2565/index.html:12:40: error: Duplicate ID “x”. («<p id="x"> a»)');
  assert.equal(formatVnuMessage(messages[1]!, ROOT), "_site/index.html:3: warning: Consider …");
  assert.throws(() => parseVnuReport("Exception in thread main"), /no JSON report/);
});

test("the meta policy's notes about the site's own files, checked as files, are set aside; a foreign resource's is not", () => {
  const note = (url: string, resource: string): Parameters<typeof isFileOriginPolicyNote>[0] => ({
    type: "info",
    subType: "warning",
    url,
    message: `Resource violates Content Security Policy (meta tag): external stylesheet “${resource}” blocked by “style-src” directive.`,
  });
  assert.equal(isFileOriginPolicyNote(note(`file:${ROOT}/_site/index.html`, "/assets/css/site.css")), true);
  assert.equal(isFileOriginPolicyNote(note(`file:${ROOT}/_site/index.html`, "../assets/css/site.css")), true);
  assert.equal(isFileOriginPolicyNote(note(`file:${ROOT}/_site/index.html`, "https://cdn.example/x.css")), false);
  assert.equal(isFileOriginPolicyNote(note(`file:${ROOT}/_site/index.html`, "//cdn.example/x.css")), false);
  assert.equal(isFileOriginPolicyNote(note("http://127.0.0.1:8181/", "/assets/css/site.css")), false, "over HTTP a note is real");
  assert.equal(isFileOriginPolicyNote({ type: "error", url: `file:${ROOT}/_site/index.html`, message: "Resource violates Content Security Policy (meta tag): x “/a” blocked by y" }), false);
});

test("the real checker on a page with a meta policy: its own style sheet is set aside and counted, a foreign one stays a warning", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "prongsai-vnu-"));
  try {
    const page = (href: string) =>
      `<!doctype html><html lang="th"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>ดี</title><link rel="stylesheet" href="${href}"></head><body><p>ผ่าน</p></body></html>\n`;
    writeFileSync(path.join(dir, "index.html"), page("/assets/site.css"));
    const own = check(dir);
    assert.equal(own.code, 0, own.out);
    assert.match(own.out, /: 0 error\(s\), 0 warning\(s\)/);
    assert.match(own.out, /\(1 note\(s\) set aside that a same-site file is "blocked"/);
    writeFileSync(path.join(dir, "index.html"), page("https://cdn.example/x.css"));
    const foreign = check(dir);
    assert.match(foreign.out, /index\.html:\d+:\d+: warning: Resource violates Content Security Policy \(meta tag\): external stylesheet “https:\/\/cdn\.example\/x\.css”/);
    assert.match(foreign.out, /: 0 error\(s\), 1 warning\(s\)/);
    assert.doesNotMatch(foreign.out, /set aside/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
