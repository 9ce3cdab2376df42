/** The print page of the official report: a public page too, so the same checks as every page. */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, loadedFonts, watchErrors } from "./helpers.ts";

test("report page: lang th, one h1, no errors, no axe violations, the self-hosted font", async ({ page }) => {
  const errors = watchErrors(page);
  const response = await page.goto("2565/analysis/report/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "th");
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.locator("h1")).toContainText("ประจำปีงบประมาณ พ.ศ. ๒๕๖๕");
  await expect(page).toHaveTitle(/^รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส.*\| เทศบาลตำบลท่าแร่$/);
  await expect(page.locator('[data-score="total"]').first()).toHaveText("๙๔.๒๓");
  await expectNoAxeViolations(page);
  const fonts = await loadedFonts(page);
  expect(fonts).toContain("Sarabun 400");
  expect(fonts).toContain("Sarabun 700");
  expect(errors).toEqual([]);
});

test("report page in print media: no axe violations and the page is not indexed as a duplicate", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto("2565/analysis/report/");
  await expectNoAxeViolations(page);
  // only pages marked data-pagefind-body are indexed: the analysis page is, its print copy is not
  await expect(page.locator("[data-pagefind-body]")).toHaveCount(0);
});

test("the printable report leads back to the site and to its PDF on screen, and prints without them", async ({ page }) => {
  await page.goto("2565/analysis/report/");
  const nav = page.locator("[data-report-nav]");
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link", { name: "กลับไปหน้าการวิเคราะห์ผลปี ๒๕๖๕" })).toHaveAttribute("href", /\/2565\/analysis\/$/);
  await expect(nav.getByRole("link", { name: "หน้าแรกของเว็บไซต์" })).toBeVisible();
  // the build printed the PDF (Chromium is there), so the page offers it
  await expect(nav.getByRole("link", { name: "ดาวน์โหลดไฟล์ PDF (A4)" })).toHaveAttribute("href", /\/2565\/analysis\/report-2565\.pdf$/);
  await page.emulateMedia({ media: "print" });
  await expect(nav).toBeHidden();
});
