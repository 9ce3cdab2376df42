/** Markdown: the project's one markdown-it instance (no raw HTML). */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { markdown } from "../lib/markdown.ts";

export default function markdownPlugin(eleventyConfig: UserConfig) {
  eleventyConfig.setLibrary("md", markdown);
}
