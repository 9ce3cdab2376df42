/** The numbers on the pages are the engine's, and the open data says the same. */
import { expect, test } from "@playwright/test";
import { asciiText, exampleModel } from "./helpers.ts";

const model = exampleModel();

for (const y of model.resultYears) {
  const r = y.result!;

  test(`${y.fiscalYear} year page shows the computed total, rating, tool and indicator scores`, async ({ page }) => {
    await page.goto(`${y.fiscalYear}/`);
    expect(await asciiText(page, '.headline [data-score="total"]')).toBe(r.total.toFixed(2));
    expect(await asciiText(page, ".headline [data-rating]")).toBe(r.rating);
    for (const tool of ["IIT", "EIT", "OIT"] as const) {
      expect(await asciiText(page, `tr[data-tool="${tool}"] [data-score]`)).toBe(r.tools[tool].score.toFixed(2));
    }
    for (const i of r.indicators) {
      expect(await asciiText(page, `tr[data-indicator="${i.no}"] [data-score]`)).toBe(i.score.toFixed(2));
    }
  });

  test(`${y.fiscalYear} analysis page: ranking, strengths, to-improve, lowest per tool`, async ({ page }) => {
    await page.goto(`${y.fiscalYear}/analysis/`);
    const rankedRows = page.locator("#ranking ~ .table-wrap").first().locator("tbody tr");
    expect(await rankedRows.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute("data-indicator"))))).toEqual(r.ranking);
    const listed = (name: string) =>
      page.locator(`[data-list="${name}"] li`).evaluateAll((lis) => lis.map((li) => Number(li.getAttribute("data-indicator"))));
    expect(await listed("strengths")).toEqual(r.strengths);
    expect(await listed("to-improve")).toEqual(r.toImprove);
    for (const tool of ["IIT", "EIT", "OIT"] as const) {
      const text = await asciiText(page, `[data-list="lowest"] li[data-tool="${tool}"]`);
      expect(text).toContain(`ตัวชี้วัดที่ ${r.lowestPerTool[tool]} `);
    }
  });

  test(`${y.fiscalYear} open data: ita.json is the computed result, ita.csv has one row per indicator`, async ({ request }) => {
    const json = await (await request.get(`open-data/${y.fiscalYear}/ita.json`)).json();
    expect(json.total).toBe(r.total);
    expect(json.rating).toBe(r.rating);
    expect(json.ranking).toEqual(r.ranking);
    expect(json.discrepancies).toEqual(r.discrepancies);
    const csv = await (await request.get(`open-data/${y.fiscalYear}/ita.csv`)).text();
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe("fiscalYear,no,name,tool,score,rank,strength");
    expect(lines).toHaveLength(1 + r.indicators.length);
  });
}

test("2565 is the seed's result: 94.23 A; strengths 1–6, 9, 10; to improve 7, 8; lowest IIT 4, EIT 7, OIT 9", async ({ request }) => {
  // figures worked by hand from the seed document (ita-research §0), not from the engine
  const json = await (await request.get("open-data/2565/ita.json")).json();
  expect(json.total).toBe(94.23);
  expect(json.rating).toBe("A");
  expect(json.tools.IIT.score).toBe(97.88);
  expect(json.tools.EIT.score).toBe(82.88);
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
