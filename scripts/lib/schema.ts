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
import { dateFix } from "./slips.ts";

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
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    // a date written the Thai way (๑ ส.ค. ๒๕๖๕, 1/8/2565) gets the exact text to type
    error: (issue) => {
      const fix = typeof issue.input === "string" ? dateFix(issue.input) : undefined;
      return fix ? bi(fix.th, fix.en) : bi("วันที่ต้องอยู่ในรูป ปปปป-ดด-วว แบบ ค.ศ. เช่น 2022-08-01", "a date is written YYYY-MM-DD in C.E., e.g. 2022-08-01");
    },
  })
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

/**
 * A server's address for the editor: https, a plain host name (its origin goes
 * into /admin/'s Content-Security-Policy, so "https://*" would open it to every
 * site), no user, query or fragment (a path is kept: GitLab may live under one).
 */
const httpsAddress = z
  .string()
  .url(bi("ต้องเป็นที่อยู่เว็บเต็ม เช่น https://gitea.example.go.th", "must be a full address such as https://gitea.example.go.th"))
  .refine((u) => u.startsWith("https://"), bi("ที่อยู่ต้องขึ้นต้นด้วย https://", "the address starts with https://"))
  .refine(
    (u) => {
      const url = new URL(u);
      return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(url.hostname) && !url.username && !url.password && !url.search && !url.hash && !u.includes("#") && !u.includes("?");
    },
    bi("ใส่เฉพาะ https:// ชื่อเครื่อง และทาง (ถ้ามี) เช่น https://git.example.go.th ไม่มี * ? # หรือชื่อผู้ใช้", "only https://, the server's name and a path if any, e.g. https://git.example.go.th: no *, ?, # or user name"),
  );

/** The git hosts the web editor (/admin/) saves to. */
export const EDITOR_BACKENDS = ["github", "gitlab", "gitea"] as const;

/**
 * Where the web editor at /admin/ saves: the agency's repository on GitHub,
 * GitLab or Gitea/Forgejo (docs/editor.md says how to set each up). Without
 * it the site has no /admin/; `npm run edit` works either way.
 */
