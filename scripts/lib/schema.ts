/**
 * @fileoverview One zod schema per kind of input. The TypeScript types of the
 * data model are inferred from them, `load-data.ts` validates with them, and
 * the messages they carry are bilingual ("Thai\nEnglish", split by problems
 * formatting in `validate.ts`).
 */
import { z } from "zod";
import { hasAtMostTwoDecimals } from "./numbers.ts";
import { parseIsoDate } from "./thai.ts";
import { TOOLS } from "./ita.ts";
import { DEFAULT_LICENCE, LICENCES, type LicenceId } from "./licence.ts";

/** A bilingual message for a zod check: Thai, a newline, English. */
export const bi = (th: string, en: string): string => `${th}\n${en}`;

/** A non-empty, trimmed line of text. */
export const text = z.string().trim().min(1, bi("ต้องไม่เว้นว่าง", "must not be empty"));

/** A score 0–100 with at most two decimals. */
export const score = z
  .number()
  .min(0, bi("คะแนนต้องอยู่ระหว่าง 0 ถึง 100", "a score lies between 0 and 100"))
  .max(100, bi("คะแนนต้องอยู่ระหว่าง 0 ถึง 100", "a score lies between 0 and 100"))
  .refine(hasAtMostTwoDecimals, bi("ทศนิยมได้ไม่เกิน 2 ตำแหน่ง (เช่น 98.68)", "at most two decimals (e.g. 98.68)"));

/** A fiscal year in B.E. (2550–2700); a C.E. year (e.g. 2022) is named as such. */
/** A C.E. year typed where a B.E. year belongs gets the conversion in its message. */
const yearMessage = (input: unknown): string =>
  typeof input === "number" && input >= 1900 && input < 2200
    ? bi(`ดูเหมือนปี ค.ศ. ให้ใช้ปี พ.ศ. (${input} → ${input + 543})`, `looks like a C.E. year: use B.E. (${input} → ${input + 543})`)
    : bi("ต้องเป็นปี พ.ศ. ระหว่าง 2550 ถึง 2700", "must be a B.E. year between 2550 and 2700");

/** A fiscal year in B.E. (2550–2700); a C.E. year (e.g. 2022) is named as such. */
export const fiscalYear = z
  .number()
  .int(bi("ต้องเป็นปี พ.ศ. จำนวนเต็ม เช่น 2565", "must be a whole B.E. year such as 2565"))
  .min(2550, { error: (issue) => yearMessage(issue.input) })
  .max(2700, { error: (issue) => yearMessage(issue.input) });

/**
 * A calendar date written ISO style in C.E. (`2022-08-01`). Catches dates that
 * do not exist (31 Feb) and B.E. years typed where C.E. belongs (`2565-10-01`).
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, bi("วันที่ต้องอยู่ในรูป ปปปป-ดด-วว แบบ ค.ศ. เช่น 2022-08-01", "a date is written YYYY-MM-DD in C.E., e.g. 2022-08-01"))
  .superRefine((s, ctx) => {
    if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return; // the format message above says it
    const year = Number(s.slice(0, 4));
    if (year > 2400) {
      ctx.addIssue({
        code: "custom",
        message: bi(
          `ปี ${year} เป็นปี พ.ศ. ให้เขียนวันที่เป็น ค.ศ. (${year} → ${year - 543})`,
          `${year} is a B.E. year: write dates in C.E. (${year} → ${year - 543})`,
        ),
      });
    } else if (!parseIsoDate(s).isValid) {
      ctx.addIssue({ code: "custom", message: bi(`ไม่มีวันที่ ${s} ในปฏิทิน`, `${s} is not a real calendar date`) });
    }
  });

export const httpUrl = z
  .string()
  .url(bi("ต้องเป็น URL เต็ม เช่น https://www.example.go.th/", "must be a full URL such as https://www.example.go.th/"))
  .refine((u) => /^https?:\/\//.test(u), bi("URL ต้องขึ้นต้นด้วย http:// หรือ https://", "a URL starts with http:// or https://"));

/**
 * The site's public address: https (the Thai government website standard asks for it, and an
 * http canonical address invites a downgrade), no query or fragment (every URL of the site is
 * built by appending a path to it).
 */
