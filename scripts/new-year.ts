/**
 * `npm run new-year -- <year> [--from=<edition>]`: scaffold a fiscal year from
 * its ITA edition: data/<year>/oit.json and one stub per OIT item in
 * content/<year>/oit/, with the title and requirement written in as comments
 * and the evidence left empty. With --from, the year has no edition yet: the
 * agency's own is written first to data/editions/<year>.json, started from the
 * named edition and marked provisional. Refuses to overwrite anything.
 * Exit codes: 0 created; 1 wrong input (bad year, unknown edition, files exist); 2 internal failure.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AGENCY_EDITIONS, type LoadedEdition, editionFrom, loadEditions } from "./lib/editions.ts";
import { scanStaffFiles } from "./lib/staff-files.ts";
import { type Problem, error, formatProblem } from "./lib/problems.ts";
import type { Edition, OitItem } from "./lib/schema.ts";
import { WINDOW_LABELS } from "./lib/oit.ts";
import { runCommand } from "./lib/cli.ts";

/** Commented lines that link the site's own pages, for an item whose role they stand for. */
function roleLines(root: string, year: number, item: OitItem): string[] {
  if (item.role === "analysis" && existsSync(path.join(root, "data", String(year - 1), "ita.json"))) {
    return [
      "# ข้อนี้ใช้การวิเคราะห์ผลและมาตรการของปีก่อนหน้าที่เว็บไซต์สร้างไว้แล้ว: ใส่วันที่อนุมัติแล้วลบ # หน้าบรรทัด",
      "documents: []",
      `#  - title: การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${year - 1}`,
      "#    date: YYYY-MM-DD",
      `#    page: /${year - 1}/analysis/`,
      `#  - title: มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ${year}`,
      "#    date: YYYY-MM-DD",
      `#    page: /${year - 1}/measures/`,
    ];
  }
  // the progress report covers the measures carried out in the year the item reports on
  const target = item.window === "previousYear" ? year - 1 : year;
  if (item.role === "measuresProgress" && existsSync(path.join(root, "data", String(target - 1), "ita.json"))) {
    return [
      "# ข้อนี้รายงานผลการดำเนินการตามมาตรการ หน้ามาตรการของเว็บไซต์แสดงสถานะและความก้าวหน้าของแต่ละมาตรการ: ใส่วันที่แล้วลบ # หน้าบรรทัด",
      "documents: []",
      `#  - title: ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ${target}`,
      "#    date: YYYY-MM-DD",
      `#    page: /${target - 1}/measures/`,
    ];
  }
  return ["documents: []"];
}

/** The stub of one item: front matter with comments a staff member can follow. */
function itemStub(root: string, year: number, item: OitItem, editionFile: string): string {
  const code = item.code.toUpperCase();
  // an edition's text goes into comment lines: a line break in it would start a real field
  const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
  const title =
    item.title !== undefined
      ? `# ${code} ${oneLine(item.title)}`
      : `# ${code} (ยังไม่ทราบชื่อข้อ${item.titleGuess ? ` อาจเป็น "${oneLine(item.titleGuess)}"` : ""}: ตรวจกับคู่มือ ป.ป.ช. แล้วใส่ชื่อใน ${editionFile})`;
  return [
    "---",
    title,
    `# สิ่งที่ต้องเผยแพร่: ${oneLine(item.requirement ?? "ยังไม่ทราบ ดูคู่มือ ป.ป.ช.")}`,
    `# ช่วงเวลาของหลักฐาน: ${item.window ? WINDOW_LABELS[item.window] : "ยังไม่ทราบ"}`,
    "# ใส่วันที่เป็น ค.ศ. แบบ 2023-03-31 และเพิ่มเอกสารในรายการ documents (file, url หรือ page)",
    `code: ${item.code}`,
    `fiscalYear: ${year}`,
    ...roleLines(root, year, item),
    "---",
    "",
  ].join("\n");
}

const USAGE = [
  "ใช้: npm run new-year -- <ปี พ.ศ.> [--from=<ปีของเกณฑ์ที่ใช้เริ่มต้น>] เช่น npm run new-year -- 2569 หรือ npm run new-year -- 2570 --from=2569",
  "Usage: npm run new-year -- <B.E. year> [--from=<edition to start from>], e.g. npm run new-year -- 2569 or npm run new-year -- 2570 --from=2569",
];

/** The year and --from edition on the command line, or undefined when they are not well formed. */
function parseArgs(args: readonly string[]): { year: number; from?: number } | undefined {
  let year: number | undefined;
  let from: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const m = /^--from(?:=(.*))?$/.exec(a);
    if (m) {
      const v = m[1] ?? args[++i];
      if (!v || !/^\d{4}$/.test(v)) return undefined;
      from = Number(v);
    } else if (/^\d{4}$/.test(a) && year === undefined) year = Number(a);
    else return undefined;
  }
  if (year === undefined || year < 2550 || year > 2700) return undefined;
  return { year, ...(from !== undefined ? { from } : {}) };
}

