/**
 * `npm run new-agency`: turn the bundled example into the agency's own site.
 * It asks, in Thai, for the agency's name, kind, address, contacts, web
 * address, digits and emblem (every answer can also be given as a flag, for
 * scripts: `npm run new-agency -- --name-th=… --yes`), then removes the
 * example's years, sample OIT content and documents, keeps the policy pages
 * as templates to edit, writes data/site.json, optionally prepares the first
 * fiscal year (`--year=2568`, through new-year), and prints the next steps.
 *
 * It changes only data/ and content/, and only while data/site.json still
 * says `"example": true`: run on an agency's own data it refuses and changes
 * nothing.
 * Exit codes: 0 done; 1 a refused answer, a missing answer, not the example, or the first year
 * could not be prepared (the agency's site is written all the same); 2 internal failure.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { type Answers, QUESTIONS, emblemName, examplePlan, siteJson } from "./lib/new-agency.ts";
import { loadSite } from "./lib/load-data.ts";
import { formatProblem } from "./lib/problems.ts";
import { nearest } from "./lib/nearest.ts";
import { fromThaiDigits } from "./lib/thai.ts";
import { readStaffText } from "./lib/read-staff.ts";
import { parseJson } from "./lib/validate.ts";
import { EXIT, runCommand } from "./lib/cli.ts";

const EXTRA_FLAGS = ["year", "yes", "help"];

/** `--name-th=ก`, `--name-th ก` and `--yes` as a map; anything else is an error naming the nearest flag. */
function parseFlags(argv: string[]): { flags: Map<string, string>; errors: string[] } {
  const flags = new Map<string, string>();
  const errors: string[] = [];
  const known = [...QUESTIONS.map((q) => q.flag), ...EXTRA_FLAGS];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=([\s\S]*))?$/.exec(argv[i]!);
    if (!m) {
      errors.push(`ไม่รู้จัก ${argv[i]} (คำตอบต้องอยู่หลังชื่อตัวเลือก เช่น --name-th="เทศบาลตำบลหนองบัว") / unexpected ${JSON.stringify(argv[i])}: answers follow their flag, e.g. --name-th=...`);
      continue;
    }
    const name = m[1]!;
    if (!known.includes(name)) {
      const near = nearest(name, known);
      errors.push(`ไม่รู้จักตัวเลือก --${name}${near ? ` หมายถึง --${near} หรือไม่` : ""} / unknown flag --${name}${near ? `: did you mean --${near}?` : ""} (npm run new-agency -- --help)`);
      continue;
    }
    let value = m[2];
    if (value === undefined && name !== "yes" && name !== "help" && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--")) value = argv[++i];
    flags.set(name, value ?? "");
  }
  return { flags, errors };
}

function help(): void {
  console.log("ใช้: npm run new-agency แล้วตอบคำถาม หรือให้คำตอบเป็นตัวเลือก / Usage: npm run new-agency [-- --flag=value …]");
  for (const q of QUESTIONS) console.log(`  --${q.flag.padEnd(12)} ${q.th}${q.optional ? "" : " *"}\n  ${"".padEnd(14)} ${q.en}`);
  console.log(`  --${"year".padEnd(12)} ปีงบประมาณแรกที่จะเตรียมข้อมูล OIT (เรียก npm run new-year ให้) เช่น 2568\n  ${"".padEnd(14)} the first fiscal year to scaffold (runs new-year), e.g. 2568`);
  console.log(`  --${"yes".padEnd(12)} ไม่ต้องถามยืนยันก่อนลบข้อมูลตัวอย่าง\n  ${"".padEnd(14)} do not ask for confirmation before removing the example`);
  console.log("  * ต้องตอบ / required");
}

/** Lines from standard input, one per question; undefined once input has ended. */
class Prompter {
  private lines: string[] = [];
  private waiting: ((line: string | undefined) => void) | undefined;
  private ended = false;
  private rl = createInterface({ input: process.stdin, terminal: false });
  constructor() {
    this.rl.on("line", (line) => (this.waiting ? (this.waiting(line), (this.waiting = undefined)) : this.lines.push(line)));
    this.rl.on("close", () => {
      this.ended = true;
      this.waiting?.(undefined);
    });
  }
  ask(question: string): Promise<string | undefined> {
    process.stdout.write(question);
    if (this.lines.length) return Promise.resolve(this.lines.shift());
    if (this.ended) return Promise.resolve(undefined);
    return new Promise((resolve) => (this.waiting = resolve));
  }
  close(): void {
    this.rl.close();
  }
}

