import { test } from "node:test";
import assert from "node:assert/strict";
import { absoluteUrl, buildOitYear, itasSheet, itemStatus, mergeItems, windowRange, type OitEvidence } from "../../scripts/lib/oit.ts";
import type { Edition, OitItem } from "../../scripts/lib/schema.ts";
import { RULES_2566 } from "./ita-rules.ts";

const item = (code: string, window: OitItem["window"], extra: Partial<OitItem> = {}): OitItem => ({
  code,
  title: `title ${code}`,
  indicator: 9,
  subIndicator: "9.1",
  group: "g",
  window,
  requirement: "r",
  ...extra,
});

const edition: Edition = {
  ...RULES_2566,
  complete: true,
  confidence: "corroborated",
  source: "test source",
  note: "test edition",
  oit: {
    subIndicators: [
      { code: "9.1", indicator: 9, title: "ข้อมูลพื้นฐาน" },
      { code: "10.2", indicator: 10, title: "มาตรการภายใน" },
    ],
    items: [item("o1", "now"), item("o2", "fiscalYear"), item("o10", "firstHalf"), item("o3", "previousYear", { subIndicator: "10.2", indicator: 10 })],
  },
};

const evidence = (documents: { date: string }[], extra: Partial<OitEvidence> = {}): OitEvidence => ({
  file: "content/2566/oit/x.md",
  documents: documents.map((d, n) => ({ title: `d${n}`, date: d.date, url: "https://x.example/", href: "https://x.example/" })),
  entries: [],
  html: "",
  hasBody: false,
  ...extra,
});

test("time windows of fiscal year 2566 (1 Oct 2022 – 30 Sep 2023)", () => {
  assert.equal(windowRange("now", 2566), undefined);
  assert.deepEqual(windowRange("fiscalYear", 2566), { start: "2022-10-01", end: "2023-09-30" });
  assert.deepEqual(windowRange("firstHalf", 2566), { start: "2022-10-01", end: "2023-03-31" });
  assert.deepEqual(windowRange("previousYear", 2566), { start: "2021-10-01", end: "2023-09-30" });
});

test("status: missing without evidence or with an empty stub", () => {
  assert.equal(itemStatus(item("o1", "now"), 2566).status, "missing");
  assert.equal(itemStatus(item("o1", "now"), 2566, evidence([])).status, "missing");
});

test("status: a 'now' item with prose and no date is published", () => {
  assert.equal(itemStatus(item("o1", "now"), 2566, evidence([], { hasBody: true })).status, "published");
});

test("status: first-half item dated 31 Mar is in, 1 Apr is outside the window", () => {
  const h1 = item("o10", "firstHalf");
  assert.equal(itemStatus(h1, 2566, evidence([{ date: "2023-03-31" }])).status, "published");
  const late = itemStatus(h1, 2566, evidence([{ date: "2023-04-01" }]));
  assert.equal(late.status, "outside-window");
  // Thai dates, never ISO: the site shows this reason to citizens
  assert.equal(late.reason, "หลักฐานลงวันที่นอกช่วง 1\u00a0ต.ค.\u00a02565 – 31\u00a0มี.ค.\u00a02566 ที่ข้อนี้กำหนด (ลงวันที่ 1\u00a0เม.ย.\u00a02566)");
  assert.doesNotMatch(late.reason, /\d{4}-\d{2}-\d{2}/);
  assert.deepEqual(late.range, { start: "2022-10-01", end: "2023-03-31" });
  assert.equal(late.updated, "2023-04-01");
});

test("status: one document inside the fiscal year is enough; prose without a date is not", () => {
  const fy = item("o2", "fiscalYear");
  assert.equal(itemStatus(fy, 2566, evidence([{ date: "2022-09-30" }, { date: "2022-10-01" }])).status, "published");
  assert.equal(itemStatus(fy, 2566, evidence([{ date: "2022-09-30" }])).status, "outside-window");
  const undated = itemStatus(fy, 2566, evidence([], { hasBody: true }));
  assert.equal(undated.status, "missing");
  // the reason is printed on public pages: a sentence for citizens, no field name (check says where the date goes)
  assert.equal(undated.reason, "หลักฐานไม่ได้ระบุวันที่");
  assert.equal(itemStatus(fy, 2566, evidence([], { hasBody: true, updated: "2023-01-05" })).status, "published");
});

