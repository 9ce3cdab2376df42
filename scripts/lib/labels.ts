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
