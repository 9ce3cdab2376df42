/**
 * @fileoverview The slips clerks make when they type JSON and front matter by
 * hand, recognised so that a message can say what to type instead: a decimal
 * comma (95,12), Thai digits (๙๕.๑๒), a number in quotes ("95.12"), a date
 * written the Thai way (1 ส.ค. 2565), a trailing or missing comma, curly or
 * single quotes, a comment, a misspelt field or value. Each function returns
 * bilingual text (Thai, English) or undefined when it does not recognise the
 * slip; validate.ts falls back to its general messages then.
 */
import { type ParseError, printParseErrorCode } from "jsonc-parser";
import type { Bilingual } from "./problems.ts";
import { fromThaiDigits, parseIsoDate } from "./thai.ts";
import { nearest } from "./nearest.ts";

const THAI_DIGIT = /[๐-๙]/;
const THAI_LETTER = /[\u0E01-\u0E4F]/;

/** Quote a value for the English half of a message (Thai may appear only inside quotes there). */
const q = (s: string): string => JSON.stringify(s.length > 40 ? s.slice(0, 40) + "…" : s);

// ------------------------------------------------------------------ numbers

/** How a number was typed wrongly, and the number to type. */
export interface NumberSlip {
  /** The number as it should be typed, e.g. 95.12. */
  type: string;
  thaiDigits: boolean;
  decimalComma: boolean;
}

/**
 * The number a clerk meant by `raw` (a value typed as text, or a bare token in
 * JSON): Thai digits become Arabic ones, a decimal comma a point (95,12 →
 * 95.12), thousands separators go (1,000 → 1000). Undefined when it is not a number.
 */
export function meantNumber(raw: string): NumberSlip | undefined {
  const thaiDigits = THAI_DIGIT.test(raw);
  let t = fromThaiDigits(raw.trim());
  let decimalComma = false;
  if (/^-?\d+,\d{1,2}$/.test(t)) {
    t = t.replace(",", ".");
    decimalComma = true;
  } else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) {
    t = t.replace(/,/g, "");
  }
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return { type: t, thaiDigits, decimalComma };
}

/**
 * A number given as text ("95.12", "๙๕.๑๒", "95,12"), where a number belongs:
 * the number to type, and how. Undefined when the text is no number at all.
 */
export function quotedNumberFix(input: string): Bilingual | undefined {
  const n = meantNumber(input);
  if (!n) return undefined;
  const th = [n.thaiDigits ? "เป็นเลขอารบิก" : "", n.decimalComma ? "ใช้จุด . เป็นจุดทศนิยม ไม่ใช่จุลภาค ," : "", "โดยไม่มีเครื่องหมายคำพูด"].filter(Boolean);
  const en = [n.thaiDigits ? "in Arabic digits" : "", n.decimalComma ? "with a decimal point, not a comma" : "", "without quotes"].filter(Boolean);
  return { th: `ให้พิมพ์ ${n.type} ${th.join(" ")}`, en: `type ${n.type} ${en.join(", ")}` };
}

// ------------------------------------------------------------------ dates

const THAI_MONTHS: [string, number][] = [
  ["มกราคม", 1], ["กุมภาพันธ์", 2], ["มีนาคม", 3], ["เมษายน", 4], ["พฤษภาคม", 5], ["มิถุนายน", 6],
  ["กรกฎาคม", 7], ["สิงหาคม", 8], ["กันยายน", 9], ["ตุลาคม", 10], ["พฤศจิกายน", 11], ["ธันวาคม", 12],
  ["ม.ค.", 1], ["ก.พ.", 2], ["มี.ค.", 3], ["เม.ย.", 4], ["พ.ค.", 5], ["มิ.ย.", 6],
  ["ก.ค.", 7], ["ส.ค.", 8], ["ก.ย.", 9], ["ต.ค.", 10], ["พ.ย.", 11], ["ธ.ค.", 12],
];

/** A year as typed: B.E. (2565) or C.E. (2022), or two digits meaning B.E. 25xx (65), as C.E. */
function ceYear(typed: number): number {
  if (typed < 100) return 2500 + typed - 543;
  return typed > 2400 ? typed - 543 : typed;
}

/**
 * The ISO C.E. date a clerk meant by a date written another way: with Thai
 * digits, day first (1/8/2565, 01-08-2022), with a Thai month name
 * (1 สิงหาคม 2565, 1 ส.ค. 65), or ISO with a B.E. year or without zeros
 * (2565-8-1). Undefined when it cannot be read as one real date.
 */
