/**
 * @fileoverview The agency's emblem (`data/<file>` named by `site.json`'s
 * `emblem`), published at /assets/img/<file> and shown in the header, the
 * report and as the icon. A PNG or JPEG is checked by its first bytes; an SVG
 * must be a plain drawing (no script, event handlers, embedded pages or links
 * to other hosts), since opened on its own it would run in the site's origin.
 * Other images in data/ that site.json does not name are not part of the site.
 */
import { checkDocument } from "./documents.ts";
import { type LoadContext } from "./load-context.ts";
import { error } from "./problems.ts";
import { readPlainFile } from "./read-staff.ts";
import { filesOfKind } from "./staff-files.ts";
import type { Site } from "./schema.ts";

/** The largest emblem accepted: it is on every page. */
export const MAX_EMBLEM_BYTES = 512 * 1024;

/** Why an SVG is not a plain drawing, or undefined when it is one. */
export function unsafeSvg(svg: string): string | undefined {
  const s = svg.toLowerCase();
  if (!/<svg[\s>]/.test(s)) return "no <svg> element";
  if (/<script[\s>/]/.test(s)) return "<script>";
  if (/<(foreignobject|iframe|object|embed|html|body)[\s>/]/.test(s)) return "an embedded document";
  if (/\son[a-z]+\s*=/.test(s)) return "an event handler (on…=)";
  if (/(javascript|vbscript|data)\s*:/.test(s)) return "a javascript: or data: address";
  if (/(href|src)\s*=\s*["']?\s*(https?:)?\/\//.test(s)) return "a link to another host";
  if (/<!entity/.test(s)) return "an XML entity";
  return undefined;
}

/** Check and publish the emblem; every other image in data/ is an error naming it. */
export function checkEmblem(ctx: LoadContext, site: Site | undefined): void {
  if (!site) return; // which image is the emblem is not known
  const name = site.emblem;
  for (const f of filesOfKind(ctx.staff, "image", "data/")) {
    if (f.rel === `data/${name}`) continue;
    ctx.problems.push(
      error(f.rel, { th: "ไฟล์นี้ไม่ได้ถูกใช้ ตราหน่วยงานต้องระบุชื่อไฟล์ใน emblem ของ data/site.json (ลบไฟล์นี้หรือระบุชื่อ)", en: "this file is not used: the emblem is the file named by emblem in data/site.json (delete this file or name it there)" }),
    );
  }
  if (!name) return;
  const file = ctx.staff.files.get(`data/${name}`);
  if (!file) {
    ctx.problems.push(error("data/site.json", { th: `ไม่พบไฟล์ตราหน่วยงาน data/${name}`, en: `emblem file data/${name} not found` }, "emblem"));
    return;
  }
  const bytes = readPlainFile(file, MAX_EMBLEM_BYTES, ctx.problems, {
    th: `ตราหน่วยงานใหญ่เกิน ${MAX_EMBLEM_BYTES / 1024} KB ลดขนาดรูป (ตราแสดงในทุกหน้า)`,
    en: `the emblem is larger than ${MAX_EMBLEM_BYTES / 1024} KB: make the image smaller (it is on every page)`,
  });
  if (!bytes) return;
  if (name.toLowerCase().endsWith(".svg")) {
    const why = unsafeSvg(bytes.toString("utf8"));
    if (why) {
      ctx.problems.push(
        error(file.rel, { th: `ไฟล์ SVG นี้มีส่วนที่ทำงานเป็นโปรแกรมหรือดึงข้อมูลจากที่อื่นได้ (${why}) ให้ใช้ตราเป็น PNG หรือ SVG ที่เป็นภาพวาดอย่างเดียว`, en: `this SVG holds something that can run or fetch (${why}): use a PNG, or an SVG that is only a drawing` }),
      );
      return;
    }
  } else {
    const check = checkDocument(name, bytes);
    if (!check.ok) {
      ctx.problems.push(error(file.rel, check.why));
      return;
    }
  }
  ctx.published.set(`/assets/img/${name}`, { source: file.abs, href: `/assets/img/${name}` });
}
