/**
 * Eleventy configuration: a table of contents. Each concern is one plugin in
 * scripts/eleventy/; the domain logic they expose lives in scripts/lib/.
 * Run it through tsx with --config=.eleventy.ts (see package.json).
 *
 * Eleventy reads only the product's own templates (layouts/pages/, with
 * layouts/includes/ for layouts, partials and macros). The agency's files in
 * data/ and content/ are never Eleventy input: scripts/lib/load-data.ts reads
 * and validates them, so nothing a clerk writes is evaluated as a template,
 * front-matter JavaScript, a permalink, a layout or a data script.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { HtmlBasePlugin } from "@11ty/eleventy";
import data from "./scripts/eleventy/data.ts";
import filters from "./scripts/eleventy/filters.ts";
import markdown from "./scripts/eleventy/markdown.ts";
import assets from "./scripts/eleventy/assets.ts";
import nunjucksCache from "./scripts/eleventy/nunjucks-cache.ts";
import preview from "./scripts/eleventy/preview.ts";

export default function (eleventyConfig: UserConfig) {
  // Data: the validated, computed model of data/ and content/<year>/
  eleventyConfig.addPlugin(data);
  // Live preview (npm start): bad input shows a Thai error page instead of stale pages
  eleventyConfig.addPlugin(preview);
  // Presentation
  eleventyConfig.addPlugin(filters);
  eleventyConfig.addPlugin(markdown);
  eleventyConfig.addPlugin(assets);
  // Speed: compile each Nunjucks template string once, not once per page
  eleventyConfig.addPlugin(nunjucksCache);
  // URLs: authors write root-relative links; --pathprefix rewrites them all
  eleventyConfig.addPlugin(HtmlBasePlugin);
}

export const config = {
  // dir.data stays Eleventy's default (layouts/pages/_data/, which does not exist)
  dir: { input: "layouts/pages", includes: "../includes" },
  templateFormats: ["njk", "md"],
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
};
