/**
 * Global data: the site model, loaded and validated once per build and handed
 * to the templates. Documents kept in the repository are published into the
 * output after each build.
 *
 * The page templates paginate over `render` (scripts/lib/render-plan.ts): in a
 * build, every page; in the live preview, after a save in data/ or content/,
 * only the pages whose files changed, the rest of the output staying as the
 * last render wrote it. A change to anything else (a template, a style sheet)
 * or to what every page shows renders every page again.
 */
import { rmSync, rmdirSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { type SiteModel, loadSite } from "../lib/load-data.ts";
import { InputError, type Problem, formatProblem } from "../lib/problems.ts";
import { feedEntries } from "../lib/feed.ts";
import { compareYears } from "../lib/trends.ts";
import { verdicts } from "../lib/verdict.ts";
import { resolveLicence } from "../lib/licence.ts";
import { jsonSchemas } from "../lib/json-schema.ts";
import { publishFiles } from "../lib/files.ts";
import { LoadCache } from "../lib/load-cache.ts";
import { type RenderPlan, type RenderState, planRender } from "../lib/render-plan.ts";
import { sitemapPaths } from "../lib/sitemap.ts";

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

/**
 * The live preview (Eleventy's serve and watch modes) does not stop at bad
 * input: it prints the problems as `npm run check` does, builds no page, and
 * keeps them here for the preview's error page (preview.ts). A build
 * (`npm run build`, or Eleventy alone) throws InputError instead.
 */
let inputErrors: Problem[] | undefined;

/** The problems of the last load when it found errors (the preview shows them); undefined when the input is valid. */
export function previewProblems(): Problem[] | undefined {
  return inputErrors;
}

/** Load the model for this build if not done yet; in the preview, input errors are kept, not thrown. */
let ensureLoaded: () => SiteModel | undefined = () => undefined;

/** True when this build's input has errors (the preview then renders no page); loads the input if needed. */
export function inputHasErrors(): boolean {
  ensureLoaded();
  return inputErrors !== undefined;
}

/** Where a page with this permalink ("/2566/oit/o20/notice-1/") is written. */
function outputFile(output: string, permalink: string): string {
  return path.join(output, permalink.endsWith("/") ? `${permalink}index.html` : permalink);
}

/** Remove a file and the folders it leaves empty, up to the output folder. */
function removeOutput(output: string, file: string): void {
  rmSync(file, { force: true });
  for (let dir = path.dirname(file); dir.startsWith(output + path.sep); dir = path.dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty
    }
  }
}

