/**
 * The bad-input corpus (tests/fixtures/bad-input/<NN-name>/case.json): reading
 * the cases, laying a case's files over a temporary copy of the example's
 * data/ and content/, and checking the one-line problem format.
 * See tests/fixtures/bad-input/README.md for the case format.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT, type RunResult } from "./project-copy.ts";

export const CORPUS_DIR = path.join(ROOT, "tests/fixtures/bad-input");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

/** How a file's bytes are given: a JSON value, or one of the wrapper forms below. */
export type FileContent = unknown;

/** The wrapper forms of a file's content (any other JSON value is written with JSON.stringify, 2 spaces). */
export interface WrappedContent {
  /** The text, verbatim (JSON escapes such as \uFEFF and \r\n give exact bytes). */
  raw?: string;
  /** A file beside case.json, copied byte for byte. */
  fromFile?: string;
  /** A JSON value, written with 2-space indentation (use when the value itself has a "raw"/"json" key). */
  json?: unknown;
  /** Put a UTF-8 BOM (or the encoding's BOM) in front. */
  bom?: boolean;
  /** Line endings: "crlf" or "cr" instead of "\n". */
  eol?: "lf" | "crlf" | "cr";
  /** Encode the text as something other than UTF-8, as a wrongly saved file would be. */
  encoding?: "utf-8" | "utf-16le" | "tis-620";
  /** Append blank lines until the file has at least this many bytes (for the size limit). */
  padTo?: number;
  /** Create a folder at this path instead of a file. */
  directory?: true;
  /** Create a symbolic link to this target (relative to the link's folder, or absolute) instead of a file. */
  symlink?: string;
  /** Create a named pipe (FIFO) at this path instead of a file. */
  fifo?: true;
}

export interface CaseExpect {
  exitCode: 0 | 1;
  /** Each is a substring, or `/regex/flags`, that must match one output line. */
  messages: string[];
  /**
   * Number of ERROR lines about the files the case writes or removes (a line's file equals one
   * of them, or one lies inside the other). Lines about other files of the example are left
   * out, so that the example can grow without breaking the corpus.
   */
  count?: number;
  /** Dotted paths into the loaded model (e.g. `years.0.measures.measures.0.title`) and their exact values. */
  model?: Record<string, unknown>;
}

export interface CorpusCase {
  /** The folder name, e.g. `01-json-trailing-comma`. */
  id: string;
  dir: string;
  title: string;
  files: Record<string, FileContent>;
  remove: string[];
  expect: CaseExpect;
  /** The code does not (yet) do what the case expects; reported as a todo. */
  knownGap: boolean;
  /** Why the case is a known gap (what is wrong today). */
  gap?: string;
  /** Also run this case through the real `scripts/check.ts`. */
  cli: boolean;
}

const WRAPPER_KEYS = new Set(["raw", "fromFile", "json", "bom", "eol", "encoding", "padTo", "directory", "symlink", "fifo"]);

function isWrapped(v: unknown): v is WrappedContent {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => WRAPPER_KEYS.has(k)) && ("raw" in v || "fromFile" in v || "json" in v || "directory" in v || "symlink" in v || "fifo" in v);
}

function fail(id: string, what: string): never {
  throw new Error(`bad-input case ${id}: ${what}`);
}

/** A project-relative path a case may write or remove: under data/ or content/, no `..`. */
function checkPath(id: string, p: string): string {
  if (!/^(data|content)(\/|$)/.test(p) || p.split("/").includes("..") || p.includes("\\")) fail(id, `path must be under data/ or content/: ${p}`);
  return p;
}

