/** Edition rules written out by hand for the engine tests (not read from the catalogue files). */
import type { EditionRules, IndicatorDef } from "../../scripts/lib/ita.ts";

export const INDICATORS: IndicatorDef[] = [
  { no: 1, name: "การปฏิบัติหน้าที่", tool: "IIT" },
  { no: 2, name: "การใช้งบประมาณ", tool: "IIT" },
  { no: 3, name: "การใช้อำนาจ", tool: "IIT" },
  { no: 4, name: "การใช้ทรัพย์สินของราชการ", tool: "IIT" },
  { no: 5, name: "การแก้ไขปัญหาการทุจริต", tool: "IIT" },
  { no: 6, name: "คุณภาพการดำเนินงาน", tool: "EIT" },
  { no: 7, name: "ประสิทธิภาพการสื่อสาร", tool: "EIT" },
  { no: 8, name: "การปรับปรุงระบบการทำงาน", tool: "EIT" },
  { no: 9, name: "การเปิดเผยข้อมูล", tool: "OIT" },
  { no: 10, name: "การป้องกันการทุจริต", tool: "OIT" },
];

export const RULES_2565: EditionRules = {
  edition: 2565,
  weights: { IIT: 30, EIT: 30, OIT: 40 },
  rating: {
    levels: [
      { label: "AA", min: 95 },
      { label: "A", min: 85 },
      { label: "B", min: 75 },
      { label: "C", min: 65 },
      { label: "D", min: 55 },
      { label: "E", min: 50 },
      { label: "F", min: 0 },
    ],
  },
  indicators: INDICATORS,
};

export const RULES_2566: EditionRules = {
  ...RULES_2565,
  edition: 2566,
  rating: {
    levels: [
      { label: "ผ่านดีเยี่ยม", min: 95, toolMin: 95 },
      { label: "ผ่านดี", min: 85, toolMin: 85 },
      { label: "ผ่าน", min: 85 },
      { label: "ไม่ผ่าน", min: 0 },
    ],
  },
};

/** Ten scores from a list in indicator order. */
export function scores(...values: number[]): Record<number, number> {
  return Object.fromEntries(values.map((v, i) => [i + 1, v]));
}

/** The seed's FY2565 scores (Tha Rae). */
export const SEED_2565 = scores(98.68, 97.72, 98.19, 96.3, 98.5, 85.38, 81.22, 82.05, 100, 100);
