/** Every page type: Thai, one h1, no console errors, no axe violations, the self-hosted font. */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, loadedFonts, watchErrors } from "./helpers.ts";

const PAGES = [
  { kind: "home", path: "" },
  { kind: "year", path: "2565/" },
  { kind: "analysis", path: "2565/analysis/" },
  { kind: "measures", path: "2565/measures/" },
  { kind: "open data", path: "open-data/" },
];

for (const { kind, path } of PAGES) {
  test(`${kind} page: lang th, one h1, no errors, no axe violations`, async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "th");
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page).toHaveTitle(/\| เทศบาลตำบลท่าแร่$/);
    await expectNoAxeViolations(page);
    expect(await loadedFonts(page)).toContain("Sarabun 400");
    expect(errors).toEqual([]);
  });
}

test("an unknown address gets the helpful 404 page", async ({ page }) => {
  const response = await page.goto("no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("ไม่พบหน้านี้");
  await expect(page.getByRole("link", { name: /ผลการประเมิน ปี/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the main navigation marks the current page with aria-current", async ({ page }) => {
  await page.goto("2565/analysis/");
  const current = page.locator('header nav a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText("การวิเคราะห์ผล");
});

test("pages read without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto("2565/analysis/");
  await expect(page.locator("h1")).toContainText("การวิเคราะห์ผลการประเมิน");
  await expect(page.locator('[data-list="to-improve"] li')).toHaveCount(2);
  await context.close();
});
