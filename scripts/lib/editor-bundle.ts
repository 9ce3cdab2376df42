/**
 * @fileoverview The files of the web editor at /admin/: Decap CMS's own
 * bundle from npm (its main script, the chunks it loads on demand and their
 * WebAssembly; no source maps), and the project's widget script. Served from
 * the site itself: no script comes from another host.
 */
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The files of decap-cms's dist/ that the editor loads (its chunks are named <id>.decap-cms.js). */
const BUNDLE_FILE = /^(decap-cms|\d+\.decap-cms)\.js$|^[0-9a-f]+\.wasm$/;

/** The project's widgets for the editor (dates shown in B.E., never in the future). */
export const EDITOR_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../layouts/admin/editor.js");

/** decap-cms's dist/ folder, as installed for this project. */
export function bundleDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve("decap-cms/dist/decap-cms.js"));
}

/** Every file of the bundle the editor may load, by name. */
export function bundleFiles(dir: string = bundleDir()): string[] {
  return readdirSync(dir).filter((f) => BUNDLE_FILE.test(f)).sort();
}
