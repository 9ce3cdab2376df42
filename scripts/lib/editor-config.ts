/**
 * @fileoverview The web editor's configuration (Decap CMS, served at /admin/),
 * generated from the data contract so that it cannot drift from it: one form
 * per kind of staff file, at the path staff-files.ts names, with the rules of
 * schema.ts carried by the form's fields (scores 0–100 with two decimals,
 * required fields, ISO dates that are not in the future, the item codes of the
 * year's edition, the document types documents.ts publishes). What a form
 * cannot check (one of file, url or page per document; a cited file that is
 * there) the build still refuses, with the same messages as ever.
 *
 * Pure: the years, editions and items come in as an EditorInput
 * (editor-input.ts reads them from the agency's folders).
 */
import { type Site, MEASURE_STATUSES, OIT_WINDOWS, ITEM_ROLES, CONFIDENCES } from "./schema.ts";
import { TOOLS } from "./ita.ts";
import { DOCUMENT_TYPES } from "./documents.ts";
import { escapeXml } from "./escape.ts";

/** Where the editor saves: the agency's git host, from `editor` in data/site.json. */
export type EditorSettings = NonNullable<Site["editor"]>;

/** What the editor needs to know of one fiscal year. */
export interface EditorYear {
  fiscalYear: number;
  /** data/<year>/ita.json exists: the year's results are in. */
  hasResults: boolean;
  /** The year keeps an OIT section (content/<year>/oit/ or data/<year>/oit.json). */
  hasOit: boolean;
  /** The edition whose rules and items apply. */
  edition: number;
  /** The ten indicators of the year's edition. */
  indicators: { no: number; name: string }[];
  /** The year's OIT items (the edition's, with the agency's corrections), in code order. */
  items: { code: string; title?: string }[];
  /** Items that publish many entries (procurement notices …): each gets its own list of entries. */
  entryItems: string[];
}

export interface EditorInput {
  /** The agency's name, for the editor's title. */
  agency: string;
  baseUrl: string;
  settings?: EditorSettings;
  years: EditorYear[];
  /** Editions the agency keeps in data/editions/ (their years). */
  agencyEditions: number[];
}

interface EditorOptions {
  /** The local backend's API (decap-server), e.g. http://127.0.0.1:8081/api/v1: `npm run edit`. */
  localBackend?: string;
}

/** The widget registered by the editor's script (layouts/admin/editor.js) for ISO dates shown in B.E., never in the future. */
const DATE_WIDGET = "isodate";

/** A score as the form accepts it: 0–100, at most two decimals (schema.ts `score`). */
export const SCORE_PATTERN = "^(100(\\.0{1,2})?|[0-9]{1,2}(\\.[0-9]{1,2})?)$";
/**
 * The name of a document uploaded to the year's folder: ASCII, of a published type
 * (staff-files.ts, documents.ts). The file field checks the name alone; the
 * form stores it as documents/<name> (the collection's public folder).
 */
export const DOCUMENT_PATTERN = `^[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(${Object.keys(DOCUMENT_TYPES)
  // any letter case, as the build takes it (documents.ts reads the extension lower-cased): Plan.Pdf, scan.JPG
  .map((e) => [...e.slice(1)].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join(""))
  .join("|")})$`;

/** JSON as the contract's examples write it (the format layouts/admin/editor.js registers). */
const JSON_FORMAT = "prongsai-json";

type Field = Record<string, unknown>;
type Collection = Record<string, unknown>;

