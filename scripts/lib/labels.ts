/**
 * @fileoverview Thai labels the site prints for fixed vocabulary: the three
 * tools, measure statuses, OIT time windows.
 */
import type { Tool } from "./ita.ts";

export const TOOL_LABELS: Record<Tool, { th: string; short: string }> = {
  IIT: { th: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", short: "ผู้มีส่วนได้ส่วนเสียภายใน" },
  EIT: { th: "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก", short: "ผู้มีส่วนได้ส่วนเสียภายนอก" },
  OIT: { th: "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", short: "การเปิดเผยข้อมูลสาธารณะ" },
};

export const MEASURE_STATUS_LABELS: Record<string, string> = {
  planned: "ยังไม่เริ่ม",
  "in-progress": "กำลังดำเนินการ",
  done: "ดำเนินการแล้ว",
  cancelled: "ยกเลิก",
};

export const FIELD_LABELS: Record<string, string> = {
  total: "คะแนนรวม",
  rating: "ระดับผลการประเมิน",
  "tools.IIT": "คะแนน IIT",
  "tools.EIT": "คะแนน EIT",
  "tools.OIT": "คะแนน OIT",
};

export const OIT_STATUS_LABELS: Record<string, string> = {
  published: "เผยแพร่แล้ว",
  missing: "ยังไม่มี",
  "outside-window": "หลักฐานอยู่นอกช่วงเวลา",
};

/** A file size people read: 820 ไบต์, 34 KB, 1.2 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ไบต์`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const KINDS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "Word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.ms-excel": "Excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "text/csv": "CSV",
  "image/jpeg": "รูปภาพ JPEG",
  "image/png": "รูปภาพ PNG",
  "text/plain": "ข้อความ",
  "application/zip": "ZIP",
};

/** A short name for a media type: PDF, Word, Excel … */
export function fileKind(type: string): string {
  return KINDS[type] ?? "ไฟล์";
}
