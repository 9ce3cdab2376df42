/**
 * @fileoverview The only module that reads the agency's files. It reads
 * `data/`, the prose in `content/<year>/` and the edition catalogues, validates
 * everything, collects every problem (not just the first) and returns the
 * typed model the site is built from.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { type ItaResult, type Tool, computeResult } from "./ita.ts";
import { type OitEvidence, type OitYear, buildOitYear } from "./oit.ts";
import { AGENCY_EDITIONS, type LoadedEdition, linkRoles, loadEditions, missingEdition, provisionalWarnings } from "./editions.ts";
import { TIME_ZONE } from "./thai.ts";
import { markdown } from "./markdown.ts";
import { type Problem, error, sortProblems, warning } from "./problems.ts";
import {
  type CommentaryFrontMatter,
  type DocumentRef,
  oitEntrySchema,
  type ItaFile,
  type MeasuresFile,
  type Site,
  commentarySchema,
  itaSchema,
  measuresSchema,
  type OitOverride,
  oitItemFrontMatterSchema,
  oitOverrideSchema,
  siteSchema,
} from "./schema.ts";
import { MAX_FILE_BYTES, type Parsed, cleanText, decodeText, lineOfPath, parseFrontMatter, parseJson, validate } from "./validate.ts";

export interface Commentary extends CommentaryFrontMatter {
  file: string;
  html: string;
}

export interface YearModel {
  fiscalYear: number;
  /** The edition whose rules apply to this year (results and OIT items). */
  edition: LoadedEdition;
  /** Scores and computed result; absent for a year whose results are not out yet. */
  ita?: ItaFile;
  result?: ItaResult;
  measures?: MeasuresFile;
  /** Commentary by indicator number. */
  commentary: Record<number, Commentary>;
  /** How the analysis is put into practice (content/<year>/analysis/practice.md). */
  practiceHtml?: string;
  /** The year's OIT section, when the agency keeps one (content/<year>/oit/ or data/<year>/oit.json). */
  oit?: OitYear;
}

/** A file of the agency's published with the site. */
export interface PublishedFile {
  /** Absolute path of the source. */
  source: string;
  /** Site path it is published at, e.g. /2566/documents/o1.pdf */
  href: string;
}

export interface SiteModel {
  site: Site;
  /** Every fiscal year with a folder in data/, oldest first. */
  years: YearModel[];
  /** The years whose ITA results are known, oldest first. */
  resultYears: YearModel[];
  editions: LoadedEdition[];
  /** Documents kept in the repository, to publish with the site. */
  files: PublishedFile[];
}

export interface LoadResult {
  model?: SiteModel;
  problems: Problem[];
}

export interface LoadOptions {
  /** Project root holding data/ and content/. */
  root: string;
  editionsDir?: string;
  /** Today's date (ISO), for refusing dates in the future; defaults to the clock in Asia/Bangkok. */
  today?: string;
}

/** Project-relative path with forward slashes, for messages. */
function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

/** A staff file as text: size-checked and decoded as UTF-8 (anything else is named, not garbled). */
function readText(root: string, file: string, problems: Problem[]): string | undefined {
  const name = rel(root, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    problems.push(error(name, { th: "อ่านไฟล์ไม่ได้", en: "cannot read the file" }));
    return undefined;
  }
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = MAX_FILE_BYTES / 1024 / 1024;
    problems.push(error(name, { th: `ไฟล์ใหญ่เกิน ${mb} MB แยกเอกสารขนาดใหญ่เป็นไฟล์แนบแทน`, en: `file is larger than ${mb} MB: publish large material as a document instead` }));
    return undefined;
  }
  const text = decodeText(name, bytes);
  if (!text.ok) {
    problems.push(...text.problems);
    return undefined;
  }
  return text.value;
}