export const baseUrl = z
  .string()
  .url(bi("ต้องเป็น URL เต็ม เช่น https://www.example.go.th/", "must be a full URL such as https://www.example.go.th/"))
  .superRefine((u, ctx) => {
    let url: URL;
    try {
      url = new URL(u);
    } catch {
      return; // the message above says it
    }
    if (url.protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: bi(`ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย https:// (เช่น https://${url.host || "www.example.go.th"}/)`, `the site's address must start with https:// (e.g. https://${url.host || "www.example.go.th"}/)`) });
    } else if (url.search || url.hash || u.includes("?") || u.includes("#")) {
      ctx.addIssue({ code: "custom", message: bi(`ที่อยู่เว็บไซต์ต้องไม่มี ? หรือ # ให้ใช้ ${url.origin}${url.pathname}`, `the site's address has no ? or # part: use ${url.origin}${url.pathname}`) });
    } else if (url.username || url.password) {
      ctx.addIssue({ code: "custom", message: bi("ที่อยู่เว็บไซต์ต้องไม่มีชื่อผู้ใช้หรือรหัสผ่าน", "the site's address holds no user name or password") });
    }
  });

// ---------------------------------------------------------------- data/site.json

export const siteSchema = z
  .object({
    name: z.object({ th: text, en: text }).strict(),
    kind: text,
    address: text,
    district: text,
    province: text,
    postcode: z.string().regex(/^\d{5}$/, bi("รหัสไปรษณีย์มี 5 หลัก", "a postcode has 5 digits")).optional(),
    phone: text,
    email: z.string().email(bi("อีเมลไม่ถูกต้อง", "not a valid e-mail address")),
    baseUrl,
    digits: z.enum(["thai", "arabic"], { message: bi('ต้องเป็น "thai" หรือ "arabic"', 'must be "thai" or "arabic"') }),
    description: text.optional(),
    /**
     * The licence of the open data: a known SPDX identifier, or the agency's own licence by
     * title and https URL. Absent: CC-BY-4.0 (scripts/lib/licence.ts).
     */
    licence: z
      .union(
        [
          z.enum(Object.keys(LICENCES) as [LicenceId, ...LicenceId[]]),
          z.object({ title: text, url: httpUrl.refine((u) => u.startsWith("https://"), bi("URL ของสัญญาอนุญาตต้องขึ้นต้นด้วย https://", "the licence's URL must start with https://")) }).strict(),
        ],
        {
          error: () =>
            bi(
              `สัญญาอนุญาตต้องเป็นหนึ่งใน ${Object.keys(LICENCES).join(", ")} หรือ { "title": "ชื่อ", "url": "https://…" } ถ้าไม่ระบุจะใช้ ${DEFAULT_LICENCE}`,
              `the licence is one of ${Object.keys(LICENCES).join(", ")} or { "title": "name", "url": "https://…" }; without it the data is ${DEFAULT_LICENCE}`,
            ),
        },
      )
      .optional(),
    /** The agency's emblem: an image file in data/ (SVG, PNG or JPEG). */
    emblem: z
      .string()
      .regex(/^[A-Za-z0-9._-]+\.(svg|png|jpe?g)$/, bi("ตราหน่วยงานต้องเป็นไฟล์ .svg .png หรือ .jpg ในโฟลเดอร์ data/ (ชื่อภาษาอังกฤษ)", "the emblem is an .svg, .png or .jpg file in data/ (ASCII name)"))
      .optional(),
  })
  .strict();
export type Site = z.infer<typeof siteSchema>;

// ---------------------------------------------------------------- data/<year>/ita.json

/** The ten indicators (numbered 1–10 in every edition 2563–2568), keyed by number. */
export const INDICATOR_NUMBERS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

const indicatorScores = z.record(z.string(), score).superRefine(
  (scores, ctx) => {
    // runs even when the record itself failed (to report every problem at once), so look before reading
    if (scores === null || typeof scores !== "object" || Array.isArray(scores)) return;
    for (const key of Object.keys(scores)) {
      if (!INDICATOR_NUMBERS.includes(key)) {
        ctx.addIssue({ code: "custom", path: [key], message: bi(`ไม่รู้จักตัวชี้วัด "${key}" ตัวชี้วัดมีหมายเลข 1–10`, `unknown indicator "${key}": indicators are numbered 1–10`) });
      }
    }
    for (const key of INDICATOR_NUMBERS) {
      if (!(key in scores)) {
        ctx.addIssue({ code: "custom", path: [key], message: bi(`ขาดคะแนนตัวชี้วัดที่ ${key} ต้องมีครบ 10 ตัว`, `indicator ${key} is missing: all ten scores are required`) });
      }
    }
  },
  { when: () => true },
);

const toolScores = z.object({ IIT: score.optional(), EIT: score.optional(), OIT: score.optional() }).strict();

