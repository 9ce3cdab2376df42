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

/** Headers from a `_headers` file, for the local server: the first block applies to every path. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m) headers[m[1]!] = m[2]!;
  }
  return headers;
}
