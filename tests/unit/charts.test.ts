import { test } from "node:test";
import assert from "node:assert/strict";
import { NARROWEST_BOX, indicatorBarChart, toolBarChart, trendChart } from "../../scripts/lib/charts.ts";
import { escapeXml } from "../../scripts/lib/escape.ts";
import type { ChartOptions, TrendSeries } from "../../scripts/lib/charts.ts";
import { computeResult } from "../../scripts/lib/ita.ts";
import { INDICATORS, RULES_2565, SEED_2565, scores } from "./ita-rules.ts";

const seed = computeResult({ fiscalYear: 2565, indicators: SEED_2565 }, RULES_2565);
const opts = (id: string, digits: ChartOptions["digits"] = "arabic"): ChartOptions => ({
  digits,
  id,
  title: "คะแนนรายตัวชี้วัด",
  description: "คะแนนของตัวชี้วัดทั้ง 10 ตัว",
});

const TREND: TrendSeries[] = [
  { label: "คะแนนรวม", points: [{ year: 2566, score: 94.13 }, { year: 2565, score: 94.23 }] },
  { label: "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร", points: [{ year: 2565, score: 81.22 }, { year: 2566, score: 85.32 }] },
];

/** Every attribute value of one name, in order. */
const attrs = (svg: string, name: string): string[] =>
  [...svg.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))].map((m) => m[1]!);

