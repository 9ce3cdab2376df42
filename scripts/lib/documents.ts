/**
 * @fileoverview The documents an agency may publish as evidence: an allow-list
 * of types (PDF, office formats, images, CSV and plain text, archives), each
 * checked by its first bytes as well as its extension, so a page or a script
 * renamed to .pdf is refused. HTML, JavaScript and SVG are never published
 * from staff folders: served from the site's own origin they could run script
 * under its Content-Security-Policy.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import type { Bilingual } from "./problems.ts";

/** The largest document published (GitHub refuses files above 100 MB too). */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

type Signature = (bytes: Uint8Array) => boolean;

const startsWith =
  (...sig: number[]): Signature =>
  (b) =>
    sig.every((v, i) => b[i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const anyOf =
  (...sigs: Signature[]): Signature =>
  (b) =>
    sigs.some((s) => s(b));

/** PDF: "%PDF-" within the first kilobyte (the format allows a little before it). */
const pdf: Signature = (b) => Buffer.from(b.subarray(0, 1024)).includes("%PDF-");
/** Office Open XML, OpenDocument and ZIP archives are ZIP containers. */
const zip = anyOf(startsWith(0x50, 0x4b, 0x03, 0x04), startsWith(0x50, 0x4b, 0x05, 0x06));
/** Word, Excel and PowerPoint 97–2003: an OLE compound file. */
const ole = startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
/** Plain text that a browser could not mistake for a page: no markup at its start, no NUL bytes. */
const text: Signature = (b) => {
  const head = Buffer.from(b.subarray(0, 512)).toString("utf8").replace(/^\uFEFF/, "").trimStart().toLowerCase();
  return !b.includes(0) && !/^<(!doctype|html|head|body|script|svg|\?xml|iframe|object)/.test(head);
};

/** The published document types, by lower-case extension: media type, and the check of its first bytes. */
export const DOCUMENT_TYPES: Record<string, { type: string; signature: Signature }> = {
  ".pdf": { type: "application/pdf", signature: pdf },
  ".doc": { type: "application/msword", signature: ole },
  ".docx": { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", signature: zip },
  ".xls": { type: "application/vnd.ms-excel", signature: ole },
  ".xlsx": { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", signature: zip },
  ".ppt": { type: "application/vnd.ms-powerpoint", signature: ole },
  ".pptx": { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation", signature: zip },
  ".odt": { type: "application/vnd.oasis.opendocument.text", signature: zip },
  ".ods": { type: "application/vnd.oasis.opendocument.spreadsheet", signature: zip },
  ".odp": { type: "application/vnd.oasis.opendocument.presentation", signature: zip },
  ".csv": { type: "text/csv", signature: text },
  ".txt": { type: "text/plain", signature: text },
  ".jpg": { type: "image/jpeg", signature: startsWith(0xff, 0xd8, 0xff) },
  ".jpeg": { type: "image/jpeg", signature: startsWith(0xff, 0xd8, 0xff) },
  ".png": { type: "image/png", signature: startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  ".gif": { type: "image/gif", signature: anyOf(startsWith(...ascii("GIF87a")), startsWith(...ascii("GIF89a"))) },
  ".webp": { type: "image/webp", signature: (b) => startsWith(...ascii("RIFF"))(b) && startsWith(...ascii("WEBP"))(b.subarray(8)) },
  ".zip": { type: "application/zip", signature: zip },
  ".7z": { type: "application/x-7z-compressed", signature: startsWith(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c) },
  ".rar": { type: "application/vnd.rar", signature: startsWith(...ascii("Rar!"), 0x1a, 0x07) },
};

/** Image types that staff Markdown may show inline. */
export const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/gif", "image/webp"]);

const ALLOWED = Object.keys(DOCUMENT_TYPES).join(" ");

/** What a document is, or why it may not be published. */
export type DocumentCheck = { ok: true; type: string; sha256: string; size: number } | { ok: false; why: Bilingual };

/** Why a file of this name may not be a document (its extension), or undefined. */
export function documentTypeProblem(name: string): Bilingual | undefined {
  const ext = path.extname(name).toLowerCase();
  if (DOCUMENT_TYPES[ext]) return undefined;
  const active = /^\.(html?|xhtml|xht|js|mjs|cjs|svg|svgz|xml|xsl|swf|exe|bat|cmd|sh|ps1|php|jsp|asp|aspx|wasm)$/.test(ext);
  return active
    ? { th: `ไฟล์ชนิด ${ext} เผยแพร่เป็นเอกสารไม่ได้ เพราะอาจทำงานเป็นโปรแกรมในเว็บไซต์ ให้แปลงเป็น PDF หรือรูปภาพ PNG/JPEG`, en: `a ${ext} file cannot be published as a document, as it could run as code on the site: convert it to PDF or a PNG/JPEG image` }
    : { th: `ไฟล์ชนิด ${ext || "ไม่มีนามสกุล"} เผยแพร่ไม่ได้ ชนิดที่ใช้ได้: ${ALLOWED}`, en: `${ext || "a file without an extension"} is not a type published: use one of ${ALLOWED}` };
}

/** Check a document's name and bytes against the allow-list; hash the bytes. */
export function checkDocument(name: string, bytes: Uint8Array): DocumentCheck {
  const ext = path.extname(name).toLowerCase();
  const known = DOCUMENT_TYPES[ext];
  if (!known) return { ok: false, why: documentTypeProblem(name)! };
  if (bytes.length === 0) return { ok: false, why: { th: "ไฟล์ว่างเปล่า", en: "the file is empty" } };
  if (!known.signature(bytes)) {
    return {
      ok: false,
      why: { th: `เนื้อไฟล์ไม่ใช่ ${ext} ตามนามสกุล (เปลี่ยนนามสกุลมาจากไฟล์ชนิดอื่นหรือไม่?) บันทึกไฟล์ใหม่เป็น ${ext} จริง`, en: `the file's content is not ${ext} as its name says (renamed from another type?): save it again as a real ${ext}` },
    };
  }
  return { ok: true, type: known.type, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}