export default function data(eleventyConfig: UserConfig) {
  let cached: SiteModel | undefined;
  let runMode = "build";
  let loadedThisBuild = false;
  // the live preview's memory between renders: unchanged files are not read again, unchanged pages not rendered again
  const cache = new LoadCache();
  let rendered: RenderState | undefined; // what the last complete render of this process rendered
  let published = new Set<string>(); // the documents it published (output-relative)
  let renderAll = true; // the next render is a whole one (first, or after a change outside data/ and content/)
  let plan: RenderPlan | undefined; // this build's
  const isPreview = () => runMode === "serve" || runMode === "watch";
  const model = (): SiteModel | undefined => {
    if (cached || loadedThisBuild) return cached;
    loadedThisBuild = true;
    const preview = isPreview();
    const { model, problems } = loadSite({ root: process.cwd(), cache: preview ? cache : undefined });
    if (!model) {
      for (const p of problems) console.error(formatProblem(p));
      if (!preview) throw new InputError(problems);
      const n = problems.filter((p) => p.severity === "error").length;
      console.error(`ข้อมูลมีข้อผิดพลาด ${n} รายการ หน้าเว็บตัวอย่างแสดงรายการนี้แทนเว็บไซต์ แก้ไฟล์แล้วบันทึก ตัวอย่างจะกลับมาเอง / ${n} input error(s): the preview shows them instead of the site; fix the file and save, and it comes back by itself`);
      inputErrors = problems;
      return undefined;
    }
    if (preview) {
      // the same lines as npm run check, so that warnings (a discrepancy …) are seen while editing
      for (const p of problems) console.log(formatProblem(p));
      if (inputErrors) console.log("ข้อมูลถูกต้องแล้ว ตัวอย่างกลับมาแสดงเว็บไซต์ / the input is valid again: the preview shows the site");
    }
    inputErrors = undefined;
    cached = model;
    return cached;
  };
  ensureLoaded = model;
  // a new build (e.g. after an edit in --serve) reads the files again, unless it was handed a model
  eleventyConfig.on("eleventy.before", ({ runMode: mode }: { runMode?: string }) => {
    runMode = mode ?? "build";
    cached = preloaded;
    preloaded = undefined;
    loadedThisBuild = false;
    plan = undefined;
  });
  // a save outside the agency's files (a template, a style sheet) changes pages no record names
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    if (changed.some((f) => !/^(\.\/)?(data|content)\//.test(f.replaceAll("\\", "/")))) renderAll = true;
  });
  const planFor = (m: SiteModel): RenderPlan => {
    plan ??= planRender(isPreview() ? rendered : undefined, m, m.sources, renderAll);
    return plan;
  };
  eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => {
    const m = model();
    if (!m) return; // bad input in the preview: nothing was built, nothing to publish
    const done = planFor(m);
    const output = path.resolve(directories.output);
    const files = m.files.map((f) => ({ source: f.source, rel: path.relative(process.cwd(), f.source).split(path.sep).join("/"), href: f.href }));
    // hard links where possible: thousands of PDFs are not copied; in the preview, only what changed
    const fresh = done.full ? files : files.filter((f) => done.changed.has(f.rel) || !published.has(f.href));
    publishFiles(fresh.map((f) => [f.source, path.join(output, f.href)] as const));
    if (isPreview()) {
      // pages and documents that are gone from the agency's files leave the preview too
      const hrefs = new Set(files.map((f) => f.href));
      for (const href of published) if (!hrefs.has(href)) removeOutput(output, path.join(output, href));
      for (const permalink of done.removed) removeOutput(output, outputFile(output, permalink));
      published = hrefs;
      rendered = done.state;
      renderAll = false;
    }
  });

  const globals: Record<string, (m: SiteModel) => unknown> = {
    // the records the page templates paginate over: every page, or in the preview those an edit touched
    render: (m) => planFor(m).records,
    sitemapPaths: (m) => sitemapPaths(planFor(m).all),
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
    oitYears: (m) => m.years.filter((y) => y.oit),
    feedEntries: (m) => feedEntries(m.years, m.site.digits).slice(0, 50),
    trends: (m) => compareYears(m.resultYears.map((y) => ({ fiscalYear: y.fiscalYear, result: y.result! }))),
    // the verdict of each result year (pass line, rating on its edition's scale, change), by fiscal year
    verdicts: (m) => verdicts(m.resultYears.map((y) => ({ fiscalYear: y.fiscalYear, result: y.result!, levels: y.edition.rating.levels })), m.site.digits),
  };
  // in the preview with bad input every value is undefined, and preview.ts skips every page
  for (const [name, pick] of Object.entries(globals)) eleventyConfig.addGlobalData(name, () => {
    const m = model();
    return m ? pick(m) : undefined;
  });
  eleventyConfig.addGlobalData("jsonSchemas", () => jsonSchemas());
  // set by scripts/build.ts when it prints the report PDFs, so pages link them only then
  eleventyConfig.addGlobalData("reportPdf", () => process.env.PRONGSAI_REPORT_PDF === "1");
  // the path prefix is needed in absolute URLs of open data (HTML gets it from the base plugin)
  eleventyConfig.addGlobalData("pathPrefix", () => (eleventyConfig as unknown as { pathPrefix?: string }).pathPrefix ?? "/");

  // the agency's files are not Eleventy input, but an edit to them rebuilds the preview
  eleventyConfig.addWatchTarget("./data/");
  eleventyConfig.addWatchTarget("./content/");
}
