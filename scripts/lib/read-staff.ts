/**
 * @fileoverview Reading one of the agency's files: only a plain file (never
 * through a link, never a device or a pipe that would hang the build), within
 * its size limit, as UTF-8 text, then parsed and validated. Every failure is a
 * bilingual problem naming the file; nothing here throws for bad input.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import type { z } from "zod";
import { type Problem, error } from "./problems.ts";
import { MAX_FILE_BYTES, decodeText, lineIndex, parseFrontMatter, parseJson, templateCodeLine, templateCodeProblem, validate } from "./validate.ts";

/** A file to read: its project-relative name (for messages) and absolute path. */
export interface FileRef {
  rel: string;
  abs: string;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * The bytes of a plain file, at most `maxBytes`. Opened without following a
 * link and without blocking (a FIFO would otherwise wait for a writer forever).
 */
export function readPlainFile(file: FileRef, maxBytes: number, problems: Problem[], tooBig?: { th: string; en: string }): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file.abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    problems.push(
      code === "ELOOP"
        ? error(file.rel, { th: "เป็นลิงก์สัญลักษณ์ (symbolic link) ซึ่งไม่อนุญาต วางไฟล์จริงไว้ที่นี่แทน", en: "is a symbolic link, which is not allowed: put the real file here instead" })
        : code === "ENOENT"
          ? error(file.rel, { th: "ไม่พบไฟล์", en: "the file does not exist" })
          : error(file.rel, { th: "อ่านไฟล์ไม่ได้", en: "cannot read the file" }),
    );
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      problems.push(error(file.rel, { th: "อ่านไฟล์ไม่ได้ เพราะไม่ใช่ไฟล์ธรรมดา (เป็นโฟลเดอร์หรืออุปกรณ์)", en: "cannot read the file: it is not a plain file (a folder or a device)" }));
      return undefined;
    }
    if (stat.size > maxBytes) {
      problems.push(
        error(
          file.rel,
          tooBig ?? { th: `ไฟล์ใหญ่เกิน ${megabytes(maxBytes)} แยกเอกสารขนาดใหญ่เป็นไฟล์แนบแทน`, en: `file is larger than ${megabytes(maxBytes)}: publish large material as a document instead` },
        ),
      );
      return undefined;
    }
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch {
    problems.push(error(file.rel, { th: "อ่านไฟล์ไม่ได้", en: "cannot read the file" }));
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** A staff text file (JSON or Markdown): at most MAX_FILE_BYTES, UTF-8 (anything else is named, not garbled). */
export function readStaffText(file: FileRef, problems: Problem[]): string | undefined {
  const bytes = readPlainFile(file, MAX_FILE_BYTES, problems);
  if (!bytes) return undefined;
  const text = decodeText(file.rel, bytes);
  if (!text.ok) {
    problems.push(...text.problems);
    return undefined;
  }
  return text.value;
}

/** A JSON file validated against `schema`, with a way to find the line of any field. */
export function readStaffJson<T>(file: FileRef, schema: z.ZodType<T>, problems: Problem[]): { value: T; line: (path: readonly PropertyKey[]) => number | undefined } | undefined {
  const raw = readStaffText(file, problems);
  if (raw === undefined) return undefined;
  const parsed = parseJson(file.rel, raw);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const checked = validate(schema, file.rel, parsed.value, raw);
  if (!checked.ok) {
    problems.push(...checked.problems);
    return undefined;
  }
  return { value: checked.value, line: lineIndex(raw) };
}

/** A Markdown file with YAML front matter validated against `schema`; the body trimmed. */
export function readStaffMarkdown<T>(
  file: FileRef,
  schema: z.ZodType<T>,
  problems: Problem[],
): { data: T; body: string; line: (path: readonly PropertyKey[]) => number | undefined } | undefined {
  const raw = readStaffText(file, problems);
  if (raw === undefined) return undefined;
  const fm = parseFrontMatter(file.rel, raw);
  if (!fm.ok) {
    problems.push(...fm.problems);
    return undefined;
  }
  const checked = validate(schema, file.rel, fm.value.data, fm.value.yaml, 1);
  if (!checked.ok) {
    problems.push(...checked.problems);
    return undefined;
  }
  const code = templateCodeLine(fm.value.body);
  if (code !== undefined) {
    problems.push(templateCodeProblem(file.rel, fm.value.bodyLine + code - 1));
    return undefined;
  }
  return { data: checked.value, body: fm.value.body.trim(), line: lineIndex(fm.value.yaml, 1) };
}