export const editorSettingsSchema = z
  .object({
    backend: z.enum(EDITOR_BACKENDS, { message: bi('ต้องเป็น "github" "gitlab" หรือ "gitea" (ใช้กับ Forgejo ด้วย)', 'must be "github", "gitlab" or "gitea" (Forgejo too)') }),
    repo: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/, bi("ชื่อคลังเขียนเป็น เจ้าของ/ชื่อคลัง เช่น tharae/ita-website", "a repository is written owner/name, e.g. tharae/ita-website"))
      .refine((r) => r.split("/").every((part) => !/^\.+$/.test(part)), bi("ชื่อคลังต้องไม่มีส่วนที่เป็นจุดล้วน เช่น .. เขียนเป็น เจ้าของ/ชื่อคลัง", "no part of a repository name is only dots (..): write owner/name")),
    branch: text.optional(),
    /** GitLab on the agency's own server, or the Gitea/Forgejo server: its address. */
    host: httpsAddress.optional(),
    /** GitLab and Gitea: the OAuth application's ID (the editor signs in with PKCE, no secret). */
    appId: text.optional(),
    /** GitHub: the OAuth provider that holds the OAuth app's secret (Netlify's, or the agency's own). */
    authUrl: httpsAddress.optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.backend !== "github" && !e.appId) {
      ctx.addIssue({ code: "custom", path: ["appId"], message: bi(`ขาด appId ของแอป OAuth ที่สร้างใน ${e.backend === "gitlab" ? "GitLab" : "Gitea"} (ดูคู่มือบทตัวแก้ไขเว็บไซต์)`, `appId is missing: the ID of the OAuth application made on ${e.backend === "gitlab" ? "GitLab" : "Gitea"} (see the guide's editor chapter)`) });
    }
    if (e.backend === "gitea" && !e.host) {
      ctx.addIssue({ code: "custom", path: ["host"], message: bi("ขาด host ที่อยู่ของเครื่อง Gitea หรือ Forgejo เช่น https://git.example.go.th", "host is missing: the Gitea or Forgejo server's address, e.g. https://git.example.go.th") });
    }
    if (e.backend === "github" && e.host) {
      ctx.addIssue({ code: "custom", path: ["host"], message: bi("GitHub ไม่ใช้ host ให้ลบช่องนี้ (ใช้ authUrl สำหรับที่ลงชื่อเข้าใช้)", "GitHub takes no host: remove it (authUrl names the sign-in provider)") });
    }
    if (e.backend !== "github" && e.authUrl) {
      ctx.addIssue({ code: "custom", path: ["authUrl"], message: bi("authUrl ใช้กับ GitHub เท่านั้น GitLab และ Gitea ใช้ appId", "authUrl is for GitHub only: GitLab and Gitea use appId") });
    }
  });

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
          z
            .object({
              title: text,
              // written as the URL standard serialises it: quotes, < > and spaces percent-encoded, since the
              // URL goes into the _headers Link line, HTML attributes, JSON-LD and CSVW as it is
              url: httpUrl
                .refine((u) => u.startsWith("https://"), bi("URL ของสัญญาอนุญาตต้องขึ้นต้นด้วย https://", "the licence's URL must start with https://"))
                .transform((u) => new URL(u).href),
            })
            .strict(),
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
    /**
     * The bundled example says true: the build then warns that the site is still the example
     * (Tha Rae), until `npm run new-agency` writes the agency's own site.json without it.
     */
    example: z.boolean().optional(),
    /** The agency's emblem: an image file in data/ (SVG, PNG or JPEG). */
    emblem: z
      .string()
      .regex(/^[A-Za-z0-9._-]+\.(svg|png|jpe?g)$/, bi("ตราหน่วยงานต้องเป็นไฟล์ .svg .png หรือ .jpg ในโฟลเดอร์ data/ (ชื่อภาษาอังกฤษ)", "the emblem is an .svg, .png or .jpg file in data/ (ASCII name)"))
      .optional(),
    /** The web editor's git host (/admin/ is built only when this is given). */
    editor: editorSettingsSchema.optional(),
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

// ---------------------------------------------------------------- ITA editions
// scripts/lib/editions/<edition>.json (shipped) and data/editions/<edition>.json (the agency's)

