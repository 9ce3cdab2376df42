/**
 * @fileoverview Comparing fiscal years: each year's result beside the change
 * from the previous year on record, computed exactly in hundredths, and the
 * Thai sentences that say what rose and what fell. Direction is always written
 * out (words and a signed figure), never left to colour.
 */
import type { ItaResult, Tool } from "./ita.ts";
import { PASS_LINE, TOOLS } from "./ita.ts";
import type { TrendSeries } from "./charts.ts";
import { thaiList } from "./analysis.ts";
import { fromHundredths, toHundredths } from "./numbers.ts";
import { type Digits, formatDelta, formatScore, toDigits } from "./thai.ts";

/** A score in two years and the exact difference (current − previous). */
export interface ScoreChange {
  previous: number;
  current: number;
  delta: number;
}

/** An indicator's change, keyed by number (names vary slightly between editions). */
export interface IndicatorChange extends ScoreChange {
  no: number;
  name: string;
}

/** How the rating moved. Only "changed" is ever claimed: scales differ between editions. */
export interface RatingChange {
  previous: string;
  current: string;
  changed: boolean;
  /** False when one year uses the letter scale (AA–F, to 2565) and the other the pass levels (from 2566). */
  sameScale: boolean;
}

/** The change from the previous fiscal year on record to this one. */
export interface YearChange {
  /** The year compared with: the previous one present, which need not be fiscalYear − 1. */
  previousYear: number;
  total: ScoreChange;
  rating: RatingChange;
  tools: Record<Tool, ScoreChange>;
  /** Indicators present in both years, in number order. */
  indicators: IndicatorChange[];
}

/** One fiscal year in a comparison: its own figures, and its change from the year before (null for the first). */
export interface YearComparison {
  fiscalYear: number;
  edition: number;
  total: number;
  rating: string;
  tools: Record<Tool, number>;
  indicators: { no: number; name: string; score: number }[];
  change: YearChange | null;
}

/** current − previous, exact to the hundredth (82.05 − 81.22 = 0.83, not 0.8299999…). */
export function scoreDelta(previous: number, current: number): number {
  return fromHundredths(toHundredths(current) - toHundredths(previous));
}

const change = (previous: number, current: number): ScoreChange => ({
  previous,
  current,
  delta: scoreDelta(previous, current),
});

/**
 * The scale a rating label belongs to, read from the label itself rather than
 * the edition number, so an edition file that relabels levels still compares.
 */
function ratingScale(label: string): "letters" | "pass" {
  return /^\s*(AA|[A-F])\s*$/i.test(label) ? "letters" : "pass";
}

/** Each year's figures with its change from the previous year present; input in any order, output by fiscal year ascending. */
export function compareYears(years: readonly { fiscalYear: number; result: ItaResult }[]): YearComparison[] {
  const sorted = [...years].sort((a, b) => a.fiscalYear - b.fiscalYear);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.fiscalYear === sorted[i - 1]!.fiscalYear) {
      throw new Error(`fiscal year ${sorted[i]!.fiscalYear} appears twice`);
    }
  }
  return sorted.map(({ fiscalYear, result }, i) => {
    const base = {
      fiscalYear,
      edition: result.edition,
      total: result.total,
      rating: result.rating,
      tools: Object.fromEntries(TOOLS.map((t) => [t, result.tools[t].score])) as Record<Tool, number>,
      indicators: [...result.indicators].sort((a, b) => a.no - b.no).map(({ no, name, score }) => ({ no, name, score })),
    };
    const prev = sorted[i - 1];
    if (!prev) return { ...base, change: null };
    const p = prev.result;
    const indicators: IndicatorChange[] = [];
    for (const cur of base.indicators) {
      const old = p.indicators.find((x) => x.no === cur.no);
      if (old) indicators.push({ no: cur.no, name: cur.name, ...change(old.score, cur.score) });
    }
    return {
      ...base,
      change: {
        previousYear: prev.fiscalYear,
        total: change(p.total, result.total),
        rating: {
          previous: p.rating,
          current: result.rating,
          changed: p.rating !== result.rating,
          sameScale: ratingScale(p.rating) === ratingScale(result.rating),
        },
        tools: Object.fromEntries(TOOLS.map((t) => [t, change(p.tools[t].score, result.tools[t].score)])) as Record<
          Tool,
          ScoreChange
        >,
        indicators,
      },
    };
  });
}

/** "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร" */
function indicatorName(i: { no: number; name: string }, digits: Digits): string {
  return `ตัวชี้วัดที่ ${toDigits(i.no, digits)} ${i.name}`;
}

/** "เพิ่มขึ้นจาก 94.23 เป็น 95.10 (+0.87)", "ลดลงจาก …", or "เท่าเดิมที่ 94.23 (±0.00)". */
function movement(c: ScoreChange, digits: Digits): string {
  const d = formatDelta(c.delta, digits);
  if (c.delta === 0) return `เท่าเดิมที่ ${formatScore(c.current, digits)} (${d})`;
  const verb = c.delta > 0 ? "เพิ่มขึ้น" : "ลดลง";
  return `${verb}จาก ${formatScore(c.previous, digits)} เป็น ${formatScore(c.current, digits)} (${d})`;
}

/**
 * Thai sentences on one year's change from the previous year present, in this
 * order: total, rating, tools, the largest rise and the list of rises, the
 * largest fall and the list of falls, the unchanged indicators, and indicators
 * that crossed the 85 line. The first year of a comparison has nothing to
 * compare with and gives no sentences.
 */
