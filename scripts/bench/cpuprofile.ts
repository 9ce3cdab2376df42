/**
 * Summarise V8 .cpuprofile files (from `node --cpu-prof`): the top functions
 * by self time, the top files and packages by self time, and the top
 * functions by total (inclusive) time.
 *
 *   tsx scripts/bench/cpuprofile.ts <file.cpuprofile | folder> [--top=25]
 *   tsx scripts/bench/cpuprofile.ts <…> --callers=<part of a function label> [--depth=6]  (who calls it)
 *   tsx scripts/bench/cpuprofile.ts <…> --callees=<part of a function label> [--depth=6]  (what it spends time on)
 *
 * A folder is summarised as the sum of the profiles in it (tsx runs the script
 * in a child process, so the build's profile is the largest one there).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Summary {
  totalMs: number;
  byFunction: [string, number][];
  byFile: [string, number][];
  byPackage: [string, number][];
  inclusive: [string, number][];
}

/** Shorten a script URL to something readable: node_modules/<pkg>/…, the project path, or node:… */
function shortUrl(url: string): string {
  if (!url) return "(native)";
  const u = url.replace(/^file:\/\//, "");
  const nm = u.lastIndexOf("node_modules/");
  if (nm >= 0) return u.slice(nm + "node_modules/".length);
  const proj = /\/(scripts|content|layouts|\.eleventy\.ts)(\/|$)/.exec(u);
  if (proj) return u.slice(proj.index + 1);
  return u;
}

/** V8's pseudo-frames: not code of the build. */
const PSEUDO = new Set(["(idle)", "(garbage collector)", "(program)", "(root)"]);

function packageOf(f: CallFrame): string {
  if (PSEUDO.has(f.functionName)) return f.functionName;
  const s = shortUrl(f.url);
  if (s === "(native)") return "(native code: fs, crypto, … called from JS)";
  if (s.startsWith("node:")) return "node: (built-ins)";
  const m = /^(@[^/]+\/[^/]+|[^/]+)\//.exec(s);
  if (m && !["scripts", "content", "layouts"].includes(m[1]!)) return m[1]!;
  return s.startsWith("scripts/") || s.startsWith("content/") || s.startsWith("layouts/") || s.startsWith(".eleventy") ? "(project)" : s;
}

const label = (f: CallFrame) => `${f.functionName || "(anonymous)"}  ${shortUrl(f.url)}:${f.lineNumber + 1}`;

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

/** Self and inclusive times (ms) of one or more profiles, summed. */
export function summarise(profiles: CpuProfile[], top = 25): Summary {
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  const pkg = new Map<string, number>();
  const incl = new Map<string, number>();
  let totalMs = 0;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    const samples = p.samples ?? [];
    const deltas = p.timeDeltas ?? [];
    // a sample's time is the delta to the next sample
    for (let i = 0; i < samples.length; i++) {
      const ms = (deltas[i + 1] ?? 0) / 1000;
      self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + ms);
    }
    for (const [id, ms] of self) {
      const n = byId.get(id);
      if (!n) continue;
      totalMs += ms;
      add(fn, label(n.callFrame), ms);
      add(file, shortUrl(n.callFrame.url), ms);
      add(pkg, packageOf(n.callFrame), ms);
    }
    // inclusive time: each function counted once per stack (recursion does not double it)
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (const [id, ms] of self) {
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const n = byId.get(cur);
        if (!n) break;
        const key = label(n.callFrame);
        if (seen.has(key)) continue;
        seen.add(key);
        add(incl, key, ms);
      }
    }
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalMs, byFunction: sorted(fn), byFile: sorted(file), byPackage: sorted(pkg), inclusive: sorted(incl) };
}

/**
 * Who calls the functions whose label contains `pattern`: the time spent in
 * them (inclusive), grouped by the chain of `depth` callers above the
 * outermost match of each sampled stack.
 */
export function callers(profiles: CpuProfile[], pattern: string, depth = 6, top = 10, below = false): [string, number][] {
  const chains = new Map<string, number>();
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const samples = p.samples ?? [];
    const deltas = p.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const ms = (deltas[i + 1] ?? 0) / 1000;
      const stack: string[] = [];
      for (let cur: number | undefined = samples[i]; cur !== undefined; cur = parent.get(cur)) {
        const n = byId.get(cur);
        if (n) stack.push(label(n.callFrame));
      }
      let outer = -1;
      stack.forEach((l, idx) => {
        if (l.includes(pattern)) outer = idx;
      });
      if (outer < 0) continue;
      // below: the chain from the match down to the sampled function (what it spends its time on)
      const chain = below ? stack.slice(Math.max(0, outer - depth), outer + 1).reverse().join("\n      → ") : stack.slice(outer, outer + depth + 1).join("\n      ← ");
      add(chains, chain, ms);
    }
  }
  return [...chains.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
}

export function loadProfiles(target: string): CpuProfile[] {
  const files = statSync(target).isDirectory()
    ? readdirSync(target).filter((f) => f.endsWith(".cpuprofile")).map((f) => path.join(target, f))
    : [target];
  return files.map((f) => JSON.parse(readFileSync(f, "utf8")) as CpuProfile);
}

export function formatSummary(s: Summary): string {
  const pct = (ms: number) => `${((ms / s.totalMs) * 100).toFixed(1).padStart(5)} %`;
  const table = (title: string, rows: [string, number][]) =>
    [`\n${title}`, ...rows.map(([k, ms]) => `${(ms / 1000).toFixed(2).padStart(8)} s ${pct(ms)}  ${k}`)].join("\n");
  return [
    `sampled time: ${(s.totalMs / 1000).toFixed(2)} s`,
    table("self time by package", s.byPackage),
    table("self time by file", s.byFile),
    table("self time by function", s.byFunction),
    table("total (inclusive) time by function", s.inclusive),
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("cpuprofile.ts")) {
  const target = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const top = Number(process.argv.find((a) => a.startsWith("--top="))?.slice(6) ?? 25);
  if (!target) {
    console.error("usage: tsx scripts/bench/cpuprofile.ts <file.cpuprofile | folder> [--top=25]");
    process.exit(1);
  }
  // with a folder, the largest profile is the build (tsx's parent process only waits)
  const profiles = loadProfiles(target);
  const up = process.argv.find((a) => a.startsWith("--callers="))?.slice(10);
  const down = process.argv.find((a) => a.startsWith("--callees="))?.slice(10);
  if (up || down) {
    const depth = Number(process.argv.find((a) => a.startsWith("--depth="))?.slice(8) ?? 6);
    for (const [chain, ms] of callers(profiles, (up ?? down)!, depth, top, !up)) console.log(`${(ms / 1000).toFixed(2).padStart(8)} s  ${chain}\n`);
  } else {
    console.log(formatSummary(summarise(profiles, top)));
  }
}
