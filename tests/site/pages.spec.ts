/** Every page type: Thai, one h1, no console errors, no axe violations, the self-hosted font. */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, loadedFonts, watchErrors } from "./helpers.ts";

const PAGES = [
  { kind: "home", path: "" },
  { kind: "year", path: "2565/" },
  { kind: "analysis", path: "2565/analysis/" },
  { kind: "measures", path: "2565/measures/" },
  { kind: "open data", path: "open-data/" },
  { kind: "OIT entry", path: "2566/oit/o20/notice-001/" },
  { kind: "trends", path: "trends/" },
  { kind: "prose (privacy policy)", path: "privacy/" },
  { kind: "sitemap", path: "sitemap/" },
  { kind: "search", path: "search/" },
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

test("every page type reads without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  for (const { path } of PAGES) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect((await page.locator("main").innerText()).length, path).toBeGreaterThan(30);
  }
  await page.goto("2565/analysis/");
  await expect(page.locator('[data-list="to-improve"] li')).toHaveCount(2);
  await expect(page.locator("svg[role=img]")).toHaveCount(0); // charts live on the year page
  await page.goto("2565/");
  await expect(page.locator("svg[role=img]")).toHaveCount(2);
  await context.close();
});

test("zoomed to 200 % nothing is hidden: no page-wide sideways scroll, every navigation link on screen", async ({ page }) => {
  // browser zoom of a 1280 × 800 window to 200 % gives a 640 × 400 CSS viewport; text-only zoom keeps
  // the viewport and doubles the root font size (set through the CSSOM: the CSP refuses injected <style>)
  const modes = [
    { name: "page zoom", width: 640, height: 400, text: false },
    { name: "text zoom", width: 1280, height: 800, text: true },
  ];
  for (const mode of modes) {
    await page.setViewportSize({ width: mode.width, height: mode.height });
    for (const path of ["", "2565/", "2565/analysis/", "2565/measures/", "2566/oit/", "trends/"]) {
      await page.goto(path);
      if (mode.text) await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${mode.name}: ${path} scrolls sideways`).toBeLessThanOrEqual(1);
      for (const link of await page.locator("header nav a").all()) {
        const box = (await link.boundingBox())!;
        expect(box.x + box.width, `${mode.name}: ${path} nav link cut off`).toBeLessThanOrEqual(mode.width);
      }
    }
  }
});

test("keyboard only: the skip link comes first and lands on the content; the navigation follows in order", async ({ page }) => {
  await page.goto("2565/");
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip-link")).toBeFocused();
  await expect(page.locator(".skip-link")).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.goto("2565/");
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab"); // agency name (home)
  const names: string[] = [];
  for (let i = 0; i < (await page.locator("header nav a").count()); i++) {
    await page.keyboard.press("Tab");
    names.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
  }
  expect(names).toEqual(await page.locator("header nav a").allInnerTexts());
  const current = page.locator('header nav a[aria-current="page"]');
  await expect(current).toHaveText("ผลการประเมิน ITA");
});

test("each page names its canonical URL and its Open Graph title", async ({ page, baseURL }) => {
  await page.goto("2565/analysis/");
  const prefix = new URL(baseURL!).pathname;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `https://tharae.example${prefix}2565/analysis/`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /การวิเคราะห์ผลการประเมิน ITA/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{20,}/);
});

test("each page preloads the font faces its text uses, and only those: laid out once in Sarabun, nothing fetched for nothing", async ({ page }) => {
  for (const path of [...PAGES.map((p) => p.path), "no-such-page/", "2565/analysis/report/"]) {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const { preloaded, used } = await page.evaluate(() => ({
      preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((l) => /sarabun-(\w+-\d+)-normal\.woff2$/.exec(l.href)?.[1] ?? l.href),
      used: [...document.fonts].filter((f) => f.status === "loaded").map((f) => `${/U\+E01/i.test(f.unicodeRange) ? "thai" : "latin"}-${f.weight}`),
    }));
    expect(preloaded.sort(), path).toEqual(used.sort());
  }
});
