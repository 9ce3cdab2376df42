/**
 * @fileoverview Reading a year's OIT evidence: one Markdown file per item
 * (`content/<year>/oit/<code>.md`) and, for an item that publishes many things,
 * a folder of entries (`content/<year>/oit/<code>/<slug>.md`). Their documents
 * are checked and kept through the load context.
 */
import path from "node:path";
import type { OitEvidence } from "./oit.ts";
import { error } from "./problems.ts";
import { type DocumentRef, oitEntrySchema, oitItemFrontMatterSchema } from "./schema.ts";
import { type LineOf, type LoadContext, futureDate, keepDocument, readOnce, renderMarkdown } from "./load-context.ts";
import { filesOfKind } from "./staff-files.ts";
import { readStaffMarkdown } from "./read-staff.ts";

type Documents = OitEvidence["documents"];

/** A file's documents: kept files are checked and published, pages noted for the link check, dates must have passed. */
function resolveDocuments(ctx: LoadContext, year: number, file: string, docs: readonly DocumentRef[], line: LineOf): Documents {
  const documents: Documents = [];
  docs.forEach((d, i) => {
    futureDate(ctx, file, d.date, `documents.${i}.date`, line, ["documents", i, "date"]);
    if (d.file !== undefined) {
      const kept = keepDocument(ctx, year, d.file, file, `documents.${i}.file`, () => line(["documents", i, "file"]));
      if (kept) documents.push({ ...d, ...kept });
    } else if (d.page !== undefined) {
      ctx.pageLinks.push({ file, field: `documents.${i}.page`, page: d.page, line: () => line(["documents", i, "page"]) });
      documents.push({ ...d, href: d.page });
    } else {
      documents.push({ ...d, href: d.url! });
    }
  });
  return documents;
}

/** Render staff Markdown and note it for the link and image checks. */
function render(ctx: LoadContext, file: string, year: number, body: string): string {
  if (!body) return "";
  const html = renderMarkdown(ctx, body);
  ctx.staffHtml.push({ file, html, year });
  return html;
}

/** Entries of an item (e.g. each procurement notice of o20), newest first. */
function loadEntries(ctx: LoadContext, year: number, code: string): OitEvidence["entries"] {
  const entries: OitEvidence["entries"] = [];
  for (const f of filesOfKind(ctx.staff, "oit-entry", `content/${year}/oit/${code}/`)) {
    const slug = path.posix.basename(f.rel, ".md");
    const md = readOnce(ctx, "oit-entry", f, (problems) => readStaffMarkdown(f, oitEntrySchema, problems));
    if (!md) continue;
    futureDate(ctx, f.rel, md.data.date, "date", md.line, ["date"]);
    entries.push({
      slug,
      title: md.data.title,
      date: md.data.date,
      href: `/${year}/oit/${code}/${slug}/`,
      documents: resolveDocuments(ctx, year, f.rel, md.data.documents, md.line),
      html: render(ctx, f.rel, year, md.body),
      ...(md.data.sample ? { sample: true } : {}),
    });
  }
  return entries.sort((a, b) => (a.date === b.date ? a.slug.localeCompare(b.slug) : a.date < b.date ? 1 : -1));
}

/** Read the year's OIT evidence: one file per item, and optionally a folder of entries per item. */
export function loadOitEvidence(ctx: LoadContext, year: number): Map<string, OitEvidence> {
  const evidence = new Map<string, OitEvidence>();
  for (const f of filesOfKind(ctx.staff, "oit-item", `content/${year}/oit/`)) {
    const md = readOnce(ctx, "oit-item", f, (problems) => readStaffMarkdown(f, oitItemFrontMatterSchema, problems));
    if (!md) continue;
    const { data: item, line } = md;
    const name = path.posix.basename(f.rel);
    if (`${item.code}.md` !== name) {
      const other = `content/${year}/oit/${item.code}.md`;
      ctx.problems.push(
        ctx.staff.files.has(other)
          ? error(f.rel, { th: `ข้อ ${item.code} ซ้ำกับ ${other} หนึ่งข้อมีได้ไฟล์เดียว รวมเนื้อหาแล้วลบไฟล์นี้`, en: `${item.code} is already given by ${other}: one file per item; merge them and delete this one` }, "code", line(["code"]))
          : error(f.rel, { th: `code (${item.code}) ไม่ตรงกับชื่อไฟล์ ตั้งชื่อไฟล์เป็น ${item.code}.md`, en: `code (${item.code}) does not match the file name: name the file ${item.code}.md` }, "code", line(["code"])),
      );
      continue;
    }
    if (item.fiscalYear !== undefined && item.fiscalYear !== year) {
      ctx.problems.push(
        error(f.rel, { th: `ไฟล์นี้เป็นของปี ${item.fiscalYear} แต่อยู่ในโฟลเดอร์ปี ${year} ย้ายไปที่ content/${item.fiscalYear}/oit/`, en: `this item belongs to ${item.fiscalYear} but sits in the ${year} folder: move it to content/${item.fiscalYear}/oit/` }, "fiscalYear", line(["fiscalYear"])),
      );
      continue;
    }
    futureDate(ctx, f.rel, item.updated, "updated", line, ["updated"]);
    evidence.set(item.code, {
      file: f.rel,
      ...(item.updated ? { updated: item.updated } : {}),
      ...(item.sample ? { sample: true } : {}),
      documents: resolveDocuments(ctx, year, f.rel, item.documents, line),
      entries: [],
      html: render(ctx, f.rel, year, md.body),
      hasBody: md.body.length > 0,
    });
  }
  // folders of entries, e.g. content/2566/oit/o20/notice-001.md
  for (const dir of [...ctx.staff.dirs].filter((d) => path.posix.dirname(d) === `content/${year}/oit`).sort()) {
    const code = path.posix.basename(dir);
    const entries = loadEntries(ctx, year, code);
    const ev = evidence.get(code);
    if (ev) ev.entries = entries;
    else evidence.set(code, { file: `${dir}/`, documents: [], entries, html: "", hasBody: false });
  }
  return evidence;
}
