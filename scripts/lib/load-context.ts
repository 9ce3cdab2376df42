/**
 * @fileoverview What the loaders of the agency's files share while they read:
 * the map of staff files, the problems found, today's date, and what the site
 * will publish (documents, links to check). Also the checks every loader needs:
 * dates that must have passed, and documents kept in a year's folder.
 */
import path from "node:path";
import { type StaffFiles, filesOfKind } from "./staff-files.ts";
import { nearest } from "./nearest.ts";
import { type Problem, error } from "./problems.ts";
import { MAX_DOCUMENT_BYTES, checkDocument } from "./documents.ts";
import { readPlainFile } from "./read-staff.ts";
import type { LoadCache } from "./load-cache.ts";
import { markdown } from "./markdown.ts";
import type { StaffFile } from "./staff-files.ts";

/** A file of the agency's published with the site. */
export interface PublishedFile {
  /** Absolute path of the source. */
  source: string;
  /** Site path it is published at, e.g. /2566/documents/o1.pdf */
  href: string;
}

/** A document as published: where, what type, how big, its SHA-256. */
export interface KeptDocument {
  href: string;
  type: string;
  size: number;
  sha256: string;
}

/** The line of a field in the file being read, looked up only when a problem needs it. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

export interface LoadContext {
  root: string;
  /** Today's date (ISO, Asia/Bangkok), for refusing dates in the future. */
  today: string;
  staff: StaffFiles;
  problems: Problem[];
  /** Files to publish, by site path. */
  published: Map<string, PublishedFile>;
  /** `page:` links of documents, checked once every page is known (the line is looked up only for a broken one). */
  pageLinks: { file: string; field: string; page: string; line?: () => number | undefined }[];
  /** Staff Markdown as rendered, for the link and image checks. */
  staffHtml: { file: string; html: string; year?: number }[];
  /** Documents already checked (many items may cite one file), by project-relative path. */
  checked: Map<string, KeptDocument | undefined>;
  /** What a long-running process keeps between loads (the preview); absent in a build. */
  cache?: LoadCache;
}

export function createContext(root: string, today: string, staff: StaffFiles, problems: Problem[], cache?: LoadCache): LoadContext {
  return { root, today, staff, problems, published: new Map(), pageLinks: [], staffHtml: [], checked: new Map(), ...(cache ? { cache } : {}) };
}

/**
 * Read one staff file as `what` (its kind of reading): through the load cache
 * when there is one, so an unchanged file is not read again; its problems are
 * told either way. The value must not be changed by the caller.
 */
export function readOnce<T>(ctx: LoadContext, what: string, file: StaffFile, compute: (problems: Problem[]) => T): T {
  return ctx.cache ? ctx.cache.file(what, file.rel, file.stamp, ctx.problems, compute) : compute(ctx.problems);
}

/** Staff Markdown as HTML (the project's markdown-it: no raw HTML), rendered once per body in the preview. */
export function renderMarkdown(ctx: LoadContext, body: string): string {
  return ctx.cache ? ctx.cache.render(body, (b) => markdown.render(b)) : markdown.render(body);
}

/** A date after today is an error where the field records something that has happened. */
export function futureDate(ctx: LoadContext, file: string, date: string | undefined, field: string, line: LineOf, path: readonly PropertyKey[]): void {
  if (date && date > ctx.today) {
    ctx.problems.push(error(file, { th: `วันที่ ${date} อยู่ในอนาคต ใส่วันที่ที่เกิดขึ้นแล้ว`, en: `the date ${date} is in the future: give a date that has passed` }, field, line(path)));
  }
}

/**
 * Files in the same folder whose name is close to `rel`'s: the same letters in
 * another case, the same name with another extension, or a typo of it (one or
 * two letters off).
 */
function nearMatches(ctx: LoadContext, rel: string): string[] {
  const dir = path.posix.dirname(rel);
  const base = path.posix.basename(rel).toLowerCase();
  const stem = base.replace(/\.[^.]*$/, "");
  const here = filesOfKind(ctx.staff, "document", `${dir}/`)
    .map((f) => f.rel)
    .filter((r) => path.posix.dirname(r) === dir);
  const same = here.filter((r) => {
    const name = path.posix.basename(r).toLowerCase();
    return name === base || name.replace(/\.[^.]*$/, "") === stem;
  });
  if (same.length) return same;
  const typo = nearest(path.posix.basename(rel), here.map((r) => path.posix.basename(r)));
  return typo ? [`${dir}/${typo}`] : [];
}

/**
 * Files in the same folder that were refused for their name (Thai letters,
 * spaces) and are likely the one `rel` cites: the same name with spaces or
 * underscores for hyphens, or, failing that, the files with a non-ASCII name
 * and the same extension (at most three). Renaming that file is the fix.
 */
