/**
 * @fileoverview Choosing the port of a local server (`npm start`, `npm run
 * serve`): `--port=N` from the command line, and the next free port when N is
 * taken, said in one line instead of a raw EADDRINUSE stack trace.
 */
import { createServer } from "node:net";
import type { Bilingual } from "./problems.ts";

/** How many ports after the asked one are tried before giving up. */
export const PORT_TRIES = 10;

/** The value of `--port=N` or `--port N` (or another such option, `name`) in `argv`: a number, undefined when absent, or why it is refused. */
export function portArg(argv: readonly string[], name = "port"): number | undefined | { why: Bilingual } {
  const flag = `--${name}`;
  const at = argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (at < 0) return undefined;
  const raw = argv[at]!.startsWith(`${flag}=`) ? argv[at]!.slice(flag.length + 1) : argv[at + 1];
  const port = Number(raw);
  if (raw === undefined || !/^\d+$/.test(raw) || port < 1 || port > 65535) {
    return { why: { th: `${flag} ต้องเป็นตัวเลข 1–65535 เช่น ${flag}=8080 (ได้รับ ${raw ?? "ไม่มีค่า"})`, en: `${flag} takes a number from 1 to 65535, e.g. ${flag}=8080 (got ${JSON.stringify(raw ?? "")})` } };
  }
  return port;
}

/** True when nothing listens on `port` (on every interface, as the servers bind). */
export function portFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen({ port, ...(host ? { host } : {}), exclusive: true });
  });
}

/** A port the system has free now, on 127.0.0.1 (for a test or a benchmark that starts a server). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const addr = probe.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export type PortChoice = { port: number; moved?: Bilingual } | { why: Bilingual };

/**
 * The port to serve on: `wanted` when free; otherwise, unless `strict`, the
 * next free one of the following PORT_TRIES, with the one line that says so.
 */
export async function choosePort(wanted: number, options: { strict?: boolean; host?: string } = {}): Promise<PortChoice> {
  if (await portFree(wanted, options.host)) return { port: wanted };
  if (options.strict) {
    return { why: { th: `พอร์ต ${wanted} มีโปรแกรมอื่นใช้อยู่ ปิดโปรแกรมนั้นหรือเลือกพอร์ตอื่นด้วย --port=N`, en: `port ${wanted} is in use: stop the program using it, or choose another with --port=N` } };
  }
  for (let port = wanted + 1; port <= Math.min(65535, wanted + PORT_TRIES); port++) {
    if (await portFree(port, options.host)) {
      return { port, moved: { th: `พอร์ต ${wanted} มีโปรแกรมอื่นใช้อยู่ จึงใช้พอร์ต ${port} แทน (เลือกพอร์ตเองได้ด้วย --port=N)`, en: `port ${wanted} is in use: using ${port} instead (choose one with --port=N)` } };
    }
  }
  const last = Math.min(65535, wanted + PORT_TRIES);
  return { why: { th: `พอร์ต ${wanted}–${last} มีโปรแกรมอื่นใช้อยู่ทั้งหมด เลือกพอร์ตอื่นด้วย --port=N`, en: `ports ${wanted}–${last} are all in use: choose another with --port=N` } };
}
