/** Crawls the whole built site from its home page: every internal link, stylesheet, font and file resolves. */
import { expect, test } from "@playwright/test";

test("every internal link and asset resolves", async ({ page, request, baseURL }) => {
  const base = new URL(baseURL!);
  const seen = new Set<string>();
  const queue = [base.href];
  const broken: string[] = [];
  let pages = 0;
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await request.get(url);
    if (res.status() !== 200) {
      broken.push(`${res.status()} ${url}`);
      continue;
    }
    if (!(res.headers()["content-type"] ?? "").startsWith("text/html")) continue;
    pages++;
    await page.goto(url);
    const refs = await page.evaluate(() =>
      [...document.querySelectorAll("a[href], link[href], img[src], script[src]")].map(
        (el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src,
      ),
    );
    const css = await page.evaluate(() =>
      [...document.styleSheets].flatMap((s) => [...s.cssRules].filter((r) => r instanceof CSSFontFaceRule).map((r) => (r as CSSFontFaceRule).style.getPropertyValue("src"))),
    );
    for (const src of css) for (const m of src.matchAll(/url\("?([^")]+)"?\)/g)) refs.push(new URL(m[1]!, new URL("assets/css/site.css", base)).href);
    for (const ref of refs) {
      const u = new URL(ref);
      u.hash = "";
      if (u.origin !== base.origin) continue;
      if (!u.pathname.startsWith(base.pathname)) {
        broken.push(`outside the path prefix: ${u.href} (on ${url})`);
        continue;
      }
      if (!seen.has(u.href)) queue.push(u.href);
    }
  }
  expect(broken).toEqual([]);
  expect(pages).toBeGreaterThanOrEqual(5);
});
