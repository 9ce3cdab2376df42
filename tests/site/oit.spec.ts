/** The OIT section: the index with readiness, an item page, the staff sheet, and every ITAS URL resolving. */
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, exampleModel, watchErrors } from "./helpers.ts";
import { fromThaiDigits, toDigits } from "../../scripts/lib/thai.ts";
import { PREFIX } from "../../playwright.config.ts";

// The example's 2566 OIT section, worked out by hand: data/2566/oit.json changes nothing, so the items
// are the 2566 edition's o1–o43. Evidence (content/2566/oit/), fiscal year 2566 = 1 Oct 2022 – 30 Sep 2023:
//   o1, o2, o5   window "now", dated evidence                              → published
//   o20          window fiscalYear, entries of 11 Feb – 13 Apr 2023          → published
//   o42          window fiscalYear, documents of 31 Oct 2022                 → published
//   o12          window firstHalf (to 31 Mar 2023), document of 10 May 2023  → outside-window
//   the other 37 have no evidence                                            → missing
const ITEMS = Array.from({ length: 43 }, (_, i) => `o${i + 1}`);
const READY = 5;
// the example's input (which items are marked sample), read by the loader; counts above are by hand
const model = exampleModel();
const y2566 = model.years.find((y) => y.fiscalYear === 2566)!;

