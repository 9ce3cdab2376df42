/**
 * @fileoverview The one entry point that reads the agency's files. It maps
 * `data/` and `content/` against the data contract (staff-files.ts), reads
 * each kind of file with its own loader, validates everything, collects every
 * problem (not just the first) and returns the typed model the site is built
 * from. Nothing it reads is ever evaluated: staff files are data.
 */
import { DateTime } from "luxon";
import { type ItaResult, type Tool, computeResult } from "./ita.ts";
import { type OitEvidence, type OitYear, buildOitYear } from "./oit.ts";
import { type LoadedEdition, linkRoles, loadEditions, missingEdition, provisionalWarnings, yearEdition } from "./editions.ts";
import { TIME_ZONE } from "./thai.ts";
import { type Problem, capPerFile, error, sortProblems, warning } from "./problems.ts";
import {
  type CommentaryFrontMatter,
  type ItaFile,
  type MeasuresFile,
  type OitOverride,
  type Site,
  commentarySchema,
  itaSchema,
  measuresSchema,
  oitOverrideSchema,
  siteSchema,
} from "./schema.ts";
import { cleanText, parseFrontMatter, templateCodeLine, templateCodeProblem } from "./validate.ts";
import { type StaffFiles, YEAR_NAME, filesOfKind, scanStaffFiles } from "./staff-files.ts";
import { readStaffJson, readStaffMarkdown, readStaffText } from "./read-staff.ts";
import { type LoadContext, type PublishedFile, createContext, futureDate, readOnce, renderMarkdown } from "./load-context.ts";
import type { LoadCache } from "./load-cache.ts";
import { loadOitEvidence } from "./load-oit.ts";
import { type PolicyPage, loadPolicyPages } from "./load-pages.ts";
import { checkSiteLinks } from "./site-links.ts";
import { checkEmblem } from "./emblem.ts";
import { discrepancyWarnings, exampleWarnings } from "./staff-notices.ts";

export type { PublishedFile } from "./load-context.ts";
export type { PolicyPage } from "./load-pages.ts";

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

export interface SiteModel {
  site: Site;
  /** Every fiscal year with a folder in data/, oldest first. */
  years: YearModel[];
  /** The years whose ITA results are known, oldest first. */
  resultYears: YearModel[];
  editions: LoadedEdition[];
  /** The agency's own pages (content/pages/), in footer order. */
  pages: PolicyPage[];
  /** Documents kept in the repository, to publish with the site. */
  files: PublishedFile[];
  /** Every staff file read, with its stamp (project-relative path → stamp): what the preview compares after a save. */
  sources: Map<string, string>;
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
  /** What a long-running process keeps between loads (the live preview): unchanged files are not read again. */
  cache?: LoadCache;
}

/** Commentary on the indicators and how the analysis is put into practice, from content/<year>/analysis/. */
function loadCommentary(ctx: LoadContext, year: number): { commentary: Record<number, Commentary>; practiceHtml?: string } {
  const commentary: Record<number, Commentary> = {};
  let practiceHtml: string | undefined;
  const under = `content/${year}/analysis/`;
  for (const f of filesOfKind(ctx.staff, "practice", under)) {
    const raw = readOnce(ctx, "text", f, (problems) => readStaffText(f, problems));
    if (raw === undefined) continue;
    const text = cleanText(raw); // a BOM must not hide the front matter
    const fm = text.startsWith("---") ? parseFrontMatter(f.rel, text) : undefined;
    if (fm && !fm.ok) {
      ctx.problems.push(...fm.problems);
      continue;
    }
    const body = fm ? fm.value.body : text;
    const code = templateCodeLine(body);
    if (code !== undefined) {
      ctx.problems.push(templateCodeProblem(f.rel, (fm ? fm.value.bodyLine : 1) + code - 1));
      continue;
    }
    practiceHtml = renderMarkdown(ctx, body);
    ctx.staffHtml.push({ file: f.rel, html: practiceHtml, year });
  }
  for (const f of filesOfKind(ctx.staff, "commentary", under)) {
    const md = readOnce(ctx, "commentary", f, (problems) => readStaffMarkdown(f, commentarySchema, problems));
    if (!md) continue;
    const no = Number(/indicator-(\d+)\.md$/.exec(f.rel)![1]);
    if (md.data.indicator !== no) {
      ctx.problems.push(
        error(f.rel, { th: `indicator (${md.data.indicator}) ไม่ตรงกับชื่อไฟล์ (indicator-${no}.md)`, en: `indicator (${md.data.indicator}) does not match the file name (indicator-${no}.md)` }, "indicator", md.line(["indicator"])),
      );
      continue;
    }
    const html = renderMarkdown(ctx, md.body);
    ctx.staffHtml.push({ file: f.rel, html, year });
    commentary[no] = { ...md.data, file: f.rel, html };
  }
  return { commentary, ...(practiceHtml !== undefined ? { practiceHtml } : {}) };
}

