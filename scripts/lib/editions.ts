/**
 * @fileoverview ITA editions: the catalogues the product ships
 * (scripts/lib/editions/<edition>.json) and the agency's own editions in
 * data/editions/<edition>.json, which either define an edition the product
 * does not ship (e.g. 2570, started with `npm run new-year -- 2570 --from=2569`)
 * or correct a shipped one (an item title, a window, a rating label). Both are
 * validated with the schemas of schema.ts. This module also says which
 * edition a year uses, tells staff about provisional and unconfirmed
 * editions, and links each item's role to the site's own pages.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Problem, type Bilingual, error, warning } from "./problems.ts";
import { type Edition, type EditionOverride, type Confidence, editionOverrideSchema, editionSchema } from "./schema.ts";
import { type OitYear, type RelatedPage, mergeItems } from "./oit.ts";
import { parseJson, validate } from "./validate.ts";
import { readStaffJson } from "./read-staff.ts";
import { type StaffFiles, filesOfKind } from "./staff-files.ts";
import { type Digits, toDigits } from "./thai.ts";

/** The catalogues shipped with the product, one JSON file per edition. */
export const EDITIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "editions");

/** The folder of data/ that holds the agency's own editions. */
export const AGENCY_EDITIONS = "editions";

/** Where an edition comes from: the product, the agency alone, or the product as the agency corrected it. */
export type EditionOrigin = "shipped" | "agency" | "corrected";

export interface LoadedEdition extends Edition {
  origin: EditionOrigin;
  /** The agency's file (data/editions/<edition>.json), when it has one. */
  agencyFile?: string;
}

/** Project-relative path with forward slashes, for messages. */
function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

/** Read and validate every shipped catalogue in `dir` (a problem there is the product's, not the agency's). */
function loadShippedEditions(root: string, dir: string, problems: Problem[]): Map<number, Edition> {
  const editions = new Map<number, Edition>();
  for (const name of readdirSync(dir).filter((f) => /^\d{4}\.json$/.test(f)).sort()) {
    const file = path.join(dir, name);
    const checked = readStaffJson({ rel: rel(root, file), abs: file }, editionSchema, problems);
    if (!checked) continue;
    if (`${checked.value.edition}.json` !== name) {
      problems.push(error(rel(root, file), { th: `edition ต้องตรงกับชื่อไฟล์ (${name})`, en: `edition must match the file name (${name})` }, "edition"));
      continue;
    }
    editions.set(checked.value.edition, checked.value);
  }
  return editions;
}

/** A shipped edition with the agency's corrections: parts given replace the shipped ones, items and sub-indicators by code. */
function applyOverride(base: Edition, patch: EditionOverride): Edition {
  const { subIndicators, items } = mergeItems(base, patch.oit);
  const merged: Edition = {
    ...base,
    weights: patch.weights ?? base.weights,
    rating: patch.rating ?? base.rating,
    indicators: patch.indicators ?? base.indicators,
    oit: { subIndicators, items },
  };
  for (const key of ["complete", "provisional", "basedOn", "confidence", "source", "note"] as const) {
    if (patch[key] !== undefined) (merged as Record<string, unknown>)[key] = patch[key];
  }
  return merged;
}