export function trendSentences(comparison: YearComparison, digits: Digits): string[] {
  const c = comparison.change;
  if (!c) return [];
  const out: string[] = [];
  const year = (y: number) => `ปีงบประมาณ ${toDigits(y, digits)}`;
  out.push(`เมื่อเทียบกับ${year(c.previousYear)} คะแนนรวม${movement(c.total, digits)}`);

  if (!c.rating.changed) {
    out.push(`ระดับผลการประเมินยังคงเป็น ${c.rating.current}`);
  } else if (c.rating.sameScale) {
    out.push(`ระดับผลการประเมินเปลี่ยนจาก ${c.rating.previous} เป็น ${c.rating.current}`);
  } else {
    // Letters (to 2565) and pass levels (from 2566) are different scales: A → ผ่านดี is neither up nor down.
    out.push(
      `ระดับผลการประเมินเปลี่ยนจาก ${c.rating.previous} เป็น ${c.rating.current} ` +
        `ทั้งสองปีใช้เกณฑ์จัดระดับคนละชุด จึงเทียบระดับกันโดยตรงไม่ได้`,
    );
  }

  // thaiList writes "และ" against the next Thai word; before a Latin tool code a space reads better
  const tools = TOOLS.map((t) => `${t} ${movement(c.tools[t], digits)}`);
  out.push(`คะแนนรายเครื่องมือ ${tools.slice(0, -1).join(" ")} และ ${tools[tools.length - 1]}`);

  const withDelta = (i: IndicatorChange) => `${indicatorName(i, digits)} (${formatDelta(i.delta, digits)})`;
  // larger changes first; on equal change the smaller number first, as in the ranking rule
  const rises = c.indicators.filter((i) => i.delta > 0).sort((a, b) => b.delta - a.delta || a.no - b.no);
  const falls = c.indicators.filter((i) => i.delta < 0).sort((a, b) => a.delta - b.delta || a.no - b.no);
  const same = c.indicators.filter((i) => i.delta === 0);

  if (rises.length === 0 && falls.length === 0) {
    out.push("คะแนนทุกตัวชี้วัดเท่าเดิม");
  } else {
    if (rises.length > 1) out.push(extreme(rises, "เพิ่มขึ้นมากที่สุด", digits));
    out.push(rises.length > 0 ? `ตัวชี้วัดที่เพิ่มขึ้น: ${thaiList(rises.map(withDelta))}` : "ไม่มีตัวชี้วัดที่เพิ่มขึ้น");
    if (falls.length > 1) out.push(extreme(falls, "ลดลงมากที่สุด", digits));
    out.push(falls.length > 0 ? `ตัวชี้วัดที่ลดลง: ${thaiList(falls.map(withDelta))}` : "ไม่มีตัวชี้วัดที่ลดลง");
    if (same.length > 0) out.push(`ตัวชี้วัดที่คะแนนเท่าเดิม: ${thaiList(same.map((i) => indicatorName(i, digits)))}`);
  }

  const pass = toHundredths(PASS_LINE);
  const line = toDigits(PASS_LINE, digits);
  const reached = c.indicators.filter((i) => toHundredths(i.previous) < pass && toHundredths(i.current) >= pass);
  const dropped = c.indicators.filter((i) => toHundredths(i.previous) >= pass && toHundredths(i.current) < pass);
  if (reached.length > 0) {
    out.push(`ตัวชี้วัดที่ขึ้นมาถึงเกณฑ์ ${line} ในปีนี้: ${thaiList(reached.map((i) => indicatorName(i, digits)))}`);
  }
  if (dropped.length > 0) {
    out.push(`ตัวชี้วัดที่ลดลงต่ำกว่าเกณฑ์ ${line} ในปีนี้: ${thaiList(dropped.map((i) => indicatorName(i, digits)))}`);
  }
  return out;
}

/** "ตัวชี้วัดที่ 7 … เพิ่มขึ้นมากที่สุด (+4.10)", naming every indicator tied for the largest change. */
function extreme(sorted: readonly IndicatorChange[], phrase: string, digits: Digits): string {
  const top = sorted.filter((i) => i.delta === sorted[0]!.delta);
  const names = thaiList(top.map((i) => indicatorName(i, digits)));
  return `${names} ${phrase}${top.length > 1 ? "เท่ากัน" : ""} (${formatDelta(sorted[0]!.delta, digits)})`;
}

/** Series for trendChart: the total first ("คะแนนรวม"), then each indicator in number order. */
export function trendSeries(comparisons: readonly YearComparison[], digits: Digits): TrendSeries[] {
  const nos = [...new Set(comparisons.flatMap((c) => c.indicators.map((i) => i.no)))].sort((a, b) => a - b);
  const latestName = (no: number): string =>
    [...comparisons].reverse().flatMap((c) => c.indicators.filter((i) => i.no === no))[0]!.name;
  return [
    { label: "คะแนนรวม", points: comparisons.map((c) => ({ year: c.fiscalYear, score: c.total })) },
    ...nos.map((no) => ({
      label: indicatorName({ no, name: latestName(no) }, digits),
      points: comparisons.flatMap((c) =>
        c.indicators.filter((i) => i.no === no).map((i) => ({ year: c.fiscalYear, score: i.score })),
      ),
    })),
  ];
}
