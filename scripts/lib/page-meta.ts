/**
 * The per-page strings of the pages a large agency has thousands of (one per
 * OIT item per year, one per entry such as a procurement notice): URL, title,
 * description and the breadcrumb values the base layout reads.
 *
 * They are computed here once per page, in plain code, and the base layout
 * reads them from the page record (`p.meta`), instead of `eleventyComputed`:
 * Eleventy renders computed strings through Nunjucks and analyses their
 * dependencies for every page of a pagination, which on a 5,000-page agency
 * was about a quarter of its time. Plain values also escape once, where the
 * layout prints them (a rendered string was escaped a second time).
 */
import type { OitEntryView, OitItemView } from "./oit.ts";
import { type Digits, toDigits } from "./thai.ts";

export interface PageMeta {
  permalink: string;
  title: string;
  description: string;
  /** breadcrumb values (see layouts/partials/breadcrumbs.njk); "" when absent */
  crumbYear: string;
  crumbOit: string;
  crumbItem: string;
}

/**
 * The permanent page of one OIT item in one year: /<year>/oit/<code>/. An item
 * whose title is not known is named by its code alone (its title is "ข้อ O2").
 */
export function oitItemMeta(fiscalYear: number, item: Pick<OitItemView, "code" | "title"> & { titleKnown?: boolean }, digits: Digits): PageMeta {
  const code = item.code.toUpperCase();
  const known = item.titleKnown !== false;
  return {
    permalink: `/${fiscalYear}/oit/${item.code}/`,
    // the catalogue's wording follows the site's digits (รอบ 6 เดือน → รอบ ๖ เดือน); the code stays O12
    title: known ? `${code} ${toDigits(item.title, digits)}` : item.title,
    description: `ข้อ ${code} ของแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปี ${toDigits(fiscalYear, digits)}${known ? `: ${toDigits(item.title, digits)}` : ""}`,
    crumbYear: String(fiscalYear),
    crumbOit: "1",
    crumbItem: "",
  };
}

/** One entry of an item (a notice, a report): its own page under the item's. */
export function oitEntryMeta(fiscalYear: number, item: Pick<OitItemView, "code" | "title"> & { titleKnown?: boolean }, entry: Pick<OitEntryView, "href" | "title">, digits: Digits): PageMeta {
  return {
    permalink: entry.href,
    title: entry.title,
    description: `${item.titleKnown === false ? item.title : `${item.code.toUpperCase()} ${toDigits(item.title, digits)}`} ปี ${toDigits(fiscalYear, digits)}: ${entry.title}`,
    crumbYear: String(fiscalYear),
    crumbOit: "1",
    crumbItem: item.code,
  };
}
