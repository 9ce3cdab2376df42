/**
 * A small static server for the built site, used by the browser tests, the
 * PDF printer (scripts/pdf.ts) and `npm run serve`:
 * `tsx scripts/serve.ts [dir] [port] [pathPrefix] [--port=N] [--strict-port]`.
 * Serves <dir> under the path prefix, maps folders to index.html, answers
 * unknown paths with the site's 404.html, and sends the same security
 * headers a production host should.
 */
import { type Server, createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { headersForPath, normalPrefix, parseHeaderRules } from "./lib/security.ts";
import { invokedDirectly } from "./lib/cli.ts";
import { choosePort, portArg } from "./lib/ports.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".pdf": "application/pdf",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".yml": "text/yaml; charset=utf-8",
};

/**
 * A server (not yet listening) for the site in `root`, published under
 * `prefix`. The caller chooses the port: `listen(0, "127.0.0.1")` for an
 * ephemeral one.
 */
export function createStaticServer(root: string, prefix: string): Server {
  const dir = path.resolve(root);
  const base = normalPrefix(prefix);
  // the headers the build wrote for static hosts (Content-Security-Policy …), matched by path as those hosts
  // match them (the web editor's /admin/ has a policy of its own), so local use enforces them too
  const headersPath = path.join(dir, "_headers");
  const headerRules = existsSync(headersPath) ? parseHeaderRules(readFileSync(headersPath, "utf8")) : [];

  async function resolveFile(urlPath: string): Promise<string | undefined> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    const file = path.join(dir, decoded);
    if (file !== dir && !file.startsWith(dir + path.sep)) return undefined;
    try {
      const s = await stat(file);
      if (s.isDirectory()) return urlPath.endsWith("/") ? resolveFile(urlPath + "index.html") : undefined;
      return file;
    } catch {
      return undefined;
    }
  }

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let file: string | undefined;
    if (url.pathname.startsWith(base)) file = await resolveFile("/" + url.pathname.slice(base.length));
    const status = file ? 200 : 404;
    file ??= path.join(dir, "404.html");
    try {
      const body = await readFile(file);
      res.writeHead(status, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        // the rules for this path (a 404 gets those of every page); one of them may set the type
        ...headersForPath(headerRules, status === 200 ? url.pathname : base),
        "x-content-type-options": "nosniff",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
}


/**
 * The command line: `serve.ts [dir] [port] [prefix] [--port=N] [--strict-port]`.
 * A busy port moves to the next free one, said in one line; with
 * --strict-port (the browser tests, which wait on one exact address) it exits.
 */
async function cli(): Promise<number> {
  const argv = process.argv.slice(2);
  const flags = argv.filter((a) => a.startsWith("--"));
  const positional = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--port");
  const unknown = flags.filter((f) => !/^--(port(=.*)?|strict-port)$/.test(f));
  if (unknown.length) {
    console.error(`ไม่รู้จักตัวเลือก ${unknown.join(" ")} ใช้ได้: --port=N และ --strict-port / unknown option(s) ${unknown.join(" ")}: use --port=N or --strict-port`);
    return 1;
  }
  const [dirArg = "_site", portPositional, prefixArg = "/"] = positional;
  const flagged = portArg(argv);
  const asked = flagged ?? (portPositional !== undefined ? portArg([`--port=${portPositional}`]) : 8080);
  if (typeof asked === "object") {
    console.error(`${asked!.why.th} / ${asked!.why.en}`);
    return 1;
  }
  const root = path.resolve(dirArg);
  if (!existsSync(path.join(root, "index.html"))) {
    const rel = path.relative(process.cwd(), root) || ".";
    console.error(`ยังไม่มีเว็บไซต์ที่สร้างแล้วใน ${rel}/ เรียก npm run build ก่อน / there is no built site in ${rel}/: run npm run build first`);
    return 1;
  }
  const choice = await choosePort(asked!, { strict: flags.includes("--strict-port"), host: "127.0.0.1" });
  if ("why" in choice) {
    console.error(`${choice.why.th} / ${choice.why.en}`);
    return 1;
  }
  if (choice.moved) console.log(`${choice.moved.th} / ${choice.moved.en}`);
  const prefix = normalPrefix(prefixArg);
  const server = createStaticServer(root, prefix);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(choice.port, "127.0.0.1", () => resolve());
  });
  console.log(`Serving ${path.relative(process.cwd(), root) || "."} at http://127.0.0.1:${choice.port}${prefix}`);
  return -1; // keep serving
}

if (invokedDirectly(import.meta.url)) {
  cli().then(
    (code) => {
      if (code >= 0) process.exit(code);
    },
    (e: unknown) => {
      // a port taken between the check and the listen is the one failure left: one line, no stack
      const err = e as NodeJS.ErrnoException;
      console.error(err.code === "EADDRINUSE" ? `พอร์ตนี้มีโปรแกรมอื่นใช้อยู่ เลือกพอร์ตอื่นด้วย --port=N / the port is in use: choose another with --port=N` : `Internal error (please report it): ${err.message}`);
      process.exit(err.code === "EADDRINUSE" ? 1 : 2);
    },
  );
}
