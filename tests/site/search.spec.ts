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

test("every shard of the index is searched: the prefixed build is cut into shards, the root build is one index", async ({ page, request }, testInfo) => {
  const { shards } = (await (await request.get("pagefind/shards.json")).json()) as { shards: string[] };
  // package.json builds the prefixed site with PRONGSAI_SEARCH_SHARD_PAGES=20: 2565 alone, 2566's 49 pages in three parts
  expect(shards).toEqual(testInfo.project.name === "prefixed" ? ["2565", "2566-1", "2566-2", "2566-3"] : []);
  // the notices' body text (not their titles) is only in 2566's shards
  await page.goto("search/?q=" + encodeURIComponent("คอนกรีต"));
  const results = page.locator("[data-search-results] li a");
  await expect(results).toHaveCount(3);
  const paths = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
  const base = testInfo.project.name === "prefixed" ? "/ita/" : "/";
  expect(paths).toEqual([1, 2, 3].map((n) => `${base}2566/oit/o20/notice-00${n}/`));
});

test("a second search typed before the first finishes shows only its own results", async ({ page }) => {
  await page.goto("search/");
  // both submitted in one task, before the engine has loaded: the first search is still waiting when the second starts
  await page.evaluate(() => {
    const form = document.querySelector<HTMLFormElement>("[data-search-form]")!;
    const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
    for (const q of ["เปิดเผย", "คอนกรีต"]) {
      input.value = q;
      form.requestSubmit();
    }
  });
  await expect(page.locator("[data-search-status]")).toContainText("คอนกรีต");
  await page.waitForTimeout(1500); // time for a stale first search to (wrongly) append its hits
  const paths = await page.locator("[data-search-results] li a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths).toHaveLength(3);
  for (const p of paths) expect(p).toMatch(/\/2566\/oit\/o20\/notice-00[123]\/$/);
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

test("a number is found whichever digits are typed: 94.23 and ๙๔.๒๓ both find the 2565 result, shown in the site's digits", async ({ page }, testInfo) => {
  const base = testInfo.project.name === "prefixed" ? "/ita/" : "/";
  // the example prints ๙๔.๒๓ (site.digits "thai") on the home page (latest result), the 2565 result and
  // analysis pages and the trends page; the printable report has no search body and is not indexed
  const expected = ["", "2565/", "2565/analysis/", "trends/"].map((p) => `${base}${p}`).sort();
  for (const q of ["94.23", "๙๔.๒๓"]) {
    await page.goto("search/?q=" + encodeURIComponent(q));
    await expect(page.locator("[data-search-status]")).toContainText("พบ 4 หน้า");
    const results = page.locator("[data-search-results] li");
    const paths = await results.locator("a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.sort(), q).toEqual(expected);
    for (const mark of await results.locator("mark").allInnerTexts()) expect(mark).toBe("๙๔.๒๓");
  }
});

test("a word inside a compound is found: งบประมาณ finds the home page, which writes it only within ปีงบประมาณ", async ({ page }, testInfo) => {
  const base = testInfo.project.name === "prefixed" ? "/ita/" : "/";
  await page.goto("search/?q=" + encodeURIComponent("งบประมาณ"));
  const home = page.locator("[data-search-results] li").filter({ has: page.locator(`a[href="${base}"]`) });
  await expect(home).toHaveCount(1);
  const passage = await home.locator("p").innerText();
  const mark = home.locator("mark").first();
  await expect(mark).toHaveText("งบประมาณ");
  // the passage reads ปีงบประมาณ, with งบประมาณ marked inside it
  expect(passage).toContain("ปีงบประมาณ");
  expect(await mark.evaluate((m) => m.previousSibling?.textContent?.slice(-2))).toBe("ปี");
});

test("titles and passages read as the pages do: no space the index added, none of its own lost", async ({ page, context }) => {
  await page.goto("search/?q=" + encodeURIComponent("มาตรการ"));
  const results = page.locator("[data-search-results] li");
  await expect(results.first()).toBeVisible();
  const shown = await results.evaluateAll((lis) =>
    lis.slice(0, 6).map((li) => ({ href: li.querySelector("a")!.href, title: li.querySelector("a")!.textContent!, passage: li.querySelector("p")!.textContent! })),
  );
  const target = await context.newPage();
  for (const { href, title, passage } of shown) {
    await target.goto(href);
    // the page's text as a reader sees it, with every <details> opened (Pagefind indexes their content too)
    await target.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const text = (await target.locator("main").innerText()).replace(/\s+/g, " ");
    expect(title, href).toBe((await target.locator("main h1").first().innerText()).replace(/\s+/g, " ").trim());
    expect(passage).not.toMatch(/[\u200B-\u200D\u2060]/);
    // Pagefind ends each block with ". " and the passage has "…" at a cut: every piece in between is the page's own text
    for (const piece of passage.split(/…|\.\s/).map((s) => s.trim()).filter(Boolean)) expect(text, `${href}: “${piece}”`).toContain(piece);
  }
  await target.close();
});