test("readiness: the summary and the list of items not ready agree in counts, membership and reasons", () => {
  // fiscal year 2566 runs 1 Oct 2022 – 30 Sep 2023; its first half ends 31 Mar 2023
  const entry = { slug: "n1", title: "ประกาศ", date: "2023-02-11", href: "/2566/oit/o44/n1/", documents: [], html: "" };
  const oit = buildOitYear(
    2566,
    edition,
    { fiscalYear: 2566, items: [item("o44", "fiscalYear")], remove: [], subIndicators: [] },
    new Map([
      ["o1", evidence([], { hasBody: true })], // now: prose is enough → ready
      ["o2", evidence([{ date: "2022-08-01" }, { date: "2022-09-30" }])], // both before the fiscal year → outside
      ["o10", evidence([{ date: "2023-04-01" }])], // a day after the first half → outside
      ["o44", evidence([], { entries: [entry] })], // an entry inside the fiscal year → ready
      // o3: no file at all → missing
    ]),
  );
  assert.deepEqual(oit.readiness, { ready: 2, total: 5, missing: 1, outsideWindow: 2 });
  assert.deepEqual(oit.notReady.map((i) => i.code), ["o2", "o3", "o10"]);
  assert.deepEqual(
    oit.notReady.map((i) => [i.code, i.status, i.reason]),
    [
      ["o2", "outside-window", "หลักฐานลงวันที่นอกช่วง 1\u00a0ต.ค.\u00a02565 – 30\u00a0ก.ย.\u00a02566 ที่ข้อนี้กำหนด (ฉบับล่าสุดลงวันที่ 30\u00a0ก.ย.\u00a02565)"],
      ["o3", "missing", "ยังไม่มีหลักฐาน"],
      ["o10", "outside-window", "หลักฐานลงวันที่นอกช่วง 1\u00a0ต.ค.\u00a02565 – 31\u00a0มี.ค.\u00a02566 ที่ข้อนี้กำหนด (ลงวันที่ 1\u00a0เม.ย.\u00a02566)"],
    ],
  );
  // the counts are the list's, and every ready item is out of it with no reason
  const { ready, missing, outsideWindow, total } = oit.readiness;
  assert.equal(total - ready, oit.notReady.length);
  assert.equal(missing + outsideWindow, oit.notReady.length);
  for (const i of oit.items.filter((i) => i.status === "published")) {
    assert.ok(!oit.notReady.includes(i), i.code);
    assert.equal(i.reason, "", i.code);
  }
});

test("mergeItems: the agency corrects a title, adds an item, removes one; code order is numeric", () => {
  const { items } = mergeItems(edition, {
    fiscalYear: 2566,
    items: [{ code: "o2", title: "แก้ชื่อ" }, item("o44", "now")],
    remove: ["o3"],
    subIndicators: [],
  });
  assert.deepEqual(items.map((i) => i.code), ["o1", "o2", "o10", "o44"]);
  assert.equal(items[1]!.title, "แก้ชื่อ");
  assert.equal(items[1]!.window, "fiscalYear", "fields not given keep the edition's value");
});

test("buildOitYear groups by sub-indicator and counts readiness", () => {
  const oit = buildOitYear(2566, edition, undefined, new Map([["o1", evidence([], { hasBody: true })], ["o10", evidence([{ date: "2023-06-01" }])]]));
  assert.deepEqual(oit.readiness, { ready: 1, total: 4, missing: 2, outsideWindow: 1 });
  assert.deepEqual(oit.subIndicators.map((s) => [s.code, s.items.map((i) => i.code)]), [["9.1", ["o1", "o2", "o10"]], ["10.2", ["o3"]]]);
});

test("ITAS sheet: absolute URLs from the base URL and the path prefix; มี only when the evidence counts", () => {
  assert.equal(absoluteUrl("https://a.example/", "/", "/2566/oit/o1/"), "https://a.example/2566/oit/o1/");
  assert.equal(absoluteUrl("https://a.example", "/ita/", "/2566/oit/o1/"), "https://a.example/ita/2566/oit/o1/");
  assert.equal(absoluteUrl("https://a.example/", "ita", "/x/"), "https://a.example/ita/x/");
  const oit = buildOitYear(2566, edition, undefined, new Map([["o10", evidence([{ date: "2023-06-01" }])], ["o1", evidence([], { hasBody: true })]]));
  const rows = itasSheet(oit, "https://a.example/", "/ita/");
  assert.deepEqual(rows[0], { code: "o1", title: "title o1", answer: "มี", url: "https://a.example/ita/2566/oit/o1/", updated: "", status: "published" });
  assert.equal(rows[3]!.code, "o10");
  assert.equal(rows[3]!.answer, "ไม่มี", "evidence outside its window does not count");
  assert.equal(rows[3]!.status, "outside-window");
});

test("status: entries (e.g. procurement notices) count as dated evidence", () => {
  const entry = (date: string) => ({ slug: date, title: "t", date, href: "/x/", documents: [], html: "" });
  const fy = item("o2", "fiscalYear");
  const inside = itemStatus(fy, 2566, evidence([], { entries: [entry("2023-02-01"), entry("2022-01-01")] }));
  assert.equal(inside.status, "published");
  assert.equal(inside.updated, "2023-02-01");
  assert.equal(itemStatus(fy, 2566, evidence([], { entries: [entry("2022-01-01")] })).status, "outside-window");
});
