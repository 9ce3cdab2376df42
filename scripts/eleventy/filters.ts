/**
 * Filters: named exactly like the lib functions they expose. Number and date
 * filters read the site's digit choice from the template context.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { indicatorPhrase, summarySentences, toolSentences } from "../lib/analysis.ts";
import type { ItaResult } from "../lib/ita.ts";
import { FIELD_LABELS, MEASURE_STATUS_LABELS, OIT_STATUS_LABELS, TOOL_LABELS, fileKind, fileSize } from "../lib/labels.ts";
import { itaCsv, itaJson, oitCsv, oitJson, openDataMeta } from "../lib/open-data.ts";
import { type CatalogYear, dcatCatalog, itaCsvw, oitCsvw } from "../lib/catalog.ts";
import type { Licence } from "../lib/licence.ts";
import type { OitYear } from "../lib/oit.ts";
import type { Site } from "../lib/schema.ts";
import { WINDOW_LABELS, absoluteUrl } from "../lib/oit.ts";
import { rfc3339 } from "../lib/feed.ts";
import { META_CONTENT_SECURITY_POLICY, headersFile } from "../lib/security.ts";
import { CONFIDENCE_SHORT, type YearView, staffNotes } from "../lib/editions.ts";
import type { Confidence } from "../lib/schema.ts";
import { indicatorBarChart, toolBarChart, trendChart } from "../lib/charts.ts";
import { type YearComparison, trendSentences, trendSeries } from "../lib/trends.ts";
import { type Digits, formatDelta, formatScore, thaiDate, thaiDateRange, thaiMonthYear, toDigits } from "../lib/thai.ts";

type Ctx = { ctx?: { site?: { digits?: Digits } } };
const digitsOf = (self: unknown): Digits => (self as Ctx)?.ctx?.site?.digits ?? "arabic";
/** The agency, its data licence and the path prefix, for the open-data files' metadata and absolute URLs. */
const openDataOf = (self: unknown) => {
  const ctx = (self as { ctx: { site: Site; licence: Licence; pathPrefix: string } }).ctx;
  return { site: ctx.site, licence: ctx.licence, pathPrefix: ctx.pathPrefix };
};

