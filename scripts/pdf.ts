/**
 * `npm run pdf`: print the official analysis report of every year with
 * results to an A4 PDF, `<output>/<year>/analysis/report-<year>.pdf`, from the
 * built print page `/<year>/analysis/report/` (content/report.njk).
 *
 * Chromium (driven by Playwright) prints the page with the self-hosted Sarabun
 * font; pdf-lib then writes the document information from the data and a
 * content-derived file ID, so the same input always gives the same bytes.
 *
 * Options: --output=<dir> (default _site)  --pathprefix=/sub/path/ (default /),
 * the same as the build's; run the build first.
 * Exit codes: 0 printed; 1 Chromium missing, input errors or the site not built; 2 internal failure.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "@playwright/test";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFObject, PDFStream, PDFString } from "pdf-lib";
import { fiscalYearRange } from "./lib/fiscal-year.ts";
import { loadSite } from "./lib/load-data.ts";
import { error, formatProblem } from "./lib/problems.ts";
import { checkOutputDir } from "./lib/output-dir.ts";
import { createStaticServer } from "./serve.ts";
import { normalPrefix } from "./lib/security.ts";
import { EXIT, invokedDirectly, runCommand } from "./lib/cli.ts";


export const DEFAULT_CHROMIUM = "/usr/bin/chromium";
/** What to run when Chromium is missing (Debian; the Thai font is a safety net). */
export const INSTALL_COMMAND = "apt-get install -y --no-install-recommends chromium fonts-thai-tlwg";
/** The page margins; layouts/assets/css/report.css declares the same in its @page rule. */
export const PDF_MARGIN = { top: "20mm", right: "20mm", bottom: "20mm", left: "25mm" } as const;
/** Producer and Creator written into every report. */
const PRODUCER = "prongsai";
const CREATOR = "prongsai (Eleventy, Chromium, pdf-lib)";

export interface PrintedReport {
  file: string;
  pages: number;
  bytes: number;
  /** taken from the cache, not printed */
  cached: boolean;
}

/** Chromium is not where we looked: the caller tells the user how to install it. */
export class ChromiumMissingError extends Error {
  constructor(readonly chromiumPath: string) {
    super(`Chromium not found at ${chromiumPath}`);
    this.name = "ChromiumMissingError";
  }
}

/** The report page of a year is not in the built site: build first. */
export class ReportPageMissingError extends Error {
  constructor(readonly url: string, readonly status: number | undefined) {
    super(`no report page at ${url} (HTTP ${status ?? "no response"}): build the site first`);
    this.name = "ReportPageMissingError";
  }
}

/** What the print page says about itself (layouts/report.njk writes these meta tags). */
interface ReportMeta {
  title: string;
  author: string;
  subject: string;
  /** ISO date the report was adopted or the scores were published; empty when unknown. */
  issued: string;
  canonical: string;
}

/** "2022-10-31" → "D:20221031000000+07'00'": midnight in Bangkok, the agency's day. */
export function pdfDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return `D:${m[1]}${m[2]}${m[3]}000000+07'00'`;
}

/** Replace, in place, every string of a dictionary or array (recursively) for which `f` gives a new value. */
function mapStrings(obj: PDFObject, f: (s: string) => string | undefined): void {
  const swap = (v: PDFObject): PDFObject | undefined => {
    if (v instanceof PDFString || v instanceof PDFHexString) {
      const next = f(v.decodeText());
      return next === undefined ? undefined : PDFString.of(next);
    }
    mapStrings(v, f);
    return undefined;
  };
  if (obj instanceof PDFStream) mapStrings(obj.dict, f);
  else if (obj instanceof PDFDict) {
    for (const [key, value] of obj.entries()) {
      const next = swap(value);
      if (next) obj.set(key, next);
    }
  } else if (obj instanceof PDFArray) {
    for (let i = 0; i < obj.size(); i++) {
      const next = swap(obj.get(i));
      if (next) obj.set(i, next);
    }
  }
}

/**
 * Chromium names the structure elements of a tagged PDF after its DOM node
 * ids ("node00000041"), which shift from run to run. Renumber them by rank
 * (node00000001, …): the order, and so the sorted IDTree, stays the same.
 */
