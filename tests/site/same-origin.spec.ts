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

// GitHub Pages and GitLab Pages send no headers of ours, and on Netlify or Cloudflare an unknown
// path's 404 gets no policy when /admin/ has its own: each page carries the policy in its head.
test("served with no headers at all, a page still enforces the policy from its meta element: an injected inline script does not run", async ({ page, request }) => {
  for (const path of ["no-such-page/", "2565/", "2565/analysis/report/"]) {
    const res = await request.get(path);
    const body = await res.text();
    await page.route("**/*", async (route) => {
      if (route.request().resourceType() !== "document") return route.continue();
      await route.fulfill({ status: res.status(), contentType: "text/html; charset=utf-8", body });
    });
    await page.goto(path);
    await page.unrouteAll();
    const outcome = await page.evaluate(async () => {
      const violated = new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (e) => resolve(e.effectiveDirective), { once: true });
        setTimeout(() => resolve("no violation reported"), 3_000);
      });
      const s = document.createElement("script");
      s.textContent = "document.documentElement.dataset.injected = 'ran'";
      document.head.append(s);
      return { directive: await violated, ran: document.documentElement.dataset.injected ?? null };
    });
    expect(outcome, path).toEqual({ directive: "script-src-elem", ran: null });
  }
});
