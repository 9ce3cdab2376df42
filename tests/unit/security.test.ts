import { test } from "node:test";
import assert from "node:assert/strict";
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, headersFile, parseHeadersFile } from "../../scripts/lib/security.ts";

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
  assert.deepEqual(parseHeadersFile(headersFile("/")), SECURITY_HEADERS);
  assert.deepEqual(parseHeadersFile("/*\n  X-A: 1\nX-B: 2\n  bad line\n\t X-C:   three  words\n"), { "X-A": "1", "X-C": "three  words" });
});