function main(): number {
  const root = process.cwd();
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    for (const line of USAGE) console.error(line);
    return 1;
  }
  const { year, from } = args;
  const problems: Problem[] = [];
  // the map of the agency's files: only what it says of data/editions/ concerns this command
  const scanned: Problem[] = [];
  const staff = scanStaffFiles(root, scanned);
  problems.push(...scanned.filter((p) => p.file.startsWith(`data/${AGENCY_EDITIONS}/`)));
  const editions = loadEditions(root, staff, problems);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length) {
    for (const p of errors) console.error(formatProblem(p));
    // a broken shipped catalogue is the product's fault, a broken agency edition the input's
    return errors.some((p) => p.file.startsWith("data/")) ? 1 : 2;
  }
  const known = [...editions.keys()];
  const fail = (field: string, th: string, en: string): number => {
    console.error(formatProblem(error("new-year", { th, en }, field)));
    return 1;
  };

  let edition: Edition | undefined = editions.get(year);
  let agencyEdition: Edition | undefined;
  const editionFile = `data/editions/${year}.json`;
  if (from !== undefined) {
    const base: LoadedEdition | undefined = editions.get(from);
    if (!base) {
      return fail("--from", `ไม่มีเกณฑ์ ITA ปี ${from} ให้เริ่มต้น เลือกปีที่มี: ${known.join(" ")}`, `no ITA edition ${from} to start from; editions available: ${known.join(", ")}`);
    }
    if (edition) {
      const where = editions.get(year)!.agencyFile ?? `scripts/lib/editions/${year}.json`;
      return fail("--from", `มีเกณฑ์ ITA ปี ${year} อยู่แล้ว (${where}) สั่งใหม่โดยไม่ใส่ --from หรือแก้เกณฑ์ใน ${editionFile}`, `edition ${year} exists already (${where}): run without --from, or correct it in ${editionFile}`);
    }
    agencyEdition = editionFrom(base, year);
    edition = agencyEdition;
  }
  if (!edition) {
    const start = known.filter((e) => e < year).at(-1) ?? known[0];
    return fail(
      "year",
      `ไม่มีเกณฑ์ ITA ปี ${year} (เกณฑ์ที่มี: ${known.join(" ")}) เริ่มเกณฑ์ของปีนี้จากปีที่ใกล้ที่สุดด้วย npm run new-year -- ${year} --from=${start} แล้วตรวจกับคู่มือ ป.ป.ช.`,
      `no ITA edition ${year}; editions available: ${known.join(", ")}. Start this year's own from the nearest with npm run new-year -- ${year} --from=${start}, then check it against the NACC manual`,
    );
  }
  if (edition.oit.items.length === 0) {
    return fail("year", `เกณฑ์ ITA ปี ${year} ยังไม่มีรายการข้อ OIT ใส่รายการข้อใน ${editionFile} (oit.items) ก่อน`, `edition ${year} has no OIT items: add them in ${editionFile} (oit.items) first`);
  }

  const dataDir = path.join(root, "data", String(year));
  const oitDir = path.join(root, "content", String(year), "oit");
  const targets = [
    ...(agencyEdition ? [path.join(root, editionFile)] : []),
    path.join(dataDir, "oit.json"),
    ...edition.oit.items.map((i) => path.join(oitDir, `${i.code}.md`)),
  ];
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length) {
    console.error(`มีไฟล์อยู่แล้ว ไม่เขียนทับ / refusing to overwrite existing files:`);
    for (const f of existing) console.error(`  ${path.relative(root, f)}`);
    return 1;
  }
  if (agencyEdition) {
    mkdirSync(path.join(root, "data", "editions"), { recursive: true });
    writeFileSync(path.join(root, editionFile), JSON.stringify(agencyEdition, null, 2) + "\n", { flag: "wx" });
    console.log(`เขียนเกณฑ์ ITA ปี ${year} ของหน่วยงาน (ฉบับชั่วคราว เริ่มจากปี ${from}) ที่ ${editionFile} ตรวจกับคู่มือ ป.ป.ช. แล้วแก้ "provisional" เป็น false`);
    console.log(`Wrote the agency's ITA edition ${year} (provisional, started from ${from}) to ${editionFile}: check it against the NACC manual, then set "provisional" to false.`);
  }
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(oitDir, { recursive: true });
  writeFileSync(path.join(dataDir, "oit.json"), JSON.stringify({ fiscalYear: year }, null, 2) + "\n", { flag: "wx" });
  for (const item of edition.oit.items) {
    writeFileSync(path.join(oitDir, `${item.code}.md`), itemStub(root, year, item, editionFile), { flag: "wx" });
  }
  const n = edition.oit.items.length;
  console.log(`สร้างปี ${year} แล้ว: data/${year}/oit.json และ ${n} ข้อใน content/${year}/oit/`);
  const notes = [edition.complete ? "" : `, item list incomplete: correct it in ${editionFile}`, edition.provisional ? ", provisional" : ""].join("");
  console.log(`Created ${year}: data/${year}/oit.json and ${n} item stubs in content/${year}/oit/ (edition ${year}${notes}).`);
  console.log(`Next: add evidence to the stubs, put scores in data/${year}/ita.json when results are out, and run npm run check.`);
  return 0;
}

runCommand(main, "in new-year");