function readJsonFile<T>(root: string, file: string, schema: import("zod").ZodType<T>, problems: Problem[]): T | undefined {
  const name = rel(root, file);
  const raw = readText(root, file, problems);
  if (raw === undefined) return undefined;
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

function loadCommentary(root: string, dir: string, problems: Problem[]): { commentary: Record<number, Commentary>; practiceHtml?: string } {
  const commentary: Record<number, Commentary> = {};
  let practiceHtml: string | undefined;
  if (!existsSync(dir)) return { commentary };
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const relName = rel(root, file);
    if (!name.endsWith(".md")) continue;
    const raw = readText(root, file, problems);
    if (raw === undefined) continue;
    if (name === "practice.md") {
      const text = cleanText(raw); // a BOM must not hide the front matter
      const fm = text.startsWith("---") ? parseFrontMatter(relName, text) : undefined;
      if (fm && !fm.ok) {
        problems.push(...fm.problems);
        continue;
      }
      practiceHtml = markdown.render(fm ? fm.value.body : text);
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

/** Pages the templates in content/ always make, besides the years' pages and the staff's content/pages/. */
const TEMPLATE_PAGES = ["/trends/", "/search/", "/sitemap/", "/feed.xml", "/sitemap.xml"];

/** The files a year folder in data/ may hold. */
const YEAR_FILES = ["ita.json", "measures.json", "oit.json"];

/** Media types of the documents staff publish, by extension. */
const DOC_TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".doc": "application/msword",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xls": "application/vnd.ms-excel",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".csv": "text/csv",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".txt": "text/plain",
  ".zip": "application/zip",
};

/** What reading one year's OIT files needs and collects. */
interface OitContext {
  root: string;
  year: number;
  yearDir: string;
  today: string;
  problems: Problem[];
  files: PublishedFile[];
  pageLinks: { file: string; field: string; page: string }[];
}

type Documents = OitEvidence["documents"];

/** Check a file's documents: kept files exist inside the year's folder (hashed here, once), pages are noted for the link check. */
function resolveDocuments(ctx: OitContext, relName: string, docs: readonly DocumentRef[], line: (p: PropertyKey[]) => number | undefined): Documents {
  const documents: Documents = [];
  docs.forEach((d, i) => {
    futureDate(ctx, relName, d.date, `documents.${i}.date`, () => line(["documents", i, "date"]));
    if (d.file !== undefined) {
      const source = path.join(ctx.yearDir, d.file);
      const field = `documents.${i}.file`;
      if (!existsSync(source) || !statSync(source).isFile()) {
        ctx.problems.push(error(relName, { th: `ไม่พบไฟล์เอกสาร content/${ctx.year}/${d.file} วางไฟล์ไว้ที่นั่นหรือแก้ชื่อไฟล์`, en: `document content/${ctx.year}/${d.file} not found: put the file there or fix the name` }, field, line(["documents", i, "file"])));
        return;
      }
      // a symbolic link must not lead out of the year's folder either
      if (!realpathSync(source).startsWith(realpathSync(ctx.yearDir) + path.sep)) {
        ctx.problems.push(error(relName, { th: "ไฟล์เอกสารต้องอยู่ในโฟลเดอร์ของปีนั้น", en: "a document must live inside the year's folder" }, field, line(["documents", i, "file"])));
        return;
      }
      const bytes = readFileSync(source);
      const href = `/${ctx.year}/${d.file}`;
      ctx.files.push({ source, href });
      documents.push({
        ...d,
        href,
        size: bytes.length,
        type: DOC_TYPES[path.extname(d.file).toLowerCase()] ?? "application/octet-stream",
        sha256: createHash("sha256").update(bytes).digest("hex"),
      });
    } else if (d.page !== undefined) {
      ctx.pageLinks.push({ file: relName, field: `documents.${i}.page`, page: d.page });
      documents.push({ ...d, href: d.page });
    } else {
      documents.push({ ...d, href: d.url! });
    }
  });
  return documents;
}

/** A date after today is an error; its line is looked up only then (a YAML parse per lookup). */
function futureDate(ctx: OitContext, relName: string, date: string | undefined, field: string, line: () => number | undefined): void {
  if (date && date > ctx.today) {
    ctx.problems.push(error(relName, { th: `วันที่ ${date} อยู่ในอนาคต ใส่วันที่ที่เกิดขึ้นแล้ว`, en: `the date ${date} is in the future: give a date that has passed` }, field, line()));
  }
}

/** Read and validate one Markdown file with front matter; undefined (with problems) when it is wrong. */
function readMarkdown<T>(ctx: OitContext, file: string, schema: import("zod").ZodType<T>) {
  const relName = rel(ctx.root, file);
  const raw = readText(ctx.root, file, ctx.problems);
  if (raw === undefined) return undefined;
  const fm = parseFrontMatter(relName, raw);
  if (!fm.ok) {
    ctx.problems.push(...fm.problems);
    return undefined;
  }
  const checked = validate(schema, relName, fm.value.data, fm.value.yaml, 1);
  if (!checked.ok) {
    ctx.problems.push(...checked.problems);
    return undefined;
  }
  const body = fm.value.body.trim();
  return { relName, data: checked.value, body, line: (p: PropertyKey[]) => lineOfPath(fm.value.yaml, p, 1) };
}

/** Entries of an item (e.g. each procurement notice of o20): content/<year>/oit/<code>/<slug>.md, newest first. */
function loadEntries(ctx: OitContext, code: string, dir: string): OitEvidence["entries"] {
  const entries: OitEvidence["entries"] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (!name.endsWith(".md")) {
      ctx.problems.push(warning(rel(ctx.root, file), { th: "ไฟล์นี้ไม่ได้ถูกใช้ รายการย่อยของข้อต้องเป็นไฟล์ .md (เอกสารแนบวางไว้ใน content/<ปี>/documents/)", en: "this file is not used: an item's entries are .md files (put attachments in content/<year>/documents/)" }));
      continue;
    }
    const slug = name.slice(0, -3);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
      ctx.problems.push(error(rel(ctx.root, file), { th: "ชื่อไฟล์ใช้ได้เฉพาะ a-z 0-9 และ - เพราะเป็นส่วนหนึ่งของ URL", en: "the file name may use only a-z, 0-9 and - as it becomes part of a URL" }));
      continue;
    }
    const md = readMarkdown(ctx, file, oitEntrySchema);
    if (!md) continue;
    futureDate(ctx, md.relName, md.data.date, "date", () => md.line(["date"]));
    entries.push({
      slug,
      title: md.data.title,
      date: md.data.date,
      href: `/${ctx.year}/oit/${code}/${slug}/`,
      documents: resolveDocuments(ctx, md.relName, md.data.documents, md.line),
      html: md.body ? markdown.render(md.body) : "",
    });
  }
  return entries.sort((a, b) => (a.date === b.date ? a.slug.localeCompare(b.slug) : a.date < b.date ? 1 : -1));
}

