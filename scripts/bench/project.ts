/**
 * Throw-away projects for the benchmark: a copy of this project's code and
 * templates with a synthetic agency's data/ and content/<year>/ (like
 * tests/integration/project-copy.ts, but without the example's data), and a
 * plain Eleventy project as the baseline.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Random, UNITS, noticeTitle, paragraph, point, prose, proseOfBytes } from "./thai-text.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const TSX_CLI = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
export const ELEVENTY_CLI = path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");

/** The fiscal years of a synthetic agency. */
export const YEARS = [2564, 2565, 2566, 2567, 2568];

/** What the benchmark needs of an edition catalogue (read as plain JSON, not through scripts/lib). */
interface EditionFile {
  edition: number;
  indicators: { no: number }[];
  oit: { items: { code: string; title?: string; window?: string; role?: string }[] };
}

function readEdition(dir: string, year: number): EditionFile {
  return JSON.parse(readFileSync(path.join(dir, "scripts/lib/editions", `${year}.json`), "utf8")) as EditionFile;
}

/**
 * The item that publishes procurement notices: the title has "ประกาศ" and
 * "จัดซื้อจัดจ้าง" (o22 in 2564/2565, o20 in 2566, o18 in 2567), else the first
 * procurement item (o12 in 2568).
 */
export function procurementItem(edition: EditionFile): string {
  const items = edition.oit.items;
  const notice = items.find((i) => i.title?.includes("ประกาศ") && i.title.includes("จัดซื้อจัดจ้าง"));
  const any = items.find((i) => i.title?.includes("จัดซื้อจัดจ้าง"));
  const hit = notice ?? any;
  if (!hit) throw new Error(`edition ${edition.edition} has no procurement item`);
  return hit.code;
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

function write(file: string, text: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * Copy the project's code and page templates into `dir` and link node_modules;
 * data/ and content/<year>/ are left to the caller. `from` is the project (or
 * an earlier copy of it: the benchmark takes one snapshot at the start, so
 * that edits made while it runs do not mix into its later sizes).
 */
export function copyProjectCode(dir: string, from = ROOT): void {
  for (const entry of [".eleventy.ts", "package.json", "tsconfig.json", "layouts", "scripts"]) {
    cpSync(path.join(from, entry), path.join(dir, entry), { recursive: true });
  }
  // the page templates of content/, without the example's year folders
  for (const entry of readdirSync(path.join(from, "content"))) {
    if (/^\d{4}$/.test(entry)) continue;
    cpSync(path.join(from, "content", entry), path.join(dir, "content", entry), { recursive: true });
  }
  if (!existsSync(path.join(dir, "node_modules"))) symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
}

/** Copy the whole project (example data included), as tests/integration/project-copy.ts does. */
export function copyExampleProject(dir: string): void {
  copyProjectCode(dir);
  cpSync(path.join(ROOT, "data"), path.join(dir, "data"), { recursive: true });
  cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
}

/** ISO date `days` after `start` (ISO). */
function addDays(start: string, days: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A random date in the first half of fiscal year `fy` (Oct–Mar): inside every OIT window of that year. */
function firstHalfDate(r: Random, fy: number): string {
  return addDays(`${fy - 543 - 1}-10-01`, r.int(0, 181));
}

/** A random date anywhere in fiscal year `fy`. */
function fiscalYearDate(r: Random, fy: number): string {
  return addDays(`${fy - 543 - 1}-10-01`, r.int(0, 364));
}

/** A small generated document of 2–6 KB (PDF-like header, Thai text as padding). */
function documentBytes(r: Random): Buffer {
  const body = proseOfBytes(r, r.int(2048, 6144));
  return Buffer.from(`%PDF-1.4\n% synthetic benchmark document\n${body}\n%%EOF\n`, "utf8");
}

/** Two-decimal score in [min, max]. */
function score(r: Random, min: number, max: number): number {
  return Math.round((min + r.next() * (max - min)) * 100) / 100;
}

export interface AgencyShape {
  /** Procurement notices (one page each), spread over the years. */
  entries: number;
  /** Documents written under content/<year>/documents/. */
  documents: number;
  /** The last notice of the last year (relative to the agency's folder): the file `npm run bench` edits to time a rebuild. */
  lastNotice?: string;
}

/**
 * Write a synthetic agency's data/ and content/<year>/ into `dir` (which
 * already holds the project's code): ita.json with random valid scores,
 * measures.json, commentary for indicators below 85, every OIT item of each
 * year's edition with documents and prose, and `entries` procurement notices.
 */
export function writeAgency(dir: string, entries: number, seed = 2565): AgencyShape {
  const r = new Random(seed);
  let documents = 0;
  let lastNotice: string | undefined;
  // site.json: the example's (valid under the current schema by construction), with any file it names (emblem)
  mkdirSync(path.join(dir, "data"), { recursive: true });
  for (const f of readdirSync(path.join(ROOT, "data"))) {
    const p = path.join(ROOT, "data", f);
    if (statSync(p).isFile()) cpSync(p, path.join(dir, "data", f));
  }
  const site = JSON.parse(readFileSync(path.join(dir, "data/site.json"), "utf8")) as { name: { th: string; en: string } };
  site.name = { th: "เทศบาลตำบลทดสอบสมรรถนะ", en: "Benchmark Subdistrict Municipality" };
  write(path.join(dir, "data/site.json"), json(site));

  const perYear = YEARS.map((_, i) => Math.floor(entries / YEARS.length) + (i < entries % YEARS.length ? 1 : 0));
  YEARS.forEach((year, yi) => {
    const edition = readEdition(dir, year);
    const content = path.join(dir, "content", String(year));
    const ce = year - 543;

    // scores: mostly 75–100, so that a few indicators fall below 85 and get commentary
    const indicators: Record<string, number> = {};
    for (const i of edition.indicators) indicators[String(i.no)] = r.chance(0.3) ? score(r, 70, 84.99) : score(r, 85, 100);
    write(path.join(dir, "data", String(year), "ita.json"), json({ fiscalYear: year, indicators, source: { title: `รายงานผลการประเมิน ประจำปีงบประมาณ ${year} จากระบบ ITAS`, date: `${ce}-09-15` } }));
    const low = Object.entries(indicators).filter(([, v]) => v < 85).map(([k]) => Number(k));

    const measures = Array.from({ length: r.int(3, 6) }, (_, i) => ({
      id: `measure-${i + 1}`,
      title: point(r),
      steps: Array.from({ length: r.int(1, 3) }, () => point(r)),
      responsible: [r.pick(UNITS)],
      timeframe: `ตุลาคม ${year} – กันยายน ${year + 1}`,
      monitoring: paragraph(r, 1, 1),
      ...(low.length ? { indicators: [r.pick(low)] } : {}),
      status: r.pick(["planned", "in-progress", "done"]),
    }));
    write(path.join(dir, "data", String(year), "measures.json"), json({ fiscalYear: year, implementationYear: year + 1, adopted: `${ce}-10-31`, measures }));
    write(path.join(dir, "data", String(year), "oit.json"), json({ fiscalYear: year }));

    for (const no of low) {
      const points = Array.from({ length: r.int(2, 3) }, () => point(r));
      const improvements = Array.from({ length: r.int(2, 3) }, () => point(r));
      write(
        path.join(content, "analysis", `indicator-${no}.md`),
        `---\nindicator: ${no}\nassessmentPoints:\n${points.map((p) => `  - ${p}`).join("\n")}\nimprovements:\n${improvements.map((p) => `  - ${p}`).join("\n")}\n---\n${prose(r, 1, 3)}\n`,
      );
    }
    write(path.join(content, "analysis", "practice.md"), `${prose(r, 2, 3)}\n`);

    // every OIT item of the edition: documents (files, external links, a page of this site) and prose
    const procurement = procurementItem(edition);
    for (const item of edition.oit.items) {
      const docs: string[] = [];
      const n = r.int(1, 3);
      for (let d = 0; d < n; d++) {
        const date = firstHalfDate(r, year);
        const title = `${item.title ?? item.code.toUpperCase()} ปีงบประมาณ ${year}${n > 1 ? ` ฉบับที่ ${d + 1}` : ""}`;
        if (d === 0 && item.role === "analysis" && YEARS.includes(year - 1)) {
          docs.push(`  - title: การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ ${year - 1}\n    date: ${date}\n    page: /${year - 1}/analysis/`);
        } else if (r.chance(0.8)) {
          const file = `documents/${item.code}-${d + 1}.pdf`;
          write(path.join(content, file), documentBytes(r));
          documents++;
          docs.push(`  - title: ${title}\n    date: ${date}\n    file: ${file}`);
        } else {
          docs.push(`  - title: ${title}\n    date: ${date}\n    url: https://benchmark.example/${year}/${item.code}-${d + 1}.pdf`);
        }
      }
      write(
        path.join(content, "oit", `${item.code}.md`),
        `---\ncode: ${item.code}\nfiscalYear: ${year}\nupdated: ${firstHalfDate(r, year)}\ndocuments:\n${docs.join("\n")}\n---\n${prose(r, 2, 4)}\n`,
      );
    }
    // procurement notices: one entry page each, with its own document
    for (let e = 0; e < (perYear[yi] ?? 0); e++) {
      const slug = `notice-${String(e + 1).padStart(5, "0")}`;
      const file = `documents/${procurement}/${slug}.pdf`;
      write(path.join(content, file), documentBytes(r));
      documents++;
      const title = noticeTitle(r);
      lastNotice = path.relative(dir, path.join(content, "oit", procurement, `${slug}.md`));
      write(
        path.join(content, "oit", procurement, `${slug}.md`),
        `---\ntitle: ${title}\ndate: ${fiscalYearDate(r, year)}\ndocuments:\n  - title: ${title}\n    date: ${firstHalfDate(r, year)}\n    file: ${file}\n---\n${prose(r, 1, 2)}\n`,
      );
    }
  });
  return { entries, documents, lastNotice };
}

/**
 * A plain Eleventy project with `pages` one-layout Markdown pages of about
 * 3 KB of Thai each: what Eleventy itself costs for the same page count.
 */
export function writeBaseline(dir: string, pages: number, seed = 11): void {
  const r = new Random(seed);
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  write(path.join(dir, "package.json"), json({ private: true, type: "commonjs" }));
  write(
    path.join(dir, ".eleventy.js"),
    `module.exports = function () {\n  return { dir: { input: "src", includes: "_includes", output: "_site" }, templateFormats: ["md"] };\n};\n`,
  );
  write(
    path.join(dir, "src/_includes/page.njk"),
    `<!doctype html>\n<html lang="th">\n<head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><main>{{ content | safe }}</main></body>\n</html>\n`,
  );
  for (let i = 0; i < pages; i++) {
    const name = `p-${String(i + 1).padStart(5, "0")}`;
    write(path.join(dir, "src", name.slice(0, 4), `${name}.md`), `---\nlayout: page.njk\ntitle: หน้าที่ ${i + 1}\n---\n${proseOfBytes(r, 3072)}\n`);
  }
}

/** Files and bytes under a folder, and how many of them are .html pages. */
export function countOutput(dir: string): { pages: number; files: number; bytes: number } {
  let pages = 0;
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
        if (e.name.endsWith(".html")) pages++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { pages, files, bytes };
}
