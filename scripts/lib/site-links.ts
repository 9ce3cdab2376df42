/**
 * @fileoverview What the site publishes, as one set of paths, and the checks
 * against it: a `page:` document link and every link written in staff
 * Markdown must land on something the build publishes, and an image in staff
 * Markdown must be a picture kept in the repository (never another host's:
 * the site loads nothing from third parties, and its policy would block it).
 */
import path from "node:path";
import { type LoadContext, keepDocument } from "./load-context.ts";
import { IMAGE_TYPES } from "./documents.ts";
import { error } from "./problems.ts";
import type { YearModel } from "./load-data.ts";
import type { PolicyPage } from "./load-pages.ts";

/** Pages the product's templates always make, besides the years' pages and the agency's own pages. */
export const TEMPLATE_PAGES = ["/", "/open-data/", "/trends/", "/search/", "/sitemap/", "/feed.xml", "/sitemap.xml"];

/** The pages a model generates for its years, for checking links written by staff. */
export function yearPages(years: readonly YearModel[]): Set<string> {
  const pages = new Set<string>();
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

/** Attribute values of one kind in rendered Markdown (markdown-it escapes & and " in them). */
function attributes(html: string, tag: string, attr: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, "g");
  return [...html.matchAll(re)].map((m) => m[1]!.replace(/&amp;/g, "&").replace(/&quot;/g, '"'));
}

/**
 * Check every link and image of staff Markdown, and every `page:` link, against
 * what the site publishes. Images kept in a year's documents/ folder are
 * published by this check. `unloaded` holds the years whose own files failed:
 * links into them are not blamed on the linking file.
 */
export function checkSiteLinks(ctx: LoadContext, years: readonly YearModel[], pages: readonly PolicyPage[], unloaded: ReadonlySet<number>): void {
  const generated = yearPages(years);
  // images first: an image shown on one page may also be linked from another
  for (const { file, html } of ctx.staffHtml) {
    for (const src of attributes(html, "img", "src")) {
      const m = /^\/(\d{4})\/(documents\/[A-Za-z0-9._\-/]+)$/.exec(src);
      if (!m) {
        ctx.problems.push(
          error(file, {
            th: `รูปภาพ ${src.slice(0, 80)} ต้องเป็นไฟล์ในเว็บไซต์นี้ วางรูปไว้ใน content/<ปี>/documents/ แล้วเขียน ![คำอธิบายรูป](/<ปี>/documents/<ชื่อไฟล์>)`,
            en: `the image ${src.slice(0, 80)} must be a file of this site: put it in content/<year>/documents/ and write ![description](/<year>/documents/<file name>)`,
          }),
        );
        continue;
      }
      const kept = keepDocument(ctx, Number(m[1]), m[2]!, file, "", () => undefined);
      if (kept && !IMAGE_TYPES.has(kept.type)) {
        ctx.problems.push(error(file, { th: `${src} ไม่ใช่รูปภาพ (PNG JPEG GIF หรือ WebP) ให้ลิงก์ไปที่ไฟล์แทนการแสดงเป็นรูป`, en: `${src} is not an image (PNG, JPEG, GIF or WebP): link to it instead of showing it` }));
      }
    }
  }
  const published = new Set([...generated, ...TEMPLATE_PAGES, ...pages.map((p) => p.meta.permalink), ...ctx.published.keys()]);
  const intoUnloadedYear = (href: string): boolean => unloaded.has(Number(/^\/(\d{4})\//.exec(href)?.[1]));
  /** The link lands on a published page or file (a folder link may leave out its last "/"). */
  const lands = (href: string): boolean =>
    published.has(href) || (!href.endsWith("/") && !path.posix.basename(href).includes(".") && published.has(`${href}/`)) || intoUnloadedYear(href);
  const examples = [...generated].slice(0, 4).join(" ");
  for (const link of ctx.pageLinks) {
    if (!lands(link.page)) {
      ctx.problems.push(error(link.file, { th: `ไม่มีหน้า ${link.page} ในเว็บไซต์นี้ หน้าที่มีเช่น ${examples}`, en: `there is no page ${link.page} on this site; pages look like ${examples}` }, link.field, link.line?.()));
    }
  }
  for (const { file, html } of ctx.staffHtml) {
    for (const href of attributes(html, "a", "href")) {
      const local = /^(\/[^#?]*)/.exec(href)?.[1];
      if (local === undefined) continue;
      if (!lands(local)) {
        ctx.problems.push(error(file, { th: `ลิงก์ ${local} ไม่มีหน้านี้ในเว็บไซต์ แก้ลิงก์ (หน้าของปีเขียนแบบ /2565/analysis/)`, en: `the link ${local} leads to no page of this site: fix it (year pages look like /2565/analysis/)` }));
      }
    }
  }
}
