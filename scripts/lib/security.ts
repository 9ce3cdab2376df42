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

/**
 * A `_headers` file (Netlify, Cloudflare Pages and others): the security headers on every path
 * under the prefix; with a licence URL, the open data also says its licence in a `Link` header
 * (RFC 8288, rel="license"), which is how a CSV file can carry it, and the DCAT catalogue is
 * served as JSON-LD.
 */
export function headersFile(pathPrefix: string, licenceUrl?: string): string {
  const prefix = ("/" + pathPrefix.replace(/^\/+|\/+$/g, "") + "/").replace("//", "/");
  const blocks: [string, Record<string, string>][] = [[`${prefix}*`, SECURITY_HEADERS]];
  if (licenceUrl) {
    blocks.push([`${prefix}open-data/*`, { Link: `<${licenceUrl}>; rel="license"` }]);
    blocks.push([`${prefix}open-data/catalog.json`, { "Content-Type": "application/ld+json; charset=utf-8" }]);
  }
  return blocks.map(([path, headers]) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n")).join("\n") + "\n";
}

/** The rules of a `_headers` file: a path pattern (`*` matches anything) and its headers. */
export function parseHeaderRules(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split("\n")) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m && rules.length) rules[rules.length - 1]!.headers[m[1]!] = m[2]!;
    else if (/^\/\S*$/.test(line.trim()) && !/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
  }
  return rules;
}

/** The headers for one URL path: those of every rule whose pattern matches it, later rules winning (names lower-cased). */
export function headersForPath(rules: readonly { pattern: string; headers: Record<string, string> }[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const re = new RegExp(`^${rule.pattern.split("*").map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
    if (re.test(urlPath)) for (const [k, v] of Object.entries(rule.headers)) out[k.toLowerCase()] = v;
  }
  return out;
}

/** Headers from a `_headers` file that apply to every page (its first rule). */
export function parseHeadersFile(text: string): Record<string, string> {
  return parseHeaderRules(text)[0]?.headers ?? {};
}
