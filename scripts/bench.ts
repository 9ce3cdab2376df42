/**
 * `npm run bench`: how the real build scales with the size of an agency.
 *
 * For each size it writes a synthetic agency (five fiscal years, every OIT item
 * with documents and Thai prose, and enough procurement notices to reach the
 * page count) into a temporary copy of the project, builds it with the real
 * pipeline (`scripts/build.ts`: validation, Eleventy, Pagefind), builds it
 * again without the search index (PRONGSAI_NO_SEARCH=1), and builds a plain
 * Eleventy project with the same number of one-layout Markdown pages as the
 * baseline. It prints one table: pages, median wall time, ms per page, peak
 * memory, output size and the ratio to the baseline.
 *
 * Options: --sizes=1000,5000,20000 (target page counts)  --runs=3 (median of)
 *          --quick (one size of 2,000 pages, one run: a look before a change, in a few minutes)
 *          --keep (leave the temporary folder for a look)  --json=<file> (raw results)
 * A benchmark, not a test: it is not part of `npm test`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ELEVENTY_CLI, TSX_CLI, copyProjectCode, countOutput, writeAgency, writeBaseline } from "./bench/project.ts";
import { type Measured, measure, median, memoryMethod } from "./bench/measure.ts";

function option(name: string): string | undefined {
  const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!hit) return undefined;
  return hit.includes("=") ? hit.slice(hit.indexOf("=") + 1) : "";
}

const quick = option("quick") !== undefined;
const sizes = (option("sizes") ?? (quick ? "2000" : "1000,5000,20000")).split(",").map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
const runs = Math.max(1, Number(option("runs") ?? (quick ? 1 : 3)) || 3);
const keep = option("keep") !== undefined;
const jsonOut = option("json");

const log = (msg: string) => process.stderr.write(`${msg}\n`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

interface Row {
  size: number;
  site: "prongsai" | "prongsai, rebuild after one edit" | "prongsai, no search" | "baseline";
  pages: number;
  wallMs: number;
  cpuMs: number;
  runsMs: number[];
  maxRss: number;
  outputBytes: number;
}

/** Before each timed run (not timed): by default nothing. */
type Prepare = (run: number) => void;

/**
 * A cold build: no earlier site (whose search shards a build takes over), no
 * site it replaced, no cached PDFs. Every timed build of the table starts so.
 */
function cold(dir: string): Prepare {
  return () => {
    for (const f of readdirSync(dir)) {
      if (f === "_site" || f.startsWith("._site-old-") || f === ".cache") rmSync(path.join(dir, f), { recursive: true, force: true });
    }
    settle();
  };
}

/** Let the disk finish writing back what the last run and the removal left, so it does not slow the next timed run. */
function settle(): void {
  spawnSync("sync", { stdio: "ignore" }); // absent (Windows): nothing to wait for
}

async function timed(label: string, n: number, command: string, args: string[], cwd: string, scratch: string, env: NodeJS.ProcessEnv = {}, prepare?: Prepare): Promise<Measured[]> {
  const out: Measured[] = [];
  for (let i = 0; i < n; i++) {
    prepare?.(i);
    const m = await measure(command, args, { cwd, scratch, env });
    if (m.code !== 0) throw new Error(`${label} failed (exit ${m.code}):\n${m.stdout}\n${m.stderr}`);
    log(`  ${label} run ${i + 1}/${n}: ${seconds(m.ms)} s wall, ${seconds(m.cpuMs)} s CPU, peak ${mib(m.maxRss)} MiB`);
    out.push(m);
  }
  return out;
}