/** How sure a fact of an edition is, as marked in the research: ✅ verified, 🟡 corroborated, ❓ unverified. */
export const CONFIDENCES = ["verified", "corroborated", "unverified"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

const confidence = z.enum(CONFIDENCES, {
  message: bi(
    'ความน่าเชื่อถือต้องเป็น "verified" (ยืนยันจากเอกสารที่อ้าง) "corroborated" (ยืนยันจากสำเนาของหน่วยงานอื่น) หรือ "unverified" (ยังไม่ได้ยืนยัน)',
    'confidence is "verified" (read in the cited text), "corroborated" (seen in other agencies\' copies) or "unverified"',
  ),
});

/** Where a fact comes from and how sure it is; both optional where a part inherits them from its edition. */
const provenance = { confidence: confidence.optional(), source: text.optional() };

export const OIT_WINDOWS = ["now", "fiscalYear", "firstHalf", "previousYear"] as const;
export type OitWindow = (typeof OIT_WINDOWS)[number];

const oitWindow = z.enum(OIT_WINDOWS, {
  message: bi(
    'ช่วงเวลาของหลักฐานต้องเป็น "now" (ข้อมูลปัจจุบัน) "fiscalYear" (ปีงบประมาณที่ประเมิน) "firstHalf" (ต.ค.–มี.ค.) หรือ "previousYear" (ผลของปีก่อน) ถ้ายังไม่ทราบให้ละช่องนี้ไว้',
    'a window is "now", "fiscalYear", "firstHalf" or "previousYear"; leave the field out when it is not known',
  ),
});

/**
 * What an item is for, beyond its title: "analysis" takes the analysis of the
 * previous ITA result and the measures drawn from it (o42 in 2564–2566, O25 in
 * 2569); "measuresProgress" takes the report on carrying the measures out (o43
 * in 2564–2566, O26 in 2569). The item page links the site's own pages by role.
 */
export const ITEM_ROLES = ["analysis", "measuresProgress"] as const;
export type ItemRole = (typeof ITEM_ROLES)[number];

const itemRole = z.enum(ITEM_ROLES, {
  message: bi(
    'บทบาทของข้อ (role) ต้องเป็น "analysis" (ข้อที่ใช้ผลการวิเคราะห์ ITA ปีก่อนและมาตรการ) หรือ "measuresProgress" (ข้อรายงานผลการดำเนินการตามมาตรการ) ถ้าไม่มีให้ละช่องนี้ไว้',
    'role is "analysis" (the item for the analysis of the previous ITA and its measures) or "measuresProgress" (the report on carrying them out); leave it out otherwise',
  ),
});

/** An OIT item code: lower case in files and URLs ("o1"), shown upper case (O1). */
export const itemCode = z
  .string()
  .regex(/^o[1-9][0-9]*$/, bi('รหัสข้อต้องเป็น o ตัวเล็กตามด้วยตัวเลข เช่น "o1" (เว็บไซต์แสดงเป็น O1)', 'an item code is a lower-case "o" and a number, e.g. "o1" (shown as O1)'));

const indicatorNine = z.union([z.literal(9), z.literal(10)], { message: bi("ตัวชี้วัดของข้อ OIT ต้องเป็น 9 หรือ 10", "an OIT item belongs to indicator 9 or 10") });

/** An OIT item as written in an edition, before the rules that tie its fields together. */
const oitItemFields = z
  .object({
    code: itemCode,
    /** The item's title; left out only when it is not known (`titleKnown: false`). */
    title: text.optional(),
    /** false: the title is not known yet. Staff see "to confirm"; citizens see only the code. */
    titleKnown: z.literal(false, { message: bi("titleKnown ใช้ได้เฉพาะค่า false (ยังไม่ทราบชื่อข้อ) ถ้าทราบแล้วให้ลบช่องนี้", "titleKnown can only be false (title not known yet); remove it once the title is known") }).optional(),
    /** A guess at an unknown title, from the evidence; shown to staff only, marked as a guess. */
    titleGuess: text.optional(),
    indicator: indicatorNine,
    subIndicator: text,
    group: text.optional(),
    /** Left out when the evidence window is not known: then any dated evidence counts. */
    window: oitWindow.optional(),
    requirement: text.optional(),
    role: itemRole.optional(),
    ...provenance,
  })
  .strict();

type ItemFields = z.infer<typeof oitItemFields>;

/** An item has a title, or says it has none yet (titleKnown: false); never both. Group and requirement are shown when given. */
function checkItemFields(item: Partial<ItemFields>, ctx: z.RefinementCtx, patch: boolean): void {
  if (item === null || typeof item !== "object") return;
  if (item.titleKnown === false) {
    if (item.title !== undefined) {
      ctx.addIssue({ code: "custom", path: ["titleKnown"], message: bi("มีทั้ง title และ titleKnown: false ถ้าทราบชื่อข้อแล้วให้ลบ titleKnown", "both title and titleKnown: false: remove titleKnown once the title is known") });
    }
    return;
  }
  if (item.titleGuess !== undefined && !patch) {
    ctx.addIssue({ code: "custom", path: ["titleGuess"], message: bi("titleGuess ใช้กับข้อที่ยังไม่ทราบชื่อ (titleKnown: false) เท่านั้น", "titleGuess is only for an item whose title is not known (titleKnown: false)") });
  }
  if (!patch && item.title === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["title"],
      message: bi('ขาด title ถ้ายังไม่ทราบชื่อข้อให้ใส่ "titleKnown": false แทน', 'title is missing; for an item whose title is not known, write "titleKnown": false instead'),
    });
  }
}

export const oitItemSchema = oitItemFields.superRefine((item, ctx) => checkItemFields(item, ctx, false));
export type OitItem = z.infer<typeof oitItemSchema>;

