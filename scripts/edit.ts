/**
 * `npm run edit`: the web editor on this computer, with no account anywhere.
 * Starts three things and stops them together (Ctrl+C):
 *  - the editor (Decap CMS) at http://127.0.0.1:<port>/admin/, with the same
 *    forms and Content-Security-Policy as the published /admin/, its
 *    configuration made afresh from the agency's folders on every load;
 *  - Decap's local backend (decap-server), which saves straight into data/ and
 *    content/ of this folder (no commit: git sees the changes as usual);
 *  - the live preview (`npm start`), which rebuilds the site on every save.
 *
 * Options: --port=N (the editor, default 8090; the local backend takes the next
 * free port), --preview-port=N (default 8080), --no-preview.
 * Exit codes: 0 stopped; 1 bad option or no free port; 2 internal failure.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { stringify } from "yaml";
import { choosePort, portArg } from "./lib/ports.ts";
import { editorConfig, editorCsp, editorPage, fieldOrders } from "./lib/editor-config.ts";
import { readEditorInput } from "./lib/editor-input.ts";
import { EDITOR_SCRIPT, bundleDir, bundleFiles } from "./lib/editor-bundle.ts";
import { SECURITY_HEADERS } from "./lib/security.ts";
import { invokedDirectly, runCommand } from "./lib/cli.ts";

const DEFAULT_EDITOR_PORT = 8090;
const DEFAULT_PREVIEW_PORT = 8080;
const HOST = "127.0.0.1";

const TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".wasm": "application/wasm", ".yml": "text/yaml; charset=utf-8", ".html": "text/html; charset=utf-8" };

/**
 * The editor's server: /admin/ (page, configuration, scripts) for the agency's
 * folders in `root`, saving through the local backend at `localBackend`.
 */
export function createEditorServer(root: string, localBackend: string): Server {
  const dir = bundleDir();
  const bundle = new Set(bundleFiles(dir));
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = (status: number, type: string, body: string | Buffer, csp?: string) => {
      // the site's headers (nosniff, referrer, permissions), with the editor's own policy in place of the site's
      const { "Content-Security-Policy": _sitePolicy, ...headers } = SECURITY_HEADERS;
      res.writeHead(status, { ...headers, "content-type": type, "cache-control": "no-store", ...(csp ? { "content-security-policy": csp } : {}) });
      res.end(body);
    };
    try {
      if (url.pathname === "/" || url.pathname === "/admin") {
        res.writeHead(302, { location: "/admin/" });
        res.end();
        return;
      }
      if (url.pathname === "/admin/" || url.pathname === "/admin/index.html") {
        const input = readEditorInput(root);
        const page = editorPage({ agency: input.agency, csp: editorCsp(input.settings, localBackend, { meta: true }), fieldOrder: fieldOrders(editorConfig(input)) });
        return send(200, TYPES[".html"]!, page, editorCsp(input.settings, localBackend));
      }
      if (url.pathname === "/admin/config.yml") {
        return send(200, TYPES[".yml"]!, stringify(editorConfig(readEditorInput(root), { localBackend })));
      }
      if (url.pathname === "/admin/editor.js") return send(200, TYPES[".js"]!, await readFile(EDITOR_SCRIPT));
      const name = url.pathname.slice("/admin/".length);
      if (url.pathname.startsWith("/admin/") && bundle.has(name)) return send(200, TYPES[path.extname(name)]!, await readFile(path.join(dir, name)));
      send(404, "text/plain; charset=utf-8", "not found / ไม่พบ");
    } catch (e) {
      send(500, "text/plain; charset=utf-8", `Internal error: ${(e as Error).message}`);
    }
  });
}

/** Start decap-server on `port`, saving into `root` (files only, no commits); resolves once it answers. */
async function startLocalBackend(root: string, port: number): Promise<ChildProcess> {
  const require = createRequire(import.meta.url);
  const child = spawn(process.execPath, [require.resolve("decap-server")], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, PORT: String(port), BIND_HOST: HOST, GIT_REPO_DIRECTORY: root, MODE: "fs", LOG_LEVEL: "warn" },
  });
  const api = `http://${HOST}:${port}/api/v1`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`decap-server stopped (exit ${child.exitCode})`);
    try {
      const r = await fetch(api, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "info" }) });
      if (r.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("decap-server did not answer within 10 s");
}

