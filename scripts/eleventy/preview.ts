/**
 * The live preview's answer to bad input. While the agency's files have
 * errors (data.ts keeps them instead of throwing in serve and watch modes),
 * no page is rendered, so nothing stale or half-built is written, and every
 * page the browser opens gets the Thai error page instead (scripts/lib/
 * preview-page.ts). Eleventy's dev server then reloads the open page after
 * each build, so the error page appears by itself after a bad save and the
 * site comes back by itself after the fix. Pages are never rendered
 * differently: the error page is a separate response of the dev server.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { inputHasErrors, previewProblems } from "./data.ts";
import { previewErrorPage } from "../lib/preview-page.ts";

/** A request for a page to show (a navigation), not for a style sheet, font or script of one. */
function isNavigation(req: IncomingMessage): boolean {
  const mode = req.headers["sec-fetch-mode"];
  const dest = req.headers["sec-fetch-dest"];
  if (mode !== undefined || dest !== undefined) return mode === "navigate" || dest === "document";
  return /text\/html/.test(String(req.headers.accept ?? "")); // clients that send no fetch metadata (curl -H)
}

export default function preview(eleventyConfig: UserConfig) {
  // explicit false skips a template; with valid input every page is built as usual
  eleventyConfig.addPreprocessor("input-errors", "*", () => (inputHasErrors() ? false : undefined));
  eleventyConfig.setServerOptions({
    middleware: [
      (req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const problems = previewProblems();
        if (!problems || !isNavigation(req)) return next();
        res.statusCode = 500;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.end(previewErrorPage(problems));
      },
    ],
  });
}
