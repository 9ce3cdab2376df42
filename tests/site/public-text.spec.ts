/**
 * The text every page shows (and says to screen readers and search engines: title, description,
 * alt, aria-label): no raw JavaScript value ("Sat Oct 01 2022 00:00:00 GMT+0000", "undefined",
 * "NaN", "[object Object]", "Invalid DateTime") and no ISO date: dates are Thai (๑ ต.ค. ๒๕๖๕).
 * Staff prose (.prose, kept as typed) and code (URLs for ITAS) are left out.
 */
import { expect, test } from "@playwright/test";
import { fromThaiDigits } from "../../scripts/lib/thai.ts";
import { everyPage, exampleModel, publicText } from "./helpers.ts";

test("no page shows a raw JavaScript value or an ISO date", async ({ page, request, baseURL }) => {
  const paths = await everyPage(request, baseURL!);
  expect(paths.length).toBeGreaterThan(50);
  const faults: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    for (const { where, text } of await publicText(page)) {
      const ascii = fromThaiDigits(text);
      const raw = /GMT[+-]\d{4}|Coordinated Universal Time|Invalid DateTime|\[object \w+\]|\bundefined\b|\bNaN\b|\bnull\b/.exec(ascii);
      if (raw) faults.push(`${path} ${where}: raw value "${raw[0]}" in «${text.slice(Math.max(0, raw.index - 40), raw.index + 40)}»`);
      const iso = /(?<![\d/])\d{4}-\d{2}-\d{2}(?!\d)/.exec(ascii);
      if (iso) faults.push(`${path} ${where}: ISO date ${iso[0]} in «${text.slice(Math.max(0, iso.index - 40), iso.index + 50)}»`);
    }
  }
  expect(faults).toEqual([]);
});

/**
 * What staff typed is shown as typed (README, "Digits"): measure titles, steps and notes,
 * commentary points, document and entry titles, the scores' source, their own pages' titles
 * and descriptions. Everything else on a page comes from the site.
 */
function staffStrings(): string[] {
  const m = exampleModel();
  const out: (string | undefined)[] = [m.site.description, m.site.name.en];
  for (const p of m.pages) out.push(p.title, p.description);
  for (const y of m.years) {
    out.push(y.ita?.source?.title);
    for (const x of y.measures?.measures ?? []) out.push(x.title, ...x.steps, ...x.responsible, x.monitoring, x.progress);
    for (const c of Object.values(y.commentary)) out.push(...c.assessmentPoints, ...c.improvements);
    for (const i of y.oit?.items ?? []) {
      for (const d of i.evidence?.documents ?? []) out.push(d.title);
      for (const e of i.evidence?.entries ?? []) out.push(e.title, ...e.documents.map((d) => d.title));
    }
  }
  // longest first, so a title is removed whole before a shorter string inside it
  return [...new Set(out.filter((s): s is string => !!s))].sort((a, b) => b.length - a.length);
}

test("every number and date the site writes is in the agency's digits (Thai), the agency's address too", async ({ page, request, baseURL }) => {
  expect(exampleModel().site.digits).toBe("thai");
  const staff = staffStrings();
  const faults: string[] = [];
  for (const path of await everyPage(request, baseURL!)) {
    await page.goto(path);
    // English names keep their digits (lang="en": "draft 2020-12"); so do Latin words (O12, A4), as toDigits does
    for (const { where, text } of await publicText(page, '[lang="en"]')) {
      let rest = text;
      for (const s of staff) rest = rest.split(s).join(" ");
      const ascii = /(?<![A-Za-z]-?[0-9]*)[0-9]+/.exec(rest);
      if (ascii) faults.push(`${path} ${where}: "${ascii[0]}" in «${rest.slice(Math.max(0, ascii.index - 30), ascii.index + 30)}»`);
    }
  }
  expect(faults).toEqual([]);
  // the footer's address: "สำนักงานเทศบาลตำบลท่าแร่ ตำบลท่าแร่ … สกลนคร ๔๗๒๓๐", telephone ๐ ๔๒๐๐ ๐๐๐๐
  await page.goto("");
  await expect(page.locator("footer address")).toContainText("๔๗๒๓๐");
  await expect(page.locator("footer address")).toContainText("โทรศัพท์ ๐ ๔๒๐๐ ๐๐๐๐");
});