test("OIT index lists every item of the 2566 edition, grouped, with readiness", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("2566/oit/");
  await expect(page.locator("h1")).toHaveCount(1);
  const rows = page.locator("table.oit tbody tr");
  await expect(rows).toHaveCount(ITEMS.length);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-item")))).toEqual(ITEMS);
  await expect(page.locator("[data-readiness] [data-ready]")).toHaveText("๕"); // READY in the site's Thai digits
  for (const code of ["o1", "o2", "o5", "o20", "o42"]) await expect(page.locator(`tr[data-item="${code}"]`)).toHaveAttribute("data-status", "published");
  await expect(page.locator('tr[data-status="published"]')).toHaveCount(READY);
  await expect(page.locator("[data-readiness]")).toContainText("ไม่ใช่คะแนนจากสำนักงาน ป.ป.ช.");
  await expect(page.locator('tr[data-item="o12"]')).toHaveAttribute("data-status", "outside-window");
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test("OIT index: the readiness summary and the list of items not ready agree, each with its reason in Thai dates", async ({ page }) => {
  await page.goto("2566/oit/");
  const number = async (sel: string) => Number(fromThaiDigits(await page.locator(sel).innerText()));
  const ready = await number("[data-readiness] [data-ready]");
  const total = await number("[data-readiness] [data-total]");
  const listed = page.locator("[data-not-ready] li");
  await expect(listed).toHaveCount(total - ready);
  await expect(page.locator("[data-not-ready] summary")).toContainText(`(${toDigits(total - ready, "thai")} ข้อ)`);
  // membership: exactly the rows of the tables whose status is not published
  const notPublished = await page.locator('table.oit tr[data-status]:not([data-status="published"])').evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-item")));
  expect(await listed.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-item")))).toEqual(notPublished);
  // reasons: never empty; o12 (evidence dated 10 May 2566, first half ends 31 Mar 2566) in Thai dates
  // (the list is inside a closed <details>: read textContent, innerText of hidden content is empty)
  for (const text of await listed.allTextContents()) expect(text).toMatch(/: \S/);
  await expect(page.locator('[data-not-ready] li[data-item="o12"]')).toContainText(
    "หลักฐานลงวันที่นอกช่วง ๑\u00a0ต.ค.\u00a0๒๕๖๕ – ๓๑\u00a0มี.ค.\u00a0๒๕๖๖ ที่ข้อนี้กำหนด (ลงวันที่ ๑๐\u00a0พ.ค.\u00a0๒๕๖๖)",
  );
});

test("an item page shows the requirement, the evidence with document type and size, and that it is sample content", async ({ page }) => {
  await page.goto("2566/oit/o1/");
  await expect(page.locator("h1")).toHaveText("O1 โครงสร้าง");
  await expect(page.locator("[data-sample]")).toBeVisible();
  const doc = page.locator(".documents a").first();
  await expect(doc).toHaveText(/แผนผังโครงสร้าง/);
  await expect(page.locator(".documents li").first()).toContainText("PDF");
  const res = await page.request.get(await doc.evaluate((a) => (a as HTMLAnchorElement).href));
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  await expectNoAxeViolations(page);
});

test("o42 of ITA 2566 points at the analysis and measures of ITA 2565", async ({ page }) => {
  await page.goto("2566/oit/o42/");
  const hrefs = await page.locator(".documents a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.map((h) => h.replace(/^\/ita\//, "/"))).toEqual(["/2565/analysis/", "/2565/analysis/report/", "/2565/measures/"]);
  await expect(page.locator("[data-status]")).toHaveAttribute("data-status", "published");
});

test("o43 of ITA 2566 links the measures it reports on by its role, with no staff notes on the page", async ({ page }) => {
  await page.goto("2566/oit/o43/");
  const hrefs = await page.locator("[data-related] a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.map((h) => h.replace(/^\/ita\//, "/"))).toEqual(["/2565/measures/"]);
  await page.locator("[data-related] a").click();
  await expect(page.locator("h1")).toContainText("มาตรการ");
  await page.goto("2566/oit/");
  await expect(page.locator("main")).not.toContainText("ยังไม่ได้ยืนยัน");
  await expect(page.locator("main")).not.toContainText("data/2566/oit.json");
  await expectNoAxeViolations(page);
});

test("the staff sheet says how sure the edition and each item are", async ({ page }) => {
  await page.goto("2566/oit/itas/");
  await expect(page.locator("[data-staff-notes]")).toContainText("รายการนี้ยังไม่ได้ยืนยันกับคู่มือ ป.ป.ช.");
  await expect(page.locator("table.itas [data-confidence]")).toHaveCount(ITEMS.length);
  await expect(page.locator('tr[data-item="o1"] [data-confidence]')).toHaveText("พบในสำเนาของหน่วยงานอื่น");
});

test("the staff sheet shows every item's answer and copy-ready absolute URL", async ({ page, baseURL }) => {
  await page.goto("2566/oit/itas/");
  const urls = await page.locator("[data-url]").allInnerTexts();
  expect(urls).toHaveLength(ITEMS.length);
  const prefix = baseURL!.includes(PREFIX) ? PREFIX : "/";
  expect(urls[0]).toBe(`https://tharae.example${prefix}2566/oit/o1/`);
  await expectNoAxeViolations(page);
});

test("every URL in oit.csv resolves to a page of this build", async ({ request, baseURL }) => {
  const csv = (await (await request.get("open-data/2566/oit.csv")).text()).replace(/^\uFEFF/, "").trim().split("\n");
  expect(csv[0]).toBe("code,title,answer,url,updated,status");
  const rows = csv.slice(1);
  expect(rows).toHaveLength(ITEMS.length);
  expect(rows.map((r) => r.split(",")[0])).toEqual(ITEMS);
  expect(rows.filter((r) => r.split(",")[2] === "มี")).toHaveLength(READY);
  const local = new URL(baseURL!);
  for (const row of rows) {
    const url = new URL(row.split(",")[3]!);
    expect(url.origin).toBe("https://tharae.example");
    // the public URL's path, served by this build
    const res = await request.get(`${local.origin}${url.pathname}`);
    expect(res.status(), url.href).toBe(200);
    expect(await res.text()).toContain(`<h1>${row.split(",")[0]!.toUpperCase()} `);
  }
});

test("every page that shows sample content says so in words: items, their entries, the OIT index, the ITAS sheet, the year", async ({ page }) => {
  const oit = y2566.oit!;
  const samples = oit.items.filter((i) => i.sample);
  // the example's sample items: o1, o2, o5, o12, o42 (sample: true) and o20, whose notices are sample entries
  expect(samples.map((i) => i.code).sort()).toEqual(["o1", "o12", "o2", "o20", "o42", "o5"]);
  expect(oit.sampleItems).toBe(samples.length);
  for (const item of samples) {
    await page.goto(`2566/oit/${item.code}/`);
    await expect(page.locator("[data-sample]"), item.code).toContainText("ข้อมูลตัวอย่าง:");
    for (const e of item.evidence?.entries ?? []) {
      await page.goto(e.href.slice(1));
      await expect(page.locator("[data-sample]"), e.href).toContainText("ไม่ใช่ประกาศหรือหลักฐานจริงของหน่วยงาน");
    }
  }
  // an item with real (or no) evidence has no notice
  await page.goto("2566/oit/o3/");
  await expect(page.locator("[data-sample]")).toHaveCount(0);
  for (const path of ["2566/oit/", "2566/oit/itas/"]) {
    await page.goto(path);
    await expect(page.locator("p[data-sample]"), path).toContainText(`${toDigits(samples.length, "thai")} ข้อ`);
    expect(await page.locator("[data-sample-item]").evaluateAll((els) => els.map((el) => el.closest("tr")!.getAttribute("data-item"))), path).toEqual(samples.map((i) => i.code));
  }
  await page.goto("2566/");
  await expect(page.locator("[data-sample]")).toHaveText(`มีข้อมูลตัวอย่าง ${toDigits(samples.length, "thai")} ข้อ`);
  // the bundled example's contact details are placeholders: every page's footer says so
  expect(model.site.example).toBe(true);
  await expect(page.locator("footer [data-example-contact]")).toContainText("ข้อมูลสมมติของเว็บไซต์ตัวอย่าง");
});

test("oit.json marks the sample items", async ({ request }) => {
  const json = await (await request.get("open-data/2566/oit.json")).json();
  const marked = (json.items as { code: string; sample?: boolean }[]).filter((i) => i.sample).map((i) => i.code);
  expect(marked).toEqual(y2566.oit!.items.filter((i) => i.sample).map((i) => i.code));
});