/** Read the year's OIT evidence: one file per item, and optionally a folder of entries per item. */
function loadOitEvidence(ctx: OitContext): Map<string, OitEvidence> {
  const evidence = new Map<string, OitEvidence>();
  const dir = path.join(ctx.yearDir, "oit");
  if (!existsSync(dir)) return evidence;
  const names = readdirSync(dir).sort();
  for (const name of names) {
    if (!name.endsWith(".md")) continue;
    const file = path.join(dir, name);
    const md = readMarkdown(ctx, file, oitItemFrontMatterSchema);
    if (!md) continue;
    const { relName, data: item, line } = md;
    if (evidence.has(item.code)) {
      ctx.problems.push(error(relName, { th: `ข้อ ${item.code} ซ้ำกับ ${evidence.get(item.code)!.file} หนึ่งข้อมีได้ไฟล์เดียว รวมเนื้อหาแล้วลบไฟล์นี้`, en: `${item.code} is already given by ${evidence.get(item.code)!.file}: one file per item; merge them and delete this one` }, "code", line(["code"])));
      continue;
    }
    if (`${item.code}.md` !== name && existsSync(path.join(dir, `${item.code}.md`))) {
      const other = rel(ctx.root, path.join(dir, `${item.code}.md`));
      ctx.problems.push(error(relName, { th: `ข้อ ${item.code} ซ้ำกับ ${other} หนึ่งข้อมีได้ไฟล์เดียว รวมเนื้อหาแล้วลบไฟล์นี้`, en: `${item.code} is already given by ${other}: one file per item; merge them and delete this one` }, "code", line(["code"])));
      continue;
    }
    if (`${item.code}.md` !== name) {
      ctx.problems.push(error(relName, { th: `code (${item.code}) ไม่ตรงกับชื่อไฟล์ ตั้งชื่อไฟล์เป็น ${item.code}.md`, en: `code (${item.code}) does not match the file name: name the file ${item.code}.md` }, "code", line(["code"])));
      continue;
    }
    if (item.fiscalYear !== undefined && item.fiscalYear !== ctx.year) {
      ctx.problems.push(
        error(relName, { th: `ไฟล์นี้เป็นของปี ${item.fiscalYear} แต่อยู่ในโฟลเดอร์ปี ${ctx.year} ย้ายไปที่ content/${item.fiscalYear}/oit/`, en: `this item belongs to ${item.fiscalYear} but sits in the ${ctx.year} folder: move it to content/${item.fiscalYear}/oit/` }, "fiscalYear", line(["fiscalYear"])),
      );
      continue;
    }
    futureDate(ctx, relName, item.updated, "updated", () => line(["updated"]));
    evidence.set(item.code, {
      file: relName,
      ...(item.updated ? { updated: item.updated } : {}),
      ...(item.sample ? { sample: true } : {}),
      documents: resolveDocuments(ctx, relName, item.documents, line),
      entries: [],
      html: md.body ? markdown.render(md.body) : "",
      hasBody: md.body.length > 0,
    });
  }
  // folders of entries, e.g. content/2566/oit/o20/notice-001.md
  for (const name of names) {
    const sub = path.join(dir, name);
    if (!statSync(sub).isDirectory()) continue;
    if (!/^o[1-9][0-9]*$/.test(name)) {
      ctx.problems.push(error(rel(ctx.root, sub), { th: "โฟลเดอร์รายการย่อยต้องตั้งชื่อตามรหัสข้อ เช่น o20", en: "a folder of entries is named by its item code, e.g. o20" }));
      continue;
    }
    const entries = loadEntries(ctx, name, sub);
    const ev = evidence.get(name);
    if (ev) ev.entries = entries;
    else evidence.set(name, { file: rel(ctx.root, sub), documents: [], entries, html: "", hasBody: false });
  }
  return evidence;
}