function renumberStructureIds(doc: PDFDocument): void {
  const pattern = /^node(\d+)$/;
  const found = new Set<number>();
  const objects = doc.context.enumerateIndirectObjects().map(([, obj]) => obj);
  for (const obj of objects) {
    mapStrings(obj, (s) => {
      const m = pattern.exec(s);
      if (m) found.add(Number(m[1]));
      return undefined;
    });
  }
  const width = Math.max(8, String(found.size).length);
  const rank = new Map([...found].sort((a, b) => a - b).map((n, i) => [n, `node${String(i + 1).padStart(width, "0")}`]));
  for (const obj of objects) {
    mapStrings(obj, (s) => {
      const m = pattern.exec(s);
      return m ? rank.get(Number(m[1])) : undefined;
    });
  }
}

/**
 * The document information from the data, and a file ID derived from the
 * content: Chromium stamps the print time into CreationDate and ModDate, and
 * pdf-lib would stamp the load time and "pdf-lib". (The other bytes that vary
 * between runs are the structure element ids: see renumberStructureIds.)
 */
async function finalize(raw: Uint8Array, meta: ReportMeta, year: number): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(raw, { updateMetadata: false });
  renumberStructureIds(doc);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setProducer(PRODUCER);
  doc.setCreator(CREATOR);
  doc.setLanguage("th");
  // dates with the Bangkok offset as written (pdf-lib's setters only take a Date and write UTC)
  const date = PDFString.of(pdfDate(meta.issued || fiscalYearRange(year).start));
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of("CreationDate"), date);
  info.set(PDFName.of("ModDate"), date);
  // the file ID (PDF 2.0 requires one) is the MD5 of the file saved without it
  const options = { useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false } as const;
  doc.context.trailerInfo.ID = undefined;
  const id = createHash("md5").update(await doc.save(options)).digest("hex");
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return { bytes: await doc.save(options), pages: doc.getPageCount() };
}

// ---------------------------------------------------------------- cache

/**
 * Printed reports are kept in a cache folder (the build uses `.cache/pdf/`),
 * named by a key over everything the PDF is made from: this file's code, the
 * lock file (Playwright, pdf-lib), the Chromium binary, the path prefix, the
 * report page and every file under /assets/ (styles, fonts, emblem). A build
 * whose report is unchanged takes the PDF from there without starting
 * Chromium: the PDF is deterministic, so the bytes are the same. Entries not
 * used for 30 days are removed.
 */
export interface PdfCache {
  dir: string;
  /** the project's lock file, when there is one */
  lockfile?: string;
}

const SELF = readFileSync(fileURLToPath(import.meta.url));
const CACHE_DAYS = 30;

function filesUnder(root: string, rel: string): string[] {
  const dir = path.join(root, rel);
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => path.join(rel, f))
    .filter((f) => statSync(path.join(root, f)).isFile())
    .sort();
}

/** A key for each year's report: what all reports share is read and hashed once, then each report page. */
function reportKeys(root: string, prefix: string, years: number[], executablePath: string, cache: PdfCache): Map<number, string> {
  const chromium = statSync(executablePath);
  const shared = createHash("sha256").update("prongsai report pdf\0").update(SELF);
  if (cache.lockfile && existsSync(cache.lockfile)) shared.update(readFileSync(cache.lockfile));
  shared.update(`\0${executablePath}\0${chromium.size}\0${chromium.mtimeMs}\0${prefix}\0`);
  for (const f of filesUnder(root, "assets")) shared.update(`\0${f}\0`).update(readFileSync(path.join(root, f)));
  return new Map(
    years.map((year) => {
      const h = shared.copy().update(`${year}\0`).update(readFileSync(path.join(root, String(year), "analysis", "report", "index.html")));
      return [year, h.digest("hex")];
    }),
  );
}

function pruneCache(cache: PdfCache): void {
  const limit = Date.now() - CACHE_DAYS * 24 * 3600 * 1000;
  for (const f of readdirSync(cache.dir)) {
    const file = path.join(cache.dir, f);
    // a build beside this one may rename or prune an entry between the listing and the stat
    const mtime = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (mtime !== undefined && mtime < limit) rmSync(file, { force: true });
  }
}

