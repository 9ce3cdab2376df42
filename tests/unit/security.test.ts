import { test } from "node:test";
import assert from "node:assert/strict";
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS, headersFile, headersFileWithEditor, headersForPath, parseHeaderRules } from "../../scripts/lib/security.ts";

// The policy as the README publishes it for hosts and nginx, written out by hand: every directive
// matters (dropping `object-src 'none'` would let a plug-in run, dropping `frame-ancestors` allows
// click-jacking, and so on), so the whole string is compared, not a pattern.
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

test("the CSP is exactly the README's: same origin only, no inline script or style, WebAssembly for search", () => {
  assert.equal(CONTENT_SECURITY_POLICY, CSP);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|https?:|\*/);
});

test("the policy in each page's meta element is the header's without frame-ancestors, which a meta element cannot carry", () => {
  assert.equal(
    META_CONTENT_SECURITY_POLICY,
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; " +
      "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
  );
  assert.doesNotMatch(META_CONTENT_SECURITY_POLICY, /"/); // it sits in a double-quoted attribute, unescaped
});

test("the security headers are exactly these four", () => {
  assert.deepEqual(SECURITY_HEADERS, {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  });
});

test("_headers applies to every path under the prefix, one header a line indented by two spaces", () => {
  const root = headersFile("/");
  assert.equal(
    root,
    "/*\n" +
      `  Content-Security-Policy: ${CSP}\n` +
      "  X-Content-Type-Options: nosniff\n" +
      "  Referrer-Policy: strict-origin-when-cross-origin\n" +
      "  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()\n",
  );
  // however the prefix is written, one slash each side
  for (const prefix of ["/ita/", "ita", "/ita", "ita/", "//ita//"]) assert.match(headersFile(prefix), /^\/ita\/\*\n  Content-Security-Policy: /, prefix);
  assert.match(headersFile(""), /^\/\*\n/);
  assert.match(headersFile("/a/b/"), /^\/a\/b\/\*\n/);
});

test("_headers reads back the same headers; other lines are ignored", () => {
  assert.deepEqual(parseHeaderRules(headersFile("/"))[0]!.headers, SECURITY_HEADERS);
  assert.deepEqual(parseHeaderRules("/*\n  X-A: 1\nX-B: 2\n  bad line\n\t X-C:   three  words\n")[0]!.headers, { "X-A": "1", "X-C": "three  words" });
});

test("_headers: the open data says its licence in a Link header (a CSV cannot), the catalogue is JSON-LD", () => {
  const text = headersFile("/ita/", "https://creativecommons.org/licenses/by/4.0/");
  const rules = parseHeaderRules(text);
  assert.deepEqual(rules.map((r) => r.path), ["/ita/*", "/ita/open-data/*", "/ita/open-data/catalog.json"]);
  const csv = headersForPath(rules, "/ita/open-data/2565/ita.csv");
  assert.equal(csv["link"], '<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
  assert.equal(csv["content-security-policy"], CONTENT_SECURITY_POLICY, "every path keeps the security headers");
  assert.equal(headersForPath(rules, "/ita/open-data/catalog.json")["content-type"], "application/ld+json; charset=utf-8");
  assert.equal(headersForPath(rules, "/ita/2565/")["link"], undefined, "pages are not licensed by this header");
  assert.deepEqual(headersForPath(rules, "/other/"), {}, "outside the prefix nothing applies");
  // the first rule is still what applies to every page
  assert.equal(parseHeaderRules(text)[0]!.headers["Content-Security-Policy"], CONTENT_SECURITY_POLICY);
  assert.equal(parseHeaderRules(text)[0]!.headers["Link"], undefined);
});

test("_headers with the web editor: the open data keeps its licence, /admin/ its own policy, no policy is joined to another", () => {
  const entries = [
    { name: "index.html", dir: false },
    { name: "open-data", dir: true },
    { name: "admin", dir: true },
    { name: "_headers", dir: false },
  ];
  const rules = parseHeaderRules(headersFileWithEditor("/ita/", entries, "default-src 'self' 'unsafe-eval'", "https://creativecommons.org/licenses/by/4.0/"));
  assert.deepEqual(rules.map((r) => r.path), ["/ita/*", "/ita/", "/ita/index.html", "/ita/open-data/*", "/ita/admin/*", "/ita/open-data/*", "/ita/open-data/catalog.json"]);
  const csv = headersForPath(rules, "/ita/open-data/2565/ita.csv");
  assert.equal(csv["content-security-policy"], CONTENT_SECURITY_POLICY, "one policy, not two joined");
  assert.equal(csv["link"], '<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
  assert.equal(headersForPath(rules, "/ita/admin/")["content-security-policy"], "default-src 'self' 'unsafe-eval'");
  assert.equal(headersForPath(rules, "/ita/")["content-security-policy"], CONTENT_SECURITY_POLICY);
  assert.equal(headersForPath(rules, "/ita/open-data/catalog.json")["content-type"], "application/ld+json; charset=utf-8");
});
