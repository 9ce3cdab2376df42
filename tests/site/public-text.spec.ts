/**
 * The text every page shows (and says to screen readers and search engines: title, description,
 * alt, aria-label), read once per page: no raw JavaScript value ("Sat Oct 01 2022 00:00:00
 * GMT+0000", "undefined", "NaN", "[object Object]", "Invalid DateTime"), no ISO date (dates are
 * Thai: ๑ ต.ค. ๒๕๖๕), and every number the site writes in the agency's digits. Staff prose
 * (.prose) and code (URLs for ITAS) are left out, and what staff typed is shown as typed.
 */
import { expect, test } from "@playwright/test";
import { fromThaiDigits } from "../../scripts/lib/thai.ts";
import { everyPage, exampleModel, publicText } from "./helpers.ts";

/**
 * What staff typed is shown as typed (README, "data/site.json"): measure titles, steps and notes,
 * commentary points, document and entry titles, the scores' source, their own pages' titles
 * and descriptions; and the editions' provenance is quoted. Everything else comes from the site.
 */
function staffStrings(): string[] {
  const m = exampleModel();
  const out: (string | undefined)[] = [m.site.description, m.site.name.en];
  for (const p of m.pages) out.push(p.title, p.description);
  // the editions' provenance ("source": citations with URLs and section numbers) is quoted as written
  const sources = (v: unknown): string[] =>
    v && typeof v === "object" ? Object.entries(v).flatMap(([k, x]) => (k === "source" && typeof x === "string" ? [x] : sources(x))) : [];
  for (const y of m.years) {
    out.push(...sources(y.edition), ...(y.oit?.items ?? []).map((i) => i.source));
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

test("every page: no raw JavaScript value, no ISO date, and every number the site writes in the agency's (Thai) digits", async ({ page, request, baseURL }) => {
  expect(exampleModel().site.digits).toBe("thai");
  const paths = await everyPage(request, baseURL!);
  expect(paths.length).toBeGreaterThan(50);
  const staff = staffStrings();
  const raw: string[] = [];
  const iso: string[] = [];
  const digits: string[] = [];
  const around = (text: string, at: number) => text.slice(Math.max(0, at - 40), at + 40);
  for (const path of paths) {
    await page.goto(path);
    for (const { where, text } of await publicText(page)) {
      const ascii = fromThaiDigits(text);
      const r = /GMT[+-]\d{4}|Coordinated Universal Time|Invalid DateTime|\[object \w+\]|\bundefined\b|\bNaN\b|\bnull\b/.exec(ascii);
      if (r) raw.push(`${path} ${where}: raw value "${r[0]}" in «${around(text, r.index)}»`);
      const d = /(?<![\d/])\d{4}-\d{2}-\d{2}(?!\d)/.exec(ascii);
      if (d) iso.push(`${path} ${where}: ISO date ${d[0]} in «${around(text, d.index)}»`);
    }
    // English names keep their digits (lang="en": "draft 2020-12"); so do Latin words (O12, A4), as toDigits does
    for (const { where, text } of await publicText(page, '[lang="en"]')) {
      let rest = text;
      for (const s of staff) rest = rest.split(s).join(" ");
      const a = /(?<![A-Za-z]-?[0-9]*)[0-9]+/.exec(rest);
      if (a) digits.push(`${path} ${where}: "${a[0]}" in «${around(rest, a.index)}»`);
    }
  }
  expect.soft(raw).toEqual([]);
  expect.soft(iso).toEqual([]);
  expect.soft(digits).toEqual([]);
  // the footer's address in Thai digits: postcode ๔๗๒๓๐, telephone ๐ ๔๒๐๐ ๐๐๐๐
  await page.goto("");
  await expect(page.locator("footer address")).toContainText("๔๗๒๓๐");
  await expect(page.locator("footer address")).toContainText("โทรศัพท์ ๐ ๔๒๐๐ ๐๐๐๐");
});
