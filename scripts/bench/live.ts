/**
 * Live preview: how long after an edit of one item's Markdown the served page
 * shows it, with `npm start`'s command (tsx watch + scripts/preview.ts, Eleventy's serve mode), with or
 * without Eleventy's --incremental.
 *
 *   tsx scripts/bench/live.ts [--size=0|5000] [--incremental] [--edits=3] [--file=<path>] [--keep]
 *
 * --size=0 (default) uses a copy of the example project; a size builds a
 * synthetic agency of about that many pages (as `npm run bench` does). For
 * each edit it appends a unique sentence to content/<latest year>/oit/o1.md and
 * reports the time to the next "[11ty] Wrote" log line and the time until
 * /<year>/oit/o1/ is served with the new sentence (or "never" after 120 s).
 * --file=<path in the project> edits another file instead: a template gets an
 * HTML comment inside its first macro, or before </body>, or at its end
 * (e.g. --file=layouts/macros/document-list.njk, which o1's page imports).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { TSX_CLI, copyExampleProject, copyProjectCode, writeAgency } from "./project.ts";
import { median } from "./measure.ts";

function option(name: string): string | undefined {
  const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!hit) return undefined;
  return hit.includes("=") ? hit.slice(hit.indexOf("=") + 1) : "";
}

const size = Number(option("size") ?? 0);
const incremental = option("incremental") !== undefined;
const edits = Math.max(1, Number(option("edits") ?? 3) || 3);
const keep = option("keep") !== undefined;
const fileOption = option("file");
const TIMEOUT_MS = 120_000;

const log = (msg: string) => process.stderr.write(`${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The server's output, with a way to wait for the next line that matches. */
class Log {
  private text = "";
  private waiters: { re: RegExp; from: number; resolve: (at: number) => void }[] = [];
  constructor(child: ChildProcess) {
    const on = (d: Buffer) => {
      this.text += d.toString("utf8");
      for (const w of [...this.waiters]) {
        if (w.re.test(this.text.slice(w.from))) {
          this.waiters = this.waiters.filter((x) => x !== w);
          w.resolve(performance.now());
        }
      }
    };
    child.stdout?.on("data", on);
    child.stderr?.on("data", on);
  }
  get length(): number {
    return this.text.length;
  }
  tail(n = 2000): string {
    return this.text.slice(-n);
  }
  /** Resolves with the time the pattern appears after offset `from`, or undefined after the timeout. */
  next(re: RegExp, from: number, timeout = TIMEOUT_MS): Promise<number | undefined> {
    if (re.test(this.text.slice(from))) return Promise.resolve(performance.now());
    return new Promise((resolve) => {
      const w = { re, from, resolve: (at: number) => resolve(at) };
      this.waiters.push(w);
      setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        resolve(undefined);
      }, timeout).unref();
    });
  }
}

