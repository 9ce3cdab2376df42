/**
 * @fileoverview The page the live preview (`npm start`) shows instead of the
 * site while the agency's files have errors: each problem with its file, line,
 * field and the fix, in Thai first. It is its own small document, with its
 * style inline, so that it never depends on a build that just failed; it is
 * served only by the local preview, never written into the site.
 */
import type { Problem } from "./problems.ts";
import { escapeXml as escape } from "./escape.ts";

function item(p: Problem): string {
  const where = [
    `<code>${escape(p.file)}</code>`,
    p.line ? `บรรทัด ${p.line}` : "",
    p.field ? `ช่อง <code>${escape(p.field)}</code>` : "",
  ].filter(Boolean);
  return `<li data-file="${escape(p.file)}"${p.line ? ` data-line="${p.line}"` : ""}>
<p class="where">${where.join(" · ")}</p>
<p class="fix">${escape(p.th)}</p>
<p class="en" lang="en">${escape(p.en)}</p>
</li>`;
}

/** The whole error page for `problems` (errors listed first; warnings folded away). */
export function previewErrorPage(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  const count = errors.reduce((n, p) => n + (p.more ?? 1), 0);
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>ข้อมูลมีข้อผิดพลาด ${count} รายการ · ตัวอย่างเว็บไซต์</title>
<style>
body { font-family: "Sarabun", "Loma", "Noto Sans Thai", system-ui, sans-serif; line-height: 1.6; margin: 0; color: #1b1b1b; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; color: #8a1c1c; margin: 0 0 .5rem; }
.lead { font-size: 1.1rem; }
ol { padding-left: 1.5rem; }
li { margin: 0 0 1rem; padding: .75rem 1rem; border-left: .35rem solid #b42318; background: #fdf3f2; }
li.warn { border-left-color: #b58100; background: #fdf8ec; }
.where { margin: 0; font-weight: bold; }
.fix { margin: .25rem 0 0; font-size: 1.1rem; }
.en { margin: .25rem 0 0; color: #555; font-size: .9rem; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; background: #fff; padding: 0 .2rem; overflow-wrap: anywhere; }
.note { color: #555; font-size: .9rem; border-top: 1px solid #ddd; padding-top: .75rem; }
</style>
</head>
<body>
<main>
<h1>ข้อมูลมีข้อผิดพลาด ${count} รายการ</h1>
<p class="lead">ตัวอย่างเว็บไซต์หยุดแสดงหน้าเว็บไว้ก่อน เพราะหน้าเดิมไม่ตรงกับไฟล์ที่แก้แล้ว แก้ไฟล์ตามรายการด้านล่างแล้วบันทึก หน้านี้จะกลับไปแสดงเว็บไซต์เอง</p>
<ol class="problems">
${errors.map(item).join("\n")}
</ol>
${
  warnings.length
    ? `<details>
<summary>คำเตือน ${warnings.length} รายการ (ไม่ทำให้สร้างเว็บไซต์ไม่ได้)</summary>
<ol class="warnings">
${warnings.map((w) => item(w).replace("<li ", '<li class="warn" ')).join("\n")}
</ol>
</details>`
    : ""
}
<p class="note">รายการเดียวกันนี้แสดงในหน้าต่างที่เรียก npm start และได้จาก npm run check ด้วย หน้านี้แสดงเฉพาะในเครื่องที่เปิดตัวอย่างเว็บไซต์ ไม่อยู่ในเว็บไซต์ที่เผยแพร่<br>
<span lang="en">The same list is in the terminal running npm start, and from npm run check. This page is shown only by the local preview, never on the published site.</span></p>
</main>
</body>
</html>
`;
}
