/**
 * @fileoverview Turns raw file text into validated values or bilingual
 * problems: JSON and YAML front matter parsing with line numbers, and zod
 * issues translated into one readable line each.
 */
import { type ParseError, type JSONPath, parse as parseJsonc, visit } from "jsonc-parser";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { type Bilingual, MAX_PROBLEMS_PER_FILE, type Problem, error, moreProblems } from "./problems.ts";
import { normalizeThai } from "./thai.ts";
import { allowedValueFix, jsonSyntaxSlip, quotedBooleanFix, quotedNumberFix, unknownFieldText } from "./slips.ts";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Largest input file accepted; a bigger one is almost certainly a mistake (a PDF pasted as JSON). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Bytes of a staff file as text. UTF-8 only: a file saved as UTF-16 or in a Thai
 * legacy code page (TIS-620, Windows-874) would otherwise be published garbled.
 */
export function decodeText(file: string, bytes: Uint8Array): Parsed<string> {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length > 1 && bytes.includes(0));
  if (utf16) {
    return { ok: false, problems: [error(file, { th: "ไฟล์ถูกบันทึกเป็น UTF-16 ให้บันทึกใหม่เป็น UTF-8", en: "the file is saved as UTF-16: save it again as UTF-8" }, undefined, 1)] };
  }
  try {
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      problems: [error(file, { th: "ไฟล์ไม่ได้บันทึกเป็น UTF-8 (อาจเป็น TIS-620 หรือ Windows-874) ให้บันทึกใหม่เป็น UTF-8", en: "the file is not UTF-8 (TIS-620 or Windows-874?): save it again as UTF-8" })],
    };
  }
}

/** Keys written twice in one JSON object: JSON.parse keeps the last silently. */
export function duplicateKeys(text: string): { path: JSONPath; key: string; offset: number }[] {
  const seen: Set<string>[] = [];
  const found: { path: JSONPath; key: string; offset: number }[] = [];
  visit(text, {
    onObjectBegin: () => void seen.push(new Set()),
    onObjectEnd: () => void seen.pop(),
    onObjectProperty: (key, offset, _length, _line, _col, pathSupplier) => {
      const keys = seen[seen.length - 1]!;
      if (keys.has(key)) found.push({ path: [...pathSupplier(), key], key, offset });
      keys.add(key);
    },
  });
  return found;
}

/** Strip a BOM, unify line endings and normalise Thai text before parsing. */
export function cleanText(raw: string): string {
  return normalizeThai(raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}

/**
 * Lines of the values in a JSON or YAML text, by path. The text is parsed once,
 * on the first question, and every later question is a walk down the tree: a
 * file with thousands of problems costs one parse, not one per problem.
 */
export function lineIndex(text: string, lineOffset = 0): (path: readonly PropertyKey[]) => number | undefined {
  let parsed: { doc: ReturnType<typeof parseDocument>; lc: LineCounter } | null | undefined;
  return (path) => {
    if (parsed === undefined) {
      try {
        const lc = new LineCounter();
        parsed = { doc: parseDocument(text, { lineCounter: lc, keepSourceTokens: false, uniqueKeys: false }), lc };
      } catch {
        parsed = null; // the line number is a courtesy; the message stands without it
      }
    }
    if (!parsed) return undefined;
    try {
      for (let n = path.length; n >= 0; n--) {
        const node = parsed.doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number] } | undefined;
        if (node && node.range) return parsed.lc.linePos(node.range[0]).line + lineOffset;
      }
    } catch {
      // as above
    }
    return undefined;
  };
}

/** Line of the value at `path` in a JSON or YAML text, if it can be found. */
export function lineOfPath(text: string, path: readonly PropertyKey[], lineOffset = 0): number | undefined {
  return lineIndex(text, lineOffset)(path);
}

/** Deepest nesting of objects and lists accepted in a staff file; the real files nest 4 deep. */
export const MAX_NESTING = 32;

/** How deeply a JSON text nests its brackets (strings skipped), counted without parsing it. */
export function jsonNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) max = Math.max(max, ++depth);
    else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return max;
}