/** `npm start`'s own command (package.json), with the preview's port. */
function startPreview(root: string, port: number): ChildProcess {
  const start = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.start as string;
  const [, ...args] = start.split(/\s+/); // "tsx watch …": tsx's CLI from this project's node_modules
  const require = createRequire(import.meta.url);
  const tsx = path.join(path.dirname(require.resolve("tsx/package.json")), "dist/cli.mjs");
  return spawn(process.execPath, [tsx, ...args, `--port=${port}`], { cwd: root, detached: true, stdio: ["ignore", "inherit", "inherit"] });
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const unknown = argv.filter((a) => !/^--(port=\d*|preview-port=\d*|no-preview)$/.test(a));
  if (unknown.length) {
    console.error(`ไม่รู้จักตัวเลือก ${unknown.join(" ")} ใช้ได้: --port=N --preview-port=N --no-preview / unknown option(s) ${unknown.join(" ")}: use --port=N, --preview-port=N or --no-preview`);
    return 1;
  }
  const root = process.cwd();
  if (!existsSync(path.join(root, "data")) || !existsSync(path.join(root, "content"))) {
    console.error("ไม่พบโฟลเดอร์ data/ และ content/ เรียกคำสั่งนี้ในโฟลเดอร์ของเว็บไซต์ / data/ and content/ are not here: run this in the site's folder");
    return 1;
  }
  const asked = portArg(argv);
  const previewAsked = portArg(argv, "preview-port");
  for (const a of [asked, previewAsked]) {
    if (typeof a === "object") {
      console.error(`${a.why.th} / ${a.why.en}`);
      return 1;
    }
  }
  const editorChoice = await choosePort((asked as number | undefined) ?? DEFAULT_EDITOR_PORT, { host: HOST });
  if ("why" in editorChoice) {
    console.error(`${editorChoice.why.th} / ${editorChoice.why.en}`);
    return 1;
  }
  if (editorChoice.moved) console.log(`${editorChoice.moved.th} / ${editorChoice.moved.en}`);
  const backendChoice = await choosePort(editorChoice.port + 1, { host: HOST });
  if ("why" in backendChoice) {
    console.error(`${backendChoice.why.th} / ${backendChoice.why.en}`);
    return 1;
  }

  const children: ChildProcess[] = [];
  const stop = () => {
    for (const c of children) {
      try {
        process.kill(-c.pid!, "SIGTERM"); // each child leads its own group: tsx watch and its node go together
      } catch {
        // already gone
      }
    }
  };
  process.on("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));

  const localBackend = `http://${HOST}:${backendChoice.port}/api/v1`;
  children.push(await startLocalBackend(root, backendChoice.port));
  const server = createEditorServer(root, localBackend);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(editorChoice.port, HOST, () => resolve());
  });
  const previewPort = (previewAsked as number | undefined) ?? DEFAULT_PREVIEW_PORT;
  if (!argv.includes("--no-preview")) children.push(startPreview(root, previewPort));
  console.log(`ตัวแก้ไขเว็บไซต์: http://${HOST}:${editorChoice.port}/admin/ กด "บันทึก" แล้วไฟล์ใน data/ และ content/ ของโฟลเดอร์นี้จะเปลี่ยนทันที (ยังไม่ commit)`);
  console.log(`the editor: http://${HOST}:${editorChoice.port}/admin/ (saving writes data/ and content/ of this folder; nothing is committed)`);
  if (!argv.includes("--no-preview")) console.log(`ตัวอย่างเว็บไซต์ / the live preview: http://localhost:${previewPort}/ (ถ้าพอร์ตไม่ว่าง ดูบรรทัดของตัวอย่างด้านล่าง / if the port is busy, see the preview's line below)`);
  console.log("กด Ctrl+C เพื่อหยุด / press Ctrl+C to stop");
  return -1; // keep running
}

/** True when this file is the script node was started with (not imported). */
if (invokedDirectly(import.meta.url)) runCommand(main, "in the editor");
