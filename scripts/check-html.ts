/**
 * Runs the W3C Nu HTML checker (vnu, from the npm package vnu-jar, on Debian's
 * Java) over every page and style sheet of one or more built sites, in one
 * Java process: `tsx scripts/check-html.ts _site _site-prefixed`.
 * A checker no one here wrote catches what the project's own tests miss
 * (a raw JavaScript date in a <time>, an id used twice, a table cell outside a
 * row). Errors fail; warnings are printed.
 *
 * Exit codes: 0 no errors · 1 errors, a folder missing, or Java missing (the
 * exact command to install it is printed) · 2 the checker itself failed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type VnuMessage, formatVnuMessage, isError, isFileOriginPolicyNote, isWarning, parseVnuReport } from "./lib/vnu.ts";

const root = process.cwd();
const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (dirs.length === 0) dirs.push("_site");

/** Pages and style sheets under a folder (what vnu checks with --skip-non-html --also-check-css). */
function count(dir: string): { pages: number; sheets: number } {
  let pages = 0;
  let sheets = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.html?$/.test(e.name)) pages++;
      else if (e.name.endsWith(".css")) sheets++;
    }
  };
  walk(dir);
  return { pages, sheets };
}

for (const dir of dirs) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`check-html: ${dir} is not a folder: build the site first (npm run build)`);
    process.exit(1);
  }
}

const java = spawnSync("java", ["-version"], { stdio: "ignore" });
if (java.error) {
  console.error(
    "check-html: Java is missing; the HTML checker (vnu.jar) runs on it. Install it with:\n" +
      "  sudo apt-get update && sudo apt-get install -y --no-install-recommends default-jre-headless\n" +
      "(npm test installs it itself when it runs as root: scripts/ensure-browser.ts)",
  );
  process.exit(1);
}

const jar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
const started = Date.now();
// One Java process for every folder: the JVM's start-up is most of the cost of a small site.
// A short run gains nothing from the optimising compiler: stopping at the quick one (C1) halves
// the CPU time; its deeper frames need a larger stack than the default (vnu asks for ≥ 512 KB).
const run = spawnSync("java", ["-Xss8m", "-XX:TieredStopAtLevel=1", "-jar", jar, "--skip-non-html", "--also-check-css", "--format", "json", "--stdout", ...dirs], {
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
if (run.error) {
  console.error(`check-html: could not run the checker: ${run.error.message}`);
  process.exit(2);
}
let messages: VnuMessage[];
try {
  messages = parseVnuReport(run.stdout);
} catch (e) {
  console.error(`check-html: ${(e as Error).message}\n${run.stderr}`);
  process.exit(2);
}

const errors = messages.filter(isError);
const setAside = messages.filter(isFileOriginPolicyNote);
const warnings = messages.filter((m) => isWarning(m) && !isFileOriginPolicyNote(m));
for (const m of [...errors, ...warnings]) console.log(formatVnuMessage(m, root));
const counted = dirs.map(count);
const pages = counted.reduce((a, c) => a + c.pages, 0);
const sheets = counted.reduce((a, c) => a + c.sheets, 0);
console.log(
  `HTML checker (W3C Nu): ${pages} pages and ${sheets} style sheets in ${dirs.join(", ")}: ` +
    `${errors.length} error(s), ${warnings.length} warning(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
if (setAside.length) {
  console.log(
    `(${setAside.length} note(s) set aside that a same-site file is "blocked" by the pages' meta Content-Security-Policy: ` +
      "the checker reads pages as files, whose origin no 'self' matches; the browser tests check the policy over HTTP)",
  );
}
process.exit(errors.length > 0 ? 1 : 0);
