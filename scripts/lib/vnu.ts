/**
 * @fileoverview Reading the W3C Nu HTML checker's (vnu) JSON report: which
 * messages are errors, and one line per message naming the file (relative to
 * the project), the line and the checker's own words.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** One message of `vnu --format json` (the fields this project reads). */
export interface VnuMessage {
  /** "error", "info" (with subType "warning" for warnings) or "non-document-error". */
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** The messages of a vnu JSON report; throws on anything that is not one (vnu crashed or printed something else). */
export function parseVnuReport(text: string): VnuMessage[] {
  // vnu prints its JSON report alone on stderr; a Java warning line may come before it
  const start = text.indexOf('{"');
  if (start < 0) throw new Error(`no JSON report in the checker's output: ${text.slice(0, 500)}`);
  const report = JSON.parse(text.slice(start)) as { messages?: unknown };
  if (!Array.isArray(report.messages)) throw new Error("the checker's report has no messages list");
  return report.messages as VnuMessage[];
}

/** Errors fail the check: markup errors, and "non-document-error" (a file the checker could not read). */
export function isError(m: VnuMessage): boolean {
  return m.type === "error" || m.type === "non-document-error";
}

/** Warnings are printed but do not fail the check. */
export function isWarning(m: VnuMessage): boolean {
  return m.type === "info" && m.subType === "warning";
}

/**
 * A note that says nothing about the page: the checker reads a built page as a
 * file, whose origin (file:) no `'self'` of the page's meta Content-Security-
 * Policy matches, so it reports every same-site style sheet, image and script
 * as blocked. Only such notes about a resource of the site itself (a path, not
 * a URL with a scheme or host) are set aside; a browser test checks the policy
 * over HTTP (tests/site/same-origin.spec.ts).
 */
export function isFileOriginPolicyNote(m: VnuMessage): boolean {
  if (!isWarning(m) || !m.url?.startsWith("file:")) return false;
  const note = /^Resource violates Content Security Policy \(meta tag\): .*?“([^”]*)” blocked by/.exec(m.message);
  return note !== null && !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(note[1]!);
}

/** `_site/2565/index.html:12:40: error: <message> (…extract…)`, the file relative to `root`. */
export function formatVnuMessage(m: VnuMessage, root: string): string {
  let file = m.url ?? "(unknown file)";
  if (file.startsWith("file:")) file = path.relative(root, fileURLToPath(file)).split(path.sep).join("/");
  const where = m.lastLine !== undefined ? `:${m.lastLine}${m.firstColumn !== undefined ? `:${m.firstColumn}` : ""}` : "";
  const kind = isError(m) ? "error" : isWarning(m) ? "warning" : "info";
  const extract = m.extract ? ` («${m.extract.replace(/\s+/g, " ").trim().slice(0, 120)}»)` : "";
  return `${file}${where}: ${kind}: ${m.message}${extract}`;
}