/** Read and sanity-check one case folder. */
export function readCase(dir: string): CorpusCase {
  const id = path.basename(dir);
  const spec = JSON.parse(readFileSync(path.join(dir, "case.json"), "utf8")) as Record<string, unknown>;
  const allowed = new Set(["title", "files", "remove", "expect", "knownGap", "gap", "cli"]);
  for (const k of Object.keys(spec)) if (!allowed.has(k)) fail(id, `unknown key "${k}" in case.json`);
  if (typeof spec.title !== "string" || !spec.title) fail(id, "title is required");
  const files = (spec.files ?? {}) as Record<string, FileContent>;
  if (typeof files !== "object" || Array.isArray(files)) fail(id, "files must be an object");
  Object.keys(files).forEach((p) => checkPath(id, p));
  const remove = (spec.remove ?? []) as string[];
  if (!Array.isArray(remove)) fail(id, "remove must be a list");
  remove.forEach((p) => checkPath(id, p));
  const expect = spec.expect as CaseExpect | undefined;
  if (!expect || (expect.exitCode !== 0 && expect.exitCode !== 1)) fail(id, "expect.exitCode must be 0 or 1");
  if (!Array.isArray(expect.messages)) fail(id, "expect.messages must be a list");
  if (expect.exitCode === 1 && expect.messages.length === 0) fail(id, "a failing case must name at least one expected message");
  if (Object.keys(files).length === 0 && remove.length === 0) fail(id, "a case must change something (files or remove)");
  return {
    id,
    dir,
    title: spec.title,
    files,
    remove,
    expect,
    knownGap: spec.knownGap === true,
    ...(typeof spec.gap === "string" ? { gap: spec.gap } : {}),
    cli: spec.cli === true,
  };
}

/** Every case in the corpus, in folder order. */
export function readCorpus(dir = CORPUS_DIR): CorpusCase[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{2,3}-[a-z0-9-]+$/.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => readCase(path.join(dir, name)));
}

/** TIS-620 (Windows-874 for the Thai block): ASCII as is, U+0E01–U+0E5B at 0xA1–0xFB. */
function encodeTis620(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) bytes.push(cp);
    else if (cp >= 0x0e01 && cp <= 0x0e5b) bytes.push(cp - 0x0e01 + 0xa1);
    else throw new Error(`TIS-620 cannot encode U+${cp.toString(16).toUpperCase()}`);
  }
  return Buffer.from(bytes);
}

/** The bytes of one overlay file. */
export function materialize(c: CorpusCase, content: FileContent): Buffer {
  if (!isWrapped(content)) return Buffer.from(JSON.stringify(content, null, 2) + "\n", "utf8");
  if (content.fromFile !== undefined) {
    if (content.fromFile.includes("/") || content.fromFile.includes("..")) fail(c.id, `fromFile names a file beside case.json: ${content.fromFile}`);
    const bytes = readFileSync(path.join(c.dir, content.fromFile));
    const plain = Object.keys(content).length === 1;
    if (plain) return bytes;
    return transform(c, bytes.toString("utf8"), content);
  }
  const text = content.raw ?? JSON.stringify(content.json, null, 2) + "\n";
  return transform(c, text, content);
}

function transform(c: CorpusCase, input: string, w: WrappedContent): Buffer {
  let text = input;
  if (w.eol === "crlf") text = text.replace(/\r?\n/g, "\r\n");
  if (w.eol === "cr") text = text.replace(/\r?\n/g, "\r");
  const encoding = w.encoding ?? "utf-8";
  let bytes: Buffer;
  if (encoding === "utf-8") bytes = Buffer.from((w.bom ? "\uFEFF" : "") + text, "utf8");
  else if (encoding === "utf-16le") bytes = Buffer.from((w.bom ? "\uFEFF" : "") + text, "utf16le");
  else if (encoding === "tis-620") {
    if (w.bom) fail(c.id, "TIS-620 has no BOM");
    bytes = encodeTis620(text);
  } else fail(c.id, `unknown encoding ${String(encoding)}`);
  if (w.padTo !== undefined && bytes.length < w.padTo) {
    const nl = w.eol === "crlf" ? "\r\n" : w.eol === "cr" ? "\r" : "\n";
    const line = Buffer.from(" ".repeat(79) + nl, "utf8");
    const copies = Math.ceil((w.padTo - bytes.length) / line.length);
    bytes = Buffer.concat([bytes, Buffer.alloc(copies * line.length, line)]);
  }
  return bytes;
}

