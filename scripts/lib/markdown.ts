/**
 * @fileoverview The one markdown-it instance of the project. Raw HTML is off
 * (staff text is data, not markup), links are checked by markdown-it's own
 * `validateLink` (no javascript:, vbscript:, file: or data: other than images),
 * and tables become keyboard-scrollable regions.
 */
import MarkdownIt from "markdown-it";
/** markdown-it's token, as its renderer rules receive it. */
type Token = Parameters<NonNullable<ReturnType<typeof createMarkdown>["renderer"]["rules"]["table_open"]>>[0][number];

export function createMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  const defaultTableOpen = md.renderer.rules.table_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.table_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    token.attrSet("tabindex", "0");
    labelCells(tokens, idx);
    token.attrJoin("class", "stack");
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

/**
 * A staff table shows on a phone as one block per row with each value after its column's name
 * (class "stack" in site.css): give every body cell its header's plain text as data-label.
 */
function labelCells(tokens: Token[], open: number): void {
  const headers: string[] = [];
  let inHead = false;
  let col = 0;
  for (let i = open + 1; i < tokens.length && tokens[i]!.type !== "table_close"; i++) {
    const t = tokens[i]!;
    if (t.type === "thead_open") inHead = true;
    else if (t.type === "thead_close") inHead = false;
    else if (t.type === "tr_open") col = 0;
    else if (t.type === "th_open" && inHead) headers.push(plainText(tokens[i + 1]));
    else if (t.type === "td_open") {
      const label = headers[col++];
      if (label) t.attrSet("data-label", label);
    }
  }
}

/** The text of an inline token without its Markdown (**bold**, `code`, [links](…)). */
function plainText(inline: Token | undefined): string {
  if (!inline || inline.type !== "inline") return "";
  return (inline.children ?? []).filter((c) => c.type === "text" || c.type === "code_inline").map((c) => c.content).join("").trim();
}

export const markdown = createMarkdown();
