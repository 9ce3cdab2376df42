/**
 * @fileoverview What `npm run new-agency` asks and does, without the terminal:
 * the questions (each also a flag), how each answer is checked and tidied,
 * the agency's site.json, the emblem check, and the plan of what the example
 * leaves behind (its year folders in data/ and content/, its emblem). Only
 * paths inside data/ and content/ are ever planned for removal.
 */
import { existsSync, lstatSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { type Site, siteSchema } from "./schema.ts";
import { checkDocument } from "./documents.ts";
import { MAX_EMBLEM_BYTES, unsafeSvg } from "./emblem.ts";
import { fromThaiDigits } from "./thai.ts";
import type { Bilingual } from "./problems.ts";
import { YEAR_NAME } from "./staff-files.ts";

/** One answer the command needs: its flag, its question, and how it is checked. */
export interface Question {
  /** The flag's name without dashes (name-th → --name-th). */
  flag: string;
  /** The question, in Thai, with an example. */
  th: string;
  /** The same in English, for the flag list (--help). */
  en: string;
  optional?: boolean;
  /** The tidied answer, or why it is refused. An empty answer to an optional question is undefined. */
  check: (raw: string) => { ok: true; value: string | undefined } | { ok: false; why: Bilingual };
}

/** The schema's message for a value, as Bilingual (schema messages are "Thai\nEnglish"). */
function bySchema(schema: z.ZodType, value: string): { ok: true; value: string } | { ok: false; why: Bilingual } {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data as string };
  const message = r.error.issues[0]?.message ?? "";
  const [th, en] = message.includes("\n") ? message.split("\n") : ["ค่าไม่ถูกต้อง", message];
  return { ok: false, why: { th: th!, en: en! } };
}

const required = (raw: string) => raw.trim() === "";
const empty: Bilingual = { th: "ต้องตอบข้อนี้", en: "this answer is required" };
const shape = siteSchema.shape;
const textOf = (schema: z.ZodType) => (raw: string) => (required(raw) ? { ok: false as const, why: empty } : bySchema(schema, raw.trim().normalize("NFC")));

/** Kinds of agency offered as examples; any other kind may be typed. */
export const AGENCY_KINDS = ["เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด"];