function refusedMatches(ctx: LoadContext, rel: string): string[] {
  const dir = path.posix.dirname(rel);
  const wanted = path.posix.basename(rel).toLowerCase();
  const ext = path.posix.extname(wanted);
  const refused = [...ctx.staff.refused].filter((r) => path.posix.dirname(r) === dir).sort();
  const squash = (n: string) => n.toLowerCase().replace(/[\s_]+/g, "-");
  const spelled = refused.filter((r) => squash(path.posix.basename(r)) === wanted);
  if (spelled.length) return spelled;
  const foreign = refused.filter((r) => /[^\x20-\x7E]/.test(path.posix.basename(r)) && path.posix.extname(r).toLowerCase() === ext);
  return foreign.length <= 3 ? foreign : [];
}

/** The message for a cited document that is not in its folder, naming what is there instead. */
function missingDocument(ctx: LoadContext, rel: string): { th: string; en: string } {
  const near = nearMatches(ctx, rel);
  if (near.length) {
    return {
      th: `ไม่พบไฟล์เอกสาร ${rel} แต่มีไฟล์ ${near.join(", ")} ในโฟลเดอร์เดียวกัน แก้ชื่อให้ตรงกัน (ตัวพิมพ์เล็ก-ใหญ่และนามสกุลต้องตรง)`,
      en: `document ${rel} not found, but ${near.join(", ")} is in the same folder: make the names match (letter case and extension too)`,
    };
  }
  const renamed = refusedMatches(ctx, rel);
  if (renamed.length) {
    const names = renamed.map((r) => `"${path.posix.basename(r)}"`).join(", ");
    const target = path.posix.basename(rel);
    return {
      th: `ไม่พบไฟล์เอกสาร ${rel} ในโฟลเดอร์มีไฟล์ ${names} ซึ่งตั้งชื่อแบบนี้ไม่ได้ (มีภาษาไทยหรือช่องว่าง) ถ้าเป็นไฟล์เดียวกัน ให้เปลี่ยนชื่อไฟล์นั้นเป็น ${target}`,
      en: `document ${rel} not found; the folder has ${names}, a name that cannot be used (Thai letters or spaces): if it is this document, rename that file to ${target}`,
    };
  }
  return { th: `ไม่พบไฟล์เอกสาร ${rel} วางไฟล์ไว้ที่นั่นหรือแก้ชื่อไฟล์`, en: `document ${rel} not found: put the file there or fix the name` };
}

/**
 * A document kept in `content/<year>/documents/`, checked (type by content,
 * size) and hashed once however many items cite it, and published at
 * `/<year>/documents/…`, a path no generated page uses.
 */
export function keepDocument(ctx: LoadContext, year: number, docPath: string, citedBy: string, field: string, line: () => number | undefined): KeptDocument | undefined {
  const rel = `content/${year}/${docPath}`;
  if (ctx.checked.has(rel)) return ctx.checked.get(rel);
  const file = ctx.staff.files.get(rel);
  if (ctx.staff.refused.has(rel)) {
    ctx.checked.set(rel, undefined); // the map of the folders said why already
    return undefined;
  }
  if (!file || file.kind !== "document") {
    ctx.problems.push(error(citedBy, missingDocument(ctx, rel), field, line()));
    ctx.checked.set(rel, undefined);
    return undefined;
  }
  // read, checked by content and hashed once while the file is unchanged
  const before = ctx.problems.length;
  const check = readOnce(ctx, "document", file, (problems) => {
    const bytes = readPlainFile(file, MAX_DOCUMENT_BYTES, problems, {
      th: `เอกสารใหญ่เกิน ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB ลดขนาดไฟล์ (เช่น สแกนด้วยความละเอียดต่ำลง) หรือแบ่งเป็นหลายไฟล์`,
      en: `the document is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB: make it smaller (e.g. scan at a lower resolution) or split it`,
    });
    if (!bytes) return undefined;
    const checked = checkDocument(rel, bytes);
    if (!checked.ok) {
      problems.push(error(rel, checked.why));
      return undefined;
    }
    return checked;
  });
  if (!check) {
    // the problems name the document; say which file cites it (as copies: the cache keeps its own)
    for (let i = before; i < ctx.problems.length; i++) {
      const p = ctx.problems[i]!;
      ctx.problems[i] = { ...p, th: `${p.th} (อ้างถึงใน ${citedBy})`, en: `${p.en} (cited by ${citedBy})` };
    }
    ctx.checked.set(rel, undefined);
    return undefined;
  }
  const href = `/${year}/${docPath}`;
  ctx.published.set(href, { source: file.abs, href });
  const kept = { href, type: check.type, size: check.size, sha256: check.sha256 };
  ctx.checked.set(rel, kept);
  return kept;
}
