/**
 * @fileoverview The site's pages for sitemap.xml, from the model rather than
 * from the pages Eleventy happened to render: the live preview renders only
 * the pages an edit touches, and the sitemap must still list them all
 * (RenderPlan.all, so the records are made once per build).
 */
import type { PageRecords } from "./render-plan.ts";

/** The pages that are on every site: home, open data, search, the site map and the trends page. */
const FIXED = ["/", "/open-data/", "/search/", "/sitemap/", "/trends/"];

/**
 * Every HTML page a search engine should know, root-relative, sorted: the
 * fixed pages, each year's pages, every OIT item and entry page and the
 * agency's own pages. Not the printable reports (the analysis page is their
 * canonical page), the 404 page or the open-data files.
 */
export function sitemapPaths(r: PageRecords): string[] {
  const paths = [
    ...FIXED,
    ...r.years.map((y) => `/${y.fiscalYear}/`),
    ...r.resultYears.map((y) => `/${y.fiscalYear}/analysis/`),
    ...r.yearsWithMeasures.map((y) => `/${y.fiscalYear}/measures/`),
    ...r.oitYears.flatMap((y) => [`/${y.fiscalYear}/oit/`, `/${y.fiscalYear}/oit/itas/`]),
    ...r.oitPages.map((p) => p.meta.permalink),
    ...r.oitEntryPages.map((p) => p.meta.permalink),
    ...r.policyPages.map((p) => p.meta.permalink),
  ];
  return [...new Set(paths)].sort();
}
