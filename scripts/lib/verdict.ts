/**
 * @fileoverview The verdict a citizen should get in five seconds: whether the
 * agency passed the national line of 85, its rating beside the whole scale of
 * the year's edition (every level, its threshold and per-tool condition, the
 * agency's level marked), what it lacked for the level above, and the change
 * from the previous year on record. Everything is said in words, never left to
 * colour. The scale is read from the edition's `rating.levels` as data, so an
 * edition with more levels (or finer labels below the pass line) needs no code.
 */
import { PASS_LINE, TOOLS, type ItaResult, type Tool } from "./ita.ts";
import { fromHundredths, toHundredths } from "./numbers.ts";
import { type YearComparison, compareYears } from "./trends.ts";
import { type Digits, formatDelta, formatScore, toDigits } from "./thai.ts";

/** What the scale needs of a rating level; other fields of an edition's level (provenance …) are ignored. */
export interface LevelLike {
  label: string;
  min: number;
  toolMin?: number;
  /** "unverified" marks a level the research could not confirm (editions may carry it). */
  confidence?: string;
}

/** One level of a scale as the site shows it. */
export interface ScaleLevel {
  label: string;
  /** The total from which the level applies. */
  min: number;
  /** The total it stays below, when a level above starts higher and asks nothing of the tools. */
  below?: number;
  toolMin?: number;
  /** The level starts at or above the pass line (85). */
  passing: boolean;
  /** The agency's level. */
  current: boolean;
  /** "ตั้งแต่ 85 ถึง 94.99", "ตั้งแต่ 95 ขึ้นไป", "ต่ำกว่า 50" */
  totalCondition: string;
  /** "IIT EIT และ OIT ทุกเครื่องมือตั้งแต่ 95 ขึ้นไป", or "" when the level asks nothing of them. */
  toolCondition: string;
  /** Said of a level whose name or threshold the research could not confirm. */
  note: string;
}

/** A threshold as people write it: 85, 94.99 (whole numbers without decimals). */
function threshold(value: number, digits: Digits): string {
  const h = toHundredths(value);
  return toDigits(h % 100 === 0 ? String(h / 100) : fromHundredths(h).toFixed(2), digits);
}

/** "IIT EIT และ OIT" */
const TOOL_LIST = `${TOOLS.slice(0, -1).join(" ")} และ ${TOOLS[TOOLS.length - 1]}`;

/**
 * Every level of an edition's scale, highest first as the edition lists them, with its
 * conditions in Thai and the level `current` (a rating label) marked. A level's upper bound
 * is the lowest `min` above its own among the levels before it that ask nothing of the
 * tools: a level with a per-tool condition does not cap the ones after it (a total of 97
 * with EIT below 95 is still ผ่านดี, not excluded by ผ่านดีเยี่ยม's 95).
 */
export function ratingScale(levels: readonly LevelLike[], current: string | undefined, digits: Digits): ScaleLevel[] {
  const pass = toHundredths(PASS_LINE);
  return levels.map((level, i) => {
    const caps = levels
      .slice(0, i)
      .filter((l) => l.toolMin === undefined && toHundredths(l.min) > toHundredths(level.min))
      .map((l) => toHundredths(l.min));
    const belowH = caps.length ? Math.min(...caps) : undefined;
    const min = threshold(level.min, digits);
    let totalCondition: string;
    if (belowH === undefined) totalCondition = toHundredths(level.min) === 0 ? "ทุกคะแนน" : `ตั้งแต่ ${min} ขึ้นไป`;
    else if (toHundredths(level.min) === 0) totalCondition = `ต่ำกว่า ${threshold(fromHundredths(belowH), digits)}`;
    else totalCondition = `ตั้งแต่ ${min} ถึง ${threshold(fromHundredths(belowH - 1), digits)}`;
    const toolCondition = level.toolMin === undefined ? "" : `${TOOL_LIST} ทุกเครื่องมือตั้งแต่ ${threshold(level.toolMin, digits)} ขึ้นไป`;
    return {
      label: level.label,
      min: level.min,
      ...(belowH !== undefined ? { below: fromHundredths(belowH) } : {}),
      ...(level.toolMin !== undefined ? { toolMin: level.toolMin } : {}),
      passing: toHundredths(level.min) >= pass,
      current: level.label === current,
      totalCondition,
      toolCondition,
      note: level.confidence === "unverified" ? "ชื่อหรือเกณฑ์ของระดับนี้ยังไม่ยืนยันจากเอกสารของสำนักงาน ป.ป.ช." : "",
    };
  });
}

