/** Nothing phones home: every request made while reading every page type, and while searching, goes to the site's own origin. */
import { expect, test } from "@playwright/test";

const PAGES = ["", "2565/", "2565/analysis/", "2565/measures/", "2566/oit/", "2566/oit/o1/", "2566/oit/o20/notice-001/", "2566/oit/itas/", "trends/", "open-data/", "privacy/", "sitemap/", "no-such-page/"];

test("every request goes to the site's own origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  for (const path of PAGES) {
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
  }
  await page.goto("search/?q=" + encodeURIComponent("มาตรการ"));
  await expect(page.locator("[data-search-results] li").first()).toBeVisible();
  const foreign = requests.filter((u) => !u.startsWith(origin + "/") && !u.startsWith("data:"));
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(PAGES.length * 2); // pages, stylesheet, fonts, search files
});

test("pages carry no inline script or inline style (the Content-Security-Policy forbids them)", async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    const inline = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
      styleElements: document.querySelectorAll("style").length,
      styleAttributes: document.querySelectorAll("[style]").length,
      handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
    }));
    expect(inline, path).toEqual({ scripts: 0, styleElements: 0, styleAttributes: 0, handlers: 0 });
  }
});

test("the local server sends the site's Content-Security-Policy, and pages (search included) work under it", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("search/?q=" + encodeURIComponent("มาตรการ"));
  expect(res?.headers()["content-security-policy"]).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
  await expect(page.locator("[data-search-results] li").first()).toBeVisible();
  for (const path of PAGES) await page.goto(path);
  expect(violations).toEqual([]);
});