/** One agency edition file, validated, and merged onto the shipped edition of its year if there is one. */
function loadAgencyEdition(root: string, file: string, shipped: ReadonlyMap<number, Edition>, problems: Problem[]): LoadedEdition | undefined {
  const name = rel(root, file);
  const year = Number(path.basename(file, ".json"));
  const base = shipped.get(year);
  if (!base) {
    const checked = readStaffJson({ rel: name, abs: file }, editionSchema, problems);
    if (!checked) return undefined;
    if (checked.value.edition !== year) {
      problems.push(error(name, { th: `edition (${checked.value.edition}) ต้องตรงกับชื่อไฟล์ ${year}.json`, en: `edition (${checked.value.edition}) must match the file name ${year}.json` }, "edition"));
      return undefined;
    }
    return { ...checked.value, origin: "agency", agencyFile: name };
  }
  const checked = readStaffJson({ rel: name, abs: file }, editionOverrideSchema, problems);
  if (!checked) return undefined;
  const patch = checked.value;
  if (patch.edition !== year) {
    problems.push(error(name, { th: `edition (${patch.edition}) ต้องตรงกับชื่อไฟล์ ${year}.json`, en: `edition (${patch.edition}) must match the file name ${year}.json` }, "edition"));
    return undefined;
  }
  let ok = true;
  (patch.oit?.remove ?? []).forEach((code, i) => {
    if (!base.oit.items.some((item) => item.code === code)) {
      ok = false;
      problems.push(error(name, { th: `ไม่มีข้อ ${code} ในเกณฑ์ปี ${year} ที่จะลบ แก้รหัสหรือลบออกจาก remove`, en: `edition ${year} has no item ${code} to remove: fix the code or drop it from remove` }, `oit.remove.${i}`));
    }
  });
  if (patch.basedOn !== undefined) {
    problems.push(
      warning(name, {
        th: `โปรแกรมมีเกณฑ์ ITA ปี ${year} แล้ว ไฟล์นี้ (เริ่มจากเกณฑ์ปี ${patch.basedOn}) จะแก้ทับเกณฑ์นั้นทั้งหมด เทียบกับเกณฑ์ที่มากับโปรแกรมแล้วเก็บไว้เฉพาะส่วนที่ต้องแก้`,
        en: `the product now ships edition ${year}; this file (started from ${patch.basedOn}) overrides it: compare the two and keep only your corrections`,
      }, "basedOn"),
    );
  }
  const merged = applyOverride(base, patch);
  // rules that tie the parts together (one item per role, a new item's fields) hold for the result too
  const whole = validate(editionSchema, name, merged);
  if (!whole.ok) {
    for (const p of whole.problems) {
      const field = p.field?.replace(/^oit\.items\.(\d+)/, (_m, n: string) => `oit.items(${merged.oit.items[Number(n)]?.code ?? n})`);
      problems.push({ ...p, ...(field ? { field } : {}) });
    }
    return undefined;
  }
  if (!ok) return undefined;
  return { ...whole.value, origin: "corrected", agencyFile: name };
}

/**
 * Every edition a site can use: the shipped catalogues, with the agency's
 * files in data/editions/ laid over them or added to them.
 */
export function loadEditions(root: string, staff: StaffFiles, problems: Problem[], shippedDir: string = EDITIONS_DIR): Map<number, LoadedEdition> {
  const shipped = loadShippedEditions(root, shippedDir, problems);
  const editions = new Map<number, LoadedEdition>([...shipped].map(([year, e]) => [year, { ...e, origin: "shipped" as const }]));
  // the agency's files as the map of data/ found them: links, folders and stray names there are named by it once
  for (const file of filesOfKind(staff, "edition", `data/${AGENCY_EDITIONS}`)) {
    const edition = loadAgencyEdition(root, file.abs, shipped, problems);
    if (edition) editions.set(edition.edition, edition);
  }
  return [...editions.keys()].sort((a, b) => a - b).reduce((m, k) => m.set(k, editions.get(k)!), new Map<number, LoadedEdition>());
}

/**
 * The problem for a year whose edition does not exist. Borrowing another
 * year's edition would publish wrong rules and items, so the fix offered is an
 * edition of the year's own, started from the nearest one and marked provisional.
 */
export function missingEdition(editions: ReadonlyMap<number, Edition>, year: number, file: string, field: string): Problem {
  const known = [...editions.keys()];
  const from = known.filter((e) => e < year).at(-1) ?? known[0];
  const list = known.join(", ");
  const start = from !== undefined ? `npm run new-year -- ${year} --from=${from}` : `data/editions/${year}.json`;
  return error(
    file,
    {
      th: `ไม่มีเกณฑ์ ITA ปี ${year} (เกณฑ์ที่มี: ${list}) เริ่มเกณฑ์ของปีนี้ด้วย ${start} แล้วตรวจกับคู่มือ ป.ป.ช.`,
      en: `no ITA edition ${year}; editions available: ${list}. Start this year's own with ${start} and check it against the NACC manual`,
    },
    field,
  );
}