/** A correction of an item: its code and the fields that change. */
export const oitItemPatchSchema = oitItemFields.partial().required({ code: true }).superRefine((item, ctx) => checkItemFields(item, ctx, true));
export type OitItemPatch = z.infer<typeof oitItemPatchSchema>;

/** Each code once in a list of items, and each role on at most one item. */
function checkItemList(items: readonly Partial<ItemFields>[], ctx: z.RefinementCtx): void {
  if (!Array.isArray(items)) return;
  const codes = new Map<string, number>();
  const roles = new Map<string, string>();
  items.forEach((item, i) => {
    if (item === null || typeof item !== "object") return;
    if (typeof item.code === "string") {
      if (codes.has(item.code)) {
        ctx.addIssue({ code: "custom", path: [i, "code"], message: bi(`รหัสข้อ ${item.code} ซ้ำกับรายการที่ ${codes.get(item.code)! + 1} แต่ละรหัสมีได้ครั้งเดียว รวมเป็นรายการเดียวหรือแก้รหัส`, `item code ${item.code} repeats entry ${codes.get(item.code)! + 1}: each code appears once; merge them or fix the code`) });
      } else codes.set(item.code, i);
    }
    if (typeof item.role === "string" && (ITEM_ROLES as readonly string[]).includes(item.role)) {
      if (roles.has(item.role)) {
        ctx.addIssue({ code: "custom", path: [i, "role"], message: bi(`บทบาท ${item.role} มีอยู่แล้วที่ข้อ ${roles.get(item.role)} แต่ละบทบาทมีได้ข้อเดียว`, `role ${item.role} is already on ${roles.get(item.role)}: one item per role`) });
      } else roles.set(item.role, String(item.code));
    }
  });
}

const subIndicatorSchema = z.object({ code: text, indicator: indicatorNine, title: text, ...provenance }).strict();

/** Tool weights in percent; they add up to 100. */
const weightsSchema = z
  .object({ IIT: z.number().positive(), EIT: z.number().positive(), OIT: z.number().positive(), ...provenance })
  .strict()
  .refine(
    (w) => Math.abs(w.IIT + w.EIT + w.OIT - 100) < 1e-9,
    bi("น้ำหนักของ IIT EIT OIT ต้องรวมกันได้ 100 แก้ให้ผลรวมเป็น 100 เช่น 30 30 40", "the IIT, EIT and OIT weights must add up to 100: fix them, e.g. 30, 30, 40"),
  );

/** A rating level: the first, in order, whose `min` the rounded total reaches (and `toolMin` every tool) applies. */
const ratingLevelSchema = z.object({ label: text, min: score, toolMin: score.optional(), ...provenance }).strict();

/**
 * Levels run from the highest to the lowest: `min` never rises, a level with the
 * same `min` as the one before it must ask more of each tool (or it could never
 * apply), labels differ, and the last level starts at 0 so every total has one.
 */
function checkLevels(levels: readonly z.infer<typeof ratingLevelSchema>[], ctx: z.RefinementCtx): void {
  if (!Array.isArray(levels) || levels.length === 0) return;
  const labels = new Set<string>();
  levels.forEach((level, i) => {
    if (labels.has(level.label)) ctx.addIssue({ code: "custom", path: [i, "label"], message: bi(`ระดับ "${level.label}" ซ้ำ ชื่อระดับต้องไม่ซ้ำกัน`, `level "${level.label}" appears twice: labels must differ`) });
    labels.add(level.label);
    const prev = levels[i - 1];
    if (!prev) return;
    const unreachable = level.min > prev.min || (level.min === prev.min && (prev.toolMin === undefined || (level.toolMin ?? 0) >= prev.toolMin));
    if (unreachable) {
      ctx.addIssue({
        code: "custom",
        path: [i, "min"],
        message: bi(
          `ระดับต้องเรียงจากสูงไปต่ำ: "${level.label}" (min ${level.min}${level.toolMin !== undefined ? `, toolMin ${level.toolMin}` : ""}) อยู่หลัง "${prev.label}" (min ${prev.min}${prev.toolMin !== undefined ? `, toolMin ${prev.toolMin}` : ""}) จึงไม่มีวันได้ระดับนี้ ย้ายขึ้นไปก่อน`,
          `levels go from the highest to the lowest: "${level.label}" (min ${level.min}${level.toolMin !== undefined ? `, toolMin ${level.toolMin}` : ""}) comes after "${prev.label}" (min ${prev.min}${prev.toolMin !== undefined ? `, toolMin ${prev.toolMin}` : ""}) and could never apply; move it up`,
        ),
      });
    }
  });
  if (levels[levels.length - 1]!.min !== 0) {
    ctx.addIssue({ code: "custom", path: [levels.length - 1, "min"], message: bi("ระดับสุดท้ายต้องมี min เป็น 0 เพื่อให้ทุกคะแนนมีระดับ", "the last level must have min 0, so every total has a level") });
  }
}

