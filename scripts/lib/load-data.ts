/**
 * @fileoverview The only module that reads the agency's files. It reads
 * `data/`, the prose in `content/<year>/` and the edition catalogues, validates
 * everything, collects every problem (not just the first) and returns the
 * typed model the site is built from.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ItaResult, type Tool, computeResult } from "./ita.ts";
import { markdown } from "./markdown.ts";
import { type Problem, error, sortProblems, warning } from "./problems.ts";
import {
  type CommentaryFrontMatter,
  type Edition,
  type ItaFile,
  type MeasuresFile,
  type Site,
  commentarySchema,
  editionSchema,
  itaSchema,
  measuresSchema,
  siteSchema,
} from "./schema.ts";
import { type Parsed, lineOfPath, parseFrontMatter, parseJson, validate } from "./validate.ts";

/** The built-in edition catalogues, one JSON file per ITA edition. */
export const EDITIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "editions");

export interface Commentary extends CommentaryFrontMatter {
  file: string;
  html: string;
}

export interface YearModel {
  fiscalYear: number;
  edition: Edition;
  ita: ItaFile;
  result: ItaResult;
  measures?: MeasuresFile;
  /** Commentary by indicator number. */
  commentary: Record<number, Commentary>;
  /** How the analysis is put into practice (content/<year>/analysis/practice.md). */
  practiceHtml?: string;
}

export interface SiteModel {
  site: Site;
  /** Every fiscal year with data, oldest first. */
  years: YearModel[];
  editions: Edition[];
}

export interface LoadResult {
  model?: SiteModel;
  problems: Problem[];
}

export interface LoadOptions {
  /** Project root holding data/ and content/. */
  root: string;
  editionsDir?: string;
}

/** Project-relative path with forward slashes, for messages. */
function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

function readJsonFile<T>(root: string, file: string, schema: import("zod").ZodType<T>, problems: Problem[]): T | undefined {
  const name = rel(root, file);
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    problems.push(error(name, { th: "อ่านไฟล์ไม่ได้", en: "cannot read the file" }));
    return undefined;
  }
  const parsed = parseJson(name, raw);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const checked: Parsed<T> = validate(schema, name, parsed.value, raw);
  if (!checked.ok) {
    problems.push(...checked.problems);
    return undefined;
  }
  return checked.value;
}

/** Read and validate every edition catalogue in `dir`. */
export function loadEditions(root: string, dir: string, problems: Problem[]): Map<number, Edition> {
  const editions = new Map<number, Edition>();
  for (const name of readdirSync(dir).filter((f) => /^\d{4}\.json$/.test(f)).sort()) {
    const file = path.join(dir, name);
    const edition = readJsonFile(root, file, editionSchema, problems);
    if (!edition) continue;
    if (`${edition.edition}.json` !== name) {
      problems.push(error(rel(root, file), { th: `edition ต้องตรงกับชื่อไฟล์ (${name})`, en: `edition must match the file name (${name})` }, "edition"));
      continue;
    }
    editions.set(edition.edition, edition);
  }
  return editions;
}

