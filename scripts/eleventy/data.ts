/**
 * Global data: the site model, loaded and validated once per build and handed
 * to the templates. Documents kept in the repository are published into the
 * output after each build.
 */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { type SiteModel, loadSite } from "../lib/load-data.ts";
import { InputError, formatProblem } from "../lib/problems.ts";
import { feedEntries } from "../lib/feed.ts";
import { compareYears } from "../lib/trends.ts";
import { verdicts } from "../lib/verdict.ts";
import { resolveLicence } from "../lib/licence.ts";
import { jsonSchemas } from "../lib/json-schema.ts";
import { oitEntryMeta, oitItemMeta } from "../lib/page-meta.ts";
import { publishFiles } from "../lib/files.ts";

/**
 * A model the caller has already loaded and validated (scripts/build.ts does,
 * to refuse bad input before building). The next build uses it instead of
 * reading and validating every file a second time, which on a large agency
 * costs as much as a third of Eleventy's own work.
 */
let preloaded: SiteModel | undefined;

/** Hand the next build an already loaded model (it must come from loadSite on the same root). */
export function preloadModel(model: SiteModel): void {
  preloaded = model;
}

export default function data(eleventyConfig: UserConfig) {
  let cached: SiteModel | undefined;
  const model = (): SiteModel => {
    if (!cached) {
      const { model, problems } = loadSite({ root: process.cwd() });
      if (!model) {
        for (const p of problems) console.error(formatProblem(p));
        throw new InputError(problems);
      }
      cached = model;
    }
    return cached;
  };
  // a new build (e.g. after an edit in --serve) reads the files again, unless it was handed a model
  eleventyConfig.on("eleventy.before", () => {
    cached = preloaded;
    preloaded = undefined;
  });
  eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => {
    // hard links where possible: thousands of PDFs are not copied
    publishFiles(model().files.map((f) => [f.source, path.join(directories.output, f.href)] as const));
  });

  const globals: Record<string, (m: SiteModel) => unknown> = {
    site: (m) => m.site,
    policyPages: (m) => m.pages,
    // the open data's licence: site.json's choice, or the documented default (scripts/lib/licence.ts)
    licence: (m) => resolveLicence(m.site.licence),
    // what the DCAT catalogue lists: each year's result and OIT section, and when ITAS published the scores
    catalogYears: (m) => m.years.map((y) => ({ fiscalYear: y.fiscalYear, result: y.result, oit: y.oit, issued: y.ita?.source?.date })),
    years: (m) => m.years,
    yearsNewestFirst: (m) => [...m.years].reverse(),
    resultYears: (m) => m.resultYears,
    latest: (m) => m.resultYears.at(-1),
    yearsWithMeasures: (m) => m.years.filter((y) => y.measures),
    oitYears: (m) => m.years.filter((y) => y.oit),
    // one entry per item page, so Eleventy paginates over a flat list
    oitPages: (m) => m.years.flatMap((y) => (y.oit ? y.oit.items.map((item) => ({ year: y, item, meta: oitItemMeta(y.fiscalYear, item, m.site.digits) })) : [])),
    feedEntries: (m) => feedEntries(m.years, m.site.digits).slice(0, 50),
    trends: (m) => compareYears(m.resultYears.map((y) => ({ fiscalYear: y.fiscalYear, result: y.result! }))),
    // the verdict of each result year (pass line, rating on its edition's scale, change), by fiscal year
    verdicts: (m) => verdicts(m.resultYears.map((y) => ({ fiscalYear: y.fiscalYear, result: y.result!, levels: y.edition.rating.levels })), m.site.digits),
    oitEntryPages: (m) =>
      m.years.flatMap((y) =>
        y.oit
          ? y.oit.items.flatMap((item) =>
              (item.evidence?.entries ?? []).map((entry) => ({ fiscalYear: y.fiscalYear, item, entry, meta: oitEntryMeta(y.fiscalYear, item, entry, m.site.digits) })),
            )
          : [],
      ),
  };
  for (const [name, pick] of Object.entries(globals)) eleventyConfig.addGlobalData(name, () => pick(model()));
  eleventyConfig.addGlobalData("jsonSchemas", () => jsonSchemas());
  // set by scripts/build.ts when it prints the report PDFs, so pages link them only then
  eleventyConfig.addGlobalData("reportPdf", () => process.env.PRONGSAI_REPORT_PDF === "1");
  // the path prefix is needed in absolute URLs of open data (HTML gets it from the base plugin)
  eleventyConfig.addGlobalData("pathPrefix", () => (eleventyConfig as unknown as { pathPrefix?: string }).pathPrefix ?? "/");

  // the agency's files are not Eleventy input, but an edit to them rebuilds the preview
  eleventyConfig.addWatchTarget("./data/");
  eleventyConfig.addWatchTarget("./content/");
}
