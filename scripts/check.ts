/**
 * `npm run check`: validate data/ and content/ without building. Prints every
 * problem, one line each, in Thai and English, then a summary per year.
 * Exit codes: 0 no errors (warnings allowed); 1 input errors; 2 internal failure.
 */
import { loadSite } from "./lib/load-data.ts";
import { formatProblem } from "./lib/problems.ts";
import { formatScore } from "./lib/thai.ts";
import { staffNotes } from "./lib/editions.ts";
import { EXIT, runCommand } from "./lib/cli.ts";

function main(): number {
  const { model, problems } = loadSite({ root: process.cwd() });
  for (const p of problems) console.log(formatProblem(p));
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  let notReady = 0;
  if (model) {
    for (const y of model.years) {
      const r = y.result;
      if (r) {
        // each difference is a WARN line above (staff-notices.ts); this only counts them, in both languages
        const n = r.discrepancies.length;
        const flag = n ? ` · ตัวเลขที่รายงานไม่ตรงกับการคำนวณ ${n} รายการ (ดู WARN ด้านบน) / ${n} reported figure(s) differ from the computation (see WARN above)` : "";
        console.log(`${y.fiscalYear}: total ${formatScore(r.total, "arabic")}, rating ${r.rating}, edition ${y.edition.edition}${y.measures ? `, ${y.measures.measures.length} measures` : ""}${flag}`);
      }
      if (y.oit) {
        const { ready, total } = y.oit.readiness;
        notReady += total - ready;
        console.log(`${y.fiscalYear} OIT readiness (edition ${y.oit.edition}${y.oit.complete ? "" : ", item list incomplete"}): ${ready}/${total} items ready. This is a readiness check of this site, not the NACC's score.`);
        for (const i of y.oit.items.filter((i) => i.status !== "published")) {
          // evidence without any date: the public reason names no field, so say here where the date goes
          const where = i.status === "missing" && i.evidence?.hasBody && !i.evidence.updated && i.evidence.documents.length === 0 ? "; ใส่วันที่ใน updated: หรือ date: ของเอกสาร / add updated: or a document's date:" : "";
          console.log(`  WARN ${i.heading}: ${i.status === "missing" ? "missing" : "evidence outside its time window"} / ${i.reason}${i.evidence ? ` (${i.evidence.file})` : ""}${where}`);
        }
      }
    }
  }
  if (model) {
    // what staff should know of the editions the years are built on (never shown to citizens)
    for (const y of model.years) {
      const notes = staffNotes(y, "arabic");
      const origin = { shipped: "", agency: " ของหน่วยงาน", corrected: " ที่หน่วยงานแก้ไข" }[y.edition.origin];
      console.log(`\nปี ${y.fiscalYear}: เกณฑ์ ITA ปี ${y.edition.edition}${origin} สำหรับเจ้าหน้าที่ / ${y.fiscalYear}: about edition ${y.edition.edition} (${y.edition.origin}), for staff:`);
      for (const n of notes) console.log(`  - ${n.th}\n    ${n.en}`);
    }
  }
  console.log(`\n${errors} error(s), ${warnings + notReady} warning(s). ${errors ? "ต้องแก้ข้อผิดพลาดก่อนสร้างเว็บไซต์ / fix the errors before building." : "ข้อมูลพร้อมสร้างเว็บไซต์ / the data is ready to build."}`);
  return errors ? EXIT.input : EXIT.ok;
}

runCommand(main, "while checking");