function loadCommentary(root: string, dir: string, problems: Problem[]): { commentary: Record<number, Commentary>; practiceHtml?: string } {
  const commentary: Record<number, Commentary> = {};
  let practiceHtml: string | undefined;
  if (!existsSync(dir)) return { commentary };
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const relName = rel(root, file);
    if (!name.endsWith(".md")) continue;
    const raw = readFileSync(file, "utf8");
    if (name === "practice.md") {
      const fm = raw.startsWith("---") ? parseFrontMatter(relName, raw) : undefined;
      if (fm && !fm.ok) {
        problems.push(...fm.problems);
        continue;
      }
      practiceHtml = markdown.render(fm ? fm.value.body : raw.replace(/^\uFEFF/, ""));
      continue;
    }
    const m = /^indicator-(\d+)\.md$/.exec(name);
    if (!m) {
      problems.push(
        warning(relName, { th: 'ไม่รู้จักไฟล์นี้ ตั้งชื่อเป็น indicator-<เลข>.md หรือ practice.md', en: "unknown file: name it indicator-<number>.md or practice.md" }),
      );
      continue;
    }
    const fm = parseFrontMatter(relName, raw);
    if (!fm.ok) {
      problems.push(...fm.problems);
      continue;
    }
    const checked = validate(commentarySchema, relName, fm.value.data, fm.value.yaml, 1);
    if (!checked.ok) {
      problems.push(...checked.problems);
      continue;
    }
    if (String(checked.value.indicator) !== m[1]) {
      problems.push(
        error(relName, { th: `indicator (${checked.value.indicator}) ไม่ตรงกับชื่อไฟล์ (${name})`, en: `indicator (${checked.value.indicator}) does not match the file name (${name})` }, "indicator"),
      );
      continue;
    }
    commentary[checked.value.indicator] = { ...checked.value, file: relName, html: markdown.render(fm.value.body) };
  }
  return { commentary, ...(practiceHtml !== undefined ? { practiceHtml } : {}) };
}

