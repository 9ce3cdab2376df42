/**
 * @fileoverview The one markdown-it instance of the project. Raw HTML is off
 * (staff text is data, not markup), links are checked by markdown-it's own
 * `validateLink` (no javascript:, vbscript:, file: or data: other than images),
 * and tables become keyboard-scrollable regions.
 */
import MarkdownIt from "markdown-it";

export function createMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  const defaultTableOpen = md.renderer.rules.table_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.table_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    token.attrSet("tabindex", "0");
    return `<div class="table-wrap">` + defaultTableOpen(tokens, idx, options, env, self);
  };
  md.renderer.rules.table_close = () => "</table></div>\n";
  // links that leave the site say so and open in the same tab
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const href = String(token.attrGet("href") ?? "");
    if (/^https?:\/\//.test(href)) {
      token.attrSet("rel", "external noopener");
      token.attrJoin("class", "external");
    }
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

export const markdown = createMarkdown();
