/**
 * Phones: at 320 and 375 px every cell of every table is on screen (no sideways scrolling, none
 * clipped), each value carries its column's name when the table is stacked, chart text is at
 * least 12 px and inside its drawing, and the agency's name is not broken inside in the heading.
 */
import { expect, test } from "@playwright/test";

const PAGES = [
  { kind: "home", path: "" },
  { kind: "year", path: "2565/" },
  { kind: "analysis", path: "2565/analysis/" },
  { kind: "measures", path: "2565/measures/" },
  { kind: "OIT index", path: "2566/oit/" },
  { kind: "OIT item", path: "2566/oit/o12/" },
  { kind: "ITAS sheet", path: "2566/oit/itas/" },
  { kind: "trends", path: "trends/" },
  { kind: "open data", path: "open-data/" },
];

/** What is wrong with the tables of the page: cells off screen or clipped, values without their column's name. */
function tableFaults(): string[] {
  const faults: string[] = [];
  const vw = document.documentElement.clientWidth;
  const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
  if (document.documentElement.scrollWidth > vw + 1) faults.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
  document.querySelectorAll("main table").forEach((table, t) => {
    const name = `table ${t + 1} (${norm(table.querySelector("caption")?.textContent).slice(0, 40)})`;
    for (let el = table.parentElement; el && el !== document.body; el = el.parentElement) {
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible") faults.push(`${name}: ${el.className || el.localName} scrolls sideways`);
    }
    const headRow = table.querySelector("thead tr");
    const headers = headRow ? [...headRow.children].map((c) => norm(c.textContent)) : [];
    const theadRect = table.querySelector("thead")?.getBoundingClientRect();
    const stacked = !!theadRect && (theadRect.width <= 1 || theadRect.height <= 1);
    table.querySelectorAll("tbody tr, tfoot tr").forEach((tr) => {
      [...tr.children].forEach((cell, col) => {
        const style = getComputedStyle(cell);
        const empty = norm(cell.textContent) === "" && cell.children.length === 0;
        if (style.display === "none" || style.visibility === "hidden") {
          if (!empty) faults.push(`${name}: a cell with content is hidden: «${norm(cell.textContent).slice(0, 30)}»`);
          return;
        }
        for (const el of [cell, ...cell.querySelectorAll("*")]) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.left < -0.5 || r.right > vw + 0.5) faults.push(`${name}: «${norm(el.textContent).slice(0, 30)}» runs off screen (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`);
        }
        // a stacked table shows each value after its column's name; the name must be that column's
        if (stacked && cell.localName === "td" && !empty) {
          const label = cell.getAttribute("data-label");
          const shown = getComputedStyle(cell, "::before").content;
          if (!label) faults.push(`${name}: a value without a label: «${norm(cell.textContent).slice(0, 30)}»`);
          else if (!shown.includes(label)) faults.push(`${name}: the label "${label}" is not shown`);
          else if (headers.length && tr.parentElement!.localName === "tbody" && norm(label) !== headers[col]) faults.push(`${name}: "${label}" labels column "${headers[col]}"`);
        }
      });
    });
  });
  return faults;
}

/** Chart text smaller than 12 px on screen, or outside its drawing. */
function chartFaults(): string[] {
  const faults: string[] = [];
  document.querySelectorAll("main svg[role=img]").forEach((svg) => {
    const box = svg.getBoundingClientRect();
    svg.querySelectorAll("text").forEach((text) => {
      const px = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1);
      if (px < 12 - 0.01) faults.push(`chart text «${text.textContent}» is ${px.toFixed(1)} px`);
      const r = text.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1) faults.push(`chart text «${text.textContent}» runs outside its chart`);
    });
  });
  return faults;
}

for (const width of [320, 375]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: 740 } });
    for (const { kind, path } of PAGES) {
      test(`${kind}: every table cell on screen and labelled, charts legible`, async ({ page }) => {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        expect(await page.locator("main").isVisible()).toBe(true);
        expect([...(await page.evaluate(tableFaults)), ...(await page.evaluate(chartFaults))]).toEqual([]);
      });
    }

    test("the verdict is on the first screen of the home and year pages, in words", async ({ page }) => {
      for (const path of ["", "2565/"]) {
        await page.goto(path);
        for (const sel of ["[data-pass-label]", '[data-verdict] [data-score="total"]', "[data-verdict] [data-rating]"]) {
          await expect(page.locator(sel).first(), `${path} ${sel}`).toBeInViewport();
        }
        await expect(page.locator("[data-pass-label]").first()).toHaveText("ผ่านเกณฑ์ ๘๕ คะแนน");
      }
    });

    test("the agency's name in the home page's heading is not broken inside", async ({ page }) => {
      await page.goto("");
      const { height, line } = await page.locator("h1 .name").evaluate((el) => ({
        height: el.getBoundingClientRect().height,
        line: parseFloat(getComputedStyle(el).lineHeight),
      }));
      expect(height).toBeLessThan(line * 1.5);
    });
  });
}