/** Load, validate and compute the whole site model. Never throws for bad input. */
export function loadSite(options: LoadOptions): LoadResult {
  const { root } = options;
  const problems: Problem[] = [];
  const dataDir = path.join(root, "data");
  const editions = loadEditions(root, options.editionsDir ?? EDITIONS_DIR, problems);

  const siteFile = path.join(dataDir, "site.json");
  const site = existsSync(siteFile)
    ? readJsonFile(root, siteFile, siteSchema, problems)
    : (problems.push(error("data/site.json", { th: "ไม่พบไฟล์ข้อมูลหน่วยงาน", en: "the agency file is missing" })), undefined);

  const years: YearModel[] = [];
  const entries = existsSync(dataDir) ? readdirSync(dataDir).sort() : [];
  for (const entry of entries) {
    const dir = path.join(dataDir, entry);
    if (!statSync(dir).isDirectory()) {
      if (entry !== "site.json" && !entry.startsWith(".")) {
        problems.push(warning(rel(root, dir), { th: "ไฟล์นี้ไม่ได้ถูกใช้ ข้อมูลรายปีอยู่ในโฟลเดอร์ data/<ปี พ.ศ.>/", en: "this file is not used: yearly data lives in data/<B.E. year>/" }));
      }
      continue;
    }
    if (!/^\d{4}$/.test(entry)) {
      problems.push(error(rel(root, dir), { th: "ชื่อโฟลเดอร์ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2565", en: "a year folder is named by its 4-digit B.E. year, e.g. 2565" }));
      continue;
    }
    const year = Number(entry);
    const itaPath = path.join(dir, "ita.json");
    if (!existsSync(itaPath)) {
      problems.push(error(rel(root, itaPath), { th: "ไม่พบไฟล์ ita.json ของปีนี้", en: "this year has no ita.json" }));
      continue;
    }
    const itaName = rel(root, itaPath);
    const itaRaw = readFileSync(itaPath, "utf8");
    const ita = readJsonFile(root, itaPath, itaSchema, problems);
    const measuresPath = path.join(dir, "measures.json");
    const measures = existsSync(measuresPath) ? readJsonFile(root, measuresPath, measuresSchema, problems) : undefined;
    const { commentary, practiceHtml } = loadCommentary(root, path.join(root, "content", entry, "analysis"), problems);
    if (!ita) continue;

    if (ita.fiscalYear !== year) {
      problems.push(
        error(
          itaName,
          { th: `fiscalYear (${ita.fiscalYear}) ไม่ตรงกับโฟลเดอร์ ${entry} ย้ายไฟล์หรือแก้ปี`, en: `fiscalYear (${ita.fiscalYear}) does not match the folder ${entry}: move the file or fix the year` },
          "fiscalYear",
          lineOfPath(itaRaw, ["fiscalYear"]),
        ),
      );
      continue;
    }
    const editionYear = ita.edition ?? year;
    const edition = editions.get(editionYear);
    if (!edition) {
      const known = [...editions.keys()].join(", ");
      problems.push(
        error(
          itaName,
          { th: `ไม่มีเกณฑ์ ITA ปี ${editionYear} ที่มีอยู่: ${known} (ระบุ "edition" เป็นปีที่มี)`, en: `no ITA edition ${editionYear}; editions available: ${known} (set "edition" to one of them)` },
          ita.edition ? "edition" : "fiscalYear",
        ),
      );
      continue;
    }

    if (measures) {
      const mName = rel(root, measuresPath);
      if (measures.fiscalYear !== year) {
        problems.push(error(mName, { th: `fiscalYear (${measures.fiscalYear}) ต้องเป็นปีของโฟลเดอร์ (${year}) คือปี ITA ที่วิเคราะห์`, en: `fiscalYear (${measures.fiscalYear}) must be the folder's year (${year}), the ITA year analysed` }, "fiscalYear"));
      }
      if (measures.implementationYear < year) {
        problems.push(error(mName, { th: `implementationYear ต้องไม่ก่อนปี ${year}`, en: `implementationYear cannot be before ${year}` }, "implementationYear"));
      }
      const ids = new Set<string>();
      measures.measures.forEach((m, i) => {
        if (ids.has(m.id)) problems.push(error(mName, { th: `รหัสมาตรการ "${m.id}" ซ้ำ`, en: `duplicate measure id "${m.id}"` }, `measures.${i}.id`));
        ids.add(m.id);
      });
    }

    const indicators: Record<number, number> = {};
    for (const [k, v] of Object.entries(ita.indicators)) indicators[Number(k)] = v;
    const reported = ita.reported
      ? {
          ...(ita.reported.total !== undefined ? { total: ita.reported.total } : {}),
          ...(ita.reported.rating !== undefined ? { rating: ita.reported.rating } : {}),
          ...(ita.reported.tools ? { tools: ita.reported.tools as Partial<Record<Tool, number>> } : {}),
        }
      : undefined;
    const result = computeResult({ fiscalYear: year, indicators, ...(reported ? { reported } : {}) }, edition);

    for (const no of result.toImprove) {
      if (!commentary[no]) {
        problems.push(
          warning(`content/${year}/analysis/indicator-${no}.md`, {
            th: `ตัวชี้วัดที่ ${no} ต่ำกว่า 85 แต่ยังไม่มีคำอธิบายประเด็นการประเมินและสิ่งที่ควรพัฒนา`,
            en: `indicator ${no} is below 85 but has no commentary (assessment points, what to improve)`,
          }),
        );
      }
    }
    years.push({
      fiscalYear: year,
      edition,
      ita,
      result,
      ...(measures ? { measures } : {}),
      commentary,
      ...(practiceHtml !== undefined ? { practiceHtml } : {}),
    });
  }

  // prose for a year with no data is a mistake worth naming
  const contentDir = path.join(root, "content");
  if (existsSync(contentDir)) {
    for (const entry of readdirSync(contentDir)) {
      if (/^\d{4}$/.test(entry) && !existsSync(path.join(dataDir, entry))) {
        problems.push(error(`content/${entry}`, { th: `มีเนื้อหาปี ${entry} แต่ไม่มีโฟลเดอร์ data/${entry}/`, en: `content for ${entry} exists but data/${entry}/ does not` }));
      }
    }
  }
  if (entries.length > 0 && years.length === 0 && !problems.some((p) => p.severity === "error")) {
    problems.push(error("data", { th: "ไม่มีข้อมูลปีใดเลย สร้างโฟลเดอร์ data/<ปี พ.ศ.>/ita.json", en: "no year has data: create data/<B.E. year>/ita.json" }));
  }

  const sorted = sortProblems(problems);
  if (!site || sorted.some((p) => p.severity === "error")) return { problems: sorted };
  return { model: { site, years, editions: [...editions.values()] }, problems: sorted };
}
