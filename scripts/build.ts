/**
 * `npm run build`: validate the input, build the site into a temporary folder
 * and only then replace _site/. Bad input leaves the last good site untouched.
 *
 * Options: --pathprefix=/sub/path/  --output=<dir> (default _site)
 * Exit codes: 0 built; 1 input errors (nothing written); 2 internal failure.
 */
import { chmodSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { chmod, readdir, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { loadSite } from "./lib/load-data.ts";
import { preloadModel } from "./eleventy/data.ts";
import { error, formatProblem } from "./lib/problems.ts";
import { SITE_MARKER, SITE_MARKER_TEXT, checkOutputDir } from "./lib/output-dir.ts";
import { indexForSearchApart, shardPagesFromEnv } from "./search-index.ts";
import { processAlive } from "./lib/process-alive.ts";
import { writeEditorSite } from "./lib/editor-site.ts";
import { resolveLicence } from "./lib/licence.ts";
import { EXIT, runCommand } from "./lib/cli.ts";


function arg(name: string): string | undefined {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit?.slice(name.length + 3) ?? process.env[`PRONGSAI_${name.toUpperCase()}`];
}

/**
 * Folders a build leaves beside the output: the site it replaced, renamed to
 * .<output>-old-<pid> (deleting tens of thousands of files at the end of every
 * build was a fifth of its time), and, if it was killed, its build folder
 * .<output>-build-<pid>-… with the search index's staging folder inside that
 * name. The next build removes them in the background while it renders; a
 * build folder only once its process is gone, since builds may run side by side.
 */
const replacedPrefix = (output: string) => `.${path.basename(output)}-old-`;
const buildPrefix = (output: string) => `.${path.basename(output)}-build-${process.pid}-`;

/** Make a folder tree writable by its owner, so that it can be deleted (a site copied read-only). */
async function makeWritable(dir: string): Promise<void> {
  await chmod(dir, 0o755).catch(() => undefined);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => makeWritable(path.join(dir, e.name))));
}

/** Delete a leftover folder; one that cannot be deleted is named once, and never stops the build. */
async function removeLeftover(folder: string): Promise<void> {
  try {
    await rm(folder, { recursive: true, force: true });
  } catch {
    try {
      await makeWritable(folder);
      await rm(folder, { recursive: true, force: true });
    } catch {
      console.warn(
        formatProblem(
          error(path.relative(process.cwd(), folder) || folder, {
            th: "ลบโฟลเดอร์ที่เหลือจากการสร้างครั้งก่อนไม่ได้ (ไม่มีสิทธิ์) ลบเองด้วยสิทธิ์ของเจ้าของ เว็บไซต์ใหม่ยังสร้างตามปกติ",
            en: "a folder left by an earlier build cannot be deleted (no permission): delete it as its owner; the new site is built as usual",
          }),
        ).replace(/^ERROR/, "WARN "),
      );
    }
  }
}

function removeLeftovers(output: string): Promise<void> {
  const dir = path.dirname(output);
  const name = path.basename(output).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const leftover = new RegExp(`^\\.+${name}-(old|build)-(\\d+)`);
  const stale = (existsSync(dir) ? readdirSync(dir) : []).filter((f) => {
    const m = leftover.exec(f);
    return m !== null && (m[1] === "old" || !processAlive(Number(m[2])));
  });
  return Promise.all(stale.map((f) => removeLeftover(path.join(dir, f)))).then(() => undefined);
}

