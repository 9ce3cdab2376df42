/**
 * @fileoverview The web editor as part of the built site: <output>/admin/
 * with the page, its configuration (made from the agency's folders the build
 * has just checked), the project's editor script and Decap CMS's own bundle
 * copied from node_modules, and the `_headers` that give /admin/ its own
 * Content-Security-Policy without touching the public pages' one. Only when
 * data/site.json names the git host (`editor`): without it the site has no
 * /admin/ and its `_headers` stay as the template wrote them.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { publishFiles } from "./files.ts";
import path from "node:path";
import { stringify } from "yaml";
import { editorConfig, editorCsp, editorPage, fieldOrders } from "./editor-config.ts";
import { readEditorInput } from "./editor-input.ts";
import { EDITOR_SCRIPT, bundleDir, bundleFiles } from "./editor-bundle.ts";
import { EDITOR_FOLDER, headersFileWithEditor } from "./security.ts";

/** What was written: the files of /admin/ and their bytes. */
export interface EditorSite {
  files: string[];
  bytes: number;
}

/**
 * Write /admin/ into the built site `outDir` for the agency's folders in
 * `root`, and rewrite `outDir/_headers` so that /admin/ has its own policy
 * (with the open data's licence rules, `licenceUrl`, as the template wrote them).
 * Undefined (nothing written) when site.json names no git host.
 */
export function writeEditorSite(outDir: string, root: string, pathPrefix: string, licenceUrl?: string): EditorSite | undefined {
  const input = readEditorInput(root);
  if (!input.settings) return undefined;
  const admin = path.join(outDir, EDITOR_FOLDER);
  mkdirSync(admin, { recursive: true });
  const config = editorConfig(input);
  const files: string[] = [];
  const write = (name: string, text: string) => {
    writeFileSync(path.join(admin, name), text);
    files.push(name);
  };
  write("index.html", editorPage({ agency: input.agency, csp: editorCsp(input.settings, undefined, { meta: true }), fieldOrder: fieldOrders(config) }));
  write("config.yml", stringify(config));
  // linked where the file system allows, as the site's documents are (files.ts): 6.5 MB not copied on every build
  const dir = bundleDir();
  const bundle = bundleFiles(dir);
  publishFiles([[EDITOR_SCRIPT, path.join(admin, "editor.js")], ...bundle.map((f) => [path.join(dir, f), path.join(admin, f)] as const)]);
  files.push("editor.js", ...bundle);
  const entries = readdirSync(outDir, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
  writeFileSync(path.join(outDir, "_headers"), headersFileWithEditor(pathPrefix, entries, editorCsp(input.settings), licenceUrl));
  return { files: files.sort(), bytes: files.reduce((n, f) => n + statSync(path.join(admin, f)).size, 0) };
}