export function meantDate(raw: string): string | undefined {
  let s = fromThaiDigits(raw.normalize("NFC")).trim().replace(/^วันที่\s*/, "").replace(/\s+/g, " ");
  s = s.replace(/\s*(พ\.ศ\.|ค\.ศ\.)\s*/g, " ").trim();
  let y: number | undefined, m: number | undefined, d: number | undefined;
  let hit: RegExpExecArray | null;
  if ((hit = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s))) [y, m, d] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
  else if ((hit = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(s))) [d, m, y] = [Number(hit[1]), Number(hit[2]), Number(hit[3])];
  else {
    for (const [name, month] of THAI_MONTHS) {
      const at = s.indexOf(name);
      if (at < 0) continue;
      const day = /^(\d{1,2})\s*$/.exec(s.slice(0, at));
      const year = /^\s*(\d{4}|\d{2})$/.exec(s.slice(at + name.length));
      if (day && year) [d, m, y] = [Number(day[1]), month, Number(year[1])];
      break;
    }
  }
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const iso = `${String(ceYear(y)).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return parseIsoDate(iso).isValid ? iso : undefined;
}

/** A date not written YYYY-MM-DD (C.E., Arabic digits): what to type, when it can be read. */
export function dateFix(input: string): Bilingual | undefined {
  const iso = meantDate(input);
  if (!iso) return undefined;
  return {
    th: `วันที่ต้องเขียนเป็น ปปปป-ดด-วว ปี ค.ศ. ด้วยเลขอารบิก ให้พิมพ์ ${iso}`,
    en: `a date is written YYYY-MM-DD in C.E. with Arabic digits: type ${iso}`,
  };
}

// ------------------------------------------------------------------ other values

/** true or false typed as text ("true", "ใช่"): what to type. */
export function quotedBooleanFix(input: string): Bilingual | undefined {
  const t = input.trim().toLowerCase();
  if (t !== "true" && t !== "false") return undefined;
  return { th: `ให้พิมพ์ ${t} โดยไม่มีเครื่องหมายคำพูด`, en: `type ${t} without quotes` };
}

/** A value that is not one of the allowed ones, but close to one ("Thai", "in progess"). */
export function allowedValueFix(input: unknown, allowed: readonly unknown[]): Bilingual | undefined {
  if (typeof input !== "string") return undefined;
  const words = allowed.filter((v): v is string => typeof v === "string");
  const near = nearest(input.trim(), words) ?? words.find((w) => w.replace(/[-_ ]/g, "") === input.trim().toLowerCase().replace(/[-_ ]/g, ""));
  if (!near) return undefined;
  return { th: `หมายถึง "${near}" หรือไม่ ให้พิมพ์ "${near}"`, en: `did you mean "${near}"? type "${near}"` };
}

/**
 * A field the schema does not know: the known field it is closest to, or the
 * list of fields allowed there. `missing` are required fields not given, which
 * a misspelt name most likely meant.
 */
export function unknownFieldText(key: string, known: readonly string[], missing: readonly string[] = []): Bilingual & { meant?: string } {
  // a required field that is absent is the likeliest meaning, then any field of the object
  const meant = nearest(key, missing) ?? nearest(key, known);
  if (meant) {
    return {
      th: `ไม่รู้จักช่อง "${key}" หมายถึง "${meant}" หรือไม่ ให้แก้ชื่อเป็น "${meant}"`,
      en: `unknown field ${q(key)}: did you mean "${meant}"? rename it to "${meant}"`,
      meant,
    };
  }
  const list = known.join(", ");
  return {
    th: `ไม่รู้จักช่อง "${key}" ลบออกหรือแก้ชื่อ (ช่องที่ใช้ได้ที่นี่: ${list})`,
    en: `unknown field ${q(key)}: remove it or fix its name (the fields here are ${list})`,
  };
}

// ------------------------------------------------------------------ JSON syntax

/** Line and column (1-based) of an offset in a text. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastNl = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - lastNl };
}

/** The offset of the last character before `offset` that is not white space, or -1. */
function previousSolid(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i;
}

/** The JSON value that ends at `end` (inclusive): a string, a number or word, or a closing bracket. */
function tokenEndingAt(text: string, end: number): string {
  const c = text[end]!;
  if (c === "}" || c === "]") return c;
  if (c === '"') {
    let i = end - 1;
    while (i >= 0 && !(text[i] === '"' && text[i - 1] !== "\\")) i--;
    return text.slice(Math.max(0, i), end + 1);
  }
  let i = end;
  while (i >= 0 && /[^\s,:[\]{}"]/.test(text[i]!)) i--;
  return text.slice(i + 1, end + 1);
}

/** The bare word (unquoted token) starting at `offset`. */
function wordAt(text: string, offset: number): string {
  const m = /^[^\s,:[\]{}"]+/.exec(text.slice(offset));
  return m ? m[0] : text.slice(offset, offset + 1);
}

export interface SyntaxSlip extends Bilingual {
  /** Where the fix goes (1-based); may be before the place the parser stopped. */
  line: number;
  column: number;
}

/**
 * What is wrong at the first syntax error of a JSON text, and what to type
 * there. `error` is jsonc-parser's first error (strict mode).
 */
export function jsonSyntaxSlip(text: string, error: ParseError): SyntaxSlip {
  const at = error.offset;
  const here = position(text, at);
  const token = text.slice(at, at + Math.max(error.length, 1));
  const prev = previousSolid(text, at);
  const slip = (offset: number, th: string, en: string): SyntaxSlip => {
    const p = offset === at ? here : position(text, offset);
    return { th: `JSON ไม่ถูกต้อง: ${th} (คอลัมน์ ${p.column})`, en: `invalid JSON: ${en} (column ${p.column})`, ...p };
  };
  // jsonc-parser's codes are a const enum (not importable as a value here): compare their names
  const code = printParseErrorCode(error.error);
  const word = wordAt(text, at);

  // 95,12: the parser read 95, then expected a field name and found 12
  if ((code === "PropertyNameExpected" || code === "ValueExpected") && /^\d/.test(token) && prev >= 0 && text[prev] === ",") {
    const before = tokenEndingAt(text, previousSolid(text, prev) + 0);
    const after = /^\d+/.exec(text.slice(at))![0];
    const follows = text.slice(at + after.length).trimStart()[0];
    if (/^-?\d+$/.test(before) && follows !== ":" && previousSolid(text, prev) === prev - 1) {
      const start = prev - before.length;
      return slip(start, `ตัวเลข ${before},${after} ใช้จุลภาค , เป็นจุดทศนิยม ให้พิมพ์ ${before}.${after}`, `${before},${after} uses a comma as the decimal point: type ${before}.${after}`);
    }
  }
  // ๙๕.๑๒ unquoted: Thai digits are not a JSON number
  if (code === "InvalidSymbol" && THAI_DIGIT.test(word)) {
    const n = meantNumber(word);
    if (n) return slip(at, `ตัวเลข ${word} เป็นเลขไทย ให้พิมพ์เป็นเลขอารบิก ${n.type}`, `${q(word)} is written in Thai digits: type ${n.type}`);
  }
  // a comma after the last item: { "a": 1, } or [1, 2, ]
  if ((token === "}" && code === "PropertyNameExpected") || (token === "]" && code === "ValueExpected")) {
    if (prev >= 0 && text[prev] === ",") {
      return slip(prev, `มีเครื่องหมายจุลภาค , หลังรายการสุดท้ายก่อน ${token} ให้ลบจุลภาคนี้`, `a comma after the last item before ${token}: delete it`);
    }
  }
  // two items without a comma between them
  if (code === "CommaExpected" && prev >= 0) {
    const after = tokenEndingAt(text, prev);
    const shown = after.length > 30 ? after.slice(0, 30) + "…" : after;
    const enShown = /^[\x20-\x7E]*$/.test(shown) && !shown.includes('"') ? shown : q(shown.replace(/^"|"$/g, ""));
    return slip(prev + 1, `ขาดเครื่องหมายจุลภาค , หลัง ${shown} ให้เติม , ต่อท้าย`, `a comma is missing after ${enShown}: add , there`);
  }
  if (code === "InvalidSymbol" && /^[“”„″]/.test(token)) {
    return slip(at, "ใช้เครื่องหมายคำพูดแบบโค้ง “ ” ซึ่ง JSON ไม่รู้จัก ให้ใช้เครื่องหมายคำพูดตรง \" (มักเกิดเมื่อคัดลอกจากโปรแกรมจัดเอกสาร)", 'curly quotes, which JSON does not know: use straight double quotes " (word processors change them)');
  }
  if (code === "InvalidSymbol" && /^['‘’]/.test(token)) {
    return slip(at, "JSON ใช้เครื่องหมายคำพูดคู่ \" เท่านั้น ให้เปลี่ยน ' เป็น \"", "JSON uses double quotes \" only: change ' to \"");
  }
  if (code === "InvalidCommentToken") {
    return slip(at, "JSON ไม่มีหมายเหตุ (// หรือ /* */) ให้ลบหมายเหตุนี้", "JSON has no comments (// or /* */): delete this one");
  }
  if (code === "InvalidSymbol" && /^(NaN|-?Infinity|undefined)$/.test(word)) {
    return slip(at, `${word} ไม่ใช่ตัวเลข ให้พิมพ์ตัวเลข หรือลบช่องนี้ถ้าไม่มีค่า`, `${word} is not a number: type a number, or remove the field if there is no value`);
  }
  if (code === "InvalidSymbol" && /^(True|False|Null|TRUE|FALSE|NULL)$/.test(word)) {
    return slip(at, `ให้พิมพ์ ${word.toLowerCase()} ด้วยตัวพิมพ์เล็ก`, `type ${word.toLowerCase()} in lower case`);
  }
  if ((code === "InvalidSymbol" || code === "PropertyNameExpected") && text.slice(at + word.length).trimStart().startsWith(":")) {
    return slip(at, `ชื่อช่องต้องอยู่ในเครื่องหมายคำพูดคู่ ให้พิมพ์ "${word}"`, `a field name is written in double quotes: type ${q(word)}`);
  }
  if (code === "InvalidSymbol" && (THAI_LETTER.test(word) || /^[A-Za-z]/.test(word))) {
    return slip(at, `ข้อความต้องอยู่ในเครื่องหมายคำพูดคู่ ให้พิมพ์ "${word}"`, `text is written in double quotes: type ${q(word)}`);
  }
  if (code === "ColonExpected") {
    return slip(at, "ขาดเครื่องหมาย : ระหว่างชื่อช่องกับค่า ให้เติม :", "a colon is missing between a field's name and its value: add :");
  }
  if (code === "UnexpectedEndOfString") {
    const end = text.indexOf("\n", at);
    return slip(end < 0 ? text.length : end, "ข้อความไม่มีเครื่องหมายคำพูดปิด ให้เติม \" ท้ายข้อความ", 'a text has no closing quote: add " at its end');
  }
  if (code === "InvalidEscapeCharacter" || code === "InvalidUnicode") {
    return slip(at, "เครื่องหมาย \\ ในข้อความต้องเขียนเป็น \\\\ (สำหรับชื่อไฟล์ให้ใช้ / แทน)", "a backslash in a text is written \\\\ (in file names use / instead)");
  }
  if (code === "CloseBraceExpected" || code === "CloseBracketExpected") {
    const close = code === "CloseBraceExpected" ? "}" : "]";
    const open = close === "}" ? "{" : "[";
    return at >= text.trimEnd().length
      ? slip(text.trimEnd().length, `ขาดเครื่องหมาย ${close} ปิดท้ายไฟล์ ทุก ${open} ต้องมี ${close} คู่กัน`, `a closing ${close} is missing at the end of the file: every ${open} needs its ${close}`)
      : slip(at, `ขาดเครื่องหมาย ${close} หรือจุลภาค , ก่อนตำแหน่งนี้`, `a closing ${close} or a comma is missing before this point`);
  }
  if (code === "EndOfFileExpected") {
    return slip(at, `มีข้อความเกินหลังข้อมูลจบแล้ว (เช่น ${token} เกินมาหนึ่งตัว) ให้ลบส่วนที่เกิน`, `there is more after the data has ended (one ${/^[\x21-\x7E]$/.test(token) ? token : q(token)} too many?): delete the extra part`);
  }
  if (code === "ValueExpected" || code === "PropertyNameExpected") {
    return slip(at, `ไม่พบค่าที่ตำแหน่งนี้ ตรวจเครื่องหมายจุลภาค วงเล็บ และเครื่องหมายคำพูดในบรรทัดนี้หรือบรรทัดก่อนหน้า`, `a value was expected here: check commas, brackets and quotes on this line or the one before`);
  }
  return slip(at, "ตรวจเครื่องหมายจุลภาค วงเล็บ และเครื่องหมายคำพูดในบรรทัดนี้หรือบรรทัดก่อนหน้า", "check commas, brackets and quotes on this line or the one before");
}
