/**
 * @fileoverview Sentences of the generated analysis, written from the computed
 * result: never typed by hand, so they cannot contradict the numbers.
 */
import type { ItaResult, Tool } from "./ita.ts";
import { PASS_LINE, TOOLS } from "./ita.ts";
import { type Digits, formatScore, toDigits } from "./thai.ts";

/** "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (81.22)" */
export function indicatorPhrase(r: ItaResult, no: number, digits: Digits, withScore = true): string {
  const i = r.indicators.find((x) => x.no === no)!;
  return `ตัวชี้วัดที่ ${toDigits(no, digits)} ${i.name}` + (withScore ? ` (${formatScore(i.score, digits)})` : "");
}

/** Join Thai list items: "ก", "ก และ ข", "ก ข และ ค". */
export function thaiList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(" ")} และ${items[items.length - 1]}`;
}

/** The paragraph that opens the analysis: total, rating, best and weakest indicators. */
export function summarySentences(r: ItaResult, digits: Digits): string[] {
  const out: string[] = [];
  out.push(`คะแนนรวมเท่ากับ ${formatScore(r.total, digits)} คะแนน ผลการประเมินอยู่ในระดับ ${r.rating}`);
  const top = r.indicators.filter((i) => i.score === r.indicators.find((x) => x.no === r.ranking[0])!.score);
  out.push(
    top.length > 1
      ? `คะแนนสูงสุด ${formatScore(top[0]!.score, digits)} มี ${toDigits(top.length, digits)} ตัวชี้วัด คือ ${thaiList(top.map((i) => indicatorPhrase(r, i.no, digits, false)))}`
      : `ตัวชี้วัดที่ได้คะแนนสูงสุดคือ${indicatorPhrase(r, top[0]!.no, digits)}`,
  );
  const last = r.ranking[r.ranking.length - 1]!;
  out.push(`ตัวชี้วัดที่ได้คะแนนต่ำสุดคือ${indicatorPhrase(r, last, digits)}`);
  if (r.toImprove.length === 0) {
    out.push(`ทุกตัวชี้วัดได้คะแนนตั้งแต่ ${toDigits(PASS_LINE, digits)} ขึ้นไป`);
  } else {
    out.push(
      `ตัวชี้วัดที่ได้คะแนนตั้งแต่ ${toDigits(PASS_LINE, digits)} ขึ้นไปมี ${toDigits(r.strengths.length, digits)} ตัว และต่ำกว่า ${toDigits(PASS_LINE, digits)} มี ${toDigits(r.toImprove.length, digits)} ตัว คือ ${thaiList(r.toImprove.map((no) => indicatorPhrase(r, no, digits)))}`,
    );
  }
  return out;
}

/** One sentence per tool naming its score and its lowest indicator. */
export function toolSentence(r: ItaResult, tool: Tool, digits: Digits): string {
  const count = r.indicators.filter((i) => i.tool === tool).length;
  const lowest = r.lowestPerTool[tool];
  const base = `${tool} ได้ ${formatScore(r.tools[tool].score, digits)} คะแนน`;
  if (count === 1) return base;
  const allEqual = new Set(r.indicators.filter((i) => i.tool === tool).map((i) => i.score)).size === 1;
  return allEqual
    ? `${base} ทุกตัวชี้วัดได้คะแนนเท่ากัน`
    : `${base} ตัวชี้วัดที่ได้คะแนนต่ำสุดของเครื่องมือนี้คือ${indicatorPhrase(r, lowest, digits)}`;
}

export const toolSentences = (r: ItaResult, digits: Digits): string[] => TOOLS.map((t) => toolSentence(r, t, digits));