/** The questions, in the order asked. */
export const QUESTIONS: Question[] = [
  { flag: "name-th", th: "ชื่อหน่วยงานภาษาไทย เช่น เทศบาลตำบลหนองบัว", en: "the agency's name in Thai", check: textOf(shape.name.shape.th) },
  { flag: "name-en", th: "ชื่อหน่วยงานภาษาอังกฤษ เช่น Nong Bua Subdistrict Municipality", en: "the agency's name in English", check: textOf(shape.name.shape.en) },
  { flag: "kind", th: `ประเภทหน่วยงาน เช่น ${AGENCY_KINDS.join(" ")}`, en: "the kind of agency, in Thai (เทศบาลตำบล …)", check: textOf(shape.kind) },
  { flag: "address", th: "ที่อยู่สำนักงาน ไม่ต้องใส่อำเภอ จังหวัด และรหัสไปรษณีย์ (ถามแยก) เช่น สำนักงานเทศบาลตำบลหนองบัว เลขที่ 1 หมู่ 2 ตำบลหนองบัว", en: "the office's address, without district, province and postcode", check: textOf(shape.address) },
  { flag: "district", th: "อำเภอ (ไม่ต้องพิมพ์คำว่าอำเภอ) เช่น เมืองอุดรธานี", en: "the district (อำเภอ), without the word อำเภอ", check: (raw) => textOf(shape.district)(raw.trim().replace(/^(อำเภอ|อ\.)\s*/, "")) },
  { flag: "province", th: "จังหวัด (ไม่ต้องพิมพ์คำว่าจังหวัด) เช่น อุดรธานี", en: "the province (จังหวัด), without the word จังหวัด", check: (raw) => textOf(shape.province)(raw.trim().replace(/^(จังหวัด|จ\.)\s*/, "")) },
  {
    flag: "postcode",
    th: "รหัสไปรษณีย์ 5 หลัก เช่น 41000 (เว้นว่างได้)",
    en: "the postcode, 5 digits (optional)",
    optional: true,
    check: (raw) => (required(raw) ? { ok: true, value: undefined } : bySchema(shape.postcode.unwrap(), fromThaiDigits(raw.trim()))),
  },
  { flag: "phone", th: "หมายเลขโทรศัพท์ เช่น 0 4200 0000", en: "the phone number", check: textOf(shape.phone) },
  { flag: "email", th: "อีเมลของหน่วยงาน เช่น saraban@nongbua.go.th", en: "the agency's e-mail address", check: (raw) => (required(raw) ? { ok: false, why: empty } : bySchema(shape.email, raw.trim())) },
  {
    flag: "base-url",
    th: "ที่อยู่เว็บไซต์ที่จะเผยแพร่ ขึ้นต้นด้วย https:// เช่น https://www.nongbua.go.th/",
    en: "the site's public address, https://…",
    check: (raw) => {
      if (required(raw)) return { ok: false, why: empty };
      let url = raw.trim();
      if (!/^[a-z]+:\/\//i.test(url)) url = `https://${url}`; // www.nongbua.go.th is what people type
      if (!url.endsWith("/") && !url.includes("?") && !url.includes("#")) url += "/";
      return bySchema(shape.baseUrl, url);
    },
  },
  {
    flag: "digits",
    th: "ตัวเลขบนเว็บไซต์: thai (เลขไทย ๙๔.๒๓) หรือ arabic (เลขอารบิก 94.23)",
    en: "digits on the site: thai or arabic",
    check: (raw) => {
      const t = raw.trim().toLowerCase();
      if (["thai", "ไทย", "เลขไทย", "1"].includes(t)) return { ok: true, value: "thai" };
      if (["arabic", "อารบิก", "เลขอารบิก", "2"].includes(t)) return { ok: true, value: "arabic" };
      return { ok: false, why: { th: 'ตอบ thai (เลขไทย) หรือ arabic (เลขอารบิก)', en: 'answer "thai" or "arabic"' } };
    },
  },
  {
    flag: "emblem",
    th: "ไฟล์ตราหน่วยงาน .png .jpg หรือ .svg ไม่เกิน 512 KB เช่น /home/saraban/ตรา.png (เว้นว่างเพื่อใช้ตราทั่วไปไปก่อน)",
    en: "the emblem: a .png, .jpg or .svg file of at most 512 KB (optional)",
    optional: true,
    check: (raw) => {
      const file = raw.trim().replace(/^["']|["']$/g, ""); // a path dragged into a terminal comes quoted
      if (file === "") return { ok: true, value: undefined };
      const why = emblemFileProblem(file);
      return why ? { ok: false, why } : { ok: true, value: path.resolve(file) };
    },
  },
  {
    flag: "description",
    th: "คำอธิบายเว็บไซต์สำหรับเครื่องมือค้นหา (เว้นว่างเพื่อใช้ข้อความมาตรฐาน)",
    en: "the site's description for search engines (optional)",
    optional: true,
    check: (raw) => (required(raw) ? { ok: true, value: undefined } : bySchema(shape.description.unwrap(), raw.trim().normalize("NFC"))),
  },
];

/** Why a file cannot be the emblem, or undefined: the checks of emblem.ts, before it is copied. */
function emblemFileProblem(file: string): Bilingual | undefined {
  const ext = path.extname(file).toLowerCase();
  if (![".png", ".jpg", ".jpeg", ".svg"].includes(ext)) return { th: "ตราหน่วยงานต้องเป็นไฟล์ .png .jpg หรือ .svg", en: "the emblem is a .png, .jpg or .svg file" };
  let size: number;
  try {
    const stat = lstatSync(file);
    if (!stat.isFile()) return { th: `${file} ไม่ใช่ไฟล์`, en: `${JSON.stringify(file)} is not a file` };
    size = stat.size;
  } catch {
    return { th: `ไม่พบไฟล์ ${file}`, en: `file ${JSON.stringify(file)} not found` };
  }
  if (size > MAX_EMBLEM_BYTES) return { th: `ไฟล์ใหญ่เกิน ${MAX_EMBLEM_BYTES / 1024} KB ลดขนาดรูปก่อน (ตราแสดงในทุกหน้า)`, en: `the file is larger than ${MAX_EMBLEM_BYTES / 1024} KB: make the image smaller first (it is on every page)` };
  const bytes = readFileSync(file);
  if (ext === ".svg") {
    const why = unsafeSvg(bytes.toString("utf8"));
    return why ? { th: `ไฟล์ SVG นี้มีส่วนที่ทำงานเป็นโปรแกรมหรือดึงข้อมูลจากที่อื่นได้ (${why}) ให้ใช้ไฟล์ PNG แทน`, en: `this SVG holds something that can run or fetch (${why}): use a PNG instead` } : undefined;
  }
  const check = checkDocument(`emblem${ext}`, bytes);
  return check.ok ? undefined : check.why;
}

/** The emblem's name in data/: emblem.png, emblem.jpg or emblem.svg. */
export function emblemName(source: string): string {
  const ext = path.extname(source).toLowerCase();
  return `emblem${ext === ".jpeg" ? ".jpg" : ext}`;
}

export type Answers = Record<string, string | undefined>;

/** The agency's data/site.json, in the order the README documents its fields. */
export function siteJson(a: Answers): Site {
  const name = { th: a["name-th"]!, en: a["name-en"]! };
  const site: Site = {
    name,
    kind: a.kind!,
    address: a.address!,
    district: a.district!,
    province: a.province!,
    ...(a.postcode ? { postcode: a.postcode } : {}),
    phone: a.phone!,
    email: a.email!,
    baseUrl: a["base-url"]!,
    digits: a.digits as Site["digits"],
    ...(a.emblem ? { emblem: emblemName(a.emblem) } : {}),
    description: a.description ?? `ผลการประเมินคุณธรรมและความโปร่งใส (ITA) การวิเคราะห์ผล และมาตรการของ${name.th}`,
  };
  return siteSchema.parse(site); // the answers were checked one by one; this checks them together
}

/** What the example leaves in data/ and content/ that the new agency does not keep. */
export interface ExamplePlan {
  /** Project-relative paths to remove (folders of years, the example's emblem). */
  remove: string[];
  /** The fiscal years those folders hold, for the message. */
  years: number[];
}

/**
 * The example's year folders (data/<year>/, content/<year>/) and its emblem
 * image: what new-agency removes. Policy pages (content/pages/) stay, as
 * templates to edit. Every path is checked to lie inside data/ or content/.
 */
export function examplePlan(root: string, exampleEmblem: string | undefined): ExamplePlan {
  const remove: string[] = [];
  const years = new Set<number>();
  for (const top of ["data", "content"]) {
    const dir = path.join(root, top);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!YEAR_NAME.test(name)) continue;
      remove.push(`${top}/${name}`);
      years.add(Number(name));
    }
  }
  if (exampleEmblem && /^[A-Za-z0-9._-]+$/.test(exampleEmblem) && existsSync(path.join(root, "data", exampleEmblem))) remove.push(`data/${exampleEmblem}`);
  for (const rel of remove) {
    const inside = path.relative(root, path.resolve(root, rel)).split(path.sep);
    if (inside[0] === ".." || !["data", "content"].includes(inside[0]!) || inside.length < 2) throw new Error(`refusing to plan removal outside data/ and content/: ${rel}`);
  }
  return { remove, years: [...years].sort((a, b) => a - b) };
}
