/**
 * The text every page shows (and says to screen readers and search engines: title, description,
 * alt, aria-label): no raw JavaScript value ("Sat Oct 01 2022 00:00:00 GMT+0000", "undefined",
 * "NaN", "[object Object]", "Invalid DateTime") and no ISO date: dates are Thai (๑ ต.ค. ๒๕๖๕).
 * Staff prose (.prose, kept as typed) and code (URLs for ITAS) are left out.
 */
import { expect, test } from "@playwright/test";
import { fromThaiDigits } from "../../scripts/lib/thai.ts";
import { everyPage, publicText } from "./helpers.ts";

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
