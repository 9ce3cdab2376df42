/** For machines: sitemap.xml lists pages that exist, the Atom feed is newest first with ISO dates, robots.txt points at the sitemap. */
import { expect, test } from "@playwright/test";

test("sitemap.xml lists every page with absolute URLs that resolve in this build", async ({ request, baseURL }) => {
  const xml = await (await request.get("sitemap.xml")).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
  expect(locs.length).toBeGreaterThan(50);
  const local = new URL(baseURL!);
  for (const loc of locs) {
    expect(loc.origin).toBe("https://tharae.example");
    expect((await request.get(`${local.origin}${loc.pathname}`)).status(), loc.href).toBe(200);
  }
  for (const must of ["2565/analysis/", "2566/oit/o42/", "2566/oit/o20/notice-001/", "privacy/"]) {
    expect(locs.some((l) => l.pathname.endsWith(`/${must}`)), must).toBe(true);
  }
});

test("the Atom feed is well formed, newest first, with RFC 3339 dates", async ({ page, request }) => {
  const res = await request.get("feed.xml");
  const xml = await res.text();
  // the browser's XML parser reports errors as a <parsererror> element
  const ok = await page.evaluate((x) => new DOMParser().parseFromString(x, "application/xml").getElementsByTagName("parsererror").length === 0, xml);
  expect(ok).toBe(true);
  const dates = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
  expect(dates.length).toBeGreaterThan(3);
  for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+07:00$/);
  // every entry's link is a page of this build
  const local = new URL(page.url() === "about:blank" ? res.url() : page.url());
  for (const m of xml.matchAll(/<entry>[\s\S]*?<link href="([^"]+)"/g)) {
    const href = new URL(m[1]!);
    expect((await request.get(`${local.origin}${href.pathname}`)).status(), href.href).toBe(200);
  }
  expect([...dates].sort().reverse()).toEqual(dates);
});

test("robots.txt points at the sitemap", async ({ request }) => {
  const text = await (await request.get("robots.txt")).text();
  expect(text).toMatch(/^Sitemap: https:\/\/tharae\.example\/(ita\/)?sitemap\.xml$/m);
});