/** Poll a URL until its body contains `needle`; the time it did, or undefined after the timeout. */
async function servedWith(url: string, needle: string, timeout = TIMEOUT_MS): Promise<number | undefined> {
  const end = performance.now() + timeout;
  while (performance.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok && (await res.text()).includes(needle)) return performance.now();
    } catch {
      // the server may be busy rebuilding
    }
    await sleep(50);
  }
  return undefined;
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "prongsai-live-"));
  const dir = path.join(tmp, "site");
  mkdirSync(dir);
  if (size > 0) {
    // the pages of an agency without notices (see bench.ts); close enough for a live-preview check
    copyProjectCode(dir);
    writeAgency(dir, Math.max(0, size - 217));
  } else {
    copyExampleProject(dir);
  }
  const years = readdirSync(path.join(dir, "content")).filter((y) => /^\d{4}$/.test(y) && existsSync(path.join(dir, "content", y, "oit", "o1.md")));
  const year = years.sort().at(-1);
  if (!year) throw new Error("no content/<year>/oit/o1.md to edit");
  const file = fileOption ? path.join(dir, fileOption) : path.join(dir, "content", year, "oit", "o1.md");
  /** Put a visible marker into the edited file. */
  const edit = (marker: string) => {
    if (!file.endsWith(".njk")) return appendFileSync(file, `\n${marker}\n`);
    const text = readFileSync(file, "utf8");
    const comment = `<!-- ${marker} -->`;
    const macro = /\{%-?\s*macro[^%]*-?%\}/.exec(text);
    if (macro) return writeFileSync(file, text.slice(0, macro.index + macro[0].length) + comment + text.slice(macro.index + macro[0].length));
    const body = text.lastIndexOf("</body>");
    writeFileSync(file, body >= 0 ? text.slice(0, body) + comment + text.slice(body) : `${text}\n${comment}\n`);
  };

  const port = await freePort();
  const args = [TSX_CLI, "watch", "--clear-screen=false", "scripts/preview.ts", `--port=${port}`, ...(incremental ? ["--incremental"] : [])];
  log(`${size > 0 ? `agency of ~${size} pages` : "example project"} in ${dir}; ${incremental ? "with" : "without"} --incremental; editing ${path.relative(dir, file)}; port ${port}`);
  const started = performance.now();
  // its own process group, so that the whole tree (tsx watch, Eleventy) can be stopped together
  const child = spawn(process.execPath, args, { cwd: dir, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const out = new Log(child);
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      stop();
      process.exit(130);
    });
  }
  const results: { wrote?: number; served?: number }[] = [];
  try {
    const first = await out.next(/\[11ty\][^\n]*Wrote \d+ files?/, 0, 600_000);
    if (first === undefined) throw new Error(`no first build:\n${out.tail()}`);
    const url = `http://localhost:${port}/${year}/oit/o1/`;
    const ready = await servedWith(url, "</html>", 60_000);
    if (ready === undefined) throw new Error(`${url} is not served:\n${out.tail()}`);
    log(`first build and serve: ${((ready - started) / 1000).toFixed(1)} s`);
    await sleep(2000); // let the watcher settle

    for (let i = 1; i <= edits; i++) {
      const marker = `ประโยคทดสอบการแก้ไขครั้งที่ ${i} ${Date.now()}`;
      const from = out.length;
      const t0 = performance.now();
      edit(marker);
      const [wrote, served] = await Promise.all([out.next(/\[11ty\][^\n]*Wrote \d+ files?/, from), servedWith(url, marker)]);
      const r = { ...(wrote !== undefined ? { wrote: wrote - t0 } : {}), ...(served !== undefined ? { served: served - t0 } : {}) };
      results.push(r);
      const wroteLine = /\[11ty\][^\n]*Wrote[^\n]*/.exec(out.tail(out.length - from))?.[0] ?? "(no Wrote line)";
      log(`edit ${i}: "Wrote" after ${r.wrote !== undefined ? `${(r.wrote / 1000).toFixed(2)} s` : "never"}, page shows the edit after ${r.served !== undefined ? `${(r.served / 1000).toFixed(2)} s` : "never (stale page)"}   ${wroteLine}`);
      await sleep(2000);
    }
  } finally {
    stop();
    await sleep(500);
    if (!keep) rmSync(tmp, { recursive: true, force: true });
    else log(`kept ${tmp}`);
  }
  const fmt = (v: number[]) => (v.length ? `${(median(v) / 1000).toFixed(2)} s` : "never");
  const wrote = results.flatMap((r) => (r.wrote !== undefined ? [r.wrote] : []));
  const served = results.flatMap((r) => (r.served !== undefined ? [r.served] : []));
  console.log(
    `${size > 0 ? `~${size} pages` : "example"} | ${path.relative(dir, file)} | ${incremental ? "--incremental" : "npm start"} | "Wrote" after ${fmt(wrote)} | page updated after ${fmt(served)} (${served.length}/${results.length} edits shown)`,
  );
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
