/** The numbers on the pages and in the open data, against figures worked by hand. */
import { expect, test } from "@playwright/test";
import { asciiText } from "./helpers.ts";

// The example has one year with results, 2565. Its figures, worked by hand from data/2565/ita.json
// under the rules of shared/domain (not taken from the engine):
//   IIT (98.68 + 97.72 + 98.19 + 96.30 + 98.50) / 5 = 489.39 / 5 = 97.878 → 97.88
//   EIT (85.38 + 81.22 + 82.05) / 3 = 248.65 / 3 = 82.8833… → 82.88
//   OIT (100 + 100) / 2 = 100.00
//   total 0.3 × 97.878 + 0.3 × 82.8833… + 0.4 × 100 = 29.3634 + 24.865 + 40 = 94.2284 → 94.23, A (85 ≤ 94.23 < 95)
//   ranking by score, ties by number: 9 (100), 10 (100), 1 (98.68), 5 (98.50), 3 (98.19), 2 (97.72),
//   4 (96.30), 6 (85.38), 8 (82.05), 7 (81.22); below 85: 7 and 8; lowest IIT 4, EIT 7, OIT 9
const SCORES: Record<number, string> = { 1: "98.68", 2: "97.72", 3: "98.19", 4: "96.30", 5: "98.50", 6: "85.38", 7: "81.22", 8: "82.05", 9: "100.00", 10: "100.00" };
const TOOLS = { IIT: "97.88", EIT: "82.88", OIT: "100.00" };
const RANKING = [9, 10, 1, 5, 3, 2, 4, 6, 8, 7];
const LOWEST = { IIT: 4, EIT: 7, OIT: 9 };

test("2565 year page shows the total, rating, tool and indicator scores", async ({ page }) => {
  await page.goto("2565/");
  expect(await asciiText(page, '.headline [data-score="total"]')).toBe("94.23");
  expect(await asciiText(page, ".headline [data-rating]")).toBe("A");
  for (const [tool, score] of Object.entries(TOOLS)) {
    expect(await asciiText(page, `tr[data-tool="${tool}"] [data-score]`)).toBe(score);
  }
  for (const [no, score] of Object.entries(SCORES)) {
    expect(await asciiText(page, `tr[data-indicator="${no}"] [data-score]`)).toBe(score);
  }
});

test("2565 analysis page: ranking, strengths, to-improve, lowest per tool", async ({ page }) => {
  await page.goto("2565/analysis/");
  const rankedRows = page.locator("#ranking ~ .table-wrap").first().locator("tbody tr");
  expect(await rankedRows.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute("data-indicator"))))).toEqual(RANKING);
  const listed = (name: string) =>
    page.locator(`[data-list="${name}"] li`).evaluateAll((lis) => lis.map((li) => Number(li.getAttribute("data-indicator"))));
  expect(await listed("strengths")).toEqual([1, 2, 3, 4, 5, 6, 9, 10]);
  expect(await listed("to-improve")).toEqual([7, 8]);
  for (const [tool, no] of Object.entries(LOWEST)) {
    const text = await asciiText(page, `[data-list="lowest"] li[data-tool="${tool}"]`);
    expect(text).toContain(`ตัวชี้วัดที่ ${no} `);
  }
});

test("2565 open data: ita.csv has a BOM, the header and one row per indicator, values under their columns", async ({ request }) => {
  const csv = await (await request.get("open-data/2565/ita.csv")).text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split("\n");
  expect(lines[0]).toBe("fiscalYear,no,name,tool,score,rank,strength");
  expect(lines).toHaveLength(11);
  // indicator 4: IIT, 96.30, seventh in the ranking above, a strength (≥ 85)
  expect(lines[4]).toBe("2565,4,การใช้ทรัพย์สินของราชการ,IIT,96.30,7,yes");
  // indicator 7: the lowest score, last in the ranking, below 85
  expect(lines[7]).toBe("2565,7,ประสิทธิภาพการสื่อสาร,EIT,81.22,10,no");
});

test("2565 is the seed's result: 94.23 A; strengths 1–6, 9, 10; to improve 7, 8; lowest IIT 4, EIT 7, OIT 9", async ({ request }) => {
  // figures worked by hand from the seed document (ita-research §0), not from the engine
  const json = await (await request.get("open-data/2565/ita.json")).json();
  expect(json.total).toBe(94.23);
  expect(json.rating).toBe("A");
  expect(json.tools.IIT.score).toBe(97.88);
  expect(json.tools.EIT.score).toBe(82.88);
  expect(json.tools.OIT.score).toBe(100);
  expect(json.ranking).toEqual(RANKING);
  expect(json.strengths).toEqual([1, 2, 3, 4, 5, 6, 9, 10]);
  expect(json.toImprove).toEqual([7, 8]);
  expect(json.lowestPerTool).toEqual({ IIT: 4, EIT: 7, OIT: 9 });
  expect(json.discrepancies).toEqual([]);
});

test("the measures page says which ITA year it derives from and when it is carried out", async ({ page }) => {
  await page.goto("2565/measures/");
  await expect(page.locator("h1")).toContainText("ปีงบประมาณ พ.ศ. ๒๕๖๖");
  const derivation = await asciiText(page, "[data-derivation]");
  expect(derivation).toContain("ITA ปี 2565");
  expect(derivation).toContain("ปีงบประมาณ พ.ศ. 2566");
  await expect(page.locator("table.measures tbody tr")).toHaveCount(6);
});
