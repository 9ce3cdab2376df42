/**
 * @fileoverview The data contract's map of the agency's folders. Every entry
 * under `data/` and `content/` is looked at once, without following links, and
 * named by what the contract says it is. A file or folder the contract does not
 * name, a symbolic link, or anything that is not a plain file or folder is an
 * error naming it, so nothing reaches the site that nobody meant to publish,
 * and no device, pipe or link can hang or widen a build.
 */
import { type Dirent, lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { type Problem, error } from "./problems.ts";
import { documentTypeProblem } from "./documents.ts";
import { nearest } from "./nearest.ts";


/** What a file is, by the data contract. */
export type StaffFileKind =
  | "site" // data/site.json
  | "image" // data/<name>.svg|png|jpg: the emblem, when site.json names it
  | "edition" // data/editions/<year>.json
  | "ita" // data/<year>/ita.json
  | "measures" // data/<year>/measures.json
  | "oit-year" // data/<year>/oit.json
  | "policy-page" // content/pages/<slug>.md
  | "commentary" // content/<year>/analysis/indicator-<n>.md
  | "practice" // content/<year>/analysis/practice.md
  | "oit-item" // content/<year>/oit/o<n>.md
  | "oit-entry" // content/<year>/oit/o<n>/<slug>.md
  | "document"; // content/<year>/documents/…

export interface StaffFile {
  /** Project-relative path with forward slashes (data/2565/ita.json). */
  rel: string;
  abs: string;
  kind: StaffFileKind;
  size: number;
  /**
   * Changes whenever the file does (modification time, size, inode): the key of a load cache and
   * what the preview compares. Not the change time: publishing a document as a hard link changes
   * it, and every document would look edited after each render.
   */
  stamp: string;
}

export interface StaffFiles {
  /** Every file the contract names, by project-relative path, in sorted order. */
  files: Map<string, StaffFile>;
  /** Every folder the contract names (project-relative). */
  dirs: Set<string>;
  /** Entries refused (already reported), so that loaders do not report them again as missing. */
  refused: Set<string>;
  /** The files of each folder, in name order (an agency has thousands of notices in a few folders). */
  byFolder: Map<string, StaffFile[]>;
}

/** Folders deeper than this below data/ or content/ are refused (documents may nest a little). */
export const MAX_DEPTH = 8;
/** More entries than this in the agency's folders is refused rather than walked: a copied disk, not a site. */
export const MAX_ENTRIES = 200_000;

/** A fiscal-year folder name: 4 digits, B.E. */
export const YEAR_NAME = /^\d{4}$/;
/** An OIT item code as used in file and folder names and URLs. */
export const ITEM_CODE = /^o[1-9][0-9]*$/;
/** A name that becomes part of a URL: lower-case ASCII letters, digits and hyphens. */
export const URL_SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** A document's file or folder name: ASCII, no leading dot. */
const DOC_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Files that operating systems and editors leave behind: the message says to delete them. */
const JUNK = /^(\.DS_Store|Thumbs\.db|desktop\.ini|\._.*|~\$.*|.*~|\..*\.sw[a-p])$/i;

/** An empty placeholder git needs to keep a folder: allowed anywhere, never published. */
const PLACEHOLDER = ".gitkeep";

type Node = { rel: string; abs: string; name: string; depth: number };

/** What the contract says of a folder: the rule for its children, or a refusal. */
type FolderRule = (child: Dirent, node: Node) => { kind?: StaffFileKind; folder?: FolderRule; refuse?: { th: string; en: string } };

const notNamed = (th: string, en: string) => ({ refuse: { th: `ไม่รู้จัก${th}`, en: `not part of the data contract: ${en}` } });

/** A hint when a name is right but for its letter case (o5.MD, ITA.json). */
function caseHint(name: string, allowed: (lower: string) => boolean): { th: string; en: string } | undefined {
  const lower = name.toLowerCase();
  if (lower !== name && allowed(lower)) return { th: `ชื่อไฟล์ต้องเป็นตัวพิมพ์เล็ก เปลี่ยนชื่อเป็น ${lower}`, en: `file names are lower case: rename it to ${lower}` };
  return undefined;
}

const documentsFolder: FolderRule = (child) => {
  if (!DOC_NAME.test(child.name)) {
    return { refuse: { th: "ชื่อไฟล์เอกสารใช้ได้เฉพาะ A-Z a-z 0-9 . _ - (ไม่มีภาษาไทยหรือช่องว่าง เพราะเป็นส่วนหนึ่งของ URL) เปลี่ยนชื่อไฟล์", en: "a document's name may use only A-Z a-z 0-9 . _ - (no Thai or spaces: it becomes part of a URL): rename it" } };
  }
  if (child.isDirectory()) return { folder: documentsFolder };
  // the type by name here; by content when the document is published (documents.ts)
  const type = documentTypeProblem(child.name);
  return type ? { refuse: type } : { kind: "document" };
};

const entriesFolder: FolderRule = (child) => {
  if (child.isFile() && child.name.endsWith(".md") && URL_SLUG.test(child.name.slice(0, -3))) return { kind: "oit-entry" };
  if (child.isFile() && child.name.toLowerCase().endsWith(".md")) {
    return { refuse: caseHint(child.name, (l) => URL_SLUG.test(l.slice(0, -3))) ?? { th: "ชื่อไฟล์รายการย่อยใช้ได้เฉพาะ a-z 0-9 และ - เพราะเป็นส่วนหนึ่งของ URL", en: "an entry's file name may use only a-z, 0-9 and - as it becomes part of a URL" } };
  }
  return notNamed("ไฟล์นี้ รายการย่อยของข้อต้องเป็นไฟล์ .md (เอกสารแนบวางไว้ใน content/<ปี>/documents/)", "an item's entries are .md files (put attachments in content/<year>/documents/)");
};

const oitFolder: FolderRule = (child) => {
  if (child.isDirectory()) {
    if (ITEM_CODE.test(child.name)) return { folder: entriesFolder };
    return { refuse: { th: "โฟลเดอร์รายการย่อยต้องตั้งชื่อตามรหัสข้อ เช่น o20", en: "a folder of entries is named by its item code, e.g. o20" } };
  }
  if (child.name.endsWith(".md") && ITEM_CODE.test(child.name.slice(0, -3))) return { kind: "oit-item" };
  const hint = caseHint(child.name, (l) => l.endsWith(".md") && ITEM_CODE.test(l.slice(0, -3)));
  if (hint) return { refuse: hint };
  return notNamed("ไฟล์นี้ ไฟล์ของแต่ละข้อตั้งชื่อตามรหัสข้อ เช่น o1.md", "each item's file is named by its code, e.g. o1.md");
};

const analysisFolder: FolderRule = (child) => {
  // indicator-12.md is read, so that its front matter's check names the range of indicators
  if (child.isFile() && (child.name === "practice.md" || /^indicator-\d+\.md$/.test(child.name))) {
    return { kind: child.name === "practice.md" ? "practice" : "commentary" };
  }
  const near = /^indicator[-_ ]?(\d+)\.md$/i.exec(child.name);
  if (child.isFile() && near) return { refuse: { th: `ตั้งชื่อไฟล์ผิดแบบ เปลี่ยนชื่อเป็น indicator-${Number(near[1])}.md`, en: `misnamed: rename it to indicator-${Number(near[1])}.md` } };
  const hint = child.isFile() ? caseHint(child.name, (l) => l === "practice.md") : undefined;
  if (hint) return { refuse: hint };
  return notNamed("ไฟล์นี้ ตั้งชื่อเป็น indicator-<เลข 1–10>.md หรือ practice.md", "name it indicator-<1–10>.md or practice.md");
};

const contentYearFolder: FolderRule = (child) => {
  if (child.isDirectory() && child.name === "analysis") return { folder: analysisFolder };
  if (child.isDirectory() && child.name === "oit") return { folder: oitFolder };
  if (child.isDirectory() && child.name === "documents") return { folder: documentsFolder };
  return notNamed(
    "สิ่งนี้ โฟลเดอร์ของปีมีได้เฉพาะ analysis/ oit/ และ documents/ (เอกสารแนบวางไว้ใน documents/)",
    "a year's folder holds only analysis/, oit/ and documents/ (attachments go in documents/)",
  );
};

const pagesFolder: FolderRule = (child) => {
  if (child.isFile() && child.name.endsWith(".md") && URL_SLUG.test(child.name.slice(0, -3))) return { kind: "policy-page" };
  const hint = child.isFile() ? caseHint(child.name, (l) => l.endsWith(".md") && URL_SLUG.test(l.slice(0, -3))) : undefined;
  if (hint) return { refuse: hint };
  return notNamed(
    "สิ่งนี้ หน้าเว็บของหน่วยงานเป็นไฟล์ .md ชื่อภาษาอังกฤษตัวพิมพ์เล็ก เช่น privacy.md",
    "a page is a .md file named in lower-case ASCII, e.g. privacy.md",
  );
};

const contentFolder: FolderRule = (child) => {
  if (child.isDirectory() && YEAR_NAME.test(child.name)) return { folder: contentYearFolder };
  if (child.isDirectory() && child.name === "pages") return { folder: pagesFolder };
  return notNamed(
    "สิ่งนี้ ใน content/ มีได้เฉพาะโฟลเดอร์ปี พ.ศ. 4 หลัก (เช่น 2566/) และ pages/ เท่านั้น",
    "content/ holds only 4-digit B.E. year folders (e.g. 2566/) and pages/",
  );
};

const editionsFolder: FolderRule = (child) => {
  if (child.isFile() && /^\d{4}\.json$/.test(child.name)) return { kind: "edition" };
  return notNamed("ไฟล์นี้ เกณฑ์ของหน่วยงานตั้งชื่อตามปี เช่น data/editions/2570.json", "an agency's edition is named by its year, e.g. data/editions/2570.json");
};

const YEAR_FILES: Record<string, StaffFileKind> = { "ita.json": "ita", "measures.json": "measures", "oit.json": "oit-year" };

const dataYearFolder: FolderRule = (child) => {
  if (child.isDirectory() && child.name in YEAR_FILES) return { refuse: { th: "อ่านไฟล์ไม่ได้ เพราะเป็นโฟลเดอร์ ต้องเป็นไฟล์ JSON", en: "cannot read the file: it is a folder where a JSON file belongs" } };
  const kind = child.isFile() ? YEAR_FILES[child.name] : undefined;
  if (kind) return { kind };
  const hint = child.isFile() ? caseHint(child.name, (l) => l in YEAR_FILES) : undefined;
  if (hint) return { refuse: hint };
  const near = nearest(child.name, Object.keys(YEAR_FILES));
  return notNamed(
    `ไฟล์นี้ ในโฟลเดอร์ปีมีได้เฉพาะ ${Object.keys(YEAR_FILES).join(" ")}${near ? ` (หมายถึง ${near} หรือไม่?)` : ""}`,
    `a year folder holds only ${Object.keys(YEAR_FILES).join(", ")}${near ? ` (did you mean ${near}?)` : ""}`,
  );
};

const dataFolder: FolderRule = (child) => {
  if (child.isDirectory() && YEAR_NAME.test(child.name)) return { folder: dataYearFolder };
  if (child.isDirectory() && child.name === "editions") return { folder: editionsFolder };
  if (child.isFile() && child.name === "site.json") return { kind: "site" };
  if (child.isFile() && /^[A-Za-z0-9._-]+\.(svg|png|jpe?g)$/.test(child.name)) return { kind: "image" };
  if (child.isDirectory()) return { refuse: { th: "ชื่อโฟลเดอร์ต้องเป็นปี พ.ศ. 4 หลัก เช่น 2565", en: "a year folder is named by its 4-digit B.E. year, e.g. 2565" } };
  const hint = caseHint(child.name, (l) => l === "site.json");
  if (hint) return { refuse: hint };
  return notNamed("ไฟล์นี้ ข้อมูลรายปีอยู่ในโฟลเดอร์ data/<ปี พ.ศ.>/", "yearly data lives in data/<B.E. year>/");
};

/**
 * Walk `data/` and `content/` of `root` once (never following links) and name
 * every entry by the contract. Problems are pushed onto `problems`; refused
 * entries are left out of the result.
 */
export function scanStaffFiles(root: string, problems: Problem[]): StaffFiles {
  const result: StaffFiles = { files: new Map(), dirs: new Set(), refused: new Set(), byFolder: new Map() };
  let entries = 0;
  let tooMany = false;

  const walk = (node: Node, rule: FolderRule): void => {
    let children: Dirent[];
    try {
      children = readdirSync(node.abs, { withFileTypes: true });
    } catch {
      problems.push(error(node.rel, { th: "อ่านโฟลเดอร์ไม่ได้ ตรวจสิทธิ์การเข้าถึง", en: "cannot read the folder: check its permissions" }));
      return;
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      if (++entries > MAX_ENTRIES) {
        if (!tooMany) {
          problems.push(error(node.rel, { th: `มีไฟล์มากเกิน ${MAX_ENTRIES.toLocaleString("en")} ไฟล์ในโฟลเดอร์ของหน่วยงาน ย้ายไฟล์ที่ไม่ได้เผยแพร่ออก`, en: `more than ${MAX_ENTRIES.toLocaleString("en")} entries in the agency's folders: move out what is not published` }));
        }
        tooMany = true;
        return;
      }
      const rel = `${node.rel}/${child.name}`;
      const abs = path.join(node.abs, child.name);
      if (child.name === PLACEHOLDER && child.isFile()) continue;
      if (child.isSymbolicLink()) {
        problems.push(error(rel, { th: "เป็นลิงก์สัญลักษณ์ (symbolic link) ซึ่งไม่อนุญาต วางไฟล์จริงไว้ที่นี่แทน", en: "is a symbolic link, which is not allowed: put the real file here instead" }));
        result.refused.add(rel);
        continue;
      }
      if (!child.isFile() && !child.isDirectory()) {
        problems.push(error(rel, { th: "ไม่ใช่ไฟล์หรือโฟลเดอร์ธรรมดา (เช่น อุปกรณ์หรือ pipe) ลบออก", en: "is not a plain file or folder (a device or a pipe?): remove it" }));
        result.refused.add(rel);
        continue;
      }
      if (JUNK.test(child.name)) {
        problems.push(error(rel, { th: "เป็นไฟล์ที่ระบบปฏิบัติการหรือโปรแกรมแก้ไขสร้างไว้ ลบออก", en: "is a file left by the operating system or an editor: delete it" }));
        continue;
      }
      const verdict = child.isDirectory() && /\.(md|json)$/i.test(child.name)
        ? { refuse: { th: "อ่านไฟล์ไม่ได้ เพราะเป็นโฟลเดอร์ ต้องเป็นไฟล์", en: "cannot read the file: it is a folder where a file belongs" } }
        : rule(child, node);
      if (verdict.refuse) {
        problems.push(error(rel, verdict.refuse));
        result.refused.add(rel);
        continue;
      }
      if (verdict.folder) {
        if (node.depth + 1 > MAX_DEPTH) {
          problems.push(error(rel, { th: `โฟลเดอร์ซ้อนกันลึกเกิน ${MAX_DEPTH} ชั้น`, en: `folders nest deeper than ${MAX_DEPTH} levels` }));
          continue;
        }
        result.dirs.add(rel);
        walk({ rel, abs, name: child.name, depth: node.depth + 1 }, verdict.folder);
        continue;
      }
      let stat;
      try {
        stat = lstatSync(abs);
      } catch {
        problems.push(error(rel, { th: "อ่านไฟล์ไม่ได้", en: "cannot read the file" }));
        continue;
      }
      const file: StaffFile = { rel, abs, kind: verdict.kind!, size: stat.size, stamp: `${stat.mtimeMs}:${stat.size}:${stat.ino}` };
      result.files.set(rel, file);
      const siblings = result.byFolder.get(node.rel);
      if (siblings) siblings.push(file);
      else result.byFolder.set(node.rel, [file]);
    }
  };

  for (const top of ["data", "content"]) {
    const abs = path.join(root, top);
    let stat;
    try {
      stat = lstatSync(abs);
    } catch {
      continue; // a missing folder is reported by whoever needs what it holds
    }
    if (stat.isSymbolicLink() || !stat.isDirectory()) {
      problems.push(error(top, { th: "ต้องเป็นโฟลเดอร์ธรรมดา (ไม่ใช่ลิงก์สัญลักษณ์หรือไฟล์)", en: "must be a plain folder (not a symbolic link or a file)" }));
      continue;
    }
    result.dirs.add(top);
    walk({ rel: top, abs, name: top, depth: 0 }, top === "data" ? dataFolder : contentFolder);
  }
  return result;
}

/** The files of one kind directly in a folder (`content/2566/oit/`, with or without the last slash), in name order. */
export function filesOfKind(staff: StaffFiles, kind: StaffFileKind, folder: string): StaffFile[] {
  return (staff.byFolder.get(folder.replace(/\/$/, "")) ?? []).filter((f) => f.kind === kind);
}
