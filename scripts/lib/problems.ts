/**
 * @fileoverview A problem found in the agency's input, told in Thai and English.
 * Every check in the project reports through this type so that `npm run check`
 * and the build print the same one-line messages.
 */

export type Severity = "error" | "warning";

/** One thing wrong (or worth a look) in one file. */
export interface Problem {
  severity: Severity;
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** Dotted path of the field inside the file, e.g. `indicators.7`. */
  field?: string;
  /** 1-based line in the file, where the source has one. */
  line?: number;
  th: string;
  en: string;
  /** Set on the one line that stands for this many further problems of the file. */
  more?: number;
}

/** Text in both languages, the form every message in the project takes. */
export interface Bilingual {
  th: string;
  en: string;
}

export function error(file: string, text: Bilingual, field?: string, line?: number): Problem {
  return { severity: "error", file, ...(field ? { field } : {}), ...(line ? { line } : {}), ...text };
}

export function warning(file: string, text: Bilingual, field?: string, line?: number): Problem {
  return { severity: "warning", file, ...(field ? { field } : {}), ...(line ? { line } : {}), ...text };
}

/** `file:line field: Thai / English`, one line, no stack trace. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` › ${p.field}` : "";
  const tag = p.severity === "error" ? "ERROR" : "WARN ";
  return visible(`${tag} ${where}${field}: ${p.th} / ${p.en}`);
}

/**
 * Control characters shown as \uXXXX: a field name or value from a staff file is quoted in a
 * problem, and a line break or a terminal escape in it must not print a line of its own.
 */
function visible(line: string): string {
  return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Problems in a stable order: by file, then line, then field, errors before warnings. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? "").localeCompare(b.field ?? "") ||
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1),
  );
}

/** At most this many problems of one file are told one by one; one more line counts the rest. */
export const MAX_PROBLEMS_PER_FILE = 20;

/** The line that stands for `hidden` further problems of a file. */
export function moreProblems(file: string, hidden: number): Problem {
  return {
    ...error(file, {
      th: `และปัญหาอื่นอีก ${hidden} รายการในไฟล์นี้ (แสดง ${MAX_PROBLEMS_PER_FILE} รายการแรก แก้แล้วตรวจอีกครั้ง)`,
      en: `and ${hidden} more problem(s) in this file (the first ${MAX_PROBLEMS_PER_FILE} are shown: fix them and check again)`,
    }),
    more: hidden,
  };
}

/**
 * Sorted problems with at most MAX_PROBLEMS_PER_FILE told per file, and one
 * closing line per file that counts the rest: 8,000 problems in one file are
 * a reason to look at that file, not 8,000 lines to scroll.
 */
export function capPerFile(sorted: readonly Problem[]): Problem[] {
  const byFile = new Map<string, Problem[]>();
  for (const p of sorted) {
    const list = byFile.get(p.file);
    if (list) list.push(p);
    else byFile.set(p.file, [p]);
  }
  const out: Problem[] = [];
  for (const [file, list] of byFile) {
    const told = list.filter((p) => p.more === undefined);
    const hidden = list.reduce((n, p) => n + (p.more ?? 0), 0) + Math.max(0, told.length - MAX_PROBLEMS_PER_FILE);
    out.push(...told.slice(0, MAX_PROBLEMS_PER_FILE));
    if (hidden > 0) out.push(moreProblems(file, hidden));
  }
  return out;
}

/** Thrown when input is wrong; carries every problem found, not just the first. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} input problem(s)`);
    this.name = "InputError";
    this.problems = problems;
  }
}