/** The pages a model generates, for checking links written by staff. */
export function sitePages(years: readonly YearModel[]): Set<string> {
  const pages = new Set(["/", "/open-data/"]);
  for (const y of years) {
    pages.add(`/${y.fiscalYear}/`);
    if (y.result) {
      pages.add(`/${y.fiscalYear}/analysis/`);
      pages.add(`/${y.fiscalYear}/analysis/report/`);
      pages.add(`/open-data/${y.fiscalYear}/ita.json`);
      pages.add(`/open-data/${y.fiscalYear}/ita.csv`);
    }
    if (y.measures) pages.add(`/${y.fiscalYear}/measures/`);
    if (y.oit) {
      pages.add(`/${y.fiscalYear}/oit/`);
      pages.add(`/${y.fiscalYear}/oit/itas/`);
      pages.add(`/open-data/${y.fiscalYear}/oit.json`);
      pages.add(`/open-data/${y.fiscalYear}/oit.csv`);
      for (const i of y.oit.items) {
        pages.add(`/${y.fiscalYear}/oit/${i.code}/`);
        for (const e of i.evidence?.entries ?? []) pages.add(e.href);
      }
    }
  }
  return pages;
}

function todayInBangkok(): string {
  return DateTime.now().setZone(TIME_ZONE).toISODate()!;
}

