/**
 * @fileoverview The ITA engine: from ten indicator scores and the rules of an
 * edition to tool scores, total, rating, ranking, strengths, the lowest
 * indicator of each tool, and the discrepancies with what the agency reported.
 * The rules are those of shared/domain/README.md; the numbers that vary by
 * edition (weights, rating levels, indicator names) come from edition data.
 */
import { type Fraction, fromHundredths, roundHalfUp, toHundredths } from "./numbers.ts";
import { normalizeThai } from "./thai.ts";

export const TOOLS = ["IIT", "EIT", "OIT"] as const;
export type Tool = (typeof TOOLS)[number];

/** The national pass line, also applied per indicator (strength ≥ 85, to improve < 85). */
export const PASS_LINE = 85;

export interface IndicatorDef {
  no: number;
  name: string;
  tool: Tool;
}

/**
 * A rating level. The first level, in order, whose `min` the rounded total
 * reaches (and whose `toolMin`, if any, every rounded tool score reaches) applies.
 */
export interface RatingLevel {
  label: string;
  min: number;
  toolMin?: number;
}

/** What the engine needs from an edition. */
export interface EditionRules {
  edition: number;
  /** Weight of each tool in the total, in percent (30, 30, 40). */
  weights: Record<Tool, number>;
  rating: { levels: RatingLevel[] };
  indicators: IndicatorDef[];
}

/** What ITAS printed, as the agency copied it; every part optional. */
export interface Reported {
  total?: number;
  rating?: string;
  tools?: Partial<Record<Tool, number>>;
}

export interface ItaInput {
  fiscalYear: number;
  /** Indicator number → score (0–100, at most two decimals). */
  indicators: Record<number, number>;
  reported?: Reported;
}

export interface IndicatorResult {
  no: number;
  name: string;
  tool: Tool;
  score: number;
  rank: number;
  strength: boolean;
}

export interface Discrepancy {
  field: string;
  reported: number | string;
  computed: number | string;
}

export interface ItaResult {
  fiscalYear: number;
  edition: number;
  total: number;
  rating: string;
  tools: Record<Tool, { score: number; weight: number }>;
  indicators: IndicatorResult[];
  ranking: number[];
  strengths: number[];
  toImprove: number[];
  lowestPerTool: Record<Tool, number>;
  discrepancies: Discrepancy[];
}

/** Exact mean of a tool's indicator scores, in hundredths. */
function toolMean(rules: EditionRules, scores: Record<number, number>, tool: Tool): Fraction {
  const nos = rules.indicators.filter((i) => i.tool === tool).map((i) => i.no);
  const sum = nos.reduce((acc, no) => acc + toHundredths(scores[no]!), 0);
  return { num: sum, den: nos.length };
}

/**
 * Total = Σ weight × tool mean, from the unrounded tool means (rule 2), as an
 * exact fraction in hundredths. Weights are percent with up to two decimals,
 * held as basis points so the arithmetic stays in integers.
 */
function exactTotal(rules: EditionRules, means: Record<Tool, Fraction>): Fraction {
  const den = TOOLS.reduce((acc, t) => acc * means[t].den, 1) * 10000;
  let num = 0;
  for (const t of TOOLS) {
    const others = TOOLS.filter((u) => u !== t).reduce((acc, u) => acc * means[u].den, 1);
    num += Math.round(rules.weights[t] * 100) * means[t].num * others;
  }
  return { num, den };
}

/** The rating of a rounded total under an edition's levels (rule 5). */
export function rate(levels: readonly RatingLevel[], totalH: number, toolsH: readonly number[]): string {
  for (const level of levels) {
    if (totalH < toHundredths(level.min)) continue;
    if (level.toolMin !== undefined && toolsH.some((h) => h < toHundredths(level.toolMin!))) continue;
    return level.label;
  }
  return levels[levels.length - 1]!.label;
}

/** Indicator numbers by score descending, ties by number ascending (rule 7). */
export function rankIndicators(scores: Record<number, number>, nos: readonly number[]): number[] {
  return [...nos].sort((a, b) => toHundredths(scores[b]!) - toHundredths(scores[a]!) || a - b);
}

/** Ratings compare after normalisation: surrounding space, Unicode form, letter case. */
function sameRating(a: string, b: string): boolean {
  const norm = (s: string) => normalizeThai(s).trim().replace(/\s+/g, " ").toUpperCase();
  return norm(a) === norm(b);
}

/** Compute the whole result of one fiscal year under one edition's rules. */
export function computeResult(input: ItaInput, rules: EditionRules): ItaResult {
  const scores = input.indicators;
  const means = Object.fromEntries(TOOLS.map((t) => [t, toolMean(rules, scores, t)])) as Record<Tool, Fraction>;
  const toolsH = Object.fromEntries(TOOLS.map((t) => [t, roundHalfUp(means[t])])) as Record<Tool, number>;
  const totalH = roundHalfUp(exactTotal(rules, means));
  const rating = rate(rules.rating.levels, totalH, TOOLS.map((t) => toolsH[t]));

  const nos = rules.indicators.map((i) => i.no).sort((a, b) => a - b);
  const ranking = rankIndicators(scores, nos);
  const passH = toHundredths(PASS_LINE);
  const indicators: IndicatorResult[] = nos.map((no) => {
    const def = rules.indicators.find((i) => i.no === no)!;
    return {
      no,
      name: def.name,
      tool: def.tool,
      score: scores[no]!,
      rank: ranking.indexOf(no) + 1,
      strength: toHundredths(scores[no]!) >= passH,
    };
  });

  const lowestPerTool = Object.fromEntries(
    TOOLS.map((t) => {
      const ofTool = indicators.filter((i) => i.tool === t);
      // indicators are in number order, so the first minimum is the smaller number on a tie
      const lowest = ofTool.reduce((lo, i) => (toHundredths(i.score) < toHundredths(lo.score) ? i : lo));
      return [t, lowest.no];
    }),
  ) as Record<Tool, number>;

  const total = fromHundredths(totalH);
  const tools = Object.fromEntries(
    TOOLS.map((t) => [t, { score: fromHundredths(toolsH[t]), weight: rules.weights[t] / 100 }]),
  ) as ItaResult["tools"];

  return {
    fiscalYear: input.fiscalYear,
    edition: rules.edition,
    total,
    rating,
    tools,
    indicators,
    ranking,
    strengths: indicators.filter((i) => i.strength).map((i) => i.no),
    toImprove: indicators.filter((i) => !i.strength).map((i) => i.no),
    lowestPerTool,
    discrepancies: findDiscrepancies(input.reported, total, rating, tools),
  };
}

/** A reported figure agrees when within 0.01 of the computation (rule 4); a different rating always disagrees. */
export function findDiscrepancies(
  reported: Reported | undefined,
  total: number,
  rating: string,
  tools: ItaResult["tools"],
): Discrepancy[] {
  if (!reported) return [];
  const out: Discrepancy[] = [];
  const differs = (r: number, c: number) => Math.abs(toHundredths(r) - toHundredths(c)) > 1;
  if (reported.total !== undefined && differs(reported.total, total)) {
    out.push({ field: "total", reported: reported.total, computed: total });
  }
  if (reported.rating !== undefined && !sameRating(reported.rating, rating)) {
    out.push({ field: "rating", reported: reported.rating, computed: rating });
  }
  for (const t of TOOLS) {
    const r = reported.tools?.[t];
    if (r !== undefined && differs(r, tools[t].score)) {
      out.push({ field: `tools.${t}`, reported: r, computed: tools[t].score });
    }
  }
  return out;
}