function todayInBangkok(): string {
  return DateTime.now().setZone(TIME_ZONE).toISODate()!;
}

/** One year's files in data/ and content/<year>/, validated and computed; undefined when they have errors. */
function loadYear(ctx: LoadContext, year: number, editions: ReadonlyMap<number, LoadedEdition>): YearModel | undefined {
  const { staff, problems } = ctx;
  const dir = `data/${year}`;
  const itaFile = staff.files.get(`${dir}/ita.json`);
  const oitFile = staff.files.get(`${dir}/oit.json`);
  const measuresFile = staff.files.get(`${dir}/measures.json`);
  const hasOitContent = staff.dirs.has(`content/${year}/oit`);
  const hasOit = oitFile !== undefined || hasOitContent;
  if (!itaFile && !hasOit) {
    if (staff.refused.has(`${dir}/ita.json`) || staff.refused.has(`${dir}/oit.json`)) return undefined; // said already
    problems.push(error(`${dir}/ita.json`, { th: "ไม่พบไฟล์ ita.json ของปีนี้ (หรือส่วน OIT ใน data/<ปี>/oit.json)", en: "this year has no ita.json (nor an OIT section in data/<year>/oit.json)" }));
    return undefined;
  }
  const ita = itaFile ? readOnce(ctx, "ita", itaFile, (p) => readStaffJson(itaFile, itaSchema, p)) : undefined;
  const override = oitFile ? readOnce(ctx, "oit-year", oitFile, (p) => readStaffJson(oitFile, oitOverrideSchema, p)) : undefined;
  const measures = measuresFile ? readOnce(ctx, "measures", measuresFile, (p) => readStaffJson(measuresFile, measuresSchema, p)) : undefined;
  const { commentary, practiceHtml } = loadCommentary(ctx, year);
  const evidence = hasOit ? loadOitEvidence(ctx, year) : new Map<string, OitEvidence>();
  if ((itaFile && !ita) || (oitFile && !override) || (measuresFile && !measures)) return undefined;

  if (ita && ita.value.fiscalYear !== year) {
    problems.push(
      error(itaFile!.rel, { th: `fiscalYear (${ita.value.fiscalYear}) ไม่ตรงกับโฟลเดอร์ ${year} ย้ายไฟล์หรือแก้ปี`, en: `fiscalYear (${ita.value.fiscalYear}) does not match the folder ${year}: move the file or fix the year` }, "fiscalYear", ita.line(["fiscalYear"])),
    );
    return undefined;
  }
  if (override && override.value.fiscalYear !== year) {
    problems.push(error(oitFile!.rel, { th: `fiscalYear (${override.value.fiscalYear}) ไม่ตรงกับโฟลเดอร์ ${year}`, en: `fiscalYear (${override.value.fiscalYear}) does not match the folder ${year}` }, "fiscalYear", override.line(["fiscalYear"])));
    return undefined;
  }
  const editionYear = yearEdition(year, ita?.value.edition, override?.value.edition);
  if (ita?.value.edition !== undefined && override?.value.edition !== undefined && ita.value.edition !== override.value.edition) {
    // the results would be computed by one edition's rules and the OIT items listed from another's
    problems.push(
      error(
        oitFile!.rel,
        {
          th: `edition (${override.value.edition}) ไม่ตรงกับ ${itaFile!.rel} ซึ่งใช้เกณฑ์ปี ${ita.value.edition} ปีหนึ่งใช้เกณฑ์เดียว แก้ให้ตรงกัน หรือลบ edition ออกจากไฟล์นี้`,
          en: `edition (${override.value.edition}) differs from ${itaFile!.rel}, which uses the ${ita.value.edition} edition: a year has one edition; make them the same or remove edition from this file`,
        },
        "edition",
        override.line(["edition"]),
      ),
    );
    return undefined;
  }
  const edition = editions.get(editionYear);
  if (!edition) {
    // the agency's own file for that edition is there but broken: its errors say what to mend, and
    // "start one with new-year" would be wrong advice (new-year does not overwrite it)
    const own = `data/editions/${editionYear}.json`;
    if (staff.files.has(own) || staff.refused.has(own)) return undefined;
    const [file, field] = ita ? [itaFile!.rel, ita.value.edition ? "edition" : "fiscalYear"] : [oitFile?.rel ?? `${dir}/oit.json`, override?.value.edition ? "edition" : "fiscalYear"];
    problems.push(missingEdition(editions, editionYear, file!, field!));
    return undefined;
  }
  if (ita?.value.source) futureDate(ctx, itaFile!.rel, ita.value.source.date, "source.date", ita.line, ["source", "date"]);

  if (measures) {
    const m = measures.value;
    const name = measuresFile!.rel;
    if (m.fiscalYear !== year) {
      problems.push(error(name, { th: `fiscalYear (${m.fiscalYear}) ต้องเป็นปีของโฟลเดอร์ (${year}) คือปี ITA ที่วิเคราะห์`, en: `fiscalYear (${m.fiscalYear}) must be the folder's year (${year}), the ITA year analysed` }, "fiscalYear", measures.line(["fiscalYear"])));
    }
    if (m.implementationYear < year) {
      problems.push(error(name, { th: `implementationYear ต้องไม่ก่อนปี ${year}`, en: `implementationYear cannot be before ${year}` }, "implementationYear", measures.line(["implementationYear"])));
    }
    futureDate(ctx, name, m.adopted, "adopted", measures.line, ["adopted"]);
    const ids = new Set<string>();
    m.measures.forEach((x, i) => {
      if (ids.has(x.id)) problems.push(error(name, { th: `รหัสมาตรการ "${x.id}" ซ้ำ`, en: `duplicate measure id "${x.id}"` }, `measures.${i}.id`, measures.line(["measures", i, "id"])));
      ids.add(x.id);
    });
  }

  let result: ItaResult | undefined;
  if (ita) {
    const v = ita.value;
    const indicators: Record<number, number> = {};
    for (const [k, score] of Object.entries(v.indicators)) indicators[Number(k)] = score;
    const reported = v.reported
      ? {
          ...(v.reported.total !== undefined ? { total: v.reported.total } : {}),
          ...(v.reported.rating !== undefined ? { rating: v.reported.rating } : {}),
          ...(v.reported.tools ? { tools: v.reported.tools as Partial<Record<Tool, number>> } : {}),
        }
      : undefined;
    result = computeResult({ fiscalYear: year, indicators, ...(reported ? { reported } : {}) }, edition);
    problems.push(...discrepancyWarnings(itaFile!.rel, year, result, ita.line, edition.rating.levels));
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
    problems.push(error(`${dir}/ita.json`, { th: "มีมาตรการหรือคำอธิบายผลของปีนี้ แต่ยังไม่มีคะแนน ita.json", en: "this year has measures or commentary but no scores (ita.json)" }));
    return undefined;
  }

  let oit: OitYear | undefined;
  if (hasOit) {
    const o = override?.value;
    const oitName = oitFile?.rel ?? `${dir}/oit.json`;
    const known = new Set([...edition.oit.items.map((i) => i.code), ...(o?.items.map((i) => i.code) ?? [])]);
    for (const [n, patch] of (o?.items ?? []).entries()) {
      const base = edition.oit.items.find((i) => i.code === patch.code);
      const missing = ["title", "indicator", "subIndicator", "group", "window", "requirement"].filter((k) => !(k in patch));
      if (!base && missing.length) {
        problems.push(error(oitName, { th: `ข้อ ${patch.code} ไม่มีในเกณฑ์ปี ${edition.edition} การเพิ่มข้อใหม่ต้องระบุ ${missing.join(", ")}`, en: `${patch.code} is not in edition ${edition.edition}: a new item needs ${missing.join(", ")}` }, `items.${n}`, override!.line(["items", n])));
      }
    }
    for (const [code, ev] of evidence) {
      if (!known.has(code) || o?.remove.includes(code)) {
        const codes = edition.oit.items.map((i) => i.code);
        problems.push(
          error(ev.file, { th: `ไม่มีข้อ ${code} ในเกณฑ์ OIT ปี ${edition.edition} (มี ${codes[0]}–${codes[codes.length - 1]}) แก้รหัสหรือเพิ่มข้อใน data/${year}/oit.json`, en: `no item ${code} in the ${edition.edition} OIT edition (${codes[0]}–${codes[codes.length - 1]}): fix the code or add the item in data/${year}/oit.json` }, "code"),
        );
      }
    }
    oit = buildOitYear(year, edition, o, evidence);
  }

  return {
    fiscalYear: year,
    edition,
    ...(ita ? { ita: ita.value } : {}),
    ...(result ? { result } : {}),
    ...(measures ? { measures: measures.value } : {}),
    commentary,
    ...(practiceHtml !== undefined ? { practiceHtml } : {}),
    ...(oit ? { oit } : {}),
  };
}

