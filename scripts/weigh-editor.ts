/**
 * `tsx scripts/weigh-editor.ts [site]`: what the web editor costs. Prints the
 * bytes of <site>/admin/ (raw and gzip): all of it, and what a first visit
 * loads before the CMS asks for more (the page, its configuration, the main
 * bundle and editor.js); then the time `npm run edit --no-preview` takes to
 * answer on /admin/ (median of three starts, on a free port).
 * Exit codes: 0 printed; 1 no /admin/ in the site (build it with site.json's `editor`).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { choosePort } from "./lib/ports.ts";

const site = process.argv[2] ?? "_site";
const admin = path.join(site, "admin");
if (!existsSync(path.join(admin, "index.html"))) {
  console.error(`ไม่มี ${admin}/ สร้างด้วย npm run build เมื่อ site.json มี editor / there is no ${admin}/: build with "editor" in site.json`);
  process.exit(1);
}
const weigh = (files: string[]) =>
  files.reduce(
    (w, f) => {
      const b = readFileSync(path.join(admin, f));
      return { raw: w.raw + b.length, gzip: w.gzip + gzipSync(b, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const all = weigh(readdirSync(admin));
const first = weigh(["index.html", "config.yml", "decap-cms.js", "editor.js"]);
console.log(`/admin/ all files (${readdirSync(admin).length}): ${all.raw} bytes raw (${kb(all.raw)}), ${all.gzip} bytes gzip (${kb(all.gzip)})`);
console.log(`/admin/ first visit (page, config, decap-cms.js, editor.js): ${first.raw} bytes raw (${kb(first.raw)}), ${first.gzip} bytes gzip (${kb(first.gzip)})`);

const TSX = path.join(process.cwd(), "node_modules/tsx/dist/cli.mjs");
async function timeEdit(): Promise<number> {
  const choice = await choosePort(18690, { host: "127.0.0.1" });
  if ("why" in choice) throw new Error(choice.why.en);
  const started = performance.now();
  const child = spawn(process.execPath, [TSX, "scripts/edit.ts", `--port=${choice.port}`, "--no-preview"], { detached: true, stdio: "ignore" });
  try {
    // until it answers, it stops, or a minute has passed (a broken project must not hang the measurement)
    while (child.exitCode === null && performance.now() - started < 60_000) {
      try {
        if ((await fetch(`http://127.0.0.1:${choice.port}/admin/config.yml`)).ok) return performance.now() - started;
      } catch {
        // not yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`npm run edit did not answer (${child.exitCode === null ? "60 s passed" : `it stopped with exit code ${child.exitCode}`}): run it yourself to see why`);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
  }
}
const times: number[] = [];
for (let i = 0; i < 3; i++) times.push(await timeEdit());
times.sort((a, b) => a - b);
console.log(`npm run edit --no-preview, to /admin/ answering: ${Math.round(times[1]!)} ms (median of 3: ${times.map((t) => Math.round(t)).join(", ")} ms)`);
