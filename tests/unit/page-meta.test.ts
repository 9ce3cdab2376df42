import { test } from "node:test";
import assert from "node:assert/strict";
import { oitEntryMeta, oitItemMeta } from "../../scripts/lib/page-meta.ts";

test("an item page: URL by year and code, code in capitals, the year in the agency's digits", () => {
  assert.deepEqual(oitItemMeta(2566, { code: "o8", title: "Q&A" }, "thai"), {
    permalink: "/2566/oit/o8/",
    title: "O8 Q&A",
    description: "ข้อ O8 ของแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๖: Q&A",
    crumbYear: "2566",
    crumbOit: "1",
    crumbItem: "",
  });
  assert.equal(oitItemMeta(2566, { code: "o8", title: "Q&A" }, "arabic").description, "ข้อ O8 ของแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2566: Q&A");
});

test("an entry page: its own URL and title, the item in its description, and a breadcrumb to the item", () => {
  const meta = oitEntryMeta(2566, { code: "o20", title: "ประกาศต่าง ๆ" }, { href: "/2566/oit/o20/notice-001/", title: "ประกาศผู้ชนะ" }, "thai");
  assert.deepEqual(meta, {
    permalink: "/2566/oit/o20/notice-001/",
    title: "ประกาศผู้ชนะ",
    description: "O20 ประกาศต่าง ๆ ปี ๒๕๖๖: ประกาศผู้ชนะ",
    crumbYear: "2566",
    crumbOit: "1",
    crumbItem: "o20",
  });
});

test("an item's catalogue wording follows the site's digits; its code stays as ITAS writes it", () => {
  const meta = oitItemMeta(2566, { code: "o12", title: "รายงานการกำกับติดตาม รอบ 6 เดือน" }, "thai");
  assert.equal(meta.title, "O12 รายงานการกำกับติดตาม รอบ ๖ เดือน");
  assert.equal(meta.description, "ข้อ O12 ของแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๖: รายงานการกำกับติดตาม รอบ ๖ เดือน");
});
