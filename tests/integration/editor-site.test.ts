/**
 * The build's /admin/ step (scripts/lib/editor-site.ts) on a copy of the
 * project: nothing without `editor` in site.json, else the page, its
 * configuration for the named git host, Decap's bundle, and the `_headers`
 * split so that /admin/ has its own policy.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { writeEditorSite } from "../../scripts/lib/editor-site.ts";
import { headersForPath, parseHeaderRules } from "../../scripts/lib/security.ts";
import { ProjectCopy } from "./project-copy.ts";

test("the build's /admin/ step: nothing without `editor` in site.json; with it the page, its configuration, the bundle and the split _headers", () => {
  const project = new ProjectCopy();
  const out = mkdtempSync(path.join(tmpdir(), "prongsai-admin-"));
  try {
    mkdirSync(path.join(out, "2565"));
    writeFileSync(path.join(out, "index.html"), "");
    writeFileSync(path.join(out, "_headers"), "/*\n  X-Template: yes\n");
    project.editJson("data/site.json", (s) => delete s.editor);
    assert.equal(writeEditorSite(out, project.dir, "/"), undefined);
    assert.equal(existsSync(path.join(out, "admin")), false);
    assert.equal(readFileSync(path.join(out, "_headers"), "utf8"), "/*\n  X-Template: yes\n");

    project.editJson("data/site.json", (s) => (s.editor = { backend: "gitlab", repo: "tharae/ita-website", appId: "abc123" }));
    const written = writeEditorSite(out, project.dir, "/ita/")!;
    for (const f of ["index.html", "config.yml", "editor.js", "decap-cms.js"]) assert.ok(written.files.includes(f), f);
    assert.ok(written.bytes > 1_000_000, "Decap's bundle is copied");
    const config = parseYaml(readFileSync(path.join(out, "admin/config.yml"), "utf8"));
    assert.deepEqual(config.backend, { name: "gitlab", repo: "tharae/ita-website", branch: "main", auth_type: "pkce", app_id: "abc123", base_url: "https://gitlab.com", api_root: "https://gitlab.com/api/v4" });
    assert.equal(config.local_backend, undefined, "the published editor never talks to a local backend");
    const page = readFileSync(path.join(out, "admin/index.html"), "utf8");
    assert.deepEqual([...page.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]), ["decap-cms.js", "editor.js"]);
    const rules = parseHeaderRules(readFileSync(path.join(out, "_headers"), "utf8"));
    assert.deepEqual(rules.map((r) => r.path), ["/ita/*", "/ita/", "/ita/2565/*", "/ita/index.html", "/ita/admin/*"]);
    assert.match(headersForPath(rules, "/ita/admin/")["content-security-policy"]!, /connect-src 'self' blob: data: https:\/\/gitlab\.com;/);
  } finally {
    project.remove();
    rmSync(out, { recursive: true, force: true });
  }
});
