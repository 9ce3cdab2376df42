import { test } from "node:test";
import assert from "node:assert/strict";
import { CONTENT_SECURITY_POLICY, headersFile, parseHeadersFile } from "../../scripts/lib/security.ts";

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