const optional = (f: Field): Field => ({ ...f, required: false });
const str = (name: string, label: string, extra: Field = {}): Field => ({ name, label, widget: "string", ...extra });
const textArea = (name: string, label: string, extra: Field = {}): Field => ({ name, label, widget: "text", ...extra });
const date = (name: string, label: string, extra: Field = {}): Field => ({
  name,
  label,
  widget: DATE_WIDGET,
  hint: "วันที่แบบ ค.ศ. (ปปปป-ดด-วว) ระบบแสดงวันที่แบบ พ.ศ. ให้ดูประกอบ และไม่รับวันที่ในอนาคต",
  ...extra,
});
const hidden = (name: string, value: unknown): Field => ({ name, label: name, widget: "hidden", default: value });
const stringList = (name: string, label: string, extra: Field = {}): Field => ({ name, label, widget: "list", field: { name: "item", label, widget: "string" }, ...extra });
const body = (label = "เนื้อความ"): Field => ({
  name: "body",
  label,
  widget: "markdown",
  required: false,
  // no images or HTML blocks: a picture is a document of the year's folder, cited in the list of documents
  buttons: ["bold", "italic", "link", "heading-two", "heading-three", "bulleted-list", "numbered-list", "quote"],
  editor_components: [],
  modes: ["rich_text", "raw"],
});
const score = (name: string, label: string, extra: Field = {}): Field => ({
  name,
  label,
  widget: "number",
  value_type: "float",
  min: 0,
  max: 100,
  step: 0.01,
  pattern: [SCORE_PATTERN, "คะแนน 0 ถึง 100 ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น 98.68"],
  ...extra,
});
const select = (name: string, label: string, options: readonly (string | { label: string; value: string | number })[], extra: Field = {}): Field => ({
  name,
  label,
  widget: "select",
  options,
  ...extra,
});

/** The list of documents of an item or an entry: title, date, and one of file, url or page. */
function documentsField(year: number): Field {
  return {
    name: "documents",
    label: "เอกสารหลักฐาน",
    label_singular: "เอกสาร",
    widget: "list",
    required: false,
    summary: "{{fields.title}} ({{fields.date}})",
    hint: "แต่ละรายการมีไฟล์ หรือที่อยู่เว็บ หรือหน้าในเว็บไซต์นี้ อย่างใดอย่างหนึ่ง",
    fields: [
      str("title", "ชื่อเอกสาร"),
      date("date", "วันที่ของเอกสาร"),
      optional({
        name: "file",
        label: "ไฟล์ (เก็บใน content/" + year + "/documents/)",
        widget: "file",
        hint: `ชนิดที่ใช้ได้: ${Object.keys(DOCUMENT_TYPES).join(" ")} ชื่อไฟล์ภาษาอังกฤษ ตัวเลข . _ - เท่านั้น`,
        pattern: [DOCUMENT_PATTERN, "ชื่อไฟล์ใช้ได้เฉพาะภาษาอังกฤษ ตัวเลข . _ - (ไม่มีภาษาไทยหรือช่องว่าง) และต้องเป็นชนิดที่เผยแพร่ได้ เช่น .pdf .docx .xlsx .jpg .png เปลี่ยนชื่อไฟล์แล้วอัปโหลดใหม่"],
      }),
      optional(str("url", "ที่อยู่เว็บภายนอก", { pattern: ["^https?://\\S+$", "ที่อยู่เว็บต้องขึ้นต้นด้วย http:// หรือ https://"] })),
      optional(str("page", "หน้าในเว็บไซต์นี้ เช่น /2565/analysis/", { pattern: ["^/[a-z0-9\\-/.]*$", "หน้าในเว็บไซต์ต้องขึ้นต้นด้วย / เช่น /2565/analysis/"] })),
    ],
  };
}