export const itaSchema = z
  .object({
    fiscalYear,
    edition: fiscalYear.optional(),
    indicators: indicatorScores,
    reported: z.object({ total: score.optional(), rating: text.optional(), tools: toolScores.optional() }).strict().optional(),
    source: z.object({ title: text, date: isoDate, url: httpUrl.optional() }).strict().optional(),
  })
  .strict();
export type ItaFile = z.infer<typeof itaSchema>;

// ---------------------------------------------------------------- data/<year>/measures.json

export const MEASURE_STATUSES = ["planned", "in-progress", "done", "cancelled"] as const;

export const measureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, bi("รหัสใช้ได้เฉพาะ a-z 0-9 และ -", "an id uses only a-z, 0-9 and -")),
    title: text,
    steps: z.array(text).min(1, bi("ต้องมีอย่างน้อย 1 ขั้นตอน", "give at least one step")),
    responsible: z.array(text).min(1, bi("ต้องระบุผู้รับผิดชอบอย่างน้อย 1 หน่วยงาน", "name at least one responsible unit")),
    timeframe: text,
    monitoring: text,
    indicators: z.array(z.number().int().min(1).max(10)).optional(),
    status: z.enum(MEASURE_STATUSES, { message: bi(`สถานะต้องเป็น ${MEASURE_STATUSES.join(", ")}`, `status is one of ${MEASURE_STATUSES.join(", ")}`) }).optional(),
    progress: text.optional(),
  })
  .strict();

export const measuresSchema = z
  .object({
    fiscalYear,
    implementationYear: fiscalYear,
    adopted: isoDate.optional(),
    /** Who prepared and approved the analysis report (printed in its signature block). */
    signatures: z.array(z.object({ role: text, name: text, position: text }).strict()).optional(),
    measures: z.array(measureSchema),
  })
  .strict();
export type MeasuresFile = z.infer<typeof measuresSchema>;
export type Measure = z.infer<typeof measureSchema>;

// ---------------------------------------------------------------- content/<year>/analysis/indicator-<n>.md

export const commentarySchema = z
  .object({
    indicator: z.number().int().min(1, bi("ตัวชี้วัดมีหมายเลข 1–10", "indicators are numbered 1–10")).max(10, bi("ตัวชี้วัดมีหมายเลข 1–10", "indicators are numbered 1–10")),
    assessmentPoints: z.array(text).default([]),
    improvements: z.array(text).default([]),
  })
  .strict();
export type CommentaryFrontMatter = z.infer<typeof commentarySchema>;

// ---------------------------------------------------------------- scripts/lib/editions/<edition>.json

export const OIT_WINDOWS = ["now", "fiscalYear", "firstHalf", "previousYear"] as const;
export type OitWindow = (typeof OIT_WINDOWS)[number];

export const oitItemSchema = z
  .object({
    code: z.string().regex(/^o[1-9][0-9]*$/, bi('รหัสข้อต้องเป็น o ตามด้วยตัวเลข เช่น "o1"', 'an item code is "o" and a number, e.g. "o1"')),
    title: text,
    indicator: z.union([z.literal(9), z.literal(10)]),
    subIndicator: text,
    group: text,
    window: z.enum(OIT_WINDOWS),
    requirement: text,
    evidenceOf: z.enum(["analysis", "measuresProgress"]).optional(),
  })
  .strict();
export type OitItem = z.infer<typeof oitItemSchema>;

export const editionSchema = z
  .object({
    edition: fiscalYear,
    complete: z.boolean(),
    note: text,
    weights: z.object({ IIT: z.number().positive(), EIT: z.number().positive(), OIT: z.number().positive() }).strict(),
    rating: z
      .object({
        levels: z
          .array(z.object({ label: text, min: score, toolMin: score.optional() }).strict())
          .min(1)
          .refine((ls) => ls[ls.length - 1]?.min === 0, bi("ระดับสุดท้ายต้องมี min เป็น 0", "the last level must have min 0")),
      })
      .strict(),
    indicators: z
      .array(z.object({ no: z.number().int().min(1).max(10), name: text, tool: z.enum(TOOLS) }).strict())
      .length(10, bi("ต้องมีตัวชี้วัดครบ 10 ตัว", "must list all 10 indicators"))
      .refine((is) => new Set(is.map((i) => i.no)).size === 10, bi("หมายเลขตัวชี้วัดต้องไม่ซ้ำกัน", "indicator numbers must be unique")),
    oit: z
      .object({
        subIndicators: z.array(z.object({ code: text, indicator: z.union([z.literal(9), z.literal(10)]), title: text }).strict()),
        items: z.array(oitItemSchema),
      })
      .strict(),
  })
  .strict()
  .refine(
    (e) => Math.abs(e.weights.IIT + e.weights.EIT + e.weights.OIT - 100) < 1e-9,
    bi("น้ำหนักของ IIT EIT OIT ต้องรวมกันได้ 100", "the IIT, EIT and OIT weights must add up to 100"),
  );
