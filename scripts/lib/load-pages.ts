/**
 * @fileoverview The agency's own pages (privacy policy, website policy,
 * accessibility statement …): `content/pages/<slug>.md`, Markdown with a small
 * validated front matter, published at `/<slug>/` by the product's template.
 * Like every staff file they are data: no template code, permalink or layout
 * of their own.
 */
import path from "node:path";
import { error, warning } from "./problems.ts";
import { policyPageSchema } from "./schema.ts";
import { type LoadContext, futureDate, readOnce, renderMarkdown } from "./load-context.ts";
import { filesOfKind } from "./staff-files.ts";
import { readStaffMarkdown } from "./read-staff.ts";
import type { PageMeta } from "./page-meta.ts";

export interface PolicyPage {
  slug: string;
  file: string;
  title: string;
  description?: string;
  updated?: string;
  html: string;
  meta: PageMeta;
}

/**
 * The pages the Thai government website standard expects, in the order the
 * footer lists them; other pages follow by name.
 */
export const STANDARD_PAGES: Record<string, string> = {
  privacy: "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
  "website-policy": "นโยบายเว็บไซต์",
  accessibility: "การเข้าถึงเว็บไซต์",
};

/** Top-level paths the build itself publishes: a page may not take one. */
export const RESERVED_SLUGS = new Set(["index", "search", "sitemap", "trends", "open-data", "feed", "assets", "pagefind", "admin", "404", "robots", "documents"]);

export function loadPolicyPages(ctx: LoadContext): PolicyPage[] {
  const pages: PolicyPage[] = [];
  for (const f of filesOfKind(ctx.staff, "policy-page", "content/pages/")) {
    const slug = path.posix.basename(f.rel, ".md");
    if (RESERVED_SLUGS.has(slug) || /^\d+$/.test(slug)) {
      ctx.problems.push(
        error(f.rel, { th: `ชื่อ ${slug} ซ้ำกับหน้าที่เว็บไซต์สร้างเอง (/${slug}/) เปลี่ยนชื่อไฟล์ เช่น ${slug}-info.md`, en: `the name ${slug} is taken by a page the site makes itself (/${slug}/): rename the file, e.g. ${slug}-info.md` }),
      );
      continue;
    }
    const md = readOnce(ctx, "policy-page", f, (problems) => readStaffMarkdown(f, policyPageSchema, problems));
    if (!md) continue;
    futureDate(ctx, f.rel, md.data.updated, "updated", md.line, ["updated"]);
    const html = md.body ? renderMarkdown(ctx, md.body) : "";
    ctx.staffHtml.push({ file: f.rel, html });
    pages.push({
      slug,
      file: f.rel,
      title: md.data.title,
      ...(md.data.description ? { description: md.data.description } : {}),
      ...(md.data.updated ? { updated: md.data.updated } : {}),
      html,
      meta: { permalink: `/${slug}/`, title: md.data.title, description: md.data.description ?? md.data.title, crumbYear: "", crumbOit: "", crumbItem: "" },
    });
  }
  for (const [slug, title] of Object.entries(STANDARD_PAGES)) {
    if (!pages.some((p) => p.slug === slug) && !ctx.staff.files.has(`content/pages/${slug}.md`)) {
      ctx.problems.push(
        warning(`content/pages/${slug}.md`, { th: `ยังไม่มีหน้า${title} ซึ่งมาตรฐานเว็บไซต์ภาครัฐกำหนดให้มี สร้างไฟล์นี้`, en: `there is no ${slug} page, which the Thai government website standard expects: create this file` }),
      );
    }
  }
  const order = Object.keys(STANDARD_PAGES);
  const rank = (slug: string) => (order.includes(slug) ? order.indexOf(slug) : order.length);
  return pages.sort((a, b) => rank(a.slug) - rank(b.slug) || a.slug.localeCompare(b.slug));
}
