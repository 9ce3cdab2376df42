/** Shared helpers of the browser tests: the example's input, digit conversion, errors, axe, fonts, every page. */
import { AxeBuilder } from "@axe-core/playwright";
import { type APIRequestContext, type Page, expect } from "@playwright/test";
import { loadSite } from "../../scripts/lib/load-data.ts";

/**
 * The example's input as the loader reads it, for facts of the input (which years have results,
 * the digit style, the licence field), never for expected values, which the tests work out by hand.
 */
export function exampleModel() {
  const { model, problems } = loadSite({ root: process.cwd() });
  if (!model) throw new Error(problems.map((p) => p.en).join("\n"));
  return model;
}

/** Thai digits ๐–๙ (U+0E50–U+0E59) as ASCII 0–9; written here rather than taken from the engine under test. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** A page's text with Thai digits turned into ASCII, for comparing numbers. */
export async function asciiText(page: Page, selector: string): Promise<string> {
  return asciiDigits((await page.locator(selector).innerText()).trim());
}

/** Collects console errors and failed requests of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  return errors;
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

/** Fonts that actually loaded, as "Family weight". */
export async function loadedFonts(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === "loaded").map((f) => `${f.family.replace(/"/g, "")} ${f.weight}`),
  );
}

/**
 * Every HTML page of the build, as paths relative to baseURL: the pages sitemap.xml lists,
 * plus what it leaves out on purpose (the printable reports and the 404 page).
 */
export async function everyPage(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const base = new URL(baseURL);
  const xml = await (await request.get("sitemap.xml")).text();
  // the sitemap holds the public address (https://tharae.example/ita/…): keep the path below the prefix
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(base.pathname.length));
  for (const y of exampleModel().resultYears) paths.push(`${y.fiscalYear}/analysis/report/`);
  paths.push("404.html");
  return paths;
}

/**
 * What a page says in words: its title and description, the text of its body (hidden text for
 * screen readers included), and alt, aria-label and title attributes. Staff prose (.prose, kept
 * as typed) and code (copy-ready URLs) are left out; `skip` leaves out more (a CSS selector).
 */
export async function publicText(page: Page, skip = ""): Promise<{ where: string; text: string }[]> {
  return page.evaluate((extra) => {
    const out: { where: string; text: string }[] = [{ where: "title", text: document.title }];
    const description = document.querySelector('meta[name="description"]')?.getAttribute("content");
    if (description) out.push({ where: "meta description", text: description });
    const excluded = [".prose", "code", "pre", "script", "style", "noscript", extra].filter(Boolean).join(", ");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (!text || n.parentElement?.closest(excluded)) continue;
      out.push({ where: `<${n.parentElement!.localName}>`, text });
    }
    for (const el of document.body.querySelectorAll("[alt], [aria-label], [title]")) {
      if (el.closest(excluded)) continue;
      for (const attr of ["alt", "aria-label", "title"]) {
        const v = el.getAttribute(attr);
        if (v) out.push({ where: `${el.localName}[${attr}]`, text: v });
      }
    }
    return out;
  }, skip);
}