/** The verdict of one year's result, in the site's digits. */
export interface Verdict {
  fiscalYear: number;
  edition: number;
  total: number;
  /** The total reached the pass line of 85. */
  passed: boolean;
  /** "ผ่านเกณฑ์ 85 คะแนน" / "ไม่ผ่านเกณฑ์ 85 คะแนน" */
  passLabel: string;
  /** "คะแนนรวม 94.23 สูงกว่าเกณฑ์ 9.23 คะแนน" */
  passDetail: string;
  rating: string;
  /** "ระดับ A เป็นระดับที่ 2 จาก 7 ระดับของเกณฑ์ ITA ปี 2565" */
  ratingSentence: string;
  /** What was lacking for the level above, or that this is the top level. */
  nextLevel: string;
  /** True when any level asks a minimum of each tool (the scale then shows a column for it). */
  toolConditions: boolean;
  /** How a level is chosen, when the conditions overlap (levels with per-tool minimums). */
  scaleRule: string;
  /** "คะแนนรวม = IIT × 30% + EIT × 30% + OIT × 40% …", with the edition's own weights. */
  formula: string;
  scale: ScaleLevel[];
  /** The change from the previous year on record; absent for the first. */
  change?: { previousYear: number; total: string; rating: string; passLine: string };
}

/** "EIT 82.88" */
const toolScore = (r: ItaResult, t: Tool, digits: Digits) => `${t} ${formatScore(r.tools[t].score, digits)}`;

/** What the result lacked for the level just above its own, by that level's own conditions. */
function nextLevelSentence(r: ItaResult, levels: readonly LevelLike[], index: number, digits: Digits): string {
  if (index <= 0) return index === 0 ? "เป็นระดับสูงสุดของเกณฑ์นี้" : "";
  const up = levels[index - 1]!;
  const short: string[] = [];
  const gap = toHundredths(up.min) - toHundredths(r.total);
  if (gap > 0) short.push(`คะแนนรวมต้องถึง ${threshold(up.min, digits)} (ขาดอีก ${formatScore(fromHundredths(gap), digits)})`);
  if (up.toolMin !== undefined) {
    const low = TOOLS.filter((t) => toHundredths(r.tools[t].score) < toHundredths(up.toolMin!));
    if (low.length) short.push(`${low.map((t) => toolScore(r, t, digits)).join(" ")} ต่ำกว่า ${threshold(up.toolMin, digits)} ที่ระดับนั้นกำหนดให้ทุกเครื่องมือ`);
  }
  return short.length ? `ยังไม่ถึงระดับ ${up.label}: ${short.join(" และ ")}` : "";
}