/**
 * The edition a fiscal year uses: the one its `ita.json` names, else the one
 * its `oit.json` names, else its own year. The loader and the web editor both
 * decide by this, so the editor's forms offer the items the build checks against.
 */
export function yearEdition(fiscalYear: number, itaEdition: unknown, oitEdition: unknown): number {
  if (typeof itaEdition === "number") return itaEdition;
  if (typeof oitEdition === "number") return oitEdition;
  return fiscalYear;
}

/** What the functions below need of a year (structurally the loader's YearModel). */
export interface YearView {
  fiscalYear: number;
  edition: Edition | LoadedEdition;
  result?: unknown;
  measures?: { fiscalYear: number; implementationYear: number };
  oit?: OitYear;
}

/** Staff are told, at every check and build, that a year is built on a provisional edition. */
export function provisionalWarnings(years: readonly YearView[]): Problem[] {
  const users = new Map<number, { edition: LoadedEdition | Edition; years: number[] }>();
  for (const y of years) {
    if (y.edition.provisional !== true) continue;
    const u = users.get(y.edition.edition) ?? { edition: y.edition, years: [] };
    u.years.push(y.fiscalYear);
    users.set(y.edition.edition, u);
  }
  return [...users.values()].map(({ edition, years: ys }) => {
    const e = edition.edition;
    const agencyFile = "agencyFile" in edition ? edition.agencyFile : undefined;
    const file = agencyFile ?? `data/editions/${e}.json`;
    const from = edition.basedOn !== undefined ? ` (เริ่มจากเกณฑ์ปี ${edition.basedOn})` : "";
    const fromEn = edition.basedOn !== undefined ? ` (started from ${edition.basedOn})` : "";
    const fix = agencyFile
      ? { th: 'แล้วแก้ "provisional" เป็น false ในไฟล์นี้', en: 'then set "provisional" to false in this file' }
      : { th: `แล้วสร้างไฟล์นี้เป็น { "edition": ${e}, "provisional": false } พร้อมส่วนที่ต้องแก้`, en: `then create this file as { "edition": ${e}, "provisional": false } with your corrections` };
    return warning(
      file,
      {
        th: `เกณฑ์ ITA ปี ${e}${from} ที่ใช้กับปี ${ys.join(" ")} เป็นฉบับชั่วคราว ยังไม่ได้ยืนยันกับคู่มือ ป.ป.ช. ตรวจรายการข้อ น้ำหนัก และระดับผลกับคู่มือ ${fix.th}`,
        en: `ITA edition ${e}${fromEn}, used by ${ys.join(", ")}, is provisional (not confirmed against the NACC manual): check its items, weights and rating levels against the manual, ${fix.en}`,
      },
      "provisional",
    );
  });
}

/**
 * Give each item with a role the site's own pages it stands for: the item for
 * the analysis links the previous year's analysis, printable report and
 * measures; the item for the measures' progress links the measures carried out
 * in the period it reports on (the assessed year, or the year before when its
 * window is the previous year). Pages the agency already lists are not repeated.
 */
export function linkRoles(years: readonly YearView[], digits: Digits): void {
  const byYear = new Map(years.map((y) => [y.fiscalYear, y]));
  const d = (n: number) => toDigits(n, digits);
  for (const y of years) {
    for (const item of y.oit?.items ?? []) {
      if (!item.role) continue;
      const pages: RelatedPage[] = [];
      if (item.role === "analysis") {
        const prev = byYear.get(y.fiscalYear - 1);
        if (prev?.result) {
          pages.push({ title: `การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${d(prev.fiscalYear)}`, href: `/${prev.fiscalYear}/analysis/` });
          pages.push({ title: `รายงานการวิเคราะห์ผลการประเมิน ITA ปี ${d(prev.fiscalYear)} และมาตรการ ฉบับสำหรับพิมพ์`, href: `/${prev.fiscalYear}/analysis/report/` });
        }
        if (prev?.measures) {
          pages.push({ title: `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ${d(prev.measures.implementationYear)}`, href: `/${prev.fiscalYear}/measures/` });
        }
      } else {
        const target = item.window === "previousYear" ? y.fiscalYear - 1 : y.fiscalYear;
        for (const m of years) {
          if (m.measures?.implementationYear === target) {
            pages.push({ title: `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ${d(target)} และความก้าวหน้า`, href: `/${m.fiscalYear}/measures/` });
          }
        }
      }
      const listed = new Set((item.evidence?.documents ?? []).map((doc) => doc.href));
      item.related = pages.filter((p) => !listed.has(p.href));
    }
  }
}