export type Edition = z.infer<typeof editionSchema>;

// ---------------------------------------------------------------- data/<year>/oit.json (the agency's corrections)

const subIndicatorSchema = z.object({ code: text, indicator: z.union([z.literal(9), z.literal(10)]), title: text }).strict();

export const oitOverrideSchema = z
  .object({
    fiscalYear,
    /** The edition whose item list applies, when it is not the fiscal year itself. */
    edition: fiscalYear.optional(),
    /** Items to add (all fields) or to correct (code plus the fields that change). */
    items: z.array(oitItemSchema.partial().required({ code: true })).default([]),
    /** Codes of the edition that do not apply to this agency or year. */
    remove: z.array(z.string().regex(/^o[1-9][0-9]*$/)).default([]),
    subIndicators: z.array(subIndicatorSchema).default([]),
  })
  .strict();
export type OitOverride = z.infer<typeof oitOverrideSchema>;

// ---------------------------------------------------------------- content/<year>/oit/<code>.md

/**
 * A document kept in the year's documents/ folder, written from the year's folder
 * (documents/o1-chart.pdf): ASCII, no `..`. It is published at /<year>/documents/…,
 * where no page of the site's own can be.
 */
const docPath = z
  .string()
  .regex(
    /^documents\/(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._\-/]+$/,
    bi(
      "เอกสารต้องอยู่ในโฟลเดอร์ documents/ ของปีนั้น เขียนเป็น documents/<ชื่อไฟล์> ใช้ได้เฉพาะ a-z A-Z 0-9 . _ - / และห้ามมี ..",
      "a document is kept in the year's documents/ folder: write documents/<file name>, using only a-z A-Z 0-9 . _ - / and no ..",
    ),
  );

/** A page this site generates, written root-relative (e.g. /2565/analysis/). */
const sitePage = z
  .string()
  .regex(/^\/[a-z0-9\-/.]*$/, bi("หน้าในเว็บไซต์ต้องขึ้นต้นด้วย / เช่น /2565/analysis/", "a site page starts with /, e.g. /2565/analysis/"));

export const documentSchema = z
  .object({
    title: text,
    date: isoDate,
    file: docPath.optional(),
    url: httpUrl.optional(),
    page: sitePage.optional(),
  })
  .strict()
  .refine(
    (d) => [d.file, d.url, d.page].filter((x) => x !== undefined).length === 1,
    bi("เอกสารแต่ละรายการต้องมี file หรือ url หรือ page อย่างใดอย่างหนึ่ง", "each document has exactly one of file, url or page"),
  );
export type DocumentRef = z.infer<typeof documentSchema>;

export const oitItemFrontMatterSchema = z
  .object({
    code: z.string().regex(/^o[1-9][0-9]*$/, bi('รหัสข้อต้องเป็น o ตามด้วยตัวเลข เช่น "o1"', 'an item code is "o" and a number, e.g. "o1"')),
    fiscalYear: fiscalYear.optional(),
    updated: isoDate.optional(),
    /** Marks example content that is not the agency's real evidence. */
    sample: z.boolean().optional(),
    documents: z.array(documentSchema).default([]),
  })
  .strict();
export type OitItemFrontMatter = z.infer<typeof oitItemFrontMatterSchema>;

// ---------------------------------------------------------------- content/<year>/oit/<code>/<slug>.md

/** One entry of an item that publishes many (e.g. each procurement notice). */
export const oitEntrySchema = z
  .object({
    title: text,
    date: isoDate,
    documents: z.array(documentSchema).default([]),
    /** Marks example content that is not the agency's real evidence (an entry of a sample item is sample too). */
    sample: z.boolean().optional(),
  })
  .strict();
export type OitEntry = z.infer<typeof oitEntrySchema>;

// ---------------------------------------------------------------- content/pages/<slug>.md

/** The front matter of one of the agency's own pages (privacy policy …): nothing that changes how it is built. */
export const policyPageSchema = z
  .object({
    title: text,
    description: text.optional(),
    /** When the page's content last changed (ISO date). */
    updated: isoDate.optional(),
  })
  .strict();
export type PolicyPageFrontMatter = z.infer<typeof policyPageSchema>;