/** The verdict on one result, given its edition's levels and its comparison with the previous year (if any). */
export function verdict(r: ItaResult, levels: readonly LevelLike[], comparison: YearComparison | undefined, digits: Digits): Verdict {
  const d = (n: number | string) => toDigits(n, digits);
  const diffH = toHundredths(r.total) - toHundredths(PASS_LINE);
  const passed = diffH >= 0;
  const line = d(PASS_LINE);
  const passDetail =
    diffH === 0
      ? `คะแนนรวม ${formatScore(r.total, digits)} เท่ากับเกณฑ์พอดี`
      : `คะแนนรวม ${formatScore(r.total, digits)} ${passed ? "สูงกว่า" : "ต่ำกว่า"}เกณฑ์ ${formatScore(fromHundredths(Math.abs(diffH)), digits)} คะแนน`;
  const index = levels.findIndex((l) => l.label === r.rating);
  const ratingSentence =
    index >= 0
      ? `ระดับ ${r.rating} เป็นระดับที่ ${d(index + 1)} จาก ${d(levels.length)} ระดับของเกณฑ์ ITA ปี ${d(r.edition)} (เรียงจากสูงไปต่ำ)`
      : `ระดับ ${r.rating} ตามเกณฑ์ ITA ปี ${d(r.edition)}`;
  const toolConditions = levels.some((l) => l.toolMin !== undefined);

  let change: Verdict["change"];
  const c = comparison?.change;
  if (c) {
    const delta = c.total.delta;
    const previous = `ปี ${d(c.previousYear)}`;
    const total =
      delta === 0
        ? `คะแนนรวมเท่ากับ${previous} (${formatScore(c.total.previous, digits)})`
        : `คะแนนรวม${delta > 0 ? "เพิ่มขึ้น" : "ลดลง"} ${formatScore(Math.abs(delta), digits)} คะแนนจาก${previous} (${formatScore(c.total.previous, digits)} → ${formatScore(c.total.current, digits)}, ${formatDelta(delta, digits)})`;
    const rating = !c.rating.changed
      ? `ระดับเท่ากับ${previous} (${c.rating.current})`
      : c.rating.sameScale
        ? `ระดับเปลี่ยนจาก ${c.rating.previous} ใน${previous} เป็น ${c.rating.current}`
        : `ระดับเปลี่ยนจาก ${c.rating.previous} ใน${previous} เป็น ${c.rating.current} ซึ่งเป็นเกณฑ์จัดระดับคนละชุด จึงเทียบสูงต่ำกันโดยตรงไม่ได้`;
    const before = toHundredths(c.total.previous) >= toHundredths(PASS_LINE);
    const passLine =
      before === passed
        ? `${passed ? "ผ่าน" : "ไม่ผ่าน"}เกณฑ์ ${line} ทั้งสองปี`
        : passed
          ? `${previous} ไม่ผ่านเกณฑ์ ${line} ปีนี้ผ่าน`
          : `${previous} ผ่านเกณฑ์ ${line} แต่ปีนี้ไม่ผ่าน`;
    change = { previousYear: c.previousYear, total, rating, passLine };
  }

  return {
    fiscalYear: r.fiscalYear,
    edition: r.edition,
    total: r.total,
    passed,
    passLabel: `${passed ? "ผ่าน" : "ไม่ผ่าน"}เกณฑ์ ${line} คะแนน`,
    passDetail,
    rating: r.rating,
    ratingSentence,
    nextLevel: nextLevelSentence(r, levels, index, digits),
    toolConditions,
    scaleRule: toolConditions
      ? "เรียงจากระดับสูงไปต่ำ หน่วยงานได้ระดับแรกที่เข้าเงื่อนไขครบทุกข้อ"
      : "เรียงจากระดับสูงไปต่ำ แต่ละระดับกำหนดด้วยคะแนนรวม",
    formula: `คะแนนรวม = ${TOOLS.map((t) => `${t} × ${threshold(r.tools[t].weight * 100, digits)}%`).join(" + ")} คำนวณจากคะแนนรายตัวชี้วัด`,
    scale: ratingScale(levels, r.rating, digits),
    ...(change ? { change } : {}),
  };
}

/** The verdict of every result year, by fiscal year, each compared with the previous result year on record. */
export function verdicts(
  years: readonly { fiscalYear: number; result: ItaResult; levels: readonly LevelLike[] }[],
  digits: Digits,
): Record<number, Verdict> {
  const comparisons = compareYears(years.map((y) => ({ fiscalYear: y.fiscalYear, result: y.result })));
  return Object.fromEntries(
    years.map((y) => [y.fiscalYear, verdict(y.result, y.levels, comparisons.find((c) => c.fiscalYear === y.fiscalYear), digits)]),
  );
}