/** How sure, in Thai, for staff. */
const CONFIDENCE_TH: Record<Confidence, string> = {
  verified: "ยืนยันจากเอกสารที่อ้างถึง",
  corroborated: "พบตรงกันในสำเนาของหน่วยงานอื่น ยังไม่ได้ยืนยันกับคู่มือ ป.ป.ช.",
  unverified: "ยังไม่ได้ยืนยัน",
};

/** The same, short, for a column of the staff sheet. */
export const CONFIDENCE_SHORT: Record<Confidence, string> = {
  verified: "ยืนยันแล้ว",
  corroborated: "พบในสำเนาของหน่วยงานอื่น",
  unverified: "ยังไม่ได้ยืนยัน",
};

/** O1–O4, O6, O9 from codes in order: consecutive numbers are written as a range. */
export function codeRanges(codes: readonly string[]): string {
  const nos = codes.map((c) => Number(c.slice(1))).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < nos.length; ) {
    let j = i;
    while (j + 1 < nos.length && nos[j + 1] === nos[j]! + 1) j++;
    parts.push(j - i >= 2 ? `O${nos[i]}–O${nos[j]}` : nos.slice(i, j + 1).map((n) => `O${n}`).join(", "));
    i = j + 1;
  }
  return parts.join(", ");
}

/**
 * What staff should know of the edition a year is built on, for `npm run check`
 * and the ITAS staff sheet (never for citizens' pages): whether it is
 * provisional or incomplete, where it comes from and how sure it is, the items
 * not confirmed against the NACC manual, the titles and windows to confirm,
 * and the scoring rules that are not verified. Thai first, then English.
 */
