/**
 * Deterministic random numbers and Thai prose for the benchmark's synthetic
 * agencies. The sentences are composed from a small municipal word list
 * written for the benchmark (nothing is copied from the seed document): they
 * read like Thai office prose and have a realistic length and character mix,
 * which is what matters to Markdown, Nunjucks and Pagefind's Thai segmenter.
 */

/** A seeded PRNG (mulberry32): same seed, same agency, byte for byte. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    const v = list[Math.floor(this.next() * list.length)];
    if (v === undefined) throw new Error("pick from an empty list");
    return v;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const SUBJECTS = [
  "เทศบาล", "กองคลัง", "สำนักปลัดเทศบาล", "กองช่าง", "กองการศึกษา", "กองสาธารณสุขและสิ่งแวดล้อม",
  "คณะกรรมการตรวจรับพัสดุ", "เจ้าหน้าที่พัสดุ", "ผู้บริหารท้องถิ่น", "งานประชาสัมพันธ์", "คณะทำงานด้านความโปร่งใส",
  "งานนิติการ", "หัวหน้าส่วนราชการ", "ศูนย์รับเรื่องร้องเรียน",
];
const VERBS = [
  "ได้จัดทำ", "ได้เผยแพร่", "ได้ทบทวน", "ได้ตรวจสอบ", "ได้รวบรวม", "ได้ปรับปรุง", "ได้ประกาศ", "ได้สรุป",
  "ได้รายงาน", "ได้ติดตาม", "จะจัดทำ", "จะทบทวน", "มีหน้าที่ดูแล", "รับผิดชอบ",
];
const OBJECTS = [
  "แผนการดำเนินงานประจำปี", "ข้อมูลการใช้จ่ายงบประมาณ", "ขั้นตอนการให้บริการประชาชน", "รายงานผลการจัดซื้อจัดจ้าง",
  "คู่มือการปฏิบัติงาน", "ประกาศเจตนารมณ์การต่อต้านการทุจริต", "ช่องทางการรับเรื่องร้องเรียน", "ผลการสำรวจความพึงพอใจของผู้รับบริการ",
  "ทะเบียนทรัพย์สินของทางราชการ", "ข้อมูลสถิติการให้บริการ", "แผนอัตรากำลังสามปี", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
  "มาตรการป้องกันการรับสินบน", "รายงานการประเมินความเสี่ยงการทุจริต", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
];
const COMPLEMENTS = [
  "ให้เป็นปัจจุบัน", "เพื่อให้ประชาชนตรวจสอบได้", "ตามระเบียบที่เกี่ยวข้อง", "อย่างครบถ้วนและถูกต้อง", "ภายในกำหนดเวลา",
  "ผ่านเว็บไซต์ของหน่วยงาน", "และเสนอต่อผู้บริหารพิจารณา", "ทุกไตรมาส", "ณ ที่ทำการของหน่วยงาน", "เพื่อใช้เป็นแนวทางในปีถัดไป",
  "โดยเปิดโอกาสให้ประชาชนมีส่วนร่วม", "และแจ้งให้บุคลากรทุกคนทราบ",
];
const OPENERS = ["", "", "", "นอกจากนี้ ", "ในปีงบประมาณนี้ ", "ทั้งนี้ ", "เมื่อสิ้นไตรมาส ", "ต่อมา ", "โดยเฉพาะอย่างยิ่ง ", "เพื่อความโปร่งใส "];

/** One sentence, e.g. "ทั้งนี้ กองคลังได้เผยแพร่ข้อมูลการใช้จ่ายงบประมาณผ่านเว็บไซต์ของหน่วยงาน". */
export function sentence(r: Random): string {
  return `${r.pick(OPENERS)}${r.pick(SUBJECTS)}${r.pick(VERBS)}${r.pick(OBJECTS)}${r.pick(COMPLEMENTS)}`;
}

/** A paragraph of `min`–`max` sentences; Thai separates sentences with a space. */
export function paragraph(r: Random, min = 3, max = 6): string {
  const n = r.int(min, max);
  return Array.from({ length: n }, () => sentence(r)).join(" ");
}

/** Markdown prose of `min`–`max` paragraphs. */
export function prose(r: Random, min = 2, max = 4): string {
  const n = r.int(min, max);
  return Array.from({ length: n }, () => paragraph(r)).join("\n\n");
}

/** Prose of at least `bytes` UTF-8 bytes (Thai letters take 3 bytes each). */
export function proseOfBytes(r: Random, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = paragraph(r);
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join("\n\n");
}

const NOTICE_KINDS = ["ประกาศผู้ชนะการเสนอราคา", "ประกาศเชิญชวนทั่วไป", "ประกาศราคากลาง", "ประกาศยกเลิกการจัดซื้อจัดจ้าง", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง"];
const PROJECTS = [
  "ก่อสร้างถนนคอนกรีตเสริมเหล็ก", "ซ่อมแซมท่อระบายน้ำ", "จัดซื้อวัสดุสำนักงาน", "จัดซื้อครุภัณฑ์คอมพิวเตอร์", "ขุดลอกคลองสาธารณะ",
  "ติดตั้งไฟฟ้าส่องสว่างสาธารณะ", "จัดซื้ออาหารเสริม (นม) โรงเรียน", "ปรับปรุงอาคารศูนย์พัฒนาเด็กเล็ก", "จ้างเหมาบริการเก็บขยะมูลฝอย",
  "ซ่อมแซมรถบรรทุกน้ำ", "จัดซื้อวัสดุเชื้อเพลิงและหล่อลื่น", "ก่อสร้างรางระบายน้ำ",
];
const VILLAGES = ["บ้านท่าแร่", "บ้านนาดี", "บ้านหนองบัว", "บ้านโคกสว่าง", "บ้านดงเย็น", "บ้านคำเจริญ", "บ้านศรีสุข"];

/** A procurement notice title, e.g. "ประกาศราคากลาง โครงการซ่อมแซมท่อระบายน้ำ บ้านนาดี หมู่ที่ 4". */
export function noticeTitle(r: Random): string {
  return `${r.pick(NOTICE_KINDS)} โครงการ${r.pick(PROJECTS)} ${r.pick(VILLAGES)} หมู่ที่ ${r.int(1, 15)}`;
}

/** A short list item (assessment point, improvement, measure step). */
export function point(r: Random): string {
  return `${r.pick(SUBJECTS)}${r.pick(VERBS)}${r.pick(OBJECTS)}`;
}

export const UNITS = ["สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองวิชาการและแผนงาน"];
