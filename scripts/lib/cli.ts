/**
 * @fileoverview What every command-line entry point in scripts/ shares: its
 * exit codes, whether it was started as a command (not imported by a test or
 * another script), and how it ends: with the code its `main` returns, or, on
 * a bug, with a line saying the data is not at fault, the error and exit 2.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";

/** 0 done · 1 a problem in the staff's input (each printed as a bilingual line) · 2 a bug of ours. */
export const EXIT = { ok: 0, input: 1, internal: 2 } as const;

/** True when the module at `moduleUrl` (its `import.meta.url`) is the script node was started with. */
export function invokedDirectly(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && moduleUrl === pathToFileURL(path.resolve(script)).href;
}

/**
 * Run a command's `main` and exit with the code it returns; a negative code
 * keeps the process running (a server, a watcher). An exception is a bug:
 * "Internal error <doing> (not a problem in <whose>; please report it)",
 * the error, exit 2.
 */
export function runCommand(main: () => number | Promise<number>, doing: string, whose = "your data"): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        if (code >= 0) process.exit(code);
      },
      (e: unknown) => {
        console.error(`Internal error ${doing} (not a problem in ${whose}; please report it):`);
        console.error(e);
        process.exit(EXIT.internal);
      },
    );
}
