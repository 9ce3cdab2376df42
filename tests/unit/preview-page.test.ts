import { test } from "node:test";
import assert from "node:assert/strict";
import { previewErrorPage } from "../../scripts/lib/preview-page.ts";
import { error, moreProblems, warning } from "../../scripts/lib/problems.ts";

test("the preview's error page lists each error with file, line, field and fix; warnings are folded; text is escaped", () => {
  const html = previewErrorPage([
    error("data/2565/ita.json", { th: 'ให้พิมพ์ 96.30 <b>"x"</b>', en: "type 96.30 & go" }, "indicators.4", 7),
    warning("data/site.json", { th: "ยังเป็นตัวอย่าง", en: "still the example" }, "example", 2),
    moreProblems("content/2566/oit/o1.md", 4),
  ]);
  assert.match(html, /<html lang="th">/);
  // one error told plus the line that stands for 4 more: 5 errors in all
  assert.match(html, /<h1>ข้อมูลมีข้อผิดพลาด 5 รายการ<\/h1>/);
  assert.match(html, /<p class="where"><code>data\/2565\/ita\.json<\/code> · บรรทัด 7 · ช่อง <code>indicators\.4<\/code><\/p>/);
  assert.match(html, /<p class="fix">ให้พิมพ์ 96\.30 &lt;b&gt;&quot;x&quot;&lt;\/b&gt;<\/p>/);
  assert.match(html, /<p class="en" lang="en">type 96\.30 &amp; go<\/p>/);
  assert.match(html, /<details>\n<summary>คำเตือน 1 รายการ/);
  assert.doesNotMatch(html, /<b>/);
});

test("a file or field name with markup in it (a staff file named so) is shown as text, in the list and its data-file", () => {
  const file = 'content/2566/oit/<img src=x onerror="alert(1)">.md';
  const html = previewErrorPage([error(file, { th: "ชื่อไฟล์ไม่ถูกต้อง", en: "bad name" }, "<script>x</script>", 1)]);
  assert.doesNotMatch(html, /<img|<script>x/);
  assert.match(html, /<code>content\/2566\/oit\/&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;\.md<\/code>/);
  assert.match(html, /<code>&lt;script&gt;x&lt;\/script&gt;<\/code>/);
  assert.match(html, /data-file="content\/2566\/oit\/&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;\.md"/);
});