/** How deeply a parsed value nests objects and lists (iterative: a hostile value cannot overflow the stack). */
function valueNesting(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (d + 1 > max) max = d + 1;
    if (max > MAX_NESTING) return max;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

const tooDeep = (file: string) =>
  error(file, { th: `ข้อมูลซ้อนกันลึกเกิน ${MAX_NESTING} ชั้น ไฟล์ของหน่วยงานไม่ซ้อนลึกขนาดนี้ ตรวจว่าเป็นไฟล์ที่ถูกต้อง`, en: `the data nests deeper than ${MAX_NESTING} levels, which no agency file does: check it is the right file` });

/** Parse JSON text, reporting syntax errors with their line. */
export function parseJson(file: string, raw: string): Parsed<unknown> {
  if (Buffer.byteLength(raw) > MAX_FILE_BYTES) {
    return { ok: false, problems: [error(file, { th: `ไฟล์ใหญ่เกิน ${MAX_FILE_BYTES / 1024 / 1024} MB`, en: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` })] };
  }
  const text = cleanText(raw);
  if (text.trim() === "") {
    return { ok: false, problems: [error(file, { th: "ไฟล์ว่างเปล่า ต้องเป็น JSON", en: "the file is empty: it must hold JSON" })] };
  }
  if (jsonNesting(text) > MAX_NESTING) return { ok: false, problems: [tooDeep(file)] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // JSON.parse's messages vary and often lack a position; jsonc-parser (strict
    // mode) locates the first syntax error exactly, and slips.ts says what to type there
    const errors: ParseError[] = [];
    parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    if (first) {
      const slip = jsonSyntaxSlip(text, first);
      return { ok: false, problems: [error(file, { th: slip.th, en: slip.en }, undefined, slip.line)] };
    }
    return {
      ok: false,
      problems: [error(file, { th: "JSON ไม่ถูกต้อง ตรวจเครื่องหมายจุลภาค วงเล็บ และเครื่องหมายคำพูด", en: "invalid JSON: check commas, brackets and quotes" })],
    };
  }
  const dups = duplicateKeys(text);
  if (dups.length) {
    return {
      ok: false,
      problems: dups.map((d) =>
        error(
          file,
          { th: `ช่อง "${d.key}" ถูกเขียนซ้ำ ค่าหนึ่งจะถูกทิ้งไปเงียบ ๆ ให้เหลือเพียงค่าเดียว`, en: `the field "${d.key}" is written twice, so one value would be silently dropped: keep one` },
          d.path.join("."),
          lineAt(text, d.offset),
        ),
      ),
    };
  }
  return { ok: true, value };
}

const TYPE_TH: Record<string, string> = {
  number: "ตัวเลข",
  string: "ข้อความ",
  boolean: "true หรือ false",
  object: "ออบเจกต์ { … }",
  record: "ออบเจกต์ { … }",
  array: "รายการ [ … ]",
  int: "จำนวนเต็ม",
};

/** A found value for a message: the value itself, or its kind in Thai or English. */
function describe(value: unknown, lang: "th" | "en"): string {
  if (value === undefined) return lang === "th" ? "ไม่มีค่า" : "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return lang === "th" ? "รายการ [ … ]" : "a list";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (typeof value === "object") return lang === "th" ? "ออบเจกต์ { … }" : "an object";
  return String(value);
}

const TYPE_EN: Record<string, string> = { record: "object" };

/** What to type when a value has the wrong type but its meaning is clear ("95.12" for a number, 47230 for text). */
function typeFix(expected: string, input: unknown): { th: string; en: string } | undefined {
  if ((expected === "number" || expected === "int") && typeof input === "string") {
    return quotedNumberFix(input) ?? { th: "ให้พิมพ์เป็นตัวเลขโดยไม่มีเครื่องหมายคำพูด", en: "type a number, without quotes" };
  }
  if (expected === "boolean" && typeof input === "string") return quotedBooleanFix(input);
  if (expected === "string" && typeof input === "number" && /^\d{4,}$/.test(String(input))) {
    // a code made of digits (a postcode, a phone number) is text; echo it only then, not for a stray 5
    return { th: `ให้พิมพ์ในเครื่องหมายคำพูดคู่ "${input}"`, en: `type it in double quotes: "${input}"` };
  }
  if (expected === "string" && (typeof input === "number" || typeof input === "boolean")) {
    return { th: "ข้อความต้องอยู่ในเครื่องหมายคำพูดคู่ \" \"", en: 'text is written in double quotes " "' };
  }
  return undefined;
}

/** One zod issue as a bilingual message. */
function issueText(issue: z.core.$ZodIssue): { th: string; en: string } {
  const input = (issue as { input?: unknown }).input;
  if (issue.message.includes("\n")) {
    const [th, en] = issue.message.split("\n");
    // a schema's own message for a list of values ("thai" or "arabic") still gets the nearest one
    const fix = issue.code === "invalid_value" ? allowedValueFix(input, issue.values) : undefined;
    return fix ? { th: `${th} ${fix.th}`, en: `${en}; ${fix.en}` } : { th: th!, en: en! };
  }
  const found = describe(input, "en");
  const foundTh = describe(input, "th");
  switch (issue.code) {
    case "invalid_type":
      if ((issue as { input?: unknown }).input === undefined) {
        return { th: `ขาดช่องที่ต้องมี (ต้องเป็น${TYPE_TH[issue.expected] ?? issue.expected})`, en: `required field is missing (expected ${issue.expected})` };
      }
      {
        const fix = typeFix(issue.expected, input);
        const label = TYPE_TH[issue.expected] ?? issue.expected;
        return {
          th: `ชนิดข้อมูลไม่ถูกต้อง ต้องเป็น${/^[A-Za-z]/.test(label) ? " " : ""}${label} แต่พบ ${foundTh}${fix ? ` ${fix.th}` : ""}`,
          en: `expected ${TYPE_EN[issue.expected] ?? issue.expected}, found ${found}${fix ? `: ${fix.en}` : ""}`,
        };
      }
    case "unrecognized_keys":
      return {
        th: `มีช่องที่ไม่รู้จัก: ${issue.keys.join(", ")} (สะกดผิดหรือไม่? ลบออกหรือแก้ชื่อ)`,
        en: `unknown field(s): ${issue.keys.join(", ")} (a typo? remove or rename)`,
      };
    case "invalid_value": {
      const fix = allowedValueFix(input, issue.values);
      return {
        th: `ค่าไม่ถูกต้อง ${foundTh} ต้องเป็นหนึ่งใน ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${fix ? ` ${fix.th}` : ""}`,
        en: `invalid value ${found}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${fix ? `; ${fix.en}` : ""}`,
      };
    }
    case "too_small":
      return { th: `ค่าน้อยเกินไป ${foundTh} (อย่างน้อย ${issue.minimum})`, en: `too small: ${found} (minimum ${issue.minimum})` };
    case "too_big":
      return { th: `ค่ามากเกินไป ${foundTh} (ไม่เกิน ${issue.maximum})`, en: `too big: ${found} (maximum ${issue.maximum})` };
    default:
      return { th: `ค่าไม่ถูกต้อง ${foundTh}`, en: `invalid value ${found}: ${issue.message}` };
  }
}

/**
 * Validate a parsed value against a schema; problems name the file, the
 * field's path and, when `sourceText` is given, its line. At most
 * MAX_PROBLEMS_PER_FILE are told, and one line counts the rest.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  file: string,
  value: unknown,
  sourceText?: string,
  lineOffset = 0,
): Parsed<z.output<S>> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const lines = sourceText !== undefined ? lineIndex(sourceText, lineOffset) : undefined;
  const issues = unknownKeysFirst(result.error.issues);
  // the issues an unknown field may explain, by the path of their object: one lookup each, not a scan
  // of every issue per unknown field (thousands of misspelt fields would take minutes)
  const key = (path: readonly PropertyKey[]) => path.map(String).join("\u0000");
  const missingIn = new Map<string, z.core.$ZodIssue[]>();
  const customAt = new Map<string, z.core.$ZodIssue[]>();
  for (const i of issues) {
    if (isMissing(i)) push(missingIn, key(i.path.slice(0, -1)), i);
    else if (i.code === "custom") push(customAt, key(i.path), i);
  }
  // what to tell, with the path its line is looked up by; lines only for those told
  const found: { text: Bilingual; path: PropertyKey[] }[] = [];
  const dropped = new Set<z.core.$ZodIssue>();
  for (const issue of issues) {
    if (dropped.has(issue)) continue;
    if (issue.code === "unrecognized_keys") {
      // one line per unknown field, on its own line, naming the field it most likely meant
      const known = objectKeysAt(schema, issue.path);
      const absent = missingIn.get(key(issue.path)) ?? [];
      for (const k of issue.keys) {
        const text = unknownFieldText(k, known, absent.map((i) => String(i.path.at(-1))));
        // "indicator" for "indicators": one slip, one message (not also "indicators is missing")
        for (const i of absent) if (String(i.path.at(-1)) === text.meant) dropped.add(i);
        // and an object-wide rule it breaks ("one of file, url or page" when file is spelt fiel) is the same slip
        if (text.meant) for (const i of customAt.get(key(issue.path)) ?? []) dropped.add(i);
        found.push({ text: { th: text.th, en: text.en }, path: [...issue.path, k] });
      }
      continue;
    }
    found.push({ text: issueText(issue), path: issue.path });
  }
  const told = found.slice(0, MAX_PROBLEMS_PER_FILE).map((f) => error(file, f.text, f.path.map(String).join(".") || undefined, lines?.(f.path)));
  if (found.length > MAX_PROBLEMS_PER_FILE) told.push(moreProblems(file, found.length - MAX_PROBLEMS_PER_FILE));
  return { ok: false, problems: told };
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/** Unknown-key issues first, so that a "missing" issue they explain is dropped before it is told. */
function unknownKeysFirst(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return [...issues.filter((i) => i.code === "unrecognized_keys"), ...issues.filter((i) => i.code !== "unrecognized_keys")];
}

const isMissing = (i: z.core.$ZodIssue): boolean => i.code === "invalid_type" && (i as { input?: unknown }).input === undefined;
const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean => a.length === b.length && a.every((k, n) => String(k) === String(b[n]));

type Def = { type: string; shape?: Record<string, { _zod: { def: Def } }>; innerType?: { _zod: { def: Def } }; element?: { _zod: { def: Def } }; valueType?: { _zod: { def: Def } }; in?: { _zod: { def: Def } }; options?: { _zod: { def: Def } }[] };

/** The field names a schema allows in the object at `path` (for "did you mean …?"). */
function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const unwrap = (d: Def): Def => {
    for (let n = 0; n < 10; n++) {
      const inner = d.innerType ?? (d.type === "pipe" ? d.in : undefined);
      if (!inner) break;
      d = inner._zod.def;
    }
    return d;
  };
  for (const key of path) {
    def = unwrap(def);
    const next = def.type === "object" ? def.shape?.[String(key)] : def.type === "array" ? def.element : def.type === "record" ? def.valueType : undefined;
    if (!next) return [];
    def = next._zod.def;
  }
  def = unwrap(def);
  if (def.type === "object" && def.shape) return Object.keys(def.shape);
  if (def.type === "union" && def.options) return [...new Set(def.options.flatMap((o) => (unwrap(o._zod.def).shape ? Object.keys(unwrap(o._zod.def).shape!) : [])))];
  return [];
}

/**
 * Template code in staff Markdown (`{{ … }}`, `{% … %}`, `{# … #}`): it is never
 * run (staff files are data), so it would be published as odd text, and in a file
 * a clerk writes it is a sign of a pasted template or an attack. The 1-based line
 * of its first occurrence in `body`, or undefined.
 */
export function templateCodeLine(body: string): number | undefined {
  const m = /\{\{|\{%|\{#/.exec(body);
  return m ? body.slice(0, m.index).split("\n").length : undefined;
}

/** The problem for template code found at `line` of `file`. */
export function templateCodeProblem(file: string, line: number): Problem {
  return error(
    file,
    { th: "มีโค้ดแม่แบบ ({{ … }} หรือ {% … %}) ซึ่งเว็บไซต์ไม่ประมวลผล (ไฟล์ของหน่วยงานเป็นข้อมูล) ลบออกแล้วเขียนข้อความที่ต้องการแทน", en: "holds template code ({{ … }} or {% … %}), which the site never runs (staff files are data): remove it and write the text you mean" },
    undefined,
    line,
  );
}

/** YAML alias expansions allowed in one front matter (yaml's own default, 100, refuses legitimate files). */
export const MAX_YAML_ALIASES = 10_000;

export interface FrontMatterDoc {
  data: unknown;
  body: string;
  /** Lines before the body starts, to report body lines in file terms. */
  bodyLine: number;
  /** The YAML text, for line lookups. */
  yaml: string;
}

/**
 * Split `---` YAML front matter from a Markdown body. YAML's core schema is
 * used, so `2022-08-01` stays a string (no Date in UTC midnight).
 */
export function parseFrontMatter(file: string, raw: string): Parsed<FrontMatterDoc> {
  if (Buffer.byteLength(raw) > MAX_FILE_BYTES) {
    return { ok: false, problems: [error(file, { th: "ไฟล์ใหญ่เกิน 2 MB", en: "file is larger than 2 MB" })] };
  }
  const text = cleanText(raw);
  const m = /^---\n(?:([\s\S]*?)\n)?---(?:\n|$)/.exec(text);
  if (!m) {
    return {
      ok: false,
      problems: [
        /^---[a-z]+\s*\n/i.test(text)
          ? error(file, { th: `ส่วนหัวต้องเป็น YAML ระหว่างบรรทัด --- สองบรรทัด ห้ามใช้ ${text.slice(0, text.indexOf("\n")).trim()} (ไฟล์ของหน่วยงานเป็นข้อมูล ไม่ใช่โปรแกรม) เปลี่ยนบรรทัดแรกเป็น ---`, en: `the front matter is YAML between two --- lines; ${text.slice(0, text.indexOf("\n")).trim()} is not allowed (staff files hold data, not code): make the first line ---` }, undefined, 1)
          : error(file, { th: "ไม่พบส่วนหัว (front matter) ที่เริ่มและจบด้วยบรรทัด ---", en: "no front matter: the file must start with a block between two --- lines" }, undefined, 1),
      ],
    };
  }
  const yaml = m[1] ?? "";
  if (jsonNesting(yaml) > MAX_NESTING) return { ok: false, problems: [tooDeep(file)] };
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(yaml, { schema: "core" });
  } catch {
    return { ok: false, problems: [error(file, { th: "อ่านส่วนหัว (front matter) ไม่ได้ ตรวจการเยื้องและเครื่องหมาย :", en: "the front matter cannot be read: check indentation and colons" }, undefined, 2)] };
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) =>
        error(
          file,
          { th: `ส่วนหัวไม่ใช่ YAML ที่ถูกต้อง (${e.code}) ตรวจการเยื้องและเครื่องหมาย :`, en: `front matter is not valid YAML (${e.code}): check indentation and colons` },
          undefined,
          e.linePos ? e.linePos[0].line + 1 : undefined, // +1: the opening --- line
        ),
      ),
    };
  }
  let data: unknown;
  try {
    // YAML aliases (*name) are legitimate, but each one copies its anchor: the limit stops a
    // few lines from expanding into gigabytes, and is far above what a real file uses
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {};
  } catch (e) {
    const aliases = e instanceof Error && /alias/i.test(e.message);
    return {
      ok: false,
      problems: [
        aliases
          ? error(file, { th: "ส่วนหัวใช้การอ้างอิง (*ชื่อ) มากเกินไป เขียนค่าตรง ๆ แทน", en: "the front matter uses too many references (*name): write the values out instead" }, undefined, 2)
          : error(file, { th: "อ่านส่วนหัว (front matter) ไม่ได้ ตรวจการเยื้องและเครื่องหมาย :", en: "the front matter cannot be read: check indentation and colons" }, undefined, 2),
      ],
    };
  }
  if (valueNesting(data) > MAX_NESTING) return { ok: false, problems: [tooDeep(file)] };
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, problems: [error(file, { th: "ส่วนหัวต้องเป็นชุด ชื่อ: ค่า", en: "front matter must be a set of name: value pairs" }, undefined, 2)] };
  }
  const bodyLine = m[0].split("\n").length;
  return { ok: true, value: { data, body: text.slice(m[0].length), bodyLine, yaml } };
}