/** The years the agency keeps, from the folders of data/ and content/. */
function yearFolders(staff: StaffFiles, problems: Problem[]): number[] {
  const dataYears = [...staff.dirs].filter((d) => /^data\/\d{4}$/.test(d)).map((d) => Number(d.slice(5)));
  for (const d of staff.dirs) {
    const m = /^content\/(\d{4})$/.exec(d);
    if (m && !dataYears.includes(Number(m[1]))) {
      problems.push(error(`content/${m[1]}`, { th: `มีเนื้อหาปี ${m[1]} แต่ไม่มีโฟลเดอร์ data/${m[1]}/`, en: `content for ${m[1]} exists but data/${m[1]}/ does not` }));
    }
  }
  return dataYears.filter((y) => YEAR_NAME.test(String(y))).sort((a, b) => a - b);
}

/** Load, validate and compute the whole site model. Never throws for bad input. */
export function loadSite(options: LoadOptions): LoadResult {
  const { root } = options;
  const problems: Problem[] = [];
  options.cache?.begin();
  const staff = scanStaffFiles(root, problems);
  const ctx = createContext(root, options.today ?? todayInBangkok(), staff, problems, options.cache);
  const editions = loadEditions(root, staff, problems, options.editionsDir);

  const siteFile = staff.files.get("data/site.json");
  const siteRead = siteFile
    ? readOnce(ctx, "site", siteFile, (p) => readStaffJson(siteFile, siteSchema, p))
    : staff.refused.has("data/site.json")
      ? undefined // a folder or link there: the map of data/ has said so
      : (problems.push(error("data/site.json", { th: "ไม่พบไฟล์ข้อมูลหน่วยงาน", en: "the agency file is missing" })), undefined);
  const site = siteRead?.value;
  checkEmblem(ctx, site);

  const years: YearModel[] = [];
  /** Years whose own files failed: links into them are not blamed on the linking file. */
  const unloaded = new Set<number>();
  for (const year of yearFolders(staff, problems)) {
    const errorsBefore = problems.filter((p) => p.severity === "error").length;
    const model = loadYear(ctx, year, editions);
    if (model) years.push(model);
    if (!model || problems.filter((p) => p.severity === "error").length > errorsBefore) unloaded.add(year);
  }
  problems.push(...provisionalWarnings(years));
  linkRoles(years, site?.digits ?? "arabic");
  const pages = loadPolicyPages(ctx);
  checkSiteLinks(ctx, years, pages, unloaded);

  if (staff.dirs.has("data") && years.length === 0 && !problems.some((p) => p.severity === "error")) {
    // a new agency (npm run new-agency) starts here: the site builds with its home and its own pages
    problems.push(
      warning("data", {
        th: "ยังไม่มีข้อมูลปีใดเลย เว็บไซต์จึงมีเพียงหน้าแรกและหน้าของหน่วยงาน เริ่มปีแรกด้วย npm run new-year -- <ปี พ.ศ.> หรือใส่ผลการประเมินใน data/<ปี พ.ศ.>/ita.json",
        en: "no year has data yet, so the site has only its home page and the agency's own pages: start a year with npm run new-year -- <B.E. year>, or put results in data/<B.E. year>/ita.json",
      }),
    );
  }
  if (site && siteRead) problems.push(...exampleWarnings(site, siteRead.line, years));

  options.cache?.end();
  const sorted = capPerFile(sortProblems(problems));
  if (!site || sorted.some((p) => p.severity === "error")) return { problems: sorted };
  return {
    model: {
      site,
      years,
      resultYears: years.filter((y) => y.result),
      editions: [...editions.values()],
      pages,
      files: [...ctx.published.values()],
      sources: new Map([...staff.files.values()].map((f) => [f.rel, f.stamp])),
    },
    problems: sorted,
  };
}
