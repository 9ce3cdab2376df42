/**
 * @fileoverview Charts drawn at build time as inline SVG strings: no script,
 * no external resource, so they show on the site that reads without
 * JavaScript. Each chart is an accessible image (role="img" named by its own
 * <title> and <desc>), scales to its container (viewBox, width 100%), takes
 * the page's font, and marks scores below the pass line by shape as well as
 * by colour. Output is deterministic: the same input gives the same bytes.
 */
import type { ItaResult } from "./ita.ts";
import { PASS_LINE, TOOLS } from "./ita.ts";
import { type Digits, formatScore, toDigits } from "./thai.ts";
import { escapeXml } from "./escape.ts";

/** What every chart needs besides its data. */
export interface ChartOptions {
  digits: Digits;
  /** Unique on the page; the ids inside the SVG are derived from it. */
  id: string;
  title: string;
  description: string;
}

/** One line of the trend chart: a label and a score per fiscal year. */
export interface TrendSeries {
  label: string;
  points: { year: number; score: number }[];
}

// Colours from the site's palette (layouts/assets/css/site.css), all on white:
// ink 16:1 and muted 7.6:1 for text; brand 10.9:1 and warn 7.6:1 for marks.
const INK = "#1b1f24";
const MUTED = "#4a5360";
const BAR = "#123d6a";
const BELOW = "#8a3b00";

// The drawing is 280 units wide and scales with its box. The narrowest box is a
// 320 px phone's, 288 px inside the page's margins: one unit is then 1.03 px, so
// the smallest text (12 units) is still 12.3 px and the labels 13.4 px. On wide
// screens the chart's box is capped (site.css), so the text does not grow large.
export const WIDTH = 280;
/** The narrowest box a chart is drawn in: a 320 px screen less the page's 16 px margins. */
export const NARROWEST_BOX = 288;
const FONT = 13;
const SMALL = 12;


/** A coordinate rounded to two decimals and printed without trailing zeros, so output is stable and short. */
function n(value: number): string {
  const r = Math.round(value * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/** Scores compare in hundredths so 84.999… from arithmetic never passes for 85. */
function below(score: number): boolean {
  return Math.round(score * 100) < PASS_LINE * 100;
}

/** Ids become attribute values and url(#…) references: keep them to a safe, valid subset. */
function checkId(id: string): void {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(id)) {
    throw new Error(`chart id must start with a letter and use only letters, digits, "-" or "_": ${JSON.stringify(id)}`);
  }
}

/** The opening tag with the accessible name and description wired to ids derived from opts.id. */
function open(opts: ChartOptions, height: number): string {
  checkId(opts.id);
  const t = `${opts.id}-title`;
  const d = `${opts.id}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${n(height)}" width="100%" ` +
    `role="img" aria-labelledby="${t} ${d}" font-family="inherit" font-size="${FONT}" fill="${INK}">` +
    `<title id="${t}">${escapeXml(opts.title)}</title><desc id="${d}">${escapeXml(opts.description)}</desc>`
  );
}

/** The hatch that marks a score below 85 without relying on colour: dark stripes on a light tint of the same hue. */
function hatchDef(id: string): string {
  return (
    `<defs><pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="${BELOW}"/></pattern></defs>`
  );
}

// Text drawn over the reference line gets a white halo so both stay legible.
const HALO = `paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round"`;

interface BarRow {
  label: string;
  score: number;
}

// Bar chart geometry: each row is a label line with its bar underneath, so long
// Thai indicator names get the full width at 375 px instead of a cramped margin.
const X0 = 8;
const PLOT = 220; // 0–100 spans X0…X0+PLOT; the rest holds the value at the end of the bar
const TOP = 28;
const ROW = 38;
const BAR_H = 14;

const xOf = (score: number): number => X0 + (Math.min(Math.max(score, 0), 100) / 100) * PLOT;