function row(size: number, site: Row["site"], ms: Measured[], out: { pages: number; bytes: number }): Row {
  return { size, site, pages: out.pages, wallMs: median(ms.map((m) => m.ms)), cpuMs: median(ms.map((m) => m.cpuMs)), runsMs: ms.map((m) => Math.round(m.ms)), maxRss: Math.max(...ms.map((m) => m.maxRss)), outputBytes: out.bytes };
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "prongsai-bench-"));
  const scratch = path.join(tmp, "scratch");
  mkdirSync(scratch);
  const build = [TSX_CLI, "scripts/build.ts"];
  const rows: Row[] = [];
  log(`prongsai bench: sizes ${sizes.join(", ")}, ${runs} run(s) each, in ${tmp}`);
  log(
    `peak memory and CPU via ${memoryMethod() === "gnu-time" ? "/usr/bin/time -f '%M %U %S'" : "a Node --import hook (process.resourceUsage(), Node processes only)"}` +
      `${existsSync("/proc/self/status") ? ", and /proc sampled every 100 ms (catches Pagefind's binary, which the build does not reap)" : ""}`,
  );
  try {
    // one snapshot of the code and templates for every build of this run
    const code = path.join(tmp, "code");
    mkdirSync(code);
    copyProjectCode(code);
    // the pages every agency has whatever its size (year, analysis, OIT item pages, …): build once without entries
    const calibrate = path.join(tmp, "calibrate");
    mkdirSync(calibrate);
    copyProjectCode(calibrate, code);
    writeAgency(calibrate, 0);
    await timed("calibration (no notices)", 1, process.execPath, build, calibrate, scratch, { PRONGSAI_NO_SEARCH: "1" });
    const fixed = countOutput(path.join(calibrate, "_site")).pages;
    rmSync(calibrate, { recursive: true, force: true });
    log(`an agency without notices has ${fixed} pages`);

    for (const size of sizes) {
      const entries = Math.max(0, size - fixed);
      const dir = path.join(tmp, `agency-${size}`);
      mkdirSync(dir);
      const t0 = performance.now();
      copyProjectCode(dir, code);
      const shape = writeAgency(dir, entries);
      log(`\n${size}: agency with ${shape.entries} notices and ${shape.documents} documents written in ${seconds(performance.now() - t0)} s`);

      const full = await timed("build", runs, process.execPath, build, dir, scratch, {}, cold(dir));
      const fullOut = countOutput(path.join(dir, "_site"));
      rows.push(row(size, "prongsai", full, fullOut));
      // what staff wait for after editing one notice of the current year: the same full build, with
      // the last build's site and PDF cache in place (search shards and PDFs of unchanged pages reused)
      if (shape.lastNotice) {
        const notice = path.join(dir, shape.lastNotice);
        const text = readFileSync(notice, "utf8");
        const edit: Prepare = (run) => {
          writeFileSync(notice, `${text}\nแก้ไขครั้งที่ ${run + 1}\n`);
          settle();
        };
        const again = await timed("rebuild after editing one notice", runs, process.execPath, build, dir, scratch, {}, edit);
        rows.push(row(size, "prongsai, rebuild after one edit", again, countOutput(path.join(dir, "_site"))));
        writeFileSync(notice, text);
      }
      const bare = await timed("build, PRONGSAI_NO_SEARCH=1", runs, process.execPath, build, dir, scratch, { PRONGSAI_NO_SEARCH: "1" }, cold(dir));
      rows.push(row(size, "prongsai, no search", bare, countOutput(path.join(dir, "_site"))));
      if (!keep) rmSync(dir, { recursive: true, force: true });

      // the baseline gets exactly as many pages as the real build wrote
      const base = path.join(tmp, `baseline-${size}`);
      mkdirSync(base);
      writeBaseline(base, fullOut.pages);
      const plain = await timed("baseline (plain Eleventy)", runs, process.execPath, [ELEVENTY_CLI, "--quiet"], base, scratch, {}, cold(base));
      rows.push(row(size, "baseline", plain, countOutput(path.join(base, "_site"))));
      if (!keep) rmSync(base, { recursive: true, force: true });
    }
  } finally {
    if (!keep) rmSync(tmp, { recursive: true, force: true });
    else log(`\nkept ${tmp}`);
  }

  const find = (size: number, site: Row["site"]) => rows.find((r) => r.size === size && r.site === site);
  const lines = [
    `| size | build | pages | wall s | CPU s | ms/page | peak MiB | output MiB | × baseline (wall / CPU) | search share (wall / CPU) |`,
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of rows) {
    const base = find(r.size, "baseline");
    const full = find(r.size, "prongsai");
    const ratio = base ? `${(r.wallMs / base.wallMs).toFixed(1)} / ${(r.cpuMs / base.cpuMs).toFixed(1)}` : "";
    const share = r.site === "prongsai, no search" && full ? `${Math.round((1 - r.wallMs / full.wallMs) * 100)} % / ${Math.round((1 - r.cpuMs / full.cpuMs) * 100)} %` : "";
    lines.push(`| ${r.size} | ${r.site} | ${r.pages} | ${seconds(r.wallMs)} | ${seconds(r.cpuMs)} | ${(r.wallMs / r.pages).toFixed(2)} | ${mib(r.maxRss)} | ${mib(r.outputBytes)} | ${ratio} | ${share} |`);
  }
  console.log(`\n${lines.join("\n")}`);
  console.log(`\nwall and CPU are medians of ${runs} run(s); wall = spawn to exit of \`node tsx/cli scripts/build.ts\` (validate, Eleventy, Pagefind, swap)`);
  console.log(`or of \`node eleventy/cmd.cjs\`; CPU = user + system of the process tree; ms/page = wall / pages;`);
  console.log(`peak = max RSS of the tree's largest process (${memoryMethod()}${existsSync("/proc/self/status") ? " and /proc sampling" : ""}), the largest over the runs;`);
  console.log(`search share = the part of the full build that Pagefind indexing takes (full minus PRONGSAI_NO_SEARCH=1).`);
  console.log(`Every build starts cold (no earlier _site/, no .cache/) except "rebuild after one edit": it edits the last notice`);
  console.log(`of the last year before each run and keeps the previous build's site and PDF cache, as staff rebuilding would.`);
  console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (other work on the machine inflates wall time, less so CPU time)`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${mib(os.totalmem())} MiB, Node ${process.version}`);
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ sizes, runs, memory: memoryMethod(), rows }, null, 2)}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
