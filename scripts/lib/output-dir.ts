/**
 * @fileoverview Where a build may write. The build replaces its output folder
 * whole (the old one is moved aside and deleted by the next build), so the
 * output must never be the project, a folder above it, one of its source
 * folders, or any folder holding an agency's data: an empty `--output=` once
 * renamed the whole project aside, and the next build deleted it. An existing
 * folder is replaced only when a build made it (it holds SITE_MARKER), so no
 * other folder, such as /tmp or a home folder, can ever be moved aside.
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type { Bilingual } from "./problems.ts";

/** The file every build writes at the top of its output: "this folder is a built site, replaced whole by the next build". */
export const SITE_MARKER = ".prongsai-site";

/** What the marker file says, for a person who finds it. */
export const SITE_MARKER_TEXT = "This folder is a site built by prongsai (npm run build). The next build replaces it whole: do not keep anything else here.\n";

/** A folder an earlier version built (before the marker): its own files, nothing else. */
function looksLikeOldBuild(dir: string): boolean {
  return ["index.html", "_headers", "assets/css/site.css"].every((f) => existsSync(path.join(dir, f)));
}

/** Folders of the project that a build may never write into or replace. */
export const SOURCE_FOLDERS = ["data", "content", "layouts", "scripts", "tests", "docs", "node_modules", ".git", ".cache", ".ci"];

/** The real path of `p`, or of its nearest existing ancestor joined with the rest. */
function real(p: string): string {
  const rest: string[] = [];
  let at = p;
  while (!existsSync(at) && path.dirname(at) !== at) {
    rest.unshift(path.basename(at));
    at = path.dirname(at);
  }
  try {
    return path.join(realpathSync(at), ...rest);
  } catch {
    return p;
  }
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent + path.sep);

/**
 * The absolute output folder for `raw` (an --output value, relative to the
 * project `root`), or why it may not be used.
 */
export function checkOutputDir(root: string, raw: string): { ok: true; dir: string } | { ok: false; why: Bilingual } {
  if (raw.trim() === "") {
    return { ok: false, why: { th: "ไม่ได้ระบุโฟลเดอร์ผลลัพธ์ (--output= หรือ PRONGSAI_OUTPUT ว่างเปล่า) ระบุเช่น --output=_site", en: "the output folder is empty (--output= or PRONGSAI_OUTPUT): give one, e.g. --output=_site" } };
  }
  const dir = path.resolve(root, raw);
  const project = real(path.resolve(root));
  const target = real(dir);
  if (inside(project, target)) {
    return { ok: false, why: { th: `โฟลเดอร์ผลลัพธ์ ${raw} คือโครงการเองหรือโฟลเดอร์ที่อยู่เหนือโครงการ การสร้างเว็บไซต์จะแทนที่ทั้งโฟลเดอร์ ใช้โฟลเดอร์ใหม่ เช่น _site`, en: `the output folder ${raw} is the project or a folder above it, and a build replaces its output whole: use a folder of its own, e.g. _site` } };
  }
  for (const name of SOURCE_FOLDERS) {
    if (inside(target, path.join(project, name))) {
      return { ok: false, why: { th: `โฟลเดอร์ผลลัพธ์ ${raw} อยู่ใน ${name}/ ของโครงการ ใช้โฟลเดอร์ใหม่ เช่น _site`, en: `the output folder ${raw} is inside the project's ${name}/: use a folder of its own, e.g. _site` } };
    }
  }
  if (existsSync(path.join(target, "data")) || existsSync(path.join(target, "content")) || existsSync(path.join(target, "package.json"))) {
    return { ok: false, why: { th: `โฟลเดอร์ผลลัพธ์ ${raw} มี data/ content/ หรือ package.json อยู่ (ดูเหมือนเป็นโครงการ) ใช้โฟลเดอร์ใหม่ เช่น _site`, en: `the output folder ${raw} holds data/, content/ or package.json (it looks like a project): use a folder of its own, e.g. _site` } };
  }
  if (existsSync(target)) {
    const isDir = statSync(target).isDirectory();
    const empty = isDir && readdirSync(target).length === 0;
    if (!isDir || (!empty && !existsSync(path.join(target, SITE_MARKER)) && !looksLikeOldBuild(target))) {
      return {
        ok: false,
        why: { th: `มี ${raw} อยู่แล้วและไม่ใช่เว็บไซต์ที่คำสั่งนี้สร้าง การสร้างจะแทนที่ทั้งโฟลเดอร์ จึงไม่แตะต้อง ใช้โฟลเดอร์ใหม่ เช่น _site`, en: `${raw} exists and is not a site this command built; a build replaces its output whole, so it is left alone: use a new folder, e.g. _site` },
      };
    }
  }
  return { ok: true, dir };
}