/** Horizontal bars on a 0–100 scale with the 85 line; the shared body of the indicator and tool charts. */
function barChart(rows: readonly BarRow[], opts: ChartOptions): string {
  const { digits, id } = opts;
  const anyBelow = rows.some((r) => below(r.score));
  const plotBottom = TOP + rows.length * ROW;
  const legendH = anyBelow ? 26 : 0;
  const height = plotBottom + 22 + legendH;
  const x85 = xOf(PASS_LINE);
  const out: string[] = [open(opts, height)];
  if (anyBelow) out.push(hatchDef(id));

  // scale: axis line at 0, tick labels 0/50/100 under the bars
  out.push(`<path d="M${n(X0)} ${TOP}V${plotBottom}" stroke="${MUTED}"/>`);
  out.push(`<g font-size="${SMALL}" fill="${MUTED}" text-anchor="middle">`);
  for (const t of [0, 50, 100]) out.push(`<text x="${n(xOf(t))}" y="${plotBottom + 14}">${toDigits(t, digits)}</text>`);
  out.push(`</g>`);

  // bars: the outline in the bar's own colour keeps a hatched bar's shape at ≥ 3:1
  for (const [i, r] of rows.entries()) {
    const y = TOP + i * ROW + 20;
    const w = xOf(r.score) - X0;
    const low = below(r.score);
    const fill = low ? `url(#${id}-hatch)` : BAR;
    const stroke = low ? BELOW : BAR;
    out.push(
      `<rect class="${low ? "bar below" : "bar"}" x="${n(X0)}" y="${y}" width="${n(w)}" height="${BAR_H}" fill="${fill}" stroke="${stroke}"/>`,
    );
  }

  // the 85 line above the bars, under the text
  out.push(
    `<path class="pass-line" d="M${n(x85)} ${TOP - 8}V${plotBottom}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
  );

  out.push(`<g ${HALO}>`);
  out.push(`<text x="${n(x85)}" y="${TOP - 12}" text-anchor="middle">เกณฑ์ ${toDigits(PASS_LINE, digits)}</text>`);
  for (const [i, r] of rows.entries()) {
    const y = TOP + i * ROW;
    out.push(`<text x="${n(X0)}" y="${y + 14}">${escapeXml(r.label)}</text>`);
    out.push(`<text x="${n(xOf(r.score) + 4)}" y="${y + 31}">${formatScore(r.score, digits)}</text>`);
  }
  out.push(`</g>`);

  if (anyBelow) {
    const ly = plotBottom + 26;
    out.push(
      `<rect x="${n(X0)}" y="${ly}" width="20" height="${BAR_H}" fill="url(#${id}-hatch)" stroke="${BELOW}"/>` +
        `<text x="${n(X0 + 26)}" y="${ly + 12}">ลายขีด: ต่ำกว่าเกณฑ์ ${toDigits(PASS_LINE, digits)}</text>`,
    );
  }
  out.push(`</svg>`);
  return out.join("");
}

/** Bars of the ten indicator scores in number order, with the 85 line; bars below 85 are hatched. */
export function indicatorBarChart(result: ItaResult, opts: ChartOptions): string {
  const rows = [...result.indicators]
    .sort((a, b) => a.no - b.no)
    .map((i) => ({ label: `ตัวชี้วัดที่ ${toDigits(i.no, opts.digits)} ${i.name}`, score: i.score }));
  return barChart(rows, opts);
}

/** Bars of the three tool scores (IIT, EIT, OIT), with the 85 line; bars below 85 are hatched. */
export function toolBarChart(result: ItaResult, opts: ChartOptions): string {
  return barChart(
    TOOLS.map((t) => ({ label: t, score: result.tools[t].score })),
    opts,
  );
}

// Trend geometry: one small panel per series, stacked, all on the same axes so
// panels compare at a glance (small multiples).
const T_X0 = 26; // first year: room for its value label, centred on the point
const T_X1 = 226; // last year: room on its right for the "85" tick, clear of the value label
const T_NOTE = 48; // the three-line note at the top
const PANEL = 96;
const P_TOP = 32; // plot area inside a panel, below the label and the value labels
const P_BOTTOM = 68;

/**
 * Small multiples: one panel per series with its scores across fiscal years,
 * every panel on the same year axis and the same score range (which always
 * includes 85, drawn dashed). Scores below 85 are drawn as triangles, others as
 * circles, so the distinction does not rest on colour. A year missing from a
 * series is bridged by the line but has no marker.
 */
export function trendChart(series: readonly TrendSeries[], opts: ChartOptions): string {
  const { digits } = opts;
  const all = series.flatMap((s) => s.points);
  const years = [...new Set(all.map((p) => p.year))].sort((a, b) => a - b);
  const height = T_NOTE + Math.max(series.length, 1) * PANEL;
  const out: string[] = [open(opts, height)];
  if (all.length === 0) {
    out.push(`<text x="${WIDTH / 2}" y="${T_NOTE + 40}" text-anchor="middle">ไม่มีข้อมูล</text></svg>`);
    return out.join("");
  }

  // One range for every panel, from a multiple of 5 below the lowest score (and below 85) up to 100:
  // a zero-based axis would flatten the few points that matter; the note says where the axis starts.
  const lo = Math.floor((Math.min(...all.map((p) => p.score), PASS_LINE) - 0.01) / 5) * 5;
  const hi = 100;
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const xOfYear = (y: number): number =>
    years.length === 1 ? (T_X0 + T_X1) / 2 : T_X0 + ((y - first) / (last - first)) * (T_X1 - T_X0);
  const minGap = years.length < 2 ? Infinity : Math.min(...years.slice(1).map((y, i) => xOfYear(y) - xOfYear(years[i]!)));
  // labels that would collide are left out except at the ends
  const allValues = minGap >= 44;
  const allYears = minGap >= 36;

  out.push(
    `<g font-size="${SMALL}" fill="${MUTED}">` +
      `<text x="4" y="12">เส้นประ: เกณฑ์ ${toDigits(PASS_LINE, digits)}</text>` +
      `<text x="4" y="26">▲ ต่ำกว่าเกณฑ์ · ● ตั้งแต่เกณฑ์ขึ้นไป</text>` +
      `<text x="4" y="40">แกนตั้งทุกช่องเท่ากัน: ${toDigits(lo, digits)}–${toDigits(hi, digits)} คะแนน</text></g>`,
  );

  // What every panel shares (85 line, its tick, the year labels) is drawn once and reused,
  // and each panel is translated, so its coordinates are short and panel-relative.
  const yOf = (score: number): number => P_BOTTOM - ((score - lo) / (hi - lo)) * (P_BOTTOM - P_TOP);
  const y85 = n(yOf(PASS_LINE));
  out.push(
    `<defs><g id="${opts.id}-frame" font-size="${SMALL}" fill="${MUTED}" text-anchor="middle">` +
      `<path d="M${T_X0 - 8} ${y85}H${T_X1 + 24}" stroke="${MUTED}" stroke-dasharray="4 3"/>` +
      `<text x="${WIDTH - 4}" y="${n(yOf(PASS_LINE) + 4)}" text-anchor="end">${toDigits(PASS_LINE, digits)}</text>`,
  );
  for (const [k, y] of years.entries()) {
    if (!allYears && k !== 0 && k !== years.length - 1) continue;
    out.push(`<text x="${n(xOfYear(y))}" y="${P_BOTTOM + 16}">${toDigits(y, digits)}</text>`);
  }
  out.push(`</g></defs>`);

  for (const [i, s] of series.entries()) {
    const pts = [...s.points].sort((a, b) => a.year - b.year);
    out.push(`<g class="panel" transform="translate(0 ${T_NOTE + i * PANEL})"><use href="#${opts.id}-frame"/>`);
    out.push(`<text x="4" y="14">${escapeXml(s.label)}</text>`);
    if (pts.length === 0) {
      out.push(`<text x="${WIDTH / 2}" y="50" text-anchor="middle" fill="${MUTED}">ไม่มีข้อมูล</text></g>`);
      continue;
    }
    if (pts.length > 1) {
      const d = pts.map((p, k) => `${k === 0 ? "M" : "L"}${n(xOfYear(p.year))} ${n(yOf(p.score))}`).join("");
      out.push(`<path d="${d}" fill="none" stroke="${BAR}" stroke-width="2"/>`);
    }
    for (const p of pts) {
      const x = xOfYear(p.year);
      const y = yOf(p.score);
      out.push(
        below(p.score)
          ? `<path class="point below" d="M${n(x)} ${n(y - 5)}L${n(x + 5)} ${n(y + 4)}H${n(x - 5)}Z" fill="${BELOW}"/>`
          : `<circle class="point" cx="${n(x)}" cy="${n(y)}" r="4" fill="${BAR}"/>`,
      );
    }
    out.push(`<g font-size="${SMALL}" text-anchor="middle" ${HALO}>`);
    for (const [k, p] of pts.entries()) {
      if (!allValues && k !== 0 && k !== pts.length - 1) continue;
      out.push(`<text x="${n(xOfYear(p.year))}" y="${n(yOf(p.score) - 7)}">${formatScore(p.score, digits)}</text>`);
    }
    out.push(`</g></g>`);
  }
  out.push(`</svg>`);
  return out.join("");
}
