/**
 * Run a child process and measure its wall time and peak memory.
 *
 * Peak memory is the maximum resident set size (max RSS) of the child's
 * process tree, and CPU time is user + system time of the whole tree (the
 * machine may be shared, so CPU seconds are steadier than wall seconds). Both
 * are read one of two ways:
 * - `/usr/bin/time -f %M` (GNU time) when it exists: the kernel's ru_maxrss
 *   for the waited-for child, which Linux takes as the maximum over the child
 *   and every descendant it reaped (tsx's inner Node process, Pagefind's
 *   binary). It is the largest single process, not a sum. %U + %S is the
 *   CPU time of the child and all its reaped descendants.
 * - otherwise a `--import` hook put into NODE_OPTIONS: every Node process of
 *   the tree appends process.resourceUsage() (maxRSS, user and system CPU)
 *   to a file when it exits; the largest maxRSS and the summed CPU are taken
 *   (non-Node children such as Pagefind's binary are not seen).
 *
 * rusage misses one process: Pagefind's binary, which `pagefind.close()`
 * kills without waiting, so it is reaped by init, not by the build. Where
 * /proc exists the tree is therefore also sampled every 100 ms (peak RSS from
 * VmHWM, CPU from utime + stime, which a killed process keeps until it is
 * reaped); each figure reported is the larger of the two readings, both of
 * which can only undercount.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const GNU_TIME = "/usr/bin/time";

export type MemoryMethod = "gnu-time" | "node-hook";

export function memoryMethod(): MemoryMethod {
  return existsSync(GNU_TIME) ? "gnu-time" : "node-hook";
}

export interface Measured {
  code: number;
  ms: number;
  /** Peak RSS in bytes (0 when it could not be read). */
  maxRss: number;
  /** User + system CPU time of the process tree, in ms (0 when it could not be read). */
  cpuMs: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Folder for the measuring files (time output, hook). */
  scratch: string;
  timeoutMs?: number;
}

/** Samples a process tree from /proc: per process the peak RSS (VmHWM) and the CPU time used so far. */
class ProcTree {
  private readonly seen = new Map<number, { hwm: number; cpuMs: number }>();
  private readonly tick = 100; // USER_HZ on Linux
  private timer: NodeJS.Timeout | undefined;
  static available(): boolean {
    return existsSync("/proc/self/status");
  }
  constructor(private readonly root: number) {}
  start(ms = 100): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), ms);
  }
  stop(): { maxRss: number; cpuMs: number } {
    if (this.timer) clearInterval(this.timer);
    let maxRss = 0;
    let cpuMs = 0;
    for (const v of this.seen.values()) {
      maxRss = Math.max(maxRss, v.hwm);
      cpuMs += v.cpuMs;
    }
    return { maxRss, cpuMs };
  }
  private sample(): void {
    const parent = new Map<number, number>();
    const stat = new Map<number, string[]>();
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const text = readFileSync(`/proc/${name}/stat`, "utf8");
        // the command name is in parentheses and may hold spaces: split after the last ")"
        const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
        parent.set(Number(name), Number(fields[1]));
        stat.set(Number(name), fields);
      } catch {
        // the process ended meanwhile
      }
    }
    const inTree = (pid: number): boolean => {
      for (let p: number | undefined = pid, i = 0; p !== undefined && p > 1 && i < 64; p = parent.get(p), i++) if (p === this.root) return true;
      return false;
    };
    for (const [pid, fields] of stat) {
      if (!inTree(pid)) continue;
      // fields from "state": utime is field 14 of stat, i.e. index 11 here; stime index 12
      const cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / this.tick;
      let hwm = this.seen.get(pid)?.hwm ?? 0;
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
        if (m) hwm = Math.max(hwm, Number(m[1]) * 1024);
      } catch {
        // ended or a zombie without memory figures
      }
      this.seen.set(pid, { hwm, cpuMs: Math.max(cpuMs, this.seen.get(pid)?.cpuMs ?? 0) });
    }
  }
}

/** Run `command args…` and measure it. */
export function measure(command: string, args: string[], opts: RunOptions): Promise<Measured> {
  const method = memoryMethod();
  const memFile = path.join(opts.scratch, `maxrss-${process.pid}-${Date.now()}.txt`);
  rmSync(memFile, { force: true });
  let env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  let cmd = command;
  let argv = args;
  if (method === "gnu-time") {
    cmd = GNU_TIME;
    argv = ["-f", "%M %U %S", "-o", memFile, command, ...args];
  } else {
    const hook = path.join(opts.scratch, "maxrss-hook.mjs");
    writeFileSync(
      hook,
      `import { appendFileSync } from "node:fs";\nprocess.on("exit", () => { try { const u = process.resourceUsage(); appendFileSync(process.env.BENCH_MAXRSS_FILE, \`\${u.maxRSS} \${u.userCPUTime / 1e6} \${u.systemCPUTime / 1e6}\\n\`); } catch {} });\n`,
    );
    env = { ...env, BENCH_MAXRSS_FILE: memFile, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(hook).href}`.trim() };
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: opts.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const tree = child.pid !== undefined && ProcTree.available() ? new ProcTree(child.pid) : undefined;
    tree?.start();
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs) : undefined;
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      if (timer) clearTimeout(timer);
      let maxRss = 0;
      let cpuMs = 0;
      if (existsSync(memFile)) {
        // lines of "maxRSS-KiB user-s system-s"; GNU time writes "Command exited with non-zero status N" first on failure
        for (const line of readFileSync(memFile, "utf8").split("\n")) {
          const [kib, user, sys] = line.trim().split(/\s+/).map(Number);
          if (kib === undefined || user === undefined || sys === undefined || ![kib, user, sys].every(Number.isFinite)) continue;
          maxRss = Math.max(maxRss, kib * 1024); // both GNU time and resourceUsage() give KiB
          cpuMs += (user + sys) * 1000;
        }
        rmSync(memFile, { force: true });
      }
      const sampled = tree?.stop();
      if (sampled) {
        maxRss = Math.max(maxRss, sampled.maxRss);
        cpuMs = Math.max(cpuMs, sampled.cpuMs);
      }
      resolve({ code: code ?? -1, ms, maxRss, cpuMs, stdout, stderr });
    });
  });
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
