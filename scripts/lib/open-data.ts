/**
 * @fileoverview The open-data files of a year: the computed result as JSON
 * (the shape documented in the README) and one CSV row per indicator.
 */
import { stringify } from "csv-stringify/sync";
import type { ItaResult } from "./ita.ts";
import { round2 } from "./numbers.ts";

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

export function itaJson(r: ItaResult): string {
  return JSON.stringify(itaOpenData(r), null, 2) + "\n";
}

/** CSV, UTF-8 with a BOM so spreadsheet programs show Thai correctly. */
export function itaCsv(r: ItaResult): string {
  const rows = r.indicators.map((i) => [r.fiscalYear, i.no, i.name, i.tool, i.score.toFixed(2), i.rank, i.strength ? "yes" : "no"]);
  return "\uFEFF" + stringify([["fiscalYear", "no", "name", "tool", "score", "rank", "strength"], ...rows]);
}