/** Load, validate and compute the whole site model. Never throws for bad input. */
export function loadSite(options: LoadOptions): LoadResult {
  const { root } = options;
  const today = options.today ?? todayInBangkok();
  const problems: Problem[] = [];
  const files: PublishedFile[] = [];
  const pageLinks: { file: string; field: string; page: string }[] = [];
  const dataDir = path.join(root, "data");
  const editions = loadEditions(root, problems, options.editionsDir);

  const siteFile = path.join(dataDir, "site.json");
  const site = existsSync(siteFile)
    ? readJsonFile(root, siteFile, siteSchema, problems)
    : (problems.push(error("data/site.json", { th: "ไม่พบไฟล์ข้อมูลหน่วยงาน", en: "the agency file is missing" })), undefined);

  if (site?.emblem) {
    const source = path.join(dataDir, site.emblem);
    if (existsSync(source)) files.push({ source, href: `/assets/img/${site.emblem}` });
    else problems.push(error("data/site.json", { th: `ไม่พบไฟล์ตราหน่วยงาน data/${site.emblem}`, en: `emblem file data/${site.emblem} not found` }, "emblem"));
  }

  const years: YearModel[] = [];
  /** Years that could not be loaded: links into them are not blamed on the linking file. */
  const failedYears = new Set<number>();
  const entries = existsSync(dataDir) ? readdirSync(dataDir).sort() : [];
  for (const entry of entries) {
    const dir = path.join(dataDir, entry);
    if (entry === AGENCY_EDITIONS) continue; // the agency's ITA editions, read by loadEditions
    if (!statSync(dir).isDirectory()) {
      if (entry !== "site.json" && entry !== site?.emblem && !entry.startsWith(".")) {
        problems.push(warning(rel(root, dir), { th: "ไฟล์นี้ไม่ได้ถูกใช้ ข้อมูลรายปีอยู่ในโฟลเดอร์ data/<ปี พ.ศ.>/", en: "this file is not used: yearly data lives in data/<B.E. year>/" }));
      }
      continue;
    }
    if (!/^\d{4}$/.test(entry)) {
      problems.push(error(rel(root, dir), { th: "ชื่อโฟลเดอร์ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2565", en: "a year folder is named by its 4-digit B.E. year, e.g. 2565" }));
      continue;
    }
    const year = Number(entry);
    for (const f of readdirSync(dir)) {
      if (!YEAR_FILES.includes(f) && !f.startsWith(".")) {
        problems.push(warning(rel(root, path.join(dir, f)), { th: `ไฟล์นี้ไม่ได้ถูกใช้ ในโฟลเดอร์ปีใช้ได้เฉพาะ ${YEAR_FILES.join(" ")} (สะกดชื่อผิดหรือไม่?)`, en: `this file is not used: a year folder holds only ${YEAR_FILES.join(", ")} (a typo in the name?)` }));
      }
    }
    const errorsBefore = problems.filter((p) => p.severity === "error").length;
    const itaPath = path.join(dir, "ita.json");
    const oitPath = path.join(dir, "oit.json");
    const oitContent = path.join(root, "content", entry, "oit");
    const hasOit = existsSync(oitPath) || existsSync(oitContent);
    if (!existsSync(itaPath) && !hasOit) {
      problems.push(error(rel(root, itaPath), { th: "ไม่พบไฟล์ ita.json ของปีนี้ (หรือส่วน OIT ใน data/<ปี>/oit.json)", en: "this year has no ita.json (nor an OIT section in data/<year>/oit.json)" }));
      continue;
    }
    const ita = existsSync(itaPath) ? readJsonFile(root, itaPath, itaSchema, problems) : undefined;
    const override: OitOverride | undefined = existsSync(oitPath) ? readJsonFile(root, oitPath, oitOverrideSchema, problems) : undefined;
    const measuresPath = path.join(dir, "measures.json");
    const measures = existsSync(measuresPath) ? readJsonFile(root, measuresPath, measuresSchema, problems) : undefined;
    const { commentary, practiceHtml } = loadCommentary(root, path.join(root, "content", entry, "analysis"), problems);
    const evidence = hasOit
      ? loadOitEvidence({ root, year, yearDir: path.join(root, "content", entry), today, problems, files, pageLinks })
      : new Map<string, OitEvidence>();
    if (existsSync(itaPath) && !ita) continue;
    if (existsSync(oitPath) && !override) continue;

    const itaName = rel(root, itaPath);
    if (ita && ita.fiscalYear !== year) {
      problems.push(
        error(itaName, { th: `fiscalYear (${ita.fiscalYear}) ไม่ตรงกับโฟลเดอร์ ${entry} ย้ายไฟล์หรือแก้ปี`, en: `fiscalYear (${ita.fiscalYear}) does not match the folder ${entry}: move the file or fix the year` }, "fiscalYear", lineOfPath(readFileSync(itaPath, "utf8"), ["fiscalYear"])),
      );
      continue;
    }
    if (override && override.fiscalYear !== year) {
      problems.push(error(rel(root, oitPath), { th: `fiscalYear (${override.fiscalYear}) ไม่ตรงกับโฟลเดอร์ ${entry}`, en: `fiscalYear (${override.fiscalYear}) does not match the folder ${entry}` }, "fiscalYear"));
      continue;
    }
    const editionYear = ita?.edition ?? override?.edition ?? year;
    const edition = editions.get(editionYear);
    if (!edition) {
      const [file, field] = ita ? [itaName, ita.edition ? "edition" : "fiscalYear"] : [rel(root, oitPath), override?.edition ? "edition" : "fiscalYear"];
      problems.push(missingEdition(editions, editionYear, file!, field!));
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

    let result: ItaResult | undefined;
    if (ita) {
      const indicators: Record<number, number> = {};
      for (const [k, v] of Object.entries(ita.indicators)) indicators[Number(k)] = v;
      const reported = ita.reported
        ? {
            ...(ita.reported.total !== undefined ? { total: ita.reported.total } : {}),
            ...(ita.reported.rating !== undefined ? { rating: ita.reported.rating } : {}),
            ...(ita.reported.tools ? { tools: ita.reported.tools as Partial<Record<Tool, number>> } : {}),
          }
        : undefined;
      result = computeResult({ fiscalYear: year, indicators, ...(reported ? { reported } : {}) }, edition);
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
    } else if (measures || Object.keys(commentary).length > 0) {
      problems.push(error(rel(root, itaPath), { th: "มีมาตรการหรือคำอธิบายผลของปีนี้ แต่ยังไม่มีคะแนน ita.json", en: "this year has measures or commentary but no scores (ita.json)" }));
      continue;
    }

    let oit: OitYear | undefined;
    if (hasOit) {
      const known = new Set([...edition.oit.items.map((i) => i.code), ...(override?.items.map((i) => i.code) ?? [])]);
      for (const patch of override?.items ?? []) {
        const base = edition.oit.items.find((i) => i.code === patch.code);
        const missing = ["title", "indicator", "subIndicator", "group", "window", "requirement"].filter((k) => !(k in patch));
        if (!base && missing.length) {
          problems.push(error(rel(root, oitPath), { th: `ข้อ ${patch.code} ไม่มีในเกณฑ์ปี ${edition.edition} การเพิ่มข้อใหม่ต้องระบุ ${missing.join(", ")}`, en: `${patch.code} is not in edition ${edition.edition}: a new item needs ${missing.join(", ")}` }, "items"));
        }
      }
      for (const [code, ev] of evidence) {
        if (!known.has(code) || override?.remove.includes(code)) {
          const codes = edition.oit.items.map((i) => i.code);
          problems.push(
            error(ev.file, { th: `ไม่มีข้อ ${code} ในเกณฑ์ OIT ปี ${edition.edition} (มี ${codes[0]}–${codes[codes.length - 1]}) แก้รหัสหรือเพิ่มข้อใน data/${year}/oit.json`, en: `no item ${code} in the ${edition.edition} OIT edition (${codes[0]}–${codes[codes.length - 1]}): fix the code or add the item in data/${year}/oit.json` }, "code"),
          );
        }
      }
      oit = buildOitYear(year, edition, override, evidence);
    }

    if (problems.filter((p) => p.severity === "error").length > errorsBefore) failedYears.add(year);
    years.push({
      fiscalYear: year,
      edition,
      ...(ita ? { ita } : {}),
      ...(result ? { result } : {}),
      ...(measures ? { measures } : {}),
      commentary,
      ...(practiceHtml !== undefined ? { practiceHtml } : {}),
      ...(oit ? { oit } : {}),
    });
  }

  problems.push(...provisionalWarnings(years));
  linkRoles(years, site?.digits ?? "arabic");

  // Links to pages of this site, from evidence (page:) and from staff Markdown, must land on
  // something the build publishes: a year's page, a template's or staff page, a document. One set,
  // built once. Links into a year that did not load (its own errors are reported) are not blamed
  // on the linking file.
  const pages = sitePages(years);
  const pagesDir = path.join(root, "content", "pages");
  const staffPages = existsSync(pagesDir) ? readdirSync(pagesDir).filter((f) => f.endsWith(".md")).map((f) => `/${f.slice(0, -3)}/`) : [];
  const published = new Set([...pages, ...TEMPLATE_PAGES, ...staffPages, ...files.map((f) => f.href)]);
  const intoUnloadedYear = (href: string): boolean => {
    const target = Number(/^\/(\d{4})\//.exec(href)?.[1]);
    return failedYears.has(target) || (existsSync(path.join(dataDir, String(target))) && !years.some((y) => y.fiscalYear === target));
  };
  /** The link lands on a published page or file (a folder link may leave out its last "/"). */
  const lands = (href: string): boolean =>
    published.has(href) || (!href.endsWith("/") && !path.posix.basename(href).includes(".") && published.has(`${href}/`)) || intoUnloadedYear(href);
  for (const link of pageLinks) {
    if (!lands(link.page)) {
      problems.push(error(link.file, { th: `ไม่มีหน้า ${link.page} ในเว็บไซต์นี้ หน้าที่มีเช่น ${[...pages].slice(0, 4).join(" ")}`, en: `there is no page ${link.page} on this site; pages look like ${[...pages].slice(0, 4).join(" ")}` }, link.field));
    }
  }

  // links written in staff Markdown to pages of this site must land on one
  const staffHtml: { file: string; html: string }[] = [];
  for (const y of years) {
    for (const c of Object.values(y.commentary)) staffHtml.push({ file: c.file, html: c.html });
    if (y.practiceHtml) staffHtml.push({ file: `content/${y.fiscalYear}/analysis/practice.md`, html: y.practiceHtml });
    for (const item of y.oit?.items ?? []) {
      const ev = item.evidence;
      if (!ev) continue;
      staffHtml.push({ file: ev.file, html: ev.html });
      for (const e of ev.entries) staffHtml.push({ file: `content/${y.fiscalYear}/oit/${item.code}/${e.slug}.md`, html: e.html });
    }
  }
  for (const { file, html } of staffHtml) {
    for (const m of html.matchAll(/href="(\/[^"#?]*)/g)) {
      const href = m[1]!;
      if (!lands(href)) {
        problems.push(error(file, { th: `ลิงก์ ${href} ไม่มีหน้านี้ในเว็บไซต์ แก้ลิงก์ (หน้าของปีเขียนแบบ /2565/analysis/)`, en: `the link ${href} leads to no page of this site: fix it (year pages look like /2565/analysis/)` }));
      }
    }
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
  return {
    model: { site, years, resultYears: years.filter((y) => y.result), editions: [...editions.values()], files },
    problems: sorted,
  };
}