export function staffNotes(year: YearView, digits: Digits): Bilingual[] {
  const e = year.edition;
  const d = (n: number | string) => toDigits(n, digits);
  const file = `data/editions/${e.edition}.json`;
  const notes: Bilingual[] = [];
  if (e.provisional) {
    notes.push({
      th: `เกณฑ์ ITA ปี ${d(e.edition)} เป็นฉบับชั่วคราว${e.basedOn !== undefined ? ` เริ่มจากเกณฑ์ปี ${d(e.basedOn)}` : ""} ยังไม่ได้ยืนยันกับคู่มือ ป.ป.ช. ตรวจแล้วแก้ที่ ${file}`,
      en: `edition ${e.edition} is provisional${e.basedOn !== undefined ? ` (started from ${e.basedOn})` : ""}: check it against the NACC manual and correct it in ${file}`,
    });
  }
  notes.push({ th: `ที่มาของเกณฑ์ปี ${d(e.edition)} (${CONFIDENCE_TH[e.confidence]}): ${e.source}`, en: `edition ${e.edition} as a whole is ${e.confidence}; its source is given in Thai above` });
  if (year.oit) {
    const items = year.oit.items;
    if (!e.complete) {
      notes.push({
        th: `รายการข้อของเกณฑ์ปี ${d(e.edition)} ยังไม่ครบ เพิ่มหรือแก้ข้อได้ที่ ${file} (ทุกปีที่ใช้เกณฑ์นี้) หรือ data/${year.fiscalYear}/oit.json (เฉพาะปีนี้)`,
        en: `the item list of edition ${e.edition} is incomplete: add or correct items in ${file} (every year on this edition) or data/${year.fiscalYear}/oit.json (this year only)`,
      });
    }
    const unconfirmed = items.filter((i) => i.confidence !== "verified").map((i) => i.code);
    if (unconfirmed.length) {
      notes.push({
        th: `รายการนี้ยังไม่ได้ยืนยันกับคู่มือ ป.ป.ช. (${d(unconfirmed.length)} ข้อ): ${codeRanges(unconfirmed)}`,
        en: `${unconfirmed.length} item(s) not yet confirmed against the NACC manual: ${codeRanges(unconfirmed)}`,
      });
    }
    const untitled = items.filter((i) => !i.titleKnown);
    if (untitled.length) {
      const list = untitled.map((i) => `${i.code.toUpperCase()}${i.titleGuess ? ` (อาจเป็น "${i.titleGuess}")` : ""}`).join(", ");
      notes.push({
        th: `ชื่อข้อที่ยังไม่ทราบ รอยืนยัน: ${list} ใส่ชื่อจากคู่มือ ป.ป.ช. ใน ${file} เว็บไซต์แสดงเฉพาะรหัสข้อจนกว่าจะใส่ชื่อ`,
        en: `titles to confirm: ${untitled.map((i) => i.code.toUpperCase()).join(", ")}; give them from the NACC manual in ${file} (pages show only the code until then)`,
      });
    }
    const noWindow = items.filter((i) => i.window === undefined).map((i) => i.code);
    if (noWindow.length) {
      notes.push({
        th: `ยังไม่ทราบช่วงเวลาของหลักฐาน (นับหลักฐานทุกวันที่): ${codeRanges(noWindow)}`,
        en: `evidence window not known (evidence of any date counts): ${codeRanges(noWindow)}`,
      });
    }
  }
  if (year.result) {
    const w = e.weights;
    const wc = w.confidence ?? e.confidence;
    if (wc !== "verified") {
      notes.push({
        th: `น้ำหนัก IIT/EIT/OIT ${d(`${w.IIT}/${w.EIT}/${w.OIT}`)} ${CONFIDENCE_TH[wc]}${w.source ? `: ${w.source}` : ""}`,
        en: `weights IIT/EIT/OIT ${w.IIT}/${w.EIT}/${w.OIT} are ${wc}`,
      });
    }
    const levels = e.rating.levels.filter((l) => (l.confidence ?? e.rating.confidence ?? e.confidence) !== "verified");
    if (levels.length) {
      const conf = (l: (typeof levels)[number]) => l.confidence ?? e.rating.confidence ?? e.confidence;
      notes.push({
        th: `ระดับผลที่ยังไม่ได้ยืนยัน: ${levels.map((l) => `${l.label} (${CONFIDENCE_SHORT[conf(l)]})`).join(", ")} แก้ได้ที่ ${file}`,
        en: `rating levels not verified: ${levels.map((l) => `${l.label} (${conf(l)})`).join(", ")}; correct them in ${file}`,
      });
    }
  }
  return notes;
}

/**
 * An agency's own edition for `year`, started from `from` (what `npm run
 * new-year -- <year> --from=<edition>` writes): the same rules and items,
 * marked provisional and unverified as a whole. The parts' own provenance is
 * dropped, because nothing is known of them for the new year yet.
 */
export function editionFrom(from: Edition, year: number): Edition {
  const strip = <T extends { confidence?: unknown; source?: unknown }>(x: T): Omit<T, "confidence" | "source"> => {
    const { confidence: _c, source: _s, ...rest } = x;
    return rest;
  };
  return {
    edition: year,
    complete: from.complete,
    provisional: true,
    basedOn: from.edition,
    confidence: "unverified",
    source: `เริ่มจากเกณฑ์ ITA ปี ${from.edition} ด้วย npm run new-year ยังไม่ได้ตรวจกับคู่มือ ป.ป.ช. ปี ${year}`,
    note: `Started from edition ${from.edition} with npm run new-year. Check every item, the weights and the rating levels against the NACC's ITA ${year} manual, correct this file, then set "provisional" to false.`,
    weights: strip(from.weights),
    rating: { levels: from.rating.levels.map(strip) },
    indicators: from.indicators.map((i) => ({ ...i })),
    oit: { subIndicators: from.oit.subIndicators.map(strip), items: from.oit.items.map(strip) },
  };
}