async function main(): Promise<number> {
  const root = process.cwd();
  const where = checkOutputDir(root, arg("output") ?? "_site");
  if (!where.ok) {
    console.error(formatProblem(error("--output", where.why)));
    return EXIT.input;
  }
  const output = where.dir;
  const pathPrefix = arg("pathprefix") ?? "/";
  let shardPages: number;
  try {
    shardPages = shardPagesFromEnv();
  } catch (e) {
    console.error((e as Error).message);
    return EXIT.input;
  }

  const started = performance.now();
  const { model, problems } = loadSite({ root });
  for (const p of problems) console.error(formatProblem(p));
  if (!model) {
    const n = problems.filter((p) => p.severity === "error").length;
    console.error(`\n${n} error(s): nothing was built; ${path.relative(root, output) || "."}/ is unchanged.`);
    console.error(`พบข้อผิดพลาด ${n} รายการ: ไม่ได้สร้างเว็บไซต์ และ ${path.relative(root, output)}/ ยังเป็นฉบับเดิม`);
    return EXIT.input;
  }

  // The analysis report as PDF needs Chromium; the build never does. With Chromium present (and
  // PRONGSAI_PDF not "0") the PDFs are printed into the new site before the swap and the analysis
  // pages link them; without it the site is built without PDFs and says how to get them.
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const withPdf = process.env.PRONGSAI_PDF !== "0" && model.resultYears.length > 0 && existsSync(chromium);
  process.env.PRONGSAI_REPORT_PDF = withPdf ? "1" : "0";
  if (!withPdf && process.env.PRONGSAI_PDF !== "0" && model.resultYears.length > 0) {
    console.warn(`Chromium not found at ${chromium}: the report PDFs are not printed (the build does not need them). To print them: apt-get install -y --no-install-recommends chromium fonts-thai-tlwg`);
  }

  // build beside the output so the final rename stays on one file system
  const tmp = mkdtempSync(path.join(path.dirname(output), buildPrefix(output)));
  const sweep = removeLeftovers(output);
  try {
    // the model validated above is the one Eleventy builds from: no second read of every file
    preloadModel(model);
    const eleventy = new Eleventy(undefined, tmp, { configPath: ".eleventy.ts", pathPrefix, quietMode: true });
    await eleventy.write();
    // PRONGSAI_NO_SEARCH=1 skips the Pagefind index (the site's search page then finds nothing).
    // Only for measuring (npm run bench times the build with and without it); never for publishing.
    if (process.env.PRONGSAI_NO_SEARCH !== "1") {
      const search = await indexForSearchApart(tmp, { maxPages: shardPages, previous: existsSync(output) ? output : undefined });
      const reused = search.shards.filter((s) => s.reused).length;
      if (search.shards.length > 1 || reused) console.log(`Search index: ${search.pages} pages in ${search.shards.length} shard(s), ${reused} unchanged since the last build`);
    }
    // the web editor at /admin/ when site.json names the git host, after the search index so it is never indexed
    const editor = writeEditorSite(tmp, root, pathPrefix, resolveLicence(model.site.licence).url);
    if (editor) console.log(`Web editor: /admin/ (${editor.files.length} files, ${Math.round(editor.bytes / 1024)} KB)`);
    if (withPdf) {
      const { printReports } = await import("./pdf.ts"); // loads Playwright only when printing
      const reports = await printReports(tmp, pathPrefix, model.resultYears.map((y) => y.fiscalYear), {
        chromiumPath: chromium,
        // unchanged reports come from .cache/pdf/ without starting Chromium (see pdf.ts)
        cache: { dir: path.join(root, ".cache", "pdf"), lockfile: path.join(root, "package-lock.json") },
      });
      const cached = reports.filter((r) => r.cached).length;
      console.log(`Report PDFs: ${reports.length - cached} printed, ${cached} unchanged (from .cache/pdf/)`);
    }
    chmodSync(tmp, 0o755); // mkdtemp makes it private; a site is public
    writeFileSync(path.join(tmp, SITE_MARKER), SITE_MARKER_TEXT); // the next build may replace this folder, and only such a folder
    await sweep; // before the rename, so the sweep never meets the site replaced now
    if (existsSync(output)) renameSync(output, path.join(path.dirname(output), `${replacedPrefix(output)}${process.pid}`));
    renameSync(tmp, output);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    await sweep.catch(() => undefined);
    throw e;
  }
  const ms = Math.round(performance.now() - started);
  console.log(`Built ${model.years.length} fiscal year(s) into ${path.relative(root, output)}/ (path prefix ${pathPrefix}) in ${ms} ms`);
  return EXIT.ok;
}

runCommand(main, "while building");
