/**
 * `npm start`: the live preview. Builds the site, serves it with Eleventy's
 * dev server and rebuilds on every save (under `tsx watch`, which also
 * restarts it when a .ts file changes). A save that breaks the agency's files
 * prints the same one-line messages as `npm run check` and turns every page
 * into a Thai error page listing them (scripts/eleventy/preview.ts); the next
 * good save brings the site back. No stack trace for bad input.
 *
 * Options: --port=N (default 8080; a busy port moves to the next free one,
 * said in one line), --incremental (Eleventy's incremental rebuilds).
 * Exit codes: 0 stopped; 1 bad option or no free port; 2 internal failure.
 */
import Eleventy from "@11ty/eleventy";
import { choosePort, portArg } from "./lib/ports.ts";
import { runCommand } from "./lib/cli.ts";

const DEFAULT_PORT = 8080;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const known = /^--(port(=.*)?|incremental)$/;
  const unknown = argv.filter((a, i) => !known.test(a) && !(argv[i - 1] === "--port" && /^\d+$/.test(a)));
  if (unknown.length) {
    console.error(`ไม่รู้จักตัวเลือก ${unknown.join(" ")} ใช้ได้: --port=N และ --incremental / unknown option(s) ${unknown.join(" ")}: use --port=N or --incremental`);
    return 1;
  }
  const asked = portArg(argv);
  if (typeof asked === "object") {
    console.error(`${asked.why.th} / ${asked.why.en}`);
    return 1;
  }
  const choice = await choosePort(asked ?? DEFAULT_PORT);
  if ("why" in choice) {
    console.error(`${choice.why.th} / ${choice.why.en}`);
    return 1;
  }
  if (choice.moved) console.log(`${choice.moved.th} / ${choice.moved.en}`);

  // quiet: one summary line per build, so that the problem lines are not lost among thousands of "Writing" lines
  const elev = new Eleventy(undefined, undefined, { source: "cli", configPath: ".eleventy.ts", runMode: "serve", quietMode: true });
  await elev.init();
  if (argv.includes("--incremental")) elev.setIncrementalBuild(true);
  const watchRun = (await elev.watch()) as unknown as (file: string) => Promise<void>;
  // Eleventy rebuilds on a change or a new file, not on a deleted one: a clerk who deletes a
  // notice or a document must see its page go, so a deletion in data/ or content/ rebuilds too
  const watcher = (elev as unknown as { watcher?: { on(event: "unlink", fn: (file: string) => void): void } }).watcher;
  watcher?.on("unlink", (file) => {
    if (/^(\.\/)?(data|content)\//.test(file.replaceAll("\\", "/"))) void watchRun(file);
  });
  await elev.serve(choice.port);
  process.on("SIGINT", () => {
    void elev.stopWatch().then(() => process.exit(0));
  });
  return -1; // keep running
}

runCommand(main, "in the preview");