/** The <rect> bars of a bar chart, in order. */
const bars = (svg: string): string[] => [...svg.matchAll(/<rect class="bar[^"]*"[^>]*>/g)].map((m) => m[0]);

/** WCAG contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [1, 3, 5].map((i) => lin(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

test("each chart is an image named by its own title and desc, with ids derived from opts.id", () => {
  for (const [svg, id] of [
    [indicatorBarChart(seed, opts("ind")), "ind"],
    [toolBarChart(seed, opts("tools")), "tools"],
    [trendChart(TREND, opts("trend")), "trend"],
  ] as const) {
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    assert.match(svg, /<\/svg>$/);
    assert.deepEqual(attrs(svg, "role"), ["img"]);
    assert.deepEqual(attrs(svg, "aria-labelledby"), [`${id}-title ${id}-desc`]);
    assert.ok(svg.includes(`<title id="${id}-title">คะแนนรายตัวชี้วัด</title>`), `<title id="${id}-title">คะแนนรายตัวชี้วัด</title>`);
    assert.ok(svg.includes(`<desc id="${id}-desc">คะแนนของตัวชี้วัดทั้ง 10 ตัว</desc>`), `<desc id="${id}-desc">คะแนนของตัวชี้วัดทั้ง 10 ตัว</desc>`);
    // the name comes first inside the svg, as assistive technology expects
    assert.ok(svg.indexOf("<title") < svg.indexOf("<desc") && svg.indexOf("<desc") < svg.indexOf("<text"), "title, then desc, then the drawing");
    // responsive: a viewBox, and width only as 100 %; the page's font
    assert.match(attrs(svg, "viewBox")[0]!, /^0 0 280 \d+(\.\d+)?$/);
    assert.equal(svg.match(/<svg[^>]*>/)![0].includes(' width="100%"'), true);
    assert.equal(/<svg[^>]*\sheight=/.test(svg), false);
    assert.deepEqual(attrs(svg, "font-family"), ["inherit"]);
    // self-contained: no script, no external reference
    assert.equal(/<script|xlink:href|href="(?!#)|url\((?!#)/.test(svg), false);
  }
});

test("several charts on one page: no id is used twice", () => {
  const page = indicatorBarChart(seed, opts("a")) + toolBarChart(seed, opts("b")) + trendChart(TREND, opts("c"));
  const ids = attrs(page, "id");
  assert.equal(new Set(ids).size, ids.length);
  // each local reference points to an id of its own chart
  for (const m of page.matchAll(/(?:url\(#|href="#)([\w-]+)/g)) assert.ok(ids.includes(m[1]!), m[1]);
});

test("an id that is not a safe XML id is refused rather than silently changed", () => {
  assert.throws(() => indicatorBarChart(seed, opts("chart 1")), /chart id/);
  assert.throws(() => toolBarChart(seed, opts('x"y')), /chart id/);
  assert.throws(() => trendChart(TREND, opts("1abc")), /chart id/);
});

test("escapeXml escapes &, <, >, and both quotes", () => {
  assert.equal(escapeXml(`a & b < c > d "e" 'f'`), "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
  assert.equal(escapeXml("&amp;"), "&amp;amp;"); // no double-escape shortcut: input is plain text
});

test("title, description and labels are escaped", () => {
  const rules = { ...RULES_2565, indicators: INDICATORS.map((i) => (i.no === 3 ? { ...i, name: `A&B <"x">` } : i)) };
  const r = computeResult({ fiscalYear: 2565, indicators: SEED_2565 }, rules);
  const o = { digits: "arabic" as const, id: "esc", title: `T & <b>`, description: `D "q" 'a'` };
  const svg = indicatorBarChart(r, o);
  assert.ok(svg.includes(`<title id="esc-title">T &amp; &lt;b&gt;</title>`), `<title id="esc-title">T &amp; &lt;b&gt;</title>`);
  assert.ok(svg.includes(`<desc id="esc-desc">D &quot;q&quot; &apos;a&apos;</desc>`), `<desc id="esc-desc">D &quot;q&quot; &apos;a&apos;</desc>`);
  assert.ok(svg.includes(">ตัวชี้วัดที่ 3 A&amp;B &lt;&quot;x&quot;&gt;</text>"), ">ตัวชี้วัดที่ 3 A&amp;B &lt;&quot;x&quot;&gt;</text>");
  assert.equal(svg.includes("<b>"), false);
  const trend = trendChart([{ label: "<i>&", points: [{ year: 2565, score: 90 }] }], o);
  assert.ok(trend.includes(">&lt;i&gt;&amp;</text>"), ">&lt;i&gt;&amp;</text>");
});

test("indicator chart: one bar per indicator in number order, labelled, with its value at the end", () => {
  const svg = indicatorBarChart(seed, opts("ind"));
  assert.equal(bars(svg).length, 10);
  const labels = [...svg.matchAll(/>(ตัวชี้วัดที่ [^<]+)</g)].map((m) => m[1]);
  assert.deepEqual(labels, INDICATORS.map((i) => `ตัวชี้วัดที่ ${i.no} ${i.name}`));
  // scale 0–100 over 220 units from x = 8. Indicator 7, 81.22: width 0.8122 × 220 = 178.684 → 178.68,
  // row 7 starts at 28 + 6 × 38 = 256, its bar at 256 + 20 = 276
  assert.ok(bars(svg)[6]!.includes(`x="8" y="276" width="178.68" height="14"`), `x="8" y="276" width="178.68" height="14"`);
  // 100.00 fills the scale: 220
  assert.ok(bars(svg)[8]!.includes(`width="220"`), `width="220"`);
  // the value 4 units after the bar's end: 8 + 178.684 + 4 = 190.684 → 190.68, on the bar's text line 256 + 31 = 287
  assert.ok(svg.includes(`<text x="190.68" y="287">81.22</text>`), `<text x="190.68" y="287">81.22</text>`);
  assert.ok(svg.includes(`<text x="232" y="401">100.00</text>`), `<text x="232" y="401">100.00</text>`); // indicator 10: 8 + 220 + 4; 28 + 9 × 38 + 31 = 401
  // ticks of the 0–100 scale below the bars (10 rows end at 28 + 380 = 408): 8, 8 + 110, 8 + 220
  assert.ok(svg.includes(`<text x="8" y="422">0</text><text x="118" y="422">50</text><text x="228" y="422">100</text>`), `<text x="8" y="422">0</text><text x="118" y="422">50</text><text x="228" y="422">100</text>`);
});

test("indicator chart: the 85 line sits at 85 % of the scale and is labelled", () => {
  const svg = indicatorBarChart(seed, opts("ind"));
  // x = 8 + 0.85 × 220 = 8 + 187 = 195, from just above the first row (20) to the bottom of the bars (408)
  assert.ok(svg.includes(`<path class="pass-line" d="M195 20V408"`), `<path class="pass-line" d="M195 20V408"`);
  assert.ok(svg.includes(`<text x="195" y="16" text-anchor="middle">เกณฑ์ 85</text>`), `<text x="195" y="16" text-anchor="middle">เกณฑ์ 85</text>`);
  assert.ok(indicatorBarChart(seed, opts("ind", "thai")).includes(">เกณฑ์ ๘๕</text>"), "ind");
});

test("indicator chart: bars below 85 are hatched and outlined, explained in a legend, not told by colour alone", () => {
  const svg = indicatorBarChart(seed, opts("ind"));
  const b = bars(svg);
  // the seed's 7 (81.22) and 8 (82.05) are below 85; 6 (85.38) is not
  const hatched = b.map((r, i) => [i + 1, r.includes(`class="bar below"`) && r.includes(`fill="url(#ind-hatch)"`)]);
  assert.deepEqual(hatched.filter(([, h]) => h).map(([no]) => no), [7, 8]);
  assert.ok(b[5]!.includes(`fill="#123d6a"`), `fill="#123d6a"`);
  assert.ok(svg.includes(`<pattern id="ind-hatch"`), `<pattern id="ind-hatch"`);
  assert.ok(svg.includes(">ลายขีด: ต่ำกว่าเกณฑ์ 85</text>"), ">ลายขีด: ต่ำกว่าเกณฑ์ 85</text>");
  assert.equal(attrs(svg, "viewBox")[0], "0 0 280 456"); // 408 + 22 for the ticks + 26 for the legend
});

test("indicator chart: exactly 85.00 is not below; with nothing below there is no hatch and no legend", () => {
  const r = computeResult({ fiscalYear: 2565, indicators: scores(85, 90, 90, 90, 90, 90, 90, 90, 90, 84.99) }, RULES_2565);
  const b = bars(indicatorBarChart(r, opts("x")));
  assert.equal(b[0]!.includes("below"), false);
  assert.equal(b[9]!.includes("below"), true);
  const none = indicatorBarChart(computeResult({ fiscalYear: 2565, indicators: scores(90, 90, 90, 90, 90, 90, 90, 90, 90, 90) }, RULES_2565), opts("y"));
  assert.equal(/pattern|below|ลายขีด/.test(none), false);
  assert.equal(attrs(none, "viewBox")[0], "0 0 280 430");
});

test("indicator chart in Thai digits: labels, values and ticks", () => {
  const svg = indicatorBarChart(seed, opts("ind", "thai"));
  assert.ok(svg.includes(">ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร</text>"), ">ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร</text>");
  assert.ok(svg.includes(">๘๑.๒๒</text>"), ">๘๑.๒๒</text>");
  assert.ok(svg.includes(">๑๐๐</text>"), ">๑๐๐</text>");
  // Arabic digits remain only in markup (coordinates, colours), never in visible text
  assert.equal(/>[^<]*[0-9][^<]*</.test(svg.replace(/<title.*<\/desc>/, "")), false);
});

test("tool chart: IIT, EIT, OIT with their scores, the 85 line, EIT below 85 hatched", () => {
  const svg = toolBarChart(seed, opts("tools"));
  const b = bars(svg);
  assert.equal(b.length, 3);
  assert.deepEqual([...svg.matchAll(/>(IIT|EIT|OIT)</g)].map((m) => m[1]), ["IIT", "EIT", "OIT"]);
  // EIT 82.88: width 0.8288 × 220 = 182.336 → 182.34; IIT 97.88: 0.9788 × 220 = 215.336 → 215.34
  assert.ok(b[0]!.includes(`width="215.34"`) && !b[0]!.includes("below"), `width="215.34"`);
  assert.ok(b[1]!.includes(`width="182.34"`) && b[1]!.includes(`class="bar below"`), `width="182.34"`);
  assert.ok(svg.includes(">97.88</text>") && svg.includes(">82.88</text>") && svg.includes(">100.00</text>"), ">97.88</text>");
  // three rows end at 28 + 3 × 38 = 142
  assert.ok(svg.includes(`<path class="pass-line" d="M195 20V142"`), `<path class="pass-line" d="M195 20V142"`);
});

test("trend chart: one panel per series on shared axes; years in the chosen digits", () => {
  const svg = trendChart(TREND, opts("trend", "thai"));
  assert.equal(svg.match(/class="panel"/g)!.length, 2);
  // 48 for the three-line note + 2 panels × 96
  assert.equal(attrs(svg, "viewBox")[0], "0 0 280 240");
  assert.ok(svg.includes(">๒๕๖๕</text>") && svg.includes(">๒๕๖๖</text>"), ">๒๕๖๕</text>");
  // the range starts at the multiple of 5 below the lowest score (81.22 → 80) and the note says so
  assert.ok(svg.includes("แกนตั้งทุกช่องเท่ากัน: ๘๐–๑๐๐ คะแนน"), "แกนตั้งทุกช่องเท่ากัน: ๘๐–๑๐๐ คะแนน");
  // the 85 line, shared by all panels: y = 68 − (85 − 80)/(100 − 80) × 36 = 68 − 9 = 59
  // from 8 before the first year (26 − 8) to 24 after the last (226 + 24)
  assert.ok(svg.includes(`<path d="M18 59H250" stroke="#4a5360" stroke-dasharray="4 3"/>`), `<path d="M18 59H250" stroke="#4a5360" stroke-dasharray="4 3"/>`);
  assert.equal(svg.match(/<use href="#trend-frame"\/>/g)!.length, 2);
  // points sorted by year even when given out of order: 2565 at x 26, 2566 at x 226;
  // 94.23 → y = 68 − 14.23/20 × 36 = 68 − 25.614 = 42.386 → 42.39
  assert.ok(svg.includes(`<path d="M26 42.39L226 42.57" fill="none"`), `<path d="M26 42.39L226 42.57" fill="none"`); // 94.13 → 68 − 25.434 = 42.566
  assert.ok(svg.includes(">๙๔.๒๓</text>") && svg.includes(">๘๕.๓๒</text>"), ">๙๔.๒๓</text>");
});

test("trend chart: a score below 85 is a triangle, others circles", () => {
  const svg = trendChart(TREND, opts("trend"));
  // 81.22 → y = 68 − 1.22/20 × 36 = 68 − 2.196 = 65.804 → 65.8; the triangle's apex 5 above
  assert.ok(svg.includes(`<path class="point below" d="M26 60.8L31 69.8H21Z" fill="#8a3b00"/>`), `<path class="point below" d="M26 60.8L31 69.8H21Z" fill="#8a3b00"/>`);
  assert.equal(svg.match(/class="point below"/g)!.length, 1);
  assert.equal(svg.match(/<circle class="point"/g)!.length, 3);
  assert.ok(svg.includes("▲ ต่ำกว่าเกณฑ์"), "▲ ต่ำกว่าเกณฑ์");
});

test("trend chart: one year is centred; no data says so", () => {
  const one = trendChart([{ label: "x", points: [{ year: 2565, score: 90 }] }], opts("one"));
  assert.ok(one.includes(`<circle class="point" cx="126"`), `<circle class="point" cx="126"`); // (26 + 226) / 2
  assert.equal(/<path d="M[\d.]+ [\d.]+L/.test(one), false); // no line through a single point
  assert.ok(trendChart([], opts("none")).includes(">ไม่มีข้อมูล</text>"), ">ไม่มีข้อมูล</text>");
  assert.ok(trendChart([{ label: "x", points: [] }, ...TREND], opts("gap")).includes(">ไม่มีข้อมูล</text>"), ">ไม่มีข้อมูล</text>");
});

test("trend chart: with many close years only the first and last value labels are drawn", () => {
  const years = [2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567, 2568];
  const svg = trendChart([{ label: "x", points: years.map((year, i) => ({ year, score: 90 + i })) }], opts("many"));
  // 9 years over 200 units: 25 apart, below the 44 a value label needs and the 36 a year label needs
  assert.deepEqual([...svg.matchAll(/>(\d+\.\d\d)</g)].map((m) => m[1]), ["90.00", "98.00"]);
  assert.deepEqual([...svg.matchAll(/>(25\d\d)</g)].map((m) => m[1]), ["2560", "2568"]);
  assert.equal(svg.match(/<circle/g)!.length, 9);
});

test("text stays at least 12 px in the narrowest box a chart gets (a 320 px screen: 288 px)", () => {
  for (const svg of [indicatorBarChart(seed, opts("i")), toolBarChart(seed, opts("t")), trendChart(TREND, opts("r"))]) {
    const width = Number(attrs(svg, "viewBox")[0]!.split(" ")[2]);
    // every font-size given (the root's and each group's); text without its own takes its group's
    const sizes = attrs(svg, "font-size").map(Number);
    assert.ok(sizes.length >= 2, "the chart has text in at least two sizes");
    // 288 / 280 × 12 = 12.34 px for the smallest (tick labels, the trend's notes and values)
    assert.ok(Math.min(...sizes) * (NARROWEST_BOX / width) >= 12, `smallest ${Math.min(...sizes)} units in a ${width}-unit drawing`);
  }
});

test("deterministic output, coordinates at most two decimals", () => {
  for (const make of [
    () => indicatorBarChart(seed, opts("d", "thai")),
    () => toolBarChart(seed, opts("d")),
    () => trendChart(TREND, opts("d")),
  ]) {
    const a = make();
    assert.equal(make(), a);
    assert.equal(/\d\.\d{3,}/.test(a), false);
  }
});

test("colours: text ≥ 4.5:1 and bars ≥ 3:1 on white", () => {
  const svg = indicatorBarChart(seed, opts("c")) + trendChart(TREND, opts("t"));
  const colours = new Set([...svg.matchAll(/#[0-9a-f]{6}\b/gi)].map((m) => m[0].toLowerCase()));
  assert.ok(colours.size >= 3, `${colours.size} colours`);
  for (const c of colours) assert.ok(contrastOnWhite(c) >= 4.5, `${c}: ${contrastOnWhite(c).toFixed(2)}:1`);
});

test("size: the seed's ten-bar chart stays well under 6 KB", () => {
  assert.ok(Buffer.byteLength(indicatorBarChart(seed, opts("ind", "thai"))) < 4500, "the indicator chart is under 4500 bytes");
  assert.ok(Buffer.byteLength(toolBarChart(seed, opts("tools", "thai"))) < 2000, "the tool chart is under 2000 bytes");
});
