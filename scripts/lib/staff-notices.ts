/**
 * @fileoverview Warnings for staff about what the public site is about to
 * show: a reported figure that differs from the computation (the analysis page
 * publishes the difference), the bundled example still standing in for the
 * agency, a placeholder web address, sample content. They are told by
 * `npm run check`, the build and the live preview, never on the site itself.
 */
import type { Discrepancy, ItaResult } from "./ita.ts";
import type { OitYear } from "./oit.ts";
import { type Problem, warning } from "./problems.ts";
import type { Site } from "./schema.ts";
import { FIELD_LABELS } from "./labels.ts";

type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** A reported or computed figure as the analysis page prints it: a score with two decimals, a rating as text. */
function figure(d: Discrepancy, which: "reported" | "computed"): string {
  const v = d[which];
  return typeof v === "number" ? v.toFixed(2) : JSON.stringify(v);
}

/**
 * One warning per difference between `reported` in ita.json and the
 * computation, naming the field, both values and the public page that will
 * show the difference: a typo in a copied total is staff news before it is
 * public news.
 */
export function discrepancyWarnings(file: string, year: number, result: ItaResult, line: LineOf, levels: readonly { label: string }[] = []): Problem[] {
  const page = `/${year}/analysis/`;
  const norm = (s: string) => s.trim().toUpperCase();
  return result.discrepancies.map((d) => {
    const path = ["reported", ...d.field.split(".")];
    const reported = figure(d, "reported");
    const computed = figure(d, "computed");
    const label = FIELD_LABELS[d.field] ?? d.field;
    const joined = /[A-Za-z]$/.test(label) ? `${label} ` : label; // "คะแนน IIT ที่รายงาน", "คะแนนรวมที่รายงาน"
    // a rating that is no level of the year's edition: most often the old letters (AA–F, up to 2565)
    // copied for a 2566+ result; the site shows the year's own rule, and this is not an input error
    const foreign = d.field === "rating" && levels.length > 0 && !levels.some((l) => norm(l.label) === norm(String(d.reported)));
    const letters = foreign && /^(AA|A|B|C|D|E|F)$/.test(norm(String(d.reported)));
    const [thWhat, enWhat] = foreign
      ? [
          `${joined}ที่รายงาน (${reported}) ไม่ใช่ระดับของเกณฑ์ปี ${result.edition} (${levels.map((l) => l.label).join(", ")})${letters ? " เป็นระดับตัวอักษรแบบเดิม (ใช้ถึงปี 2565)" : ""} เว็บไซต์แสดง ${computed} ตามเกณฑ์ของปี ไม่ใช่ข้อผิดพลาดของข้อมูล`,
          `the reported rating (${reported}) is not a level of edition ${result.edition}${letters ? " (an old letter grade, used up to 2565)" : ""}; the site shows ${computed} by the year's own rule, a discrepancy, not an error`,
        ]
      : d.field === "rating"
        ? [`${joined}ที่รายงาน (${reported}) ไม่ตรงกับที่คำนวณตามเกณฑ์ปี ${result.edition} (${computed})`, `the reported rating (${reported}) differs from the rating by the ${result.edition} rules (${computed})`]
        : [`${joined}ที่รายงาน (${reported}) ไม่ตรงกับที่คำนวณจากคะแนนรายตัวชี้วัด (${computed})`, `the reported ${d.field === "total" ? "total" : `${d.field.slice(6)} score`} (${reported}) differs from the one computed from the indicator scores (${computed})`];
    return warning(
      file,
      {
        th: `${thWhat} ความต่างนี้จะแสดงต่อสาธารณะในหน้า ${page} ตรวจทั้งสองค่ากับรายงานจากระบบ ITAS แล้วแก้ค่าที่พิมพ์ผิด`,
        en: `${enWhat}: the difference will be shown publicly on ${page}; check both against the ITAS report and fix the one mistyped`,
      },
      path.join("."),
      line(path),
    );
  });
}

/** Host names that can never be a real site (RFC 2606 and 6761): the example's, or one nobody replaced. */
function placeholderHost(baseUrl: string): boolean {
  let host: string;
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return false; // the schema said it already
  }
  return /(^|\.)(example|test|invalid|localhost)$/.test(host) || /^(www\.)?example\.(com|net|org)$/.test(host);
}

/**
 * The example still standing in for the agency: the bundled example says
 * `"example": true` in site.json until `npm run new-agency` replaces it.
 * After that, a placeholder address and items still marked `sample: true`.
 */
export function exampleWarnings(site: Site, line: LineOf, oitYears: readonly { oit?: OitYear }[]): Problem[] {
  if (site.example) {
    return [
      warning(
        "data/site.json",
        {
          th: 'เว็บไซต์นี้ยังเป็นตัวอย่างของเทศบาลตำบลท่าแร่ (ข้อมูลทุกปี เอกสาร และเนื้อหาตัวอย่าง) เรียก npm run new-agency เพื่อเปลี่ยนเป็นเว็บไซต์ของหน่วยงานของท่าน (ถ้าแทนที่ข้อมูลตัวอย่างทั้งหมดเองแล้ว ให้ลบบรรทัด "example": true)',
          en: 'this site is still the bundled example, Tha Rae Subdistrict Municipality (every year, document and sample page): run npm run new-agency to make it your agency\'s site (if you have replaced all of the example yourself, delete the line "example": true)',
        },
        "example",
        line(["example"]),
      ),
    ];
  }
  const out: Problem[] = [];
  if (placeholderHost(site.baseUrl)) {
    out.push(
      warning(
        "data/site.json",
        {
          th: `ที่อยู่เว็บไซต์ ${site.baseUrl} เป็นที่อยู่สมมติ ใส่ที่อยู่จริงของเว็บไซต์ (ตาราง URL สำหรับกรอกใน ITAS และข้อมูลเปิดใช้ที่อยู่นี้)`,
          en: `${site.baseUrl} is a placeholder address: put the site's real address (the ITAS sheet and the open data use it)`,
        },
        "baseUrl",
        line(["baseUrl"]),
      ),
    );
  }
  for (const y of oitYears) {
    for (const item of y.oit?.items ?? []) {
      if (!item.evidence?.sample) continue;
      out.push(
        warning(item.evidence.file, {
          th: "ข้อนี้ยังเป็นเนื้อหาตัวอย่าง (sample: true) หน้าเว็บบอกผู้อ่านว่าเป็นตัวอย่าง ใส่หลักฐานจริงแล้วลบบรรทัด sample: true",
          en: "this item is still sample content (sample: true) and its page says so: put the real evidence in and delete the line sample: true",
        }, "sample"),
      );
    }
  }
  return out;
}
