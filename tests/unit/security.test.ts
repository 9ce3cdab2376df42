import { test } from "node:test";
import assert from "node:assert/strict";
import { CONTENT_SECURITY_POLICY, headersFile, headersForPath, parseHeaderRules, parseHeadersFile } from "../../scripts/lib/security.ts";

test("the CSP forbids inline script and style and any other origin", () => {
  assert.match(CONTENT_SECURITY_POLICY, /default-src 'self'/);
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|https?:|\*/);
});

test("_headers applies to every path under the prefix and reads back the same", () => {
  const root = headersFile("/");
  assert.match(root, /^\/\*\n  Content-Security-Policy: default-src 'self';/);
  assert.match(headersFile("/ita/"), /^\/ita\/\*\n/);
  assert.equal(parseHeadersFile(root)["Content-Security-Policy"], CONTENT_SECURITY_POLICY);
  assert.equal(parseHeadersFile(root)["X-Content-Type-Options"], "nosniff");
});

test("_headers: the open data says its licence in a Link header (a CSV cannot), the catalogue is JSON-LD", () => {
  const text = headersFile("/ita/", "https://creativecommons.org/licenses/by/4.0/");
  const rules = parseHeaderRules(text);
  assert.deepEqual(rules.map((r) => r.pattern), ["/ita/*", "/ita/open-data/*", "/ita/open-data/catalog.json"]);
  const csv = headersForPath(rules, "/ita/open-data/2565/ita.csv");
  assert.equal(csv["link"], '<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
  assert.equal(csv["content-security-policy"], CONTENT_SECURITY_POLICY, "every path keeps the security headers");
  assert.equal(headersForPath(rules, "/ita/open-data/catalog.json")["content-type"], "application/ld+json; charset=utf-8");
  assert.equal(headersForPath(rules, "/ita/2565/")["link"], undefined, "pages are not licensed by this header");
  assert.deepEqual(headersForPath(rules, "/other/"), {}, "outside the prefix nothing applies");
  // the first rule is still what applies to every page
  assert.equal(parseHeadersFile(text)["Content-Security-Policy"], CONTENT_SECURITY_POLICY);
  assert.equal(parseHeadersFile(text)["Link"], undefined);
});
