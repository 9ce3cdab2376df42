/**
 * The web editor's pieces that need no browser: the `_headers` that keep
 * /admin/'s policy apart from the public pages' one (as Netlify and
 * Cloudflare Pages read them), the form rules taken from the contract, and
 * the configuration generated for the bundled example.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { CONTENT_SECURITY_POLICY, headersFileWithEditor, headersForPath, parseHeaderRules } from "../../scripts/lib/security.ts";
import { DOCUMENT_PATTERN, SCORE_PATTERN, editorConfig, editorCsp, fieldOrders } from "../../scripts/lib/editor-config.ts";
import { documentTypeProblem } from "../../scripts/lib/documents.ts";
import { readEditorInput } from "../../scripts/lib/editor-input.ts";
import { ProjectCopy, ROOT } from "../integration/project-copy.ts";

const ENTRIES = [
  { name: "index.html", dir: false },
  { name: "404.html", dir: false },
  { name: "2565", dir: true },
  { name: "assets", dir: true },
  { name: "pagefind", dir: true },
  { name: "admin", dir: true },
  { name: "_headers", dir: false },
  { name: ".prongsai-site", dir: false },
];
const EDITOR_CSP = editorCsp({ backend: "github", repo: "tharae/ita-website" });

for (const prefix of ["/", "/ita/"]) {
  test(`_headers under ${prefix}: public paths get the public policy, /admin/ its own, and no path gets both`, () => {
    const rules = parseHeaderRules(headersFileWithEditor(prefix, ENTRIES, EDITOR_CSP));
    const csp = (p: string) => headersForPath(rules, prefix + p)["content-security-policy"];
    for (const p of ["", "index.html", "404.html", "2565/", "2565/analysis/", "assets/css/site.css", "pagefind/pagefind.js"]) assert.equal(csp(p), CONTENT_SECURITY_POLICY, p);
    for (const p of ["admin/", "admin/index.html", "admin/decap-cms.js", "admin/config.yml"]) assert.equal(csp(p), EDITOR_CSP, p);
    // every rule's headers are whole: a header two rules set would be joined with ", "
    for (const p of ["", "2565/", "admin/"]) assert.equal(headersForPath(rules, prefix + p)["x-content-type-options"], "nosniff");
    // the build's own files are not public paths of their own
    assert.deepEqual(
      rules.map((r) => r.path),
      ["*", "", "2565/*", "404.html", "assets/*", "index.html", "pagefind/*", "admin/*"].map((p) => prefix + p),
    );
    // a path the build did not write (a 404 on the host) still gets every header but a policy
    const unknown = headersForPath(rules, prefix + "no-such-page/");
    assert.deepEqual(Object.keys(unknown).sort(), ["permissions-policy", "referrer-policy", "x-content-type-options"]);
  });
}

test("two rules matching one path join their values, as the hosts do (what the rules above avoid)", () => {
  const rules = parseHeaderRules("/*\n  X-A: one\n/admin/*\n  X-A: two\n");
  assert.deepEqual(headersForPath(rules, "/admin/"), { "x-a": "one, two" });
  assert.deepEqual(headersForPath(rules, "/2565/"), { "x-a": "one" });
});

test("the editor's policy: scripts only from the site itself, and the git host's API", () => {
  assert.match(EDITOR_CSP, /script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval';/);
  assert.match(EDITOR_CSP, /connect-src 'self' blob: data: https:\/\/api\.github\.com;/);
  assert.doesNotMatch(EDITOR_CSP.split("; ").find((d) => d.startsWith("script-src"))!, /https?:|\*|unsafe-inline/);
  const gitea = editorCsp({ backend: "gitea", repo: "tharae/ita", host: "https://git.tharae.go.th", appId: "x" }, "http://127.0.0.1:8091/api/v1");
  assert.match(gitea, /connect-src 'self' blob: data: https:\/\/git\.tharae\.go\.th http:\/\/127\.0\.0\.1:8091;/);
});

test("a score field takes 0 to 100 with at most two decimals", () => {
  const score = new RegExp(SCORE_PATTERN);
  for (const ok of ["0", "7", "98.68", "96.3", "100", "100.00"]) assert.match(ok, score);
  for (const bad of ["101", "100.01", "98.678", "-1", "96,30", ""]) assert.doesNotMatch(bad, score);
});

test("an uploaded document's name is ASCII and of a published type", () => {
  const name = new RegExp(DOCUMENT_PATTERN);
  for (const ok of ["notice-2566-01.pdf", "plan.DOCX", "chart_1.png"]) assert.match(ok, name);
  for (const bad of ["ประกาศ.pdf", "my notice.pdf", "run.exe", ".hidden.pdf", "page.html"]) assert.doesNotMatch(bad, name);
});

test("the upload form takes every document type the build takes, in any letter case", () => {
  const name = new RegExp(DOCUMENT_PATTERN);
  // the build's own answer (documents.ts) for the type, beside the form's
  for (const file of ["Plan.Pdf", "scan.Jpg", "SCAN.JPEG", "sheet.XlSx", "notes.txt", "run.exe", "page.HTML", "logo.svg", "data.Csv"]) {
    assert.equal(name.test(file), documentTypeProblem(file) === undefined, file);
  }
});

test("the example's configuration: the years' forms at the contract's paths, item codes of the year's edition", () => {
  const config = editorConfig(readEditorInput(ROOT)) as { backend: Record<string, unknown>; locale: string; collections: any[] };
  assert.equal(config.locale, "th");
  assert.deepEqual(config.backend, { name: "github", repo: "tharae/ita-website", branch: "main" });
  const byName = new Map(config.collections.map((c) => [c.name, c]));
  const oit = byName.get("oit-2566");
  assert.equal(oit.folder, "content/2566/oit");
  assert.equal(oit.media_folder, "/content/2566/documents");
  const codes = oit.fields.find((f: any) => f.name === "code").options.map((o: any) => o.value);
  assert.equal(codes[0], "o1");
  assert.ok(codes.includes("o42"));
  assert.ok(byName.has("entries-2566-o20"), "the procurement notices of o20 have a list of their own");
  const ita = byName.get("ita").files.map((f: any) => f.file);
  assert.deepEqual(ita, ["data/2566/ita.json", "data/2565/ita.json"]);
  assert.deepEqual(fieldOrders(config).tools, ["IIT", "EIT", "OIT"]);
});

test("the forms offer the items of the edition the build uses: ita.json's before oit.json's, as the loader decides", () => {
  const project = new ProjectCopy();
  try {
    const codes = () => {
      const config = editorConfig(readEditorInput(project.dir)) as { collections: any[] };
      const oit = config.collections.find((c) => c.name === "oit-2566");
      return oit.fields.find((f: any) => f.name === "code").options.map((o: any) => o.value) as string[];
    };
    assert.equal(codes().length, 43, "2566's own edition: o1–o43");
    project.write("data/2566/oit.json", JSON.stringify({ fiscalYear: 2566, edition: 2569 }));
    assert.equal(codes().length, 26, "oit.json alone names 2569: its 26 items");
    const scores = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), 90]));
    project.write("data/2566/ita.json", JSON.stringify({ fiscalYear: 2566, edition: 2566, indicators: scores }));
    // the check refuses the pair (bad-input case 193); meanwhile the forms follow ita.json, as the build would
    assert.equal(codes().length, 43);
    assert.ok(codes().includes("o42"));
  } finally {
    project.remove();
  }
});