/** Apply a case's removals and files to a project root (a copy, never the real project). */
export function applyCase(root: string, c: CorpusCase): void {
  if (path.resolve(root) === path.resolve(ROOT)) throw new Error("refusing to apply a bad-input case to the real project");
  for (const rel of c.remove) {
    const target = path.join(root, rel);
    if (!existsSync(target)) fail(c.id, `"remove" names ${rel}, which the example does not have (a stale case?)`);
    rmSync(target, { recursive: true, force: true });
  }
  for (const [rel, content] of Object.entries(c.files)) {
    const target = path.join(root, rel);
    rmSync(target, { recursive: true, force: true });
    if (isWrapped(content) && content.directory) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    if (isWrapped(content) && content.symlink !== undefined) {
      mkdirSync(path.dirname(target), { recursive: true });
      symlinkSync(content.symlink, target);
      continue;
    }
    if (isWrapped(content) && content.fifo) {
      mkdirSync(path.dirname(target), { recursive: true });
      execFileSync("mkfifo", [target]);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, materialize(c, content));
  }
}

/** A temporary folder holding a copy of the example's data/ and content/ with the case applied. */
export function caseRoot(c: CorpusCase): string {
  const dir = mkdtempSync(path.join(tmpdir(), `prongsai-corpus-${c.id.slice(0, 2)}-`));
  for (const entry of ["data", "content"]) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  applyCase(dir, c);
  return dir;
}

/** Thai letters, digits and signs. */
const THAI = /[\u0E01-\u0E5B]/;
/** `ERROR|WARN <file>[:line][ › field]: <text>`; groups: severity, file, line, field, text. */
const LINE = /^(ERROR|WARN ) ([^\s:][^:]*?)(?::(\d+))?(?: › ([^\s:]+))?: (.+)$/;

/** The problem's file (from a formatted line) is one the case writes or removes, or contains or lies in one. */
export function touches(c: CorpusCase, line: string): boolean {
  const file = LINE.exec(line)?.[2];
  if (file === undefined) return true;
  return [...Object.keys(c.files), ...c.remove].some((t) => file === t || file.startsWith(`${t}/`) || t.startsWith(`${file}/`));
}

/** A message from case.json: `/…/flags` is a regular expression, anything else a substring. */
export function messageMatcher(message: string): (line: string) => boolean {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(message);
  if (m) {
    const re = new RegExp(m[1]!, m[2]);
    return (line) => re.test(line);
  }
  return (line) => line.includes(message);
}

/**
 * Why a line breaks the one-line format `ERROR|WARN <file>[:line][ › field]: <Thai> / <English>`,
 * or undefined when it is well formed.
 */
export function formatFault(line: string): string | undefined {
  if (/[\r\n]/.test(line)) return "spans more than one line";
  if (/^\s+at .+[:(]\d+:\d+\)?$|\bat .+\.(?:ts|js|mjs|cjs):\d+:\d+|node:internal/.test(line)) return "holds a stack frame";
  const m = LINE.exec(line);
  if (!m) return "does not start with `ERROR|WARN <file>[:line][ › field]: `";
  const file = m[2]!;
  if (!/^(data|content)(\/|$)/.test(file)) return `file "${file}" is not a project-relative path under data/ or content/`;
  if (m[3] !== undefined && Number(m[3]) < 1) return "line number below 1";
  const text = m[5]!;
  // the Thai part may itself hold " / " (a path such as the root page "/"), so any split that
  // gives a Thai part and an English part will do; otherwise the first split's fault is told
  const cuts = [...text.matchAll(/ \/ /g)].map((x) => x.index!);
  if (cuts.length === 0) return 'has no " / " between the Thai and the English text';
  const faults = cuts.map((cut) => splitFault(text.slice(0, cut).trim(), text.slice(cut + 3).trim()));
  return faults.includes(undefined) ? undefined : faults[0];
}

function splitFault(th: string, en: string): string | undefined {
  if (!THAI.test(th)) return "the Thai part has no Thai characters";
  // quoted values echo the input, which may be Thai; the rest of the English part may not
  const enOwn = en.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  if (THAI.test(enOwn)) return "the English part holds Thai text";
  if (!/[a-z]{2}/i.test(enOwn)) return "the English part has no English words";
  if (/[^\x20-\x7E\u2013\u2014\u2026\u2192\u00D7]/.test(enOwn)) return "the English part has characters other than ASCII and – — … → ×";
  return undefined;
}

/** Read a dotted path (`years.0.commentary.7.indicator`) out of a value. */
export function pick(value: unknown, dotted: string): unknown {
  let v: unknown = value;
  for (const key of dotted.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Run one of the project's commands in `cwd` (a ProjectCopy), without blocking the event loop. */
export function runAsync(cwd: string, script: string, ...args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, script, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}
