/**
 * Global data: the site model, loaded and validated once per build and handed
 * to the templates as `site`, `years` (oldest first) and `latest`.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { type SiteModel, loadSite } from "../lib/load-data.ts";
import { InputError, formatProblem } from "../lib/problems.ts";

export default function data(eleventyConfig: UserConfig) {
  let cached: Promise<SiteModel> | undefined;
  const model = (): Promise<SiteModel> =>
    (cached ??= Promise.resolve().then(() => {
      const { model, problems } = loadSite({ root: process.cwd() });
      if (!model) {
        for (const p of problems) console.error(formatProblem(p));
        throw new InputError(problems);
      }
      return model;
    }));
  // a new build (e.g. after an edit in --serve) reads the files again
  eleventyConfig.on("eleventy.before", () => {
    cached = undefined;
  });

  eleventyConfig.addGlobalData("site", async () => (await model()).site);
  eleventyConfig.addGlobalData("years", async () => (await model()).years);
  eleventyConfig.addGlobalData("yearsNewestFirst", async () => [...(await model()).years].reverse());
  eleventyConfig.addGlobalData("latest", async () => (await model()).years.at(-1));
  eleventyConfig.addGlobalData("yearsWithMeasures", async () => (await model()).years.filter((y) => y.measures));

  // content/<year>/ holds prose read by the model, not pages of their own
  eleventyConfig.ignores.add("content/[0-9][0-9][0-9][0-9]/**");
  eleventyConfig.addWatchTarget("./data/");
  eleventyConfig.addWatchTarget("./content/");
}
