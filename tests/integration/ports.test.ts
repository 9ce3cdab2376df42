/**
 * `npm run serve` and `npm start` on a busy or a bad port: one line that says
 * what happened (and the port used instead), never an EADDRINUSE stack trace.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { type Server, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./project-copy.ts";
import { portArg } from "../../scripts/lib/ports.ts";

const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

/** A port nobody uses, held open by the returned server (the "someone else" on it). */
async function occupiedPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const address = server.address();
  return { port: typeof address === "object" && address ? address.port : 0, server };
}

function builtSite(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "prongsai-serve-"));
  writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>x</title><h1>หน้าแรก</h1>");
  return dir;
}

test("portArg reads --port=N and --port N, and refuses what is not a port", () => {
  assert.equal(portArg(["--port=8491"]), 8491);
  assert.equal(portArg(["x", "--port", "9000"]), 9000);
  assert.equal(portArg([]), undefined);
  const bad = portArg(["--port=80a"]);
  assert.ok(typeof bad === "object" && bad.why.en === '--port takes a number from 1 to 65535, e.g. --port=8080 (got "80a")');
  assert.ok(typeof portArg(["--port=70000"]) === "object");
  // npm run edit's second port: its own name in the message, and --port is not mistaken for it
  assert.equal(portArg(["--port=8090", "--preview-port=8092"], "preview-port"), 8092);
  assert.equal(portArg(["--preview-port=8092"]), undefined);
  const badPreview = portArg(["--preview-port=70000"], "preview-port");
  assert.ok(typeof badPreview === "object" && badPreview.why.en === '--preview-port takes a number from 1 to 65535, e.g. --preview-port=8080 (got "70000")', JSON.stringify(badPreview));
});

test("npm run serve on a busy port says so in one line and serves on the next free one", async () => {
  const site = builtSite();
  const { port, server } = await occupiedPort();
  const child = spawn(process.execPath, [TSX, "scripts/serve.ts", site, `--port=${port}`], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (b: Buffer) => (out += b.toString()));
  child.stderr.on("data", (b: Buffer) => (out += b.toString()));
  try {
    const deadline = Date.now() + 30_000;
    while (!/Serving /.test(out) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
    assert.match(out, new RegExp(`^พอร์ต ${port} มีโปรแกรมอื่นใช้อยู่ จึงใช้พอร์ต ${port + 1} แทน .* / port ${port} is in use: using ${port + 1} instead \\(choose one with --port=N\\)$`, "m"));
    assert.match(out, new RegExp(`Serving .* at http://127\\.0\\.0\\.1:${port + 1}/`));
    const res = await fetch(`http://127.0.0.1:${port + 1}/`);
    assert.equal(res.status, 200);
    assert.doesNotMatch(out, STACK);
  } finally {
    child.kill();
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
});

test("serve --strict-port, a missing site and a bad --port each end in one line and exit 1", async () => {
  const site = builtSite();
  const { port, server } = await occupiedPort();
  try {
    const run = (...args: string[]) => spawnSync(process.execPath, [TSX, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    const strict = run("scripts/serve.ts", site, String(port), "/", "--strict-port");
    assert.equal(strict.status, 1);
    assert.equal(strict.stderr.trim(), `พอร์ต ${port} มีโปรแกรมอื่นใช้อยู่ ปิดโปรแกรมนั้นหรือเลือกพอร์ตอื่นด้วย --port=N / port ${port} is in use: stop the program using it, or choose another with --port=N`);
    const missing = run("scripts/serve.ts", path.join(site, "nothing-built"), "--port=1");
    assert.equal(missing.status, 1);
    assert.match(missing.stderr.trim(), /^ยังไม่มีเว็บไซต์ที่สร้างแล้วใน .* \/ there is no built site in .*nothing-built\/: run npm run build first$/);
    const preview = run("scripts/preview.ts", "--port=http");
    assert.equal(preview.status, 1);
    assert.equal(preview.stderr.trim(), '--port ต้องเป็นตัวเลข 1–65535 เช่น --port=8080 (ได้รับ http) / --port takes a number from 1 to 65535, e.g. --port=8080 (got "http")');
    for (const r of [strict, missing, preview]) assert.doesNotMatch(r.stdout + r.stderr, STACK);
  } finally {
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