const siteCollection = (): Collection => ({
  name: "site",
  label: "หน่วยงาน",
  description: "ชื่อ ที่อยู่ และการแสดงผลของเว็บไซต์ (data/site.json)",
  extension: "json",
  format: JSON_FORMAT,
  editor: { preview: false },
  files: [
    {
      name: "site",
      label: "ข้อมูลหน่วยงาน",
      file: "data/site.json",
      fields: [
        { name: "name", label: "ชื่อหน่วยงาน", widget: "object", fields: [str("th", "ชื่อภาษาไทย"), str("en", "ชื่อภาษาอังกฤษ")] },
        str("kind", "ประเภทหน่วยงาน", { hint: "เช่น เทศบาลตำบล องค์การบริหารส่วนตำบล" }),
        str("address", "ที่อยู่"),
        str("district", "อำเภอ (ไม่ต้องพิมพ์คำว่า อำเภอ)"),
        str("province", "จังหวัด (ไม่ต้องพิมพ์คำว่า จังหวัด)"),
        optional(str("postcode", "รหัสไปรษณีย์", { pattern: ["^[0-9]{5}$", "รหัสไปรษณีย์มี 5 หลัก"] })),
        str("phone", "โทรศัพท์"),
        str("email", "อีเมล", { pattern: ["^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "อีเมลไม่ถูกต้อง"] }),
        str("baseUrl", "ที่อยู่เว็บไซต์", { hint: "ขึ้นต้นด้วย https:// และลงท้ายด้วย /", pattern: ["^https://[^?#\\s]+/$", "ที่อยู่เว็บไซต์ขึ้นต้นด้วย https:// ลงท้ายด้วย / และไม่มี ? หรือ #"] }),
        select("digits", "ตัวเลขบนเว็บไซต์", [
          { label: "เลขไทย (๙๔.๒๓)", value: "thai" },
          { label: "เลขอารบิก (94.23)", value: "arabic" },
        ]),
        optional(str("emblem", "ไฟล์ตราหน่วยงานใน data/", { pattern: ["^[A-Za-z0-9._-]+\\.(svg|png|jpe?g)$", "ตราหน่วยงานเป็นไฟล์ .svg .png หรือ .jpg ชื่อภาษาอังกฤษ"] })),
        optional(textArea("description", "คำอธิบายเว็บไซต์สำหรับเครื่องมือค้นหา")),
      ],
    },
  ],
});

function itaCollection(years: readonly EditorYear[]): Collection {
  return {
    name: "ita",
    label: "คะแนน ITA",
    label_singular: "คะแนน ITA",
    description: "คะแนนรายตัวชี้วัดและตัวเลขที่ระบบ ITAS รายงาน (data/<ปี>/ita.json) เว็บไซต์คำนวณผลรวมและระดับเอง",
    extension: "json",
    format: JSON_FORMAT,
    editor: { preview: false },
    files: [...years].reverse().map((y) => ({
      name: `ita-${y.fiscalYear}`,
      label: `คะแนน ITA ปี ${y.fiscalYear}`,
      file: `data/${y.fiscalYear}/ita.json`,
      fields: [
        hidden("fiscalYear", y.fiscalYear),
        {
          name: "indicators",
          label: "คะแนนรายตัวชี้วัด (0–100 ทศนิยมไม่เกิน 2 ตำแหน่ง)",
          widget: "object",
          fields: y.indicators.map((i) => score(String(i.no), `${i.no}. ${i.name}`)),
        },
        optional({
          name: "reported",
          label: "ตัวเลขที่ระบบ ITAS รายงาน (ถ้ามี)",
          widget: "object",
          collapsed: true,
          fields: [
            optional(score("total", "คะแนนรวมที่รายงาน")),
            optional(str("rating", "ระดับที่รายงาน")),
            optional({ name: "tools", label: "คะแนนรายเครื่องมือที่รายงาน", widget: "object", fields: TOOLS.map((t) => optional(score(t, t))) }),
          ],
        }),
        optional({
          name: "source",
          label: "ที่มาของคะแนน",
          widget: "object",
          collapsed: true,
          fields: [str("title", "ชื่อเอกสาร"), date("date", "วันที่"), optional(str("url", "ที่อยู่เว็บ", { pattern: ["^https?://\\S+$", "ขึ้นต้นด้วย http:// หรือ https://"] }))],
        }),
      ],
    })),
  };
}

function measuresCollection(years: readonly EditorYear[]): Collection {
  const indicatorOptions = (y: EditorYear) => y.indicators.map((i) => ({ label: `${i.no}. ${i.name}`, value: i.no }));
  return {
    name: "measures",
    label: "มาตรการ",
    label_singular: "มาตรการ",
    description: "มาตรการที่ได้จากการวิเคราะห์ผลของปี และความคืบหน้า (data/<ปี>/measures.json)",
    extension: "json",
    format: JSON_FORMAT,
    editor: { preview: false },
    files: [...years].reverse().map((y) => ({
      name: `measures-${y.fiscalYear}`,
      label: `มาตรการจากผลปี ${y.fiscalYear}`,
      file: `data/${y.fiscalYear}/measures.json`,
      fields: [
        hidden("fiscalYear", y.fiscalYear),
        { name: "implementationYear", label: "ปีงบประมาณที่ดำเนินการ (พ.ศ.)", widget: "number", value_type: "int", min: 2550, max: 2700, default: y.fiscalYear + 1 },
        optional(date("adopted", "วันที่อนุมัติมาตรการ")),
        optional({
          name: "signatures",
          label: "ผู้จัดทำและผู้อนุมัติ (ท้ายรายงาน)",
          label_singular: "ผู้ลงนาม",
          widget: "list",
          summary: "{{fields.role}}: {{fields.name}}",
          fields: [str("role", "บทบาท เช่น ผู้จัดทำ"), str("name", "ชื่อ"), str("position", "ตำแหน่ง")],
        }),
        {
          name: "measures",
          label: "มาตรการ",
          label_singular: "มาตรการ",
          widget: "list",
          summary: "{{fields.title}}",
          fields: [
            str("id", "รหัสมาตรการ (a-z 0-9 -)", { pattern: ["^[a-z0-9-]+$", "รหัสใช้ได้เฉพาะ a-z 0-9 และ -"] }),
            str("title", "ชื่อมาตรการ"),
            stringList("steps", "ขั้นตอน", { min: 1 }),
            stringList("responsible", "ผู้รับผิดชอบ", { min: 1 }),
            str("timeframe", "ระยะเวลา"),
            textArea("monitoring", "การติดตามผล"),
            optional(select("indicators", "ตัวชี้วัดที่เกี่ยวข้อง", indicatorOptions(y), { multiple: true })),
            optional(
              select(
                "status",
                "สถานะ",
                MEASURE_STATUSES.map((s) => ({ label: MEASURE_STATUS_LABELS[s], value: s })),
              ),
            ),
            optional(textArea("progress", "ความคืบหน้า")),
          ],
        },
      ],
    })),
  };
}

const MEASURE_STATUS_LABELS: Record<(typeof MEASURE_STATUSES)[number], string> = {
  planned: "วางแผนแล้ว",
  "in-progress": "กำลังดำเนินการ",
  done: "ดำเนินการแล้ว",
  cancelled: "ยกเลิก",
};

function analysisCollection(y: EditorYear): Collection {
  return {
    name: `analysis-${y.fiscalYear}`,
    label: `บทวิเคราะห์ผลปี ${y.fiscalYear}`,
    description: `คำอธิบายรายตัวชี้วัดและการนำผลไปปฏิบัติ (content/${y.fiscalYear}/analysis/)`,
    extension: "md",
    format: "frontmatter",
    editor: { preview: false },
    files: [
      ...y.indicators.map((i) => ({
        name: `indicator-${i.no}`,
        label: `ตัวชี้วัดที่ ${i.no} ${i.name}`,
        file: `content/${y.fiscalYear}/analysis/indicator-${i.no}.md`,
        fields: [
          hidden("indicator", i.no),
          optional(stringList("assessmentPoints", "ประเด็นที่ประเมิน")),
          optional(stringList("improvements", "สิ่งที่ต้องปรับปรุง")),
          body("คำอธิบาย"),
        ],
      })),
      {
        name: "practice",
        label: "การนำผลการวิเคราะห์ไปปฏิบัติ",
        file: `content/${y.fiscalYear}/analysis/practice.md`,
        fields: [body("การนำผลไปปฏิบัติ")],
      },
    ],
  };
}

function oitItemsCollection(y: EditorYear): Collection {
  return {
    name: `oit-${y.fiscalYear}`,
    label: `หลักฐาน OIT ปี ${y.fiscalYear}`,
    label_singular: `ข้อ OIT ปี ${y.fiscalYear}`,
    description: `หนึ่งหน้าต่อหนึ่งข้อ (content/${y.fiscalYear}/oit/<รหัสข้อ>.md) เอกสารแนบเก็บใน content/${y.fiscalYear}/documents/`,
    folder: `content/${y.fiscalYear}/oit`,
    extension: "md",
    format: "frontmatter",
    create: true,
    identifier_field: "code",
    slug: "{{code}}",
    summary: "{{code}}",
    sortable_fields: ["code"],
    media_folder: `/content/${y.fiscalYear}/documents`,
    public_folder: "documents",
    editor: { preview: false },
    fields: [
      select(
        "code",
        "ข้อ",
        y.items.map((i) => ({ label: `${i.code.toUpperCase()} ${i.title ?? "(ยังไม่ทราบชื่อข้อ)"}`, value: i.code })),
        { hint: `ข้อของเกณฑ์ ITA ปี ${y.edition} ชื่อไฟล์คือรหัสข้อ` },
      ),
      hidden("fiscalYear", y.fiscalYear),
      optional(date("updated", "วันที่ปรับปรุงข้อมูลล่าสุด")),
      documentsField(y.fiscalYear),
      body("คำอธิบายหลักฐาน"),
    ],
  };
}

function entriesCollection(y: EditorYear, code: string): Collection {
  const item = y.items.find((i) => i.code === code);
  return {
    name: `entries-${y.fiscalYear}-${code}`,
    label: `${code.toUpperCase()} ปี ${y.fiscalYear}: รายการย่อย`,
    label_singular: "รายการ",
    description: `${item?.title ?? ""} แต่ละรายการมีหน้าของตัวเอง (content/${y.fiscalYear}/oit/${code}/)`,
    folder: `content/${y.fiscalYear}/oit/${code}`,
    extension: "md",
    format: "frontmatter",
    create: true,
    // the entry's file name is part of its URL: ASCII, from the time it was created
    slug: "{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}",
    summary: "{{date}} {{title}}",
    sortable_fields: ["date", "title"],
    media_folder: `/content/${y.fiscalYear}/documents`,
    public_folder: "documents",
    editor: { preview: false },
    fields: [str("title", "ชื่อรายการ เช่น ชื่อประกาศ"), date("date", "วันที่ของรายการ"), documentsField(y.fiscalYear), body("สรุปสั้น ๆ")],
  };
}

function oitYearCollection(years: readonly EditorYear[]): Collection {
  const itemFields = (y: EditorYear): Field[] => [
    select(
      "code",
      "รหัสข้อ",
      [...y.items.map((i) => ({ label: `${i.code.toUpperCase()} ${i.title ?? ""}`.trim(), value: i.code }))],
      { hint: "ข้อที่จะแก้ (ข้อใหม่ที่ไม่มีในเกณฑ์ ให้เพิ่มในเกณฑ์ของหน่วยงานแทน)" },
    ),
    optional(str("title", "ชื่อข้อที่ถูกต้อง")),
    optional(select("indicator", "ตัวชี้วัด", [{ label: "9", value: 9 }, { label: "10", value: 10 }])),
    optional(str("subIndicator", "ตัวชี้วัดย่อย เช่น 9.1")),
    optional(str("group", "กลุ่ม")),
    optional(select("window", "ช่วงเวลาของหลักฐาน", OIT_WINDOWS.map((w) => ({ label: WINDOW_LABELS[w], value: w })))),
    optional(textArea("requirement", "รายละเอียดที่ต้องเผยแพร่")),
    optional(select("role", "บทบาทของข้อ", ITEM_ROLES.map((r) => ({ label: ROLE_LABELS[r], value: r })))),
  ];
  return {
    name: "oit-year",
    label: "ข้อ OIT ของปี (แก้ไขเกณฑ์)",
    label_singular: "ส่วน OIT ของปี",
    description: "แก้ชื่อหรือรายละเอียดของข้อในปีหนึ่ง หรือตัดข้อที่ไม่เกี่ยวข้องออก (data/<ปี>/oit.json)",
    extension: "json",
    format: JSON_FORMAT,
    editor: { preview: false },
    files: [...years]
      .filter((y) => y.hasOit)
      .reverse()
      .map((y) => ({
        name: `oit-year-${y.fiscalYear}`,
        label: `ส่วน OIT ปี ${y.fiscalYear}`,
        file: `data/${y.fiscalYear}/oit.json`,
        fields: [
          hidden("fiscalYear", y.fiscalYear),
          optional({ name: "items", label: "ข้อที่แก้ไข", label_singular: "ข้อ", widget: "list", summary: "{{fields.code}} {{fields.title}}", fields: itemFields(y) }),
          optional(select("remove", "ข้อที่ไม่เกี่ยวข้องกับหน่วยงาน (ตัดออก)", y.items.map((i) => ({ label: `${i.code.toUpperCase()} ${i.title ?? ""}`.trim(), value: i.code })), { multiple: true })),
          optional({
            name: "subIndicators",
            label: "ตัวชี้วัดย่อยที่เพิ่ม",
            label_singular: "ตัวชี้วัดย่อย",
            widget: "list",
            fields: [str("code", "รหัส เช่น 10.3"), select("indicator", "ตัวชี้วัด", [{ label: "9", value: 9 }, { label: "10", value: 10 }]), str("title", "ชื่อ")],
          }),
        ],
      })),
  };
}

const WINDOW_LABELS: Record<(typeof OIT_WINDOWS)[number], string> = {
  now: "ข้อมูลปัจจุบัน",
  fiscalYear: "ปีงบประมาณที่ประเมิน",
  firstHalf: "ครึ่งปีแรก (ต.ค.–มี.ค.)",
  previousYear: "ผลของปีก่อน",
};
const ROLE_LABELS: Record<(typeof ITEM_ROLES)[number], string> = {
  analysis: "ข้อที่ใช้ผลการวิเคราะห์ ITA ปีก่อนและมาตรการ",
  measuresProgress: "ข้อรายงานผลการดำเนินการตามมาตรการ",
};
const CONFIDENCE_LABELS: Record<(typeof CONFIDENCES)[number], string> = {
  verified: "ยืนยันจากเอกสารที่อ้าง",
  corroborated: "ยืนยันจากสำเนาของหน่วยงานอื่น",
  unverified: "ยังไม่ได้ยืนยัน",
};

const pagesCollection = (): Collection => ({
  name: "pages",
  label: "หน้าของหน่วยงาน",
  label_singular: "หน้า",
  description: "นโยบายคุ้มครองข้อมูลส่วนบุคคล นโยบายเว็บไซต์ การเข้าถึง (content/pages/) หน้าใหม่ให้เพิ่มตามคู่มือ เพราะชื่อไฟล์เป็นที่อยู่เว็บ",
  folder: "content/pages",
  extension: "md",
  format: "frontmatter",
  create: false,
  delete: false,
  summary: "{{title}}",
  editor: { preview: false },
  fields: [str("title", "ชื่อหน้า"), optional(textArea("description", "คำอธิบายสำหรับเครื่องมือค้นหา")), optional(date("updated", "วันที่ปรับปรุงเนื้อหา")), body()],
});

function editionsCollection(): Collection {
  const provenance = [
    optional(select("confidence", "ความน่าเชื่อถือ", CONFIDENCES.map((c) => ({ label: CONFIDENCE_LABELS[c], value: c })))),
    optional(str("source", "ที่มา")),
  ];
  return {
    name: "editions",
    label: "เกณฑ์ ITA ของหน่วยงาน",
    label_singular: "เกณฑ์",
    description: "เกณฑ์ของปีที่โปรแกรมยังไม่มี หรือการแก้เกณฑ์ที่มีอยู่ (data/editions/<ปี>.json) เริ่มเกณฑ์ใหม่ด้วย npm run new-year",
    folder: "data/editions",
    extension: "json",
    format: JSON_FORMAT,
    create: false,
    identifier_field: "edition",
    slug: "{{edition}}",
    summary: "เกณฑ์ปี {{edition}}",
    editor: { preview: false },
    fields: [
      { name: "edition", label: "ปีของเกณฑ์ (พ.ศ.)", widget: "number", value_type: "int", min: 2550, max: 2700 },
      optional({ name: "provisional", label: "ฉบับร่าง (ยังไม่ได้ตรวจกับคู่มือ ป.ป.ช.)", widget: "boolean" }),
      optional({ name: "complete", label: "รายการข้อครบแล้ว", widget: "boolean" }),
      optional({ name: "basedOn", label: "เริ่มจากเกณฑ์ปี", widget: "number", value_type: "int", min: 2550, max: 2700 }),
      ...provenance,
      optional(textArea("note", "หมายเหตุ")),
      optional({
        name: "weights",
        label: "น้ำหนักของเครื่องมือ (รวม 100)",
        widget: "object",
        collapsed: true,
        fields: [...TOOLS.map((t) => ({ name: t, label: t, widget: "number", value_type: "float", min: 0, max: 100 })), ...provenance],
      }),
      optional({
        name: "rating",
        label: "ระดับผลการประเมิน",
        widget: "object",
        collapsed: true,
        fields: [
          {
            name: "levels",
            label: "ระดับ (เรียงจากสูงไปต่ำ ระดับสุดท้าย min เป็น 0)",
            label_singular: "ระดับ",
            widget: "list",
            summary: "{{fields.label}} ≥ {{fields.min}}",
            fields: [str("label", "ชื่อระดับ"), score("min", "คะแนนรวมขั้นต่ำ"), optional(score("toolMin", "คะแนนขั้นต่ำของทุกเครื่องมือ")), ...provenance],
          },
          ...provenance,
        ],
      }),
      optional({
        name: "oit",
        label: "ข้อ OIT",
        widget: "object",
        collapsed: true,
        fields: [
          optional({
            name: "items",
            label: "ข้อ",
            label_singular: "ข้อ",
            widget: "list",
            summary: "{{fields.code}} {{fields.title}}",
            fields: [
              str("code", "รหัสข้อ เช่น o1", { pattern: ["^o[1-9][0-9]*$", 'รหัสข้อเป็น o ตัวเล็กตามด้วยตัวเลข เช่น "o1"'] }),
              optional(str("title", "ชื่อข้อ")),
              optional(select("indicator", "ตัวชี้วัด", [{ label: "9", value: 9 }, { label: "10", value: 10 }])),
              optional(str("subIndicator", "ตัวชี้วัดย่อย")),
              optional(str("group", "กลุ่ม")),
              optional(select("window", "ช่วงเวลาของหลักฐาน", OIT_WINDOWS.map((w) => ({ label: WINDOW_LABELS[w], value: w })))),
              optional(textArea("requirement", "รายละเอียดที่ต้องเผยแพร่")),
              optional(select("role", "บทบาทของข้อ", ITEM_ROLES.map((r) => ({ label: ROLE_LABELS[r], value: r })))),
              ...provenance,
            ],
          }),
          optional(stringList("remove", "ข้อที่ตัดออก (รหัส)")),
        ],
      }),
    ],
  };
}

/** The items whose entries are edited as a list of their own (they publish many: procurement notices, news). */
export const ENTRY_ITEM_TITLE = /ประกาศ.*จัดซื้อจัดจ้าง|^รายการการจัดซื้อจัดจ้าง|ข่าวประชาสัมพันธ์/;

/** The API root and sign-in settings of a git host, as Decap CMS names them. */
function backendConfig(settings: EditorSettings | undefined): Record<string, unknown> {
  if (!settings) return { name: "github", repo: "owner/repository", branch: "main" }; // only ever used with the local backend
  const common = { repo: settings.repo, branch: settings.branch ?? "main" };
  switch (settings.backend) {
    case "github":
      return { name: "github", ...common, ...(settings.authUrl ? { base_url: settings.authUrl.replace(/\/$/, "") } : {}) };
    case "gitlab": {
      const host = (settings.host ?? "https://gitlab.com").replace(/\/$/, "");
      return { name: "gitlab", ...common, auth_type: "pkce", app_id: settings.appId, base_url: host, api_root: `${host}/api/v4` };
    }
    case "gitea": {
      const host = settings.host!.replace(/\/$/, "");
      return { name: "gitea", ...common, app_id: settings.appId, base_url: host, api_root: `${host}/api/v1` };
    }
  }
}

/** The origins the editor talks to besides its own: the git host's API, its sign-in, its avatars, the local backend. */
function editorOrigins(settings: EditorSettings | undefined, localBackend?: string): { connect: string[]; img: string[] } {
  const connect = new Set<string>();
  const img = new Set<string>();
  if (settings?.backend === "github") {
    connect.add("https://api.github.com");
    img.add("https://avatars.githubusercontent.com");
    if (settings.authUrl) connect.add(new URL(settings.authUrl).origin);
  } else if (settings) {
    const host = new URL(settings.host ?? "https://gitlab.com").origin;
    connect.add(host);
    img.add(host);
    if (settings.backend === "gitlab") img.add("https://secure.gravatar.com");
  }
  if (localBackend) connect.add(new URL(localBackend).origin);
  return { connect: [...connect], img: [...img] };
}

/**
 * The Content-Security-Policy of /admin/ only. Looser than the public pages'
 * (security.ts), for what the CMS needs: its schema validator compiles code
 * ('unsafe-eval'), its styles are injected at run time ('unsafe-inline' for
 * styles only), previews of uploads are blob: and data: images, and it talks
 * to the git host's API. Scripts still come only from the site itself.
 */
export function editorCsp(settings: EditorSettings | undefined, localBackend?: string, options: { meta?: boolean } = {}): string {
  const { connect, img } = editorOrigins(settings, localBackend);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' blob: data:", ...img].join(" "),
    "font-src 'self' data:",
    ["connect-src 'self' blob: data:", ...connect].join(" "),
    "media-src 'self' blob: data:",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // a <meta> policy cannot say frame-ancestors (browsers ignore it there and warn)
    ...(options.meta ? [] : ["frame-ancestors 'none'"]),
  ].join("; ");
}

/** The Decap CMS configuration for the agency's folders (serialise it as YAML to /admin/config.yml). */
export function editorConfig(input: EditorInput, options: EditorOptions = {}): Record<string, unknown> {
  const years = [...input.years].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const resultYears = years.filter((y) => y.hasResults);
  const oitYears = years.filter((y) => y.hasOit);
  const latest = oitYears.at(-1) ?? years.at(-1);
  const collections: Collection[] = [
    ...[...oitYears].reverse().flatMap((y) => [oitItemsCollection(y), ...y.entryItems.map((code) => entriesCollection(y, code))]),
    ...(years.length ? [itaCollection(years)] : []),
    ...(resultYears.length ? [measuresCollection(resultYears)] : []),
    ...[...resultYears].reverse().map(analysisCollection),
    pagesCollection(),
    siteCollection(),
    ...(oitYears.length ? [oitYearCollection(years)] : []),
    ...(input.agencyEditions.length ? [editionsCollection()] : []),
  ];
  return {
    locale: "th",
    backend: backendConfig(input.settings),
    ...(options.localBackend ? { local_backend: { url: options.localBackend, allowed_hosts: ["localhost", "127.0.0.1"] } } : {}),
    site_url: input.baseUrl,
    display_url: input.baseUrl,
    // uploads go to the year's documents/ folder of the form's collection; this is the media library's own
    media_folder: latest ? `content/${latest.fiscalYear}/documents` : "content/documents",
    public_folder: "documents",
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    show_preview_links: false,
    collections,
  };
}

/**
 * The order of the fields inside each object field of the forms, by field
 * name (editor.js writes JSON in this order; the CMS keeps objects of more
 * than eight fields in no particular order).
 */
export function fieldOrders(config: Record<string, unknown>): Record<string, string[]> {
  const orders: Record<string, string[]> = {};
  const walk = (fields: readonly Field[]): void => {
    for (const f of fields) {
      const sub = (f.fields as Field[] | undefined) ?? (f.field ? [f.field as Field] : undefined);
      if (!sub) continue;
      if (f.fields) orders[f.name as string] ??= sub.map((s) => s.name as string);
      walk(sub);
    }
  };
  for (const c of config.collections as Collection[]) {
    if (c.fields) walk(c.fields as Field[]);
    for (const file of (c.files as Collection[] | undefined) ?? []) walk(file.fields as Field[]);
  }
  return orders;
}

/**
 * /admin/index.html: the CMS's script and the project's widgets, nothing else; never linked from a public page.
 * The CMS loads config.yml beside the page by default (no <link rel="cms-config-url">, which is not valid HTML).
 */
export function editorPage(input: { agency: string; csp: string; fieldOrder: Record<string, string[]> }): string {
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<meta http-equiv="Content-Security-Policy" content="${escapeXml(input.csp)}">
<title>แก้ไขเว็บไซต์ · ${escapeXml(input.agency)}</title>
<link rel="icon" href="data:,">
</head>
<body>
<script type="application/json" id="prongsai-field-order">${JSON.stringify(input.fieldOrder).replace(/</g, "\\u003c")}</script>
<script src="decap-cms.js"></script>
<script src="editor.js"></script>
</body>
</html>
`;
}
