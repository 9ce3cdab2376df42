/** Static assets: the stylesheet and the self-hosted Sarabun font files. */
import type UserConfig from "@11ty/eleventy/UserConfig";

export const FONT_FILES = ["thai-400", "thai-700", "latin-400", "latin-700"].map((f) => `sarabun-${f}-normal.woff2`);

export default function assets(eleventyConfig: UserConfig) {
  eleventyConfig.addPassthroughCopy({ "layouts/assets/css": "assets/css", "layouts/assets/img": "assets/img", "layouts/assets/js": "assets/js" });
  for (const f of FONT_FILES) {
    eleventyConfig.addPassthroughCopy({ [`node_modules/@fontsource/sarabun/files/${f}`]: `assets/fonts/${f}` });
  }
}
