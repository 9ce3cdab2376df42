/**
 * @fileoverview The HTTP security headers the site is built for. Every page is
 * served from the site's own origin with no inline script or style, so the
 * Content-Security-Policy can forbid both; Pagefind's search needs WebAssembly
 * ('wasm-unsafe-eval'), nothing more.
 */

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

/** A `_headers` file (Netlify, Cloudflare Pages and others) applying the headers to every path under the prefix. */
export function headersFile(pathPrefix: string): string {
  const prefix = ("/" + pathPrefix.replace(/^\/+|\/+$/g, "") + "/").replace("//", "/");
  return [`${prefix}*`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)].join("\n") + "\n";
}

/** "/", "ita", "/ita" and "/ita/" all become "/" or "/ita/". */
const normalPrefix = (pathPrefix: string) => ("/" + pathPrefix.replace(/^\/+|\/+$/g, "") + "/").replace("//", "/");

/**
 * A `_headers` file for a site with a web editor at <prefix>admin/, which
 * needs a Content-Security-Policy of its own (editor-config.ts `editorCsp`).
 * Netlify and Cloudflare Pages apply every rule whose path matches and join
 * the values of a header set by two of them, and a browser enforces both of
 * two joined policies: under a public `/*` rule the editor's looser policy
 * would never take effect. So the public headers go to rules that cannot
 * match /admin/: the site's root, and each of its other top-level files and
 * folders (`entries`, as the build wrote them), one rule each.
 */
export function headersFileWithEditor(pathPrefix: string, entries: readonly { name: string; dir: boolean }[], editorCsp: string): string {
  const prefix = normalPrefix(pathPrefix);
  const block = (pattern: string, headers: Record<string, string>) => [pattern, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n");
  const publicPaths = [
    prefix,
    ...entries
      .filter((e) => e.name !== EDITOR_FOLDER && e.name !== "_headers" && !e.name.startsWith("."))
      .map((e) => `${prefix}${e.name}${e.dir ? "/*" : ""}`)
      .sort(),
  ];
  return [...publicPaths.map((p) => block(p, SECURITY_HEADERS)), block(`${prefix}${EDITOR_FOLDER}/*`, { ...SECURITY_HEADERS, "Content-Security-Policy": editorCsp })].join("\n\n") + "\n";
}

/** The web editor's folder at the top of the built site. */
export const EDITOR_FOLDER = "admin";

/** One rule of a `_headers` file: a path (exact, or ending in `*` for every path that starts so) and its headers. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** The rules of a `_headers` file, in order. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (header && rules.length) rules.at(-1)!.headers[header[1]!] = header[2]!;
    else if (/^\/\S*$/.test(line)) rules.push({ path: line, headers: {} });
  }
  return rules;
}

/**
 * The headers a static host sends for `urlPath` (Netlify's and Cloudflare's
 * reading of `_headers`): every matching rule applies, and a header set by
 * two rules gets both values joined by ", ", as those hosts send it.
 */
export function headersForPath(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const match = rule.path.endsWith("*") ? urlPath.startsWith(rule.path.slice(0, -1)) : urlPath === rule.path;
    if (!match) continue;
    for (const [k, v] of Object.entries(rule.headers)) out[k] = out[k] === undefined ? v : `${out[k]}, ${v}`;
  }
  return out;
}

/** Headers from a `_headers` file, for the local server: the first block applies to every path. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m) headers[m[1]!] = m[2]!;
  }
  return headers;
}
