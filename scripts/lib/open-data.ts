/**
 * @fileoverview The open-data files of a year: the computed result as JSON
 * (the shape documented in the README) and one CSV row per indicator. Each
 * JSON file carries its licence, its publisher and the page it belongs to; a
 * CSV file cannot, so catalog.ts describes it in a CSVW file beside it.
 */
import { stringify } from "csv-stringify/sync";
import type { ItaResult } from "./ita.ts";
import { type OitYear, absoluteUrl, itasSheet } from "./oit.ts";
import { round2 } from "./numbers.ts";
import type { Licence } from "./licence.ts";

/** What every open-data file says about itself: under which licence, by whom, for which page. */
export interface OpenDataMeta {
  licence: { id?: string; title: string; url: string };
  publisher: { name: string; url: string };
  /** The page of the site the data belongs to (absolute URL). */
  landingPage: string;
  /** The DCAT catalogue that lists it (absolute URL). */
  catalog: string;
}

/** The metadata of a file that belongs to the page at `sitePath` (e.g. /2565/). */
export function openDataMeta(site: { name: { th: string }; baseUrl: string }, licence: Licence, pathPrefix: string, sitePath: string): OpenDataMeta {
  return {
    licence: { ...(licence.id ? { id: licence.id } : {}), title: licence.title, url: licence.url },
    publisher: { name: site.name.th, url: absoluteUrl(site.baseUrl, pathPrefix, "/") },
    landingPage: absoluteUrl(site.baseUrl, pathPrefix, sitePath),
    catalog: absoluteUrl(site.baseUrl, pathPrefix, "/open-data/catalog.json"),
  };
}

/** The computed result of one year, numbers rounded to two decimals. */
export function itaOpenData(r: ItaResult): ItaResult {
  return {
    fiscalYear: r.fiscalYear,
    edition: r.edition,
    total: round2(r.total),
    rating: r.rating,
    tools: {
      IIT: { score: round2(r.tools.IIT.score), weight: r.tools.IIT.weight },
      EIT: { score: round2(r.tools.EIT.score), weight: r.tools.EIT.weight },
      OIT: { score: round2(r.tools.OIT.score), weight: r.tools.OIT.weight },
    },
    indicators: r.indicators.map((i) => ({ no: i.no, name: i.name, tool: i.tool, score: round2(i.score), rank: i.rank, strength: i.strength })),
    ranking: r.ranking,
    strengths: r.strengths,
    toImprove: r.toImprove,
    lowestPerTool: r.lowestPerTool,
    discrepancies: r.discrepancies,
  };
}

/** ita.json: the computed result, then the file's own metadata (licence, publisher, page, catalogue). */
export function itaJson(r: ItaResult, meta: OpenDataMeta): string {
  return JSON.stringify({ ...itaOpenData(r), ...meta }, null, 2);
}

/**
 * CSV for spreadsheet programs: UTF-8 with a BOM so they show Thai correctly, and
 * a cell that starts with = + - @ (or a tab or return) prefixed with ' so that
 * no text a clerk typed runs as a formula when the file is opened (OWASP's
 * advice against CSV injection).
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return "\uFEFF" + stringify(rows as (string | number)[][], { escape_formulas: true });
}

export function itaCsv(r: ItaResult): string {
  const rows = r.indicators.map((i) => [r.fiscalYear, i.no, i.name, i.tool, i.score.toFixed(2), i.rank, i.strength ? "yes" : "no"]);
  return toCsv([["fiscalYear", "no", "name", "tool", "score", "rank", "strength"], ...rows]);
}

/** The ITAS sheet and the evidence of a year's OIT items, for other tools and for staff. */
export function oitOpenData(oit: OitYear, baseUrl: string, pathPrefix: string) {
  const rows = itasSheet(oit, baseUrl, pathPrefix);
  return {
    fiscalYear: oit.fiscalYear,
    edition: oit.edition,
    editionComplete: oit.complete,
    readiness: oit.readiness,
    items: oit.items.map((item, n) => ({
      ...rows[n]!,
      // the title is "ข้อ O2" until the agency gives it: say so to machines too
      ...(item.titleKnown ? {} : { titleKnown: false }),
      indicator: item.indicator,
      subIndicator: item.subIndicator,
      window: item.window,
      // the window's dates for programs (ISO); the reason repeats them as Thai dates for people
      ...(item.range ? { windowStart: item.range.start, windowEnd: item.range.end } : {}),
      reason: item.reason,
      // example content, not the agency's real evidence
      ...(item.sample ? { sample: true } : {}),
      entries: item.evidence?.entries.length ?? 0,
      documents: (item.evidence?.documents ?? []).map((d) => ({
        title: d.title,
        date: d.date,
        url: /^https?:/.test(d.href) ? d.href : absoluteUrl(baseUrl, pathPrefix, d.href),
        ...(d.type !== undefined ? { type: d.type, size: d.size, sha256: d.sha256 } : {}),
      })),
    })),
  };
}

/** oit.json: the ITAS sheet and the evidence, then the file's own metadata. */
export function oitJson(oit: OitYear, baseUrl: string, pathPrefix: string, meta: OpenDataMeta): string {
  return JSON.stringify({ ...oitOpenData(oit, baseUrl, pathPrefix), ...meta }, null, 2);
}

/** The ITAS sheet as CSV (UTF-8 with BOM): code,title,answer,url,updated,status. */
export function oitCsv(oit: OitYear, baseUrl: string, pathPrefix: string): string {
  const rows = itasSheet(oit, baseUrl, pathPrefix).map((r) => [r.code, r.title, r.answer, r.url, r.updated, r.status]);
  return toCsv([["code", "title", "answer", "url", "updated", "status"], ...rows]);
}
