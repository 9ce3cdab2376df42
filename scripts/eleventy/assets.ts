/** Static assets: the stylesheet, the search page's scripts and the self-hosted Sarabun font files. */
import type UserConfig from "@11ty/eleventy/UserConfig";

export const FONT_FILES = ["thai-400", "thai-700", "latin-400", "latin-700"].map((f) => `sarabun-${f}-normal.woff2`);

export default function assets(eleventyConfig: UserConfig) {
  eleventyConfig.addPassthroughCopy({ "layouts/assets/css": "assets/css", "layouts/assets/img": "assets/img", "layouts/assets/js": "assets/js" });
  // the search index's word rules, served as they are: the search page cuts queries with the very same code
  eleventyConfig.addPassthroughCopy({ "scripts/lib/search-text.js": "assets/js/search-text.js" });
  for (const f of FONT_FILES) {
    eleventyConfig.addPassthroughCopy({ [`node_modules/@fontsource/sarabun/files/${f}`]: `assets/fonts/${f}` });
  }
}