/**
 * Print the report of each year in `years` from the site built in `siteDir`
 * (published under `pathPrefix`) into `<siteDir>/<year>/analysis/report-<year>.pdf`.
 * The site is served on an ephemeral port of 127.0.0.1 while printing. With a
 * `cache`, unchanged reports are taken from it and Chromium starts only when
 * one must be printed.
 */
export async function printReports(
  siteDir: string,
  pathPrefix: string,
  years: number[],
  options: { chromiumPath?: string; cache?: PdfCache } = {},
): Promise<PrintedReport[]> {
  const executablePath = options.chromiumPath ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
  const root = path.resolve(siteDir);
  const prefix = normalPrefix(pathPrefix);
  const target = (year: number) => path.join(root, String(year), "analysis", `report-${year}.pdf`);

  const printed = new Map<number, PrintedReport>();
  const done = () => years.map((y) => printed.get(y)!); // in the order asked
  const { cache } = options;
  const keys = cache ? reportKeys(root, prefix, years, executablePath, cache) : new Map<number, string>();
  if (cache) {
    mkdirSync(cache.dir, { recursive: true });
    for (const [year, key] of keys) {
      const cached = path.join(cache.dir, `${key}.pdf`);
      if (!existsSync(cached)) continue;
      const bytes = readFileSync(cached);
      writeFileSync(target(year), bytes);
      const now = new Date();
      utimesSync(cached, now, now); // in use: not pruned
      printed.set(year, { file: target(year), pages: (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount(), bytes: bytes.length, cached: true });
    }
  }
  const toPrint = years.filter((y) => !printed.has(y));
  if (toPrint.length === 0) {
    if (cache) pruneCache(cache);
    return done();
  }

  const server = createStaticServer(root, prefix);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined; // launched inside the try: a failed launch still closes the server
  try {
    browser = await chromium.launch({ executablePath });
    const context = await browser.newContext({ locale: "th-TH", timezoneId: "Asia/Bangkok" });
    // two reports at a time: Chromium prints one while Node finishes the other (pdf-lib)
    const queue = [...toPrint];
    const printNext = async (): Promise<void> => {
      for (let year = queue.shift(); year !== undefined; year = queue.shift()) await printOne(year);
    };
    const printOne = async (year: number): Promise<void> => {
      const page = await context.newPage();
      const failures: string[] = [];
      page.on("response", (r) => {
        if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
      });
      page.on("requestfailed", (r) => failures.push(`${r.failure()?.errorText ?? "failed"} ${r.url()}`));

      const url = `${origin}${prefix}${year}/analysis/report/`;
      const response = await page.goto(url, { waitUntil: "load" });
      if (response?.status() !== 200) throw new ReportPageMissingError(url, response?.status());

      // every face of the web font, or the PDF would embed a fallback font (or boxes)
      const loaded = await page.evaluate(async () => {
        const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, "") === "Sarabun");
        await Promise.all(faces.map((f) => f.load().catch(() => f)));
        await document.fonts.ready;
        return faces.map((f) => ({ weight: f.weight, status: f.status }));
      });
      const notLoaded = loaded.filter((f) => f.status !== "loaded");
      if (loaded.length === 0 || notLoaded.length) {
        throw new Error(`the report's Sarabun font did not load (${JSON.stringify(loaded)}); ${failures.join("; ")}`);
      }
      if (failures.length) throw new Error(`the report page of ${year} has broken resources: ${failures.join("; ")}`);

      // (no named functions inside evaluate: tsx would wrap them in a helper the page lacks)
      const [title, author, subject, issued, canonical] = await page.evaluate((selectors) =>
        selectors.map((s) => document.querySelector(s)?.getAttribute(s.startsWith("link") ? "href" : "content") ?? ""),
        ['meta[name="dcterms.title"]', 'meta[name="author"]', 'meta[name="description"]', 'meta[name="dcterms.issued"]', 'link[rel="canonical"]'],
      );
      const meta: ReportMeta = { title: title || (await page.title()), author: author ?? "", subject: subject ?? "", issued: issued ?? "", canonical: canonical ?? "" };

      // Links to this site point at its public address, not at this temporary server
      // (whose port changes every run); without a public address they become plain text.
      const suffix = `${year}/analysis/report/`;
      const publicRoot = meta.canonical.endsWith(suffix) ? meta.canonical.slice(0, -suffix.length) : "";
      await page.evaluate(
        ({ local, publicRoot }) => {
          for (const a of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
            if (a.getAttribute("href")!.startsWith("#") || !a.href.startsWith(local)) continue;
            if (publicRoot) a.href = publicRoot + a.href.slice(local.length);
            else a.removeAttribute("href");
          }
        },
        { local: `${origin}${prefix}`, publicRoot },
      );

      await page.emulateMedia({ media: "print" });
      const raw = await page.pdf({
        format: "A4",
        preferCSSPageSize: true,
        printBackground: true,
        margin: PDF_MARGIN,
        tagged: true,
        outline: true,
      });
      await page.close();

      const { bytes, pages } = await finalize(raw, meta, year);
      const file = target(year);
      writeFileSync(file, bytes);
      printed.set(year, { file, pages, bytes: bytes.length, cached: false });
      const key = keys.get(year);
      if (cache && key) {
        // write then rename: a build running beside this one never reads half a file
        const part = path.join(cache.dir, `.${key}.${process.pid}.part`);
        writeFileSync(part, bytes);
        renameSync(part, path.join(cache.dir, `${key}.pdf`));
      }
    };
    await Promise.all([printNext(), printNext()]);
    await context.close();
    if (cache) pruneCache(cache);
    return done();
  } finally {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

// ---------------------------------------------------------------- command line

function arg(name: string): string | undefined {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit?.slice(name.length + 3) ?? process.env[`PRONGSAI_${name.toUpperCase()}`];
}

function chromiumMissing(chromiumPath: string): number {
  console.error(`ไม่พบ Chromium ที่ ${chromiumPath} ติดตั้งด้วยคำสั่งนี้ (หรือกำหนด CHROMIUM_PATH) / Chromium not found at ${chromiumPath}: install it with (or set CHROMIUM_PATH):`);
  console.error(INSTALL_COMMAND);
  return EXIT.input;
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
  const shown = path.relative(root, output) || ".";
  const chromiumPath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  if (!existsSync(chromiumPath)) return chromiumMissing(chromiumPath);

  const { model, problems } = loadSite({ root });
  if (!model) {
    for (const p of problems.filter((p) => p.severity === "error")) console.error(formatProblem(p));
    console.error("\nข้อมูลมีข้อผิดพลาด ไม่ได้พิมพ์รายงาน / input errors: no report was printed");
    return EXIT.input;
  }
  const years = model.resultYears.map((y) => y.fiscalYear);
  if (years.length === 0) {
    console.log("ยังไม่มีปีที่มีผลการประเมิน ไม่มีรายงานให้พิมพ์ / no year has results: nothing to print");
    return EXIT.ok;
  }
  const unbuilt = years.filter((y) => !existsSync(path.join(output, String(y), "analysis", "report", "index.html")));
  if (unbuilt.length) {
    const build = `npm run build -- --output=${shown} --pathprefix=${pathPrefix}`;
    console.error(`ยังไม่ได้สร้างหน้ารายงานของปี ${unbuilt.join(", ")} ใน ${shown}/ สร้างเว็บไซต์ก่อนด้วย ${build}`);
    console.error(`the report page of ${unbuilt.join(", ")} is not in ${shown}/: build the site first with ${build}`);
    return EXIT.input;
  }

  const started = performance.now();
  let printed: PrintedReport[];
  try {
    printed = await printReports(output, pathPrefix, years, { chromiumPath });
  } catch (e) {
    if (e instanceof ChromiumMissingError) return chromiumMissing(e.chromiumPath);
    throw e;
  }
  for (const p of printed) console.log(`${path.relative(root, p.file)}: ${p.pages} pages, ${p.bytes} bytes`);
  console.log(`Printed ${printed.length} report(s) in ${Math.round(performance.now() - started)} ms`);
  return EXIT.ok;
}

if (invokedDirectly(import.meta.url)) runCommand(main, "while printing the reports");