const ratingSchema = z
  .object({
    levels: z.array(ratingLevelSchema).min(1, bi("ต้องมีอย่างน้อย 1 ระดับ", "give at least one level")).superRefine(checkLevels),
    ...provenance,
  })
  .strict();

const indicatorsSchema = z
  .array(z.object({ no: z.number().int().min(1).max(10), name: text, tool: z.enum(TOOLS) }).strict())
  .length(10, bi("ต้องมีตัวชี้วัดครบ 10 ตัว", "must list all 10 indicators"))
  .refine((is) => new Set(is.map((i) => i.no)).size === 10, bi("หมายเลขตัวชี้วัดต้องไม่ซ้ำกัน", "indicator numbers must be unique"));

/** The fields an edition says about itself. */
const editionHead = {
  edition: fiscalYear,
  /** false: the item list is known to be incomplete. */
  complete: z.boolean(),
  /**
   * true: a working draft, not (yet) the NACC's rules for that year, e.g. an
   * edition an agency started from the year before. Check and build tell staff.
   */
  provisional: z.boolean().optional(),
  /** The edition this one was started from (npm run new-year -- <year> --from=<edition>). */
  basedOn: fiscalYear.optional(),
  confidence,
  source: text,
  note: text,
};

/** A whole edition: a shipped catalogue, or an agency's edition for a year the product does not ship. */
export const editionSchema = z
  .object({
    ...editionHead,
    weights: weightsSchema,
    rating: ratingSchema,
    indicators: indicatorsSchema,
    oit: z
      .object({
        subIndicators: z.array(subIndicatorSchema),
        items: z.array(oitItemSchema).superRefine(checkItemList),
      })
      .strict(),
  })
  .strict();
export type Edition = z.infer<typeof editionSchema>;

/**
 * An agency's corrections of a shipped edition (data/editions/<edition>.json
 * for a year the product ships): each part given replaces the shipped one,
 * except items and sub-indicators, which are corrected by code; `oit.remove`
 * drops items.
 */
export const editionOverrideSchema = z
  .object({
    edition: fiscalYear,
    complete: editionHead.complete.optional(),
    provisional: editionHead.provisional,
    basedOn: editionHead.basedOn,
    confidence: confidence.optional(),
    source: text.optional(),
    note: text.optional(),
    weights: weightsSchema.optional(),
    rating: ratingSchema.optional(),
    indicators: indicatorsSchema.optional(),
    oit: z
      .object({
        subIndicators: z.array(subIndicatorSchema).optional(),
        items: z.array(oitItemPatchSchema).superRefine(checkItemList).optional(),
        remove: z.array(itemCode).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type EditionOverride = z.infer<typeof editionOverrideSchema>;

// ---------------------------------------------------------------- data/<year>/oit.json (the agency's corrections)

export const oitOverrideSchema = z
  .object({
    fiscalYear,
    /** The edition whose item list applies, when it is not the fiscal year itself. */
    edition: fiscalYear.optional(),
    /** Items to add (all fields) or to correct (code plus the fields that change). */
    items: z.array(oitItemPatchSchema).superRefine(checkItemList).default([]),
    /** Codes of the edition that do not apply to this agency or year. */
    remove: z.array(itemCode).default([]),
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
    code: itemCode,
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
