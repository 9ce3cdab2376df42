/** Thai search with Pagefind: a word found inside a longer phrase, links that work under the path prefix, keyboard use. */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers.ts";

test("searching เปิดเผย finds pages that only hold it inside การเปิดเผยข้อมูล", async ({ page, request }) => {
  await page.goto("search/");
  await page.getByLabel("คำที่ต้องการค้นหา").fill("เปิดเผย");
  await page.getByRole("button", { name: "ค้นหา" }).click();
  const results = page.locator("[data-search-results] li a");
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.some((h) => /\/2565\/analysis\/$/.test(h))).toBe(true);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  await expect(page.locator("[data-search-status]")).toContainText("พบ");
  await expectNoAxeViolations(page);
});

test("a word that is not on the site finds nothing (no loose Thai matches)", async ({ page }) => {
  await page.goto("search/?q=" + encodeURIComponent("เลือกตั้ง"));
  await expect(page.locator("[data-search-status]")).toContainText("ไม่พบ");
  await expect(page.locator("[data-search-results] li")).toHaveCount(0);
});

test("search is reachable and usable with the keyboard alone", async ({ page }) => {
  await page.goto("search/");
  await page.keyboard.press("Tab"); // skip link
  await expect(page.locator(".skip-link")).toBeFocused();
  await page.locator("#q").focus();
  await page.keyboard.type("มาตรการ");
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-search-results] li").first()).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "ค้นหา" })).toBeFocused();
});