async function main(): Promise<number> {
  const root = process.cwd();
  const { flags, errors } = parseFlags(process.argv.slice(2));
  if (flags.has("help")) {
    help();
    return EXIT.ok;
  }
  if (errors.length) {
    for (const e of errors) console.error(e);
    return EXIT.input;
  }

  // only the bundled example is turned into an agency: never an agency's own data
  const siteFile = path.join(root, "data", "site.json");
  let example: { example?: unknown; emblem?: unknown } | undefined;
  // read as the loader reads it: no link followed, a BOM and Thai text normalised
  const text = readStaffText({ rel: "data/site.json", abs: siteFile }, []);
  const parsed = text === undefined ? undefined : parseJson("data/site.json", text);
  example = parsed?.ok ? (parsed.value as typeof example) : undefined;
  if (!example || example.example !== true) {
    console.error('data/site.json ไม่ได้เป็นเว็บไซต์ตัวอย่างแล้ว (ไม่มี "example": true) คำสั่งนี้ใช้เปลี่ยนเว็บไซต์ตัวอย่างเท่านั้น จึงไม่ได้เปลี่ยนแปลงอะไร แก้ข้อมูลหน่วยงานได้ที่ data/site.json');
    console.error('data/site.json is no longer the bundled example (no "example": true): this command only turns the example into an agency, so nothing was changed; edit data/site.json to change the agency\'s details');
    return EXIT.input;
  }

  // every answer: from its flag, else asked; a refused flag is an error (a script cannot answer again)
  const answers: Answers = {};
  const scripted = flags.has("yes") || QUESTIONS.some((q) => flags.has(q.flag));
  const refused: string[] = [];
  let prompter: Prompter | undefined;
  let asked = false;
  for (const q of QUESTIONS) {
    if (flags.has(q.flag)) {
      const r = q.check(flags.get(q.flag)!);
      if (r.ok) answers[q.flag] = r.value;
      else refused.push(`--${q.flag}: ${r.why.th} / ${r.why.en}`);
      continue;
    }
    if (refused.length) continue; // asking on would hide the flags' errors
    if (q.optional && scripted) continue; // a script that gave answers as flags left this one out on purpose
    prompter ??= new Prompter();
    for (;;) {
      const raw = await prompter.ask(`${q.th}${q.optional ? "" : " *"}\n> `);
      if (raw === undefined) {
        if (!q.optional) refused.push(`--${q.flag}: ยังไม่ได้ตอบ (${q.th}) / no answer given (${q.en})`);
        break;
      }
      asked = true;
      const r = q.check(raw);
      if (r.ok) {
        answers[q.flag] = r.value;
        break;
      }
      console.log(`  ${r.why.th} ลองอีกครั้ง / ${r.why.en}: try again`);
    }
  }
  const validYear = (raw: string) => /^\d{4}$/.test(raw) && Number(raw) >= 2550 && Number(raw) <= 2700;
  let year: number | undefined;
  if (flags.has("year") && flags.get("year") !== "") {
    const raw = fromThaiDigits(flags.get("year")!.trim());
    if (validYear(raw)) year = Number(raw);
    else refused.push(`--year: ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2568 / a 4-digit B.E. year, e.g. 2568`);
  } else if (asked && !flags.has("year") && !refused.length) {
    for (;;) {
      const raw = await prompter!.ask("ปีงบประมาณแรกที่จะเตรียมข้อมูล OIT เช่น 2568 (เว้นว่างถ้ายังไม่ต้องการ)\n> ");
      const t = fromThaiDigits((raw ?? "").trim());
      if (t === "") break;
      if (validYear(t)) {
        year = Number(t);
        break;
      }
      console.log("  ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2568 ลองอีกครั้ง / a 4-digit B.E. year, e.g. 2568: try again");
    }
  }
  if (refused.length) {
    prompter?.close();
    for (const r of refused) console.error(r);
    console.error("ไม่ได้เปลี่ยนแปลงอะไร / nothing was changed");
    return EXIT.input;
  }

  const site = siteJson(answers);
  const plan = examplePlan(root, typeof example.emblem === "string" ? example.emblem : undefined);
  console.log(`\nเว็บไซต์ของ ${site.name.th} (${site.baseUrl})`);
  console.log(`จะลบข้อมูลตัวอย่างของเทศบาลตำบลท่าแร่: ${plan.remove.join(" ")}`);
  console.log("และเก็บหน้าของหน่วยงานใน content/pages/ ไว้เป็นแบบให้แก้ไข");
  if (asked && !flags.has("yes")) {
    const ok = await prompter!.ask("ดำเนินการต่อหรือไม่ (พิมพ์ ใช่ หรือ yes) / go ahead? ");
    if (!ok || !["ใช่", "y", "yes"].includes(ok.trim().toLowerCase())) {
      prompter?.close();
      console.log("ยกเลิกแล้ว ไม่ได้เปลี่ยนแปลงอะไร / cancelled: nothing was changed");
      return EXIT.ok;
    }
  }
  prompter?.close();

  // the example goes first and site.json last: a run cut short can simply be run again
  for (const rel of plan.remove) rmSync(path.join(root, rel), { recursive: true, force: true });
  if (answers.emblem) copyFileSync(answers.emblem, path.join(root, "data", emblemName(answers.emblem)));
  writeFileSync(siteFile, JSON.stringify(site, null, 2) + "\n");
  console.log(`\nเขียน data/site.json แล้ว${answers.emblem ? ` และคัดลอกตราเป็น data/${emblemName(answers.emblem)}` : ""} / wrote data/site.json${answers.emblem ? ` and data/${emblemName(answers.emblem)}` : ""}; removed the example's ${plan.remove.join(", ")}`);

  let yearFailed = false;
  if (year !== undefined) {
    // new-year is its own command (the edition's item list, the stubs); run it as the clerk would
    const r = spawnSync(process.execPath, [...process.execArgv, path.join(import.meta.dirname, "new-year.ts"), String(year)], { cwd: root, stdio: "inherit" });
    yearFailed = r.status !== 0;
    if (yearFailed) console.error(`เตรียมปี ${year} ไม่สำเร็จ (ดูข้อความด้านบน) เว็บไซต์ของหน่วยงานสร้างแล้ว เรียก npm run new-year -- <ปี> ภายหลังได้ / preparing ${year} failed (see above); the agency's site is in place, run npm run new-year -- <year> later`);
  }

  const { problems } = loadSite({ root });
  const errorsLeft = problems.filter((p) => p.severity === "error");
  for (const p of errorsLeft) console.error(formatProblem(p));

  console.log("\nขั้นต่อไป / next steps:");
  console.log("  1. อ่านและแก้หน้าของหน่วยงานใน content/pages/ (privacy.md website-policy.md accessibility.md) ให้ตรงกับหน่วยงาน");
  console.log("     read and adapt the agency's pages in content/pages/");
  console.log(year !== undefined && existsSync(path.join(root, "data", String(year)))
    ? `  2. ใส่หลักฐานของแต่ละข้อ OIT ใน content/${year}/oit/ และเมื่อประกาศผลแล้ว ใส่คะแนนใน data/${year}/ita.json`
    : "  2. เตรียมปีงบประมาณแรกด้วย npm run new-year -- <ปี พ.ศ.> เช่น npm run new-year -- 2568 แล้วใส่หลักฐานของแต่ละข้อ OIT");
  console.log(year !== undefined ? `     fill in the OIT evidence in content/${year}/oit/; put the scores in data/${year}/ita.json when the results are out` : "     prepare the first fiscal year: npm run new-year -- <B.E. year>, then fill in its OIT evidence");
  console.log("  3. ดูตัวอย่างเว็บไซต์ด้วย npm start และตรวจข้อมูลด้วย npm run check (คู่มือ: docs/README.md)");
  console.log("     preview the site with npm start and check the data with npm run check (guide: docs/README.md)");
  return errorsLeft.length || yearFailed ? EXIT.input : EXIT.ok;
}

runCommand(main, "in new-agency", "your answers");
