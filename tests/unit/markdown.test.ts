/** Staff Markdown is data: no raw HTML, no script URLs; tables scroll by keyboard; external links say so. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { markdown } from "../../scripts/lib/markdown.ts";

test("raw HTML is shown as text, never passed through", () => {
  const html = markdown.render('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
  assert.doesNotMatch(html, /<script|<img/);
  assert.match(html, /&lt;script&gt;/);
});

test("javascript:, vbscript: and data: links are not made into links", () => {
  for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4="]) {
    const html = markdown.render(`[click](${href})`);
    assert.doesNotMatch(html, /<a /, href);
  }
});

test("external links are marked; site links are not", () => {
  assert.match(markdown.render("[x](https://example.go.th/)"), /<a href="https:\/\/example\.go\.th\/" rel="external noopener" class="external">x<\/a>/);
  assert.equal(markdown.render("[x](/2565/analysis/)"), '<p><a href="/2565/analysis/">x</a></p>\n');
});

test("tables sit in a keyboard-scrollable wrapper", () => {
  const html = markdown.render("| a | b |\n| --- | --- |\n| 1 | 2 |");
  assert.match(html, /^<div class="table-wrap"><table tabindex="0" class="stack">/);
  assert.match(html, /<\/table><\/div>\n$/);
});

test("a staff table's cells carry their column's name, so a phone shows each value labelled", () => {
  const html = markdown.render("| รายการ | **งบประมาณ** (บาท) | `code` |\n| --- | ---: | --- |\n| ถนน | 1,000 | a |\n| ไฟฟ้า | 2,000 |  |\n\n| x |\n| --- |\n| 1 |");
  assert.match(html, /<td data-label="รายการ">ถนน<\/td>\n<td style="text-align:right" data-label="งบประมาณ \(บาท\)">1,000<\/td>\n<td data-label="code">a<\/td>/);
  assert.match(html, /<td data-label="รายการ">ไฟฟ้า<\/td>/);
  // a second table has its own headers
  assert.match(html, /<td data-label="x">1<\/td>/);
  // header text is escaped like any attribute
  assert.match(markdown.render('| a "b" <c> |\n| --- |\n| 1 |'), /<td data-label="a &quot;b&quot; &lt;c&gt;">1<\/td>/);
});
