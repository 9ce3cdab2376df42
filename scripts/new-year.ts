/**
 * `npm run new-year -- <year>`: scaffold a fiscal year from its ITA edition:
 * data/<year>/oit.json and one stub per OIT item in content/<year>/oit/, with
 * the title and requirement written in as comments and the evidence left
 * empty. Refuses to overwrite anything that exists.
 * Exit codes: 0 created; 1 wrong input (bad year, unknown edition, files exist); 2 internal failure.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EDITIONS_DIR, loadEditions } from "./lib/load-data.ts";
import type { Problem } from "./lib/problems.ts";
import { formatProblem } from "./lib/problems.ts";
import type { Edition, OitItem } from "./lib/schema.ts";
import { WINDOW_LABELS } from "./lib/oit.ts";

/** The stub of one item: front matter with comments a staff member can follow. */
export function itemStub(year: number, item: OitItem, previousYearHasAnalysis: boolean): string {
  const lines = [
    "---",
    `# ${item.code.toUpperCase()} ${item.title}`,
    `# สิ่งที่ต้องเผยแพร่: ${item.requirement}`,
    `# ช่วงเวลาของหลักฐาน: ${WINDOW_LABELS[item.window]}`,
    "# ใส่วันที่เป็น ค.ศ. แบบ 2023-03-31 และเพิ่มเอกสารในรายการ documents (file, url หรือ page)",
    `code: ${item.code}`,
    `fiscalYear: ${year}`,
  ];
  if (item.evidenceOf === "analysis" && previousYearHasAnalysis) {
    lines.push(
      "# ข้อนี้ใช้การวิเคราะห์ผลและมาตรการของปีก่อนหน้าที่เว็บไซต์สร้างไว้แล้ว: ใส่วันที่อนุมัติแล้วลบ # หน้าบรรทัด",
      "documents: []",
      `#  - title: การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${year - 1}`,
      "#    date: YYYY-MM-DD",
      `#    page: /${year - 1}/analysis/`,
      `#  - title: มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ${year}`,
      "#    date: YYYY-MM-DD",
      `#    page: /${year - 1}/measures/`,
    );
  } else {
    lines.push("documents: []");
  }
  lines.push("---", "");
  return lines.join("\n");
}

function main(): number {
  const root = process.cwd();
  const arg = process.argv[2];
  const year = Number(arg);
  if (!arg || !/^\d{4}$/.test(arg) || year < 2550 || year > 2700) {
    console.error("ใช้: npm run new-year -- <ปี พ.ศ.> เช่น npm run new-year -- 2567");
    console.error("Usage: npm run new-year -- <B.E. year>, e.g. npm run new-year -- 2567");
    return 1;
  }
  const problems: Problem[] = [];
  const editions = loadEditions(root, EDITIONS_DIR, problems);
  if (problems.length) {
    for (const p of problems) console.error(formatProblem(p));
    return 2;
  }
  const edition: Edition | undefined = editions.get(year);
  if (!edition) {
    const known = [...editions.keys()].join(", ");
    console.error(`ไม่มีเกณฑ์ ITA ปี ${year} ที่มีอยู่: ${known} / no ITA edition ${year}; editions available: ${known}`);
    console.error(`สร้างปีใหม่ด้วยเกณฑ์ที่มีได้โดยเขียน data/${year}/oit.json เอง ({ "fiscalYear": ${year}, "edition": <ปีที่มี> })`);
    console.error(`To use an existing edition, write data/${year}/oit.json yourself ({ "fiscalYear": ${year}, "edition": <one of them> }).`);
    return 1;
  }
  const dataDir = path.join(root, "data", String(year));
  const oitDir = path.join(root, "content", String(year), "oit");
  const targets = [path.join(dataDir, "oit.json"), ...edition.oit.items.map((i) => path.join(oitDir, `${i.code}.md`))];
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length) {
    console.error(`มีไฟล์อยู่แล้ว ไม่เขียนทับ / refusing to overwrite existing files:`);
    for (const f of existing) console.error(`  ${path.relative(root, f)}`);
    return 1;
  }
  const previousYearHasAnalysis = existsSync(path.join(root, "data", String(year - 1), "ita.json"));
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(oitDir, { recursive: true });
  writeFileSync(path.join(dataDir, "oit.json"), JSON.stringify({ fiscalYear: year }, null, 2) + "\n", { flag: "wx" });
  for (const item of edition.oit.items) {
    writeFileSync(path.join(oitDir, `${item.code}.md`), itemStub(year, item, previousYearHasAnalysis), { flag: "wx" });
  }
  console.log(`สร้างปี ${year} แล้ว: data/${year}/oit.json และ ${edition.oit.items.length} ข้อใน content/${year}/oit/`);
  console.log(`Created ${year}: data/${year}/oit.json and ${edition.oit.items.length} item stubs in content/${year}/oit/ (edition ${year}${edition.complete ? "" : ", item list incomplete: correct it in data/" + year + "/oit.json"}).`);
  console.log(`Next: add evidence to the stubs, put scores in data/${year}/ita.json when results are out, and run npm run check.`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error("Internal error (please report it):", e);
  process.exitCode = 2;
}