export default function filters(eleventyConfig: UserConfig) {
  // the public Content-Security-Policy again in each page's head (base.njk, report.njk)
  eleventyConfig.addGlobalData("metaContentSecurityPolicy", META_CONTENT_SECURITY_POLICY);
  eleventyConfig.addFilter("score", function (this: unknown, v: number) {
    return formatScore(v, digitsOf(this));
  });
  eleventyConfig.addFilter("delta", function (this: unknown, v: number) {
    return formatDelta(v, digitsOf(this));
  });
  eleventyConfig.addFilter("digits", function (this: unknown, v: string | number) {
    return toDigits(v, digitsOf(this));
  });
  // a pure function of its arguments, and Luxon is slow: an item page lists hundreds of dated
  // entries, so each distinct (date, digits) is formatted once per process. Anything but an ISO
  // date string throws (thai.ts): a raw JavaScript value never reaches a page.
  const thaiDates = new Map<string, string>();
  eleventyConfig.addFilter("thaiDate", function (this: unknown, iso: string) {
    const digits = digitsOf(this);
    if (typeof iso !== "string") return thaiDate(iso, digits);
    const key = `${digits}:${iso}`;
    let out = thaiDates.get(key);
    if (out === undefined) thaiDates.set(key, (out = thaiDate(iso, digits)));
    return out;
  });
  eleventyConfig.addFilter("thaiDateRange", function (this: unknown, start: string, end: string) {
    return thaiDateRange(start, end, digitsOf(this));
  });
  eleventyConfig.addFilter("thaiMonthYear", function (this: unknown, iso: string) {
    return thaiMonthYear(iso, digitsOf(this));
  });
  eleventyConfig.addFilter("summarySentences", function (this: unknown, r: ItaResult) {
    return summarySentences(r, digitsOf(this));
  });
  eleventyConfig.addFilter("toolSentences", function (this: unknown, r: ItaResult) {
    return toolSentences(r, digitsOf(this));
  });
  eleventyConfig.addFilter("indicatorPhrase", function (this: unknown, r: ItaResult, no: number, withScore = true) {
    return indicatorPhrase(r, no, digitsOf(this), withScore);
  });
  // charts: inline SVG built at build time; the caller passes a page-unique id, a title and a description
  eleventyConfig.addFilter("indicatorChart", function (this: unknown, r: ItaResult, id: string, title: string, description: string) {
    return indicatorBarChart(r, { digits: digitsOf(this), id, title, description });
  });
  eleventyConfig.addFilter("toolChart", function (this: unknown, r: ItaResult, id: string, title: string, description: string) {
    return toolBarChart(r, { digits: digitsOf(this), id, title, description });
  });
  eleventyConfig.addFilter("trendChart", function (this: unknown, trends: YearComparison[], id: string, title: string, description: string) {
    return trendChart(trendSeries(trends, digitsOf(this)), { digits: digitsOf(this), id, title, description });
  });
  eleventyConfig.addFilter("indicatorChange", (c: YearComparison, no: number) => c.change?.indicators.find((i) => i.no === no));
  eleventyConfig.addFilter("indicatorScore", (c: YearComparison, no: number) => c.indicators.find((i) => i.no === no)?.score);
  eleventyConfig.addFilter("trendSentences", function (this: unknown, c: YearComparison) {
    return trendSentences(c, digitsOf(this));
  });
  eleventyConfig.addFilter("toolLabel", (tool: keyof typeof TOOL_LABELS) => TOOL_LABELS[tool].th);
  eleventyConfig.addFilter("statusLabel", (status: string) => MEASURE_STATUS_LABELS[status] ?? status);
  eleventyConfig.addFilter("fieldLabel", (field: string) => FIELD_LABELS[field] ?? field);
  eleventyConfig.addFilter("rankedIndicators", (r: ItaResult) => r.ranking.map((no) => r.indicators.find((i) => i.no === no)!));
  // open data: each JSON file carries its licence, publisher and page; each CSV has a CSVW description
  eleventyConfig.addFilter("itaJson", function (this: unknown, r: ItaResult) {
    const { site, licence, pathPrefix } = openDataOf(this);
    return itaJson(r, openDataMeta(site, licence, pathPrefix, `/${r.fiscalYear}/`));
  });
  eleventyConfig.addFilter("oitJson", function (this: unknown, oit: OitYear) {
    const { site, licence, pathPrefix } = openDataOf(this);
    return oitJson(oit, site.baseUrl, pathPrefix, openDataMeta(site, licence, pathPrefix, `/${oit.fiscalYear}/oit/`));
  });
  eleventyConfig.addFilter("itaCsvw", function (this: unknown, fiscalYear: number) {
    const { site, licence, pathPrefix } = openDataOf(this);
    return itaCsvw(fiscalYear, site, licence, pathPrefix);
  });
  eleventyConfig.addFilter("oitCsvw", function (this: unknown, fiscalYear: number) {
    const { site, licence, pathPrefix } = openDataOf(this);
    return oitCsvw(fiscalYear, site, licence, pathPrefix);
  });
  eleventyConfig.addFilter("dcatCatalog", function (this: unknown, years: CatalogYear[]) {
    const { site, licence, pathPrefix } = openDataOf(this);
    return dcatCatalog(site, licence, pathPrefix, years);
  });
  eleventyConfig.addFilter("oitCsv", function (this: unknown, oit: OitYear) {
    const { site, pathPrefix } = openDataOf(this);
    return oitCsv(oit, site.baseUrl, pathPrefix);
  });
  eleventyConfig.addFilter("absoluteUrl", absoluteUrl);
  eleventyConfig.addFilter("rfc3339", rfc3339);
  eleventyConfig.addFilter("headersFile", headersFile);
  // an item whose window is not known has none: "—"
  eleventyConfig.addFilter("windowLabel", (w: keyof typeof WINDOW_LABELS | undefined) => (w ? WINDOW_LABELS[w] : "—"));
  // for the ITAS staff sheet only: provenance never goes on citizens' pages
  eleventyConfig.addFilter("staffNotes", function (this: unknown, y: YearView) {
    return staffNotes(y, digitsOf(this));
  });
  eleventyConfig.addFilter("confidenceLabel", (c: Confidence) => CONFIDENCE_SHORT[c]);
  eleventyConfig.addFilter("oitStatusLabel", (s: string) => OIT_STATUS_LABELS[s] ?? s);
  eleventyConfig.addFilter("fileSize", function (this: unknown, bytes: number) {
    return toDigits(fileSize(bytes), digitsOf(this));
  });
  eleventyConfig.addFilter("fileKind", fileKind);
  eleventyConfig.addFilter("itaCsv", itaCsv);
}
