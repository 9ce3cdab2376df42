/**
 * @fileoverview Entries of the site's Atom feed: pages that carry a date in
 * the agency's data (results, measures, OIT evidence), newest first. Dates
 * come from the data only, so the same input gives the same feed.
 */
import type { YearModel } from "./load-data.ts";
import { fiscalYearRange } from "./fiscal-year.ts";
import { oitItemMeta } from "./page-meta.ts";
import { type Digits, toDigits } from "./thai.ts";

export interface FeedEntry {
  /** Site path, e.g. /2565/analysis/ */
  path: string;
  title: string;
  /** ISO date (C.E.) the page's content was last updated. */
  updated: string;
}

/** RFC 3339 timestamp for an ISO date at midnight in Bangkok. */
export function rfc3339(isoDate: string): string {
  return `${isoDate}T00:00:00+07:00`;
}

/** Every dated page of the model, newest first (ties: by path), titled as the pages are (in the agency's digits). */
export function feedEntries(years: readonly YearModel[], digits: Digits = "arabic"): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const y of years) {
    const year = toDigits(y.fiscalYear, digits);
    if (y.result) {
      const updated = y.ita?.source?.date ?? fiscalYearRange(y.fiscalYear).end;
      entries.push({ path: `/${y.fiscalYear}/analysis/`, title: `การวิเคราะห์ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ${year}`, updated });
    }
    if (y.measures?.adopted) {
      const title = `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ${toDigits(y.measures.implementationYear, digits)}`;
      entries.push({ path: `/${y.fiscalYear}/measures/`, title, updated: y.measures.adopted });
    }
    for (const item of y.oit?.items ?? []) {
      if (item.status === "published" && item.updated) {
        const meta = oitItemMeta(y.fiscalYear, item, digits);
        entries.push({ path: meta.permalink, title: `${meta.title} (ITA ${year})${item.sample ? " (ข้อมูลตัวอย่าง)" : ""}`, updated: item.updated });
      }
    }
  }
  return entries.sort((a, b) => (a.updated === b.updated ? a.path.localeCompare(b.path) : a.updated < b.updated ? 1 : -1));
}
