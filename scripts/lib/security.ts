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

/**
 * The same policy for a `<meta http-equiv>` element in every page's head, for
 * hosts that send no headers of ours (GitHub Pages, GitLab Pages, an unknown
 * path's 404 on Netlify or Cloudflare when /admin/ has its own policy).
 * `frame-ancestors` is left out: browsers ignore it in a meta element (and
 * Chromium logs an error); only the header can forbid framing.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split("; ")
  .filter((d) => !d.startsWith("frame-ancestors "))
  .join("; ");

export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

/** "/", "ita", "/ita" and "/ita/" all become "/" or "/ita/". */
export const normalPrefix = (pathPrefix: string): string => ("/" + pathPrefix.replace(/^\/+|\/+$/g, "") + "/").replace("//", "/");

/** One rule of a `_headers` file as text: its path, then one header a line indented by two spaces. */
const block = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n");

/**
 * With a licence URL, the open data says its licence in a `Link` header (RFC 8288, rel="license"),
 * which is how a CSV file can carry it, and the DCAT catalogue is served as JSON-LD.
 */
function openDataRules(prefix: string, licenceUrl: string | undefined): [string, Record<string, string>][] {
  if (!licenceUrl) return [];
  return [
    [`${prefix}open-data/*`, { Link: `<${licenceUrl}>; rel="license"` }],
    [`${prefix}open-data/catalog.json`, { "Content-Type": "application/ld+json; charset=utf-8" }],
  ];
}

/** A `_headers` file (Netlify, Cloudflare Pages and others): the security headers on every path under the prefix, and the open data's rules. */
export function headersFile(pathPrefix: string, licenceUrl?: string): string {
  const prefix = normalPrefix(pathPrefix);
  const rules: [string, Record<string, string>][] = [[`${prefix}*`, SECURITY_HEADERS], ...openDataRules(prefix, licenceUrl)];
  return rules.map(([path, headers]) => block(path, headers)).join("\n") + "\n";
}

/** The web editor's folder at the top of the built site. */
export const EDITOR_FOLDER = "admin";

/**
 * A `_headers` file for a site with a web editor at <prefix>admin/, which
 * needs a Content-Security-Policy of its own (editor-config.ts `editorCsp`).
 * Netlify and Cloudflare Pages apply every rule whose path matches and join
 * the values of a header set by two of them, and a browser enforces both of
 * two joined policies: under a public `/*` policy the editor's looser one
 * would never take effect. So `/*` keeps every header but the policy (an
 * unknown path's 404 still gets them), and the public policy goes to rules
 * that cannot match /admin/: the site's root, and each of its other top-level
 * files and folders (`entries`, as the build wrote them), one rule each. The
 * open data's rules set no header the others set, so they join nothing.
 */
export function headersFileWithEditor(pathPrefix: string, entries: readonly { name: string; dir: boolean }[], editorCsp: string, licenceUrl?: string): string {
  const prefix = normalPrefix(pathPrefix);
  const { "Content-Security-Policy": _, ...everywhere } = SECURITY_HEADERS;
  const publicPaths = [
    prefix,
    ...entries
      .filter((e) => e.name !== EDITOR_FOLDER && e.name !== "_headers" && !e.name.startsWith("."))
      .map((e) => `${prefix}${e.name}${e.dir ? "/*" : ""}`)
      .sort(),
  ];
  return (
    [
      block(`${prefix}*`, everywhere),
      ...publicPaths.map((p) => block(p, { "Content-Security-Policy": CONTENT_SECURITY_POLICY })),
      block(`${prefix}${EDITOR_FOLDER}/*`, { "Content-Security-Policy": editorCsp }),
      ...openDataRules(prefix, licenceUrl).map(([path, headers]) => block(path, headers)),
    ].join("\n\n") + "\n"
  );
}

/** One rule of a `_headers` file: a path (`*` matches any run of characters) and its headers. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** The rules of a `_headers` file, in order: a path at the start of a line, then its indented headers. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m && rules.length) rules.at(-1)!.headers[m[1]!] = m[2]!;
    else if (/^\/\S*$/.test(line.trim()) && !/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
  }
  return rules;
}

/**
 * The headers a static host sends for `urlPath` from `_headers`: every
 * matching rule applies (Netlify and Cloudflare Pages both do). Where two
 * rules set one header the hosts differ (joined by ", ", or the later rule
 * wins); this joins them, the stricter reading for a policy. The files the
 * build writes never set one header twice for a path, so either reading
 * gives the same. Names are lower-cased, as HTTP compares them.
 */
export function headersForPath(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const re = new RegExp(`^${rule.path.split("*").map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
    if (!re.test(urlPath)) continue;
    for (const [k, v] of Object.entries(rule.headers)) {
      const name = k.toLowerCase();
      out[name] = out[name] === undefined ? v : `${out[name]}, ${v}`;
    }
  }
  return out;
}
