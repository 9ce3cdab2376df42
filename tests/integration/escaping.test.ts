/**
 * Every staff field that reaches a page holds `<b>&"'` followed by its own tag,
 * the project is built, and every built HTML and XML file is read: the markup
 * must arrive as text (escaped once, quotes included, so it can close no
 * attribute), never as a tag, and every field must be found on some page, so a
 * field that a template prints with `| safe` cannot hide.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ProjectCopy } from "./project-copy.ts";

const HOSTILE = `<b>&"'`;
/** The text a field holds: the hostile characters and a tag naming the field. */
const v = (tag: string) => `${HOSTILE} ${tag}`;
/** A YAML scalar (JSON is YAML) for front matter. */
const y = (tag: string) => JSON.stringify(v(tag));

/** Every field filled below, by tag. */
const FIELDS: string[] = [];
const f = (tag: string) => (FIELDS.push(tag), tag);

function poison(p: ProjectCopy): void {
  p.editJson("data/site.json", (s) => {
    s.name = { th: v(f("site-name-th")), en: v(f("site-name-en")) };
    for (const k of ["kind", "address", "district", "province", "phone", "description"]) s[k] = v(f(`site-${k}`));
  });
  p.editJson("data/2565/ita.json", (s) => {
    s.source.title = v(f("ita-source-title"));
    s.reported.rating = v(f("ita-reported-rating")); // differs from the computed A: shown as a discrepancy
  });
  p.editJson("data/2565/measures.json", (s) => {
    const m = s.measures[0];
    m.title = v(f("measure-title"));
    m.steps = [v(f("measure-step"))];
    m.responsible = [v(f("measure-responsible"))];
    m.timeframe = v(f("measure-timeframe"));
    m.monitoring = v(f("measure-monitoring"));
    m.progress = v(f("measure-progress"));
    s.signatures[0] = { role: v(f("signature-role")), name: v(f("signature-name")), position: v(f("signature-position")) };
  });
  p.editJson("data/2566/oit.json", (s) => {
    s.items = [{ code: "o3", title: v(f("oit-item-title")), group: v(f("oit-item-group")), requirement: v(f("oit-item-requirement")) }];
    s.subIndicators = [{ code: "9.1", indicator: 9, title: v(f("oit-subindicator-title")) }];
  });
  p.write(
    "content/2565/analysis/indicator-7.md",
    `---\nindicator: 7\nassessmentPoints:\n  - ${y(f("commentary-point"))}\nimprovements:\n  - ${y(f("commentary-improvement"))}\n---\n${v(f("commentary-body"))}\n`,
  );
  p.write("content/2565/analysis/practice.md", `${v(f("practice-body"))}\n`);
  p.write(
    "content/2566/oit/o1.md",
    `---\ncode: o1\nupdated: 2022-11-15\ndocuments:\n  - title: ${y(f("document-title"))}\n    date: 2022-11-15\n    file: documents/o1-organisation-chart.pdf\n  - title: ${y(f("link-title"))}\n    date: 2022-11-15\n    url: https://tharae.example/x.pdf\n---\n${v(f("oit-item-body"))}\n`,
  );
  p.write(
    "content/2566/oit/o20/notice-001.md",
    `---\ntitle: ${y(f("entry-title"))}\ndate: 2023-02-11\ndocuments:\n  - title: ${y(f("entry-document-title"))}\n    date: 2023-02-11\n    url: https://tharae.example/notice.pdf\n---\n${v(f("entry-body"))}\n`,
  );
  p.write(
    "content/pages/privacy.md",
    `---\ntitle: ${y(f("page-title"))}\ndescription: ${y(f("page-description"))}\nupdated: 2022-10-01\n---\n${v(f("page-body"))}\n`,
  );
}

/** Every built file that a browser or feed reader parses as markup. */
function markupFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(html|xml)$/.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

// `<b>&"'` escaped once: Nunjucks writes &quot; &#39;, markdown-it &quot; and a plain ' (it is text
// there), the charts' XML escaping &quot; &apos;. The double quote is escaped in every form.
const ESCAPED = /&lt;b&gt;&amp;(?:&quot;|&#34;)(?:&#39;|&apos;|')/;

test("staff text with <b>&\"' reaches every page as text, escaped once, from every field", () => {
  const project = new ProjectCopy();
  try {
    poison(project);
    const r = project.run("scripts/build.ts");
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const files = markupFiles(project.path("_site"));
    assert.ok(files.length > 40, `${files.length} HTML and XML files`);
    const found = new Set<string>();
    for (const file of files) {
      const rel = path.relative(project.dir, file);
      const html = readFileSync(file, "utf8");
      assert.equal(html.includes("<b>"), false, `a raw <b> in ${rel}: ${html.slice(Math.max(0, html.indexOf("<b>") - 120), html.indexOf("<b>") + 40)}`);
      assert.equal(html.includes("&amp;lt;b"), false, `escaped twice in ${rel}`);
      for (const m of html.matchAll(/&lt;b&gt;(.{0,40})/g)) {
        assert.match(m[0], new RegExp(`^${ESCAPED.source}`), `${rel}: after &lt;b&gt; comes ${JSON.stringify(m[1])}`);
      }
      for (const m of html.matchAll(new RegExp(`${ESCAPED.source} ([a-z0-9-]+)`, "g"))) found.add(m[1]!);
    }
    assert.deepEqual(FIELDS.filter((t) => !found.has(t)), [], "fields found on no page (or not escaped there)");
  } finally {
    project.remove();
  }
});
