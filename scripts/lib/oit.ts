/**
 * @fileoverview The OIT part of a year: the edition's item list corrected by
 * the agency, each item's status from its evidence and time window, the
 * readiness summary, and the ITAS sheet (one URL per item).
 */
import { fiscalYearRange, firstHalfRange } from "./fiscal-year.ts";
import { thaiDateRange, thaiDateShort } from "./thai.ts";
import type { Confidence, DocumentRef, Edition, OitItem, OitItemPatch, OitOverride, OitWindow } from "./schema.ts";

export type OitStatus = "published" | "missing" | "outside-window";

/** An item's evidence as read from content/<year>/oit/<code>.md. */
export interface OitEvidence {
  file: string;
  updated?: string;
  sample?: boolean;
  documents: PublishedDocument[];
  /** Entries of an item that publishes many (e.g. procurement notices), newest first. */
  entries: OitEntryView[];
  html: string;
  hasBody: boolean;
}

export type PublishedDocument = DocumentRef & { size?: number; type?: string; sha256?: string; href: string };

export interface OitEntryView {
  slug: string;
  title: string;
  date: string;
  href: string;
  documents: PublishedDocument[];
  html: string;
  /** Example content (`sample: true`), not the agency's real evidence. */
  sample?: boolean;
}

/** A page of this site an item links by its role (the previous year's analysis, the measures). */
export interface RelatedPage {
  title: string;
  href: string;
}

export interface OitItemView extends Omit<OitItem, "title" | "titleKnown"> {
  /** The title to show: the item's title, or "ข้อ O2" when it is not known (never a guess). */
  title: string;
  /** false when the edition does not know the title: staff are asked to confirm it. */
  titleKnown: boolean;
  /** Code and title together, as a page heading: "O1 โครงสร้าง", or "ข้อ O2" when the title is not known. */
  heading: string;
  /** How sure the item is (its own mark, or its edition's), and where it comes from. For staff only. */
  confidence: Confidence;
  source: string;
  /** Pages of this site the item links by its role (set once every year is loaded). */
  related: RelatedPage[];
  status: OitStatus;
  /**
   * Why the item is not ready, in Thai with ASCII digits and Thai dates (templates turn
   * the digits into the site's); empty when published.
   */
  reason: string;
  /** The dates its evidence must fall in (ISO), absent for "now" (any date counts). */
  range?: { start: string; end: string };
  /** Its evidence, or one of its entries, is example content (`sample: true`). */
  sample?: boolean;
  /** The latest date of the item's evidence (ISO), if any. */
  updated?: string;
  evidence?: OitEvidence;
}

export interface SubIndicatorView {
  code: string;
  indicator: 9 | 10;
  title: string;
  items: OitItemView[];
}

export interface OitYear {
  fiscalYear: number;
  edition: number;
  complete: boolean;
  /** The edition is a working draft (staff are told at every check and build). */
  provisional: boolean;
  items: OitItemView[];
  subIndicators: SubIndicatorView[];
  readiness: { ready: number; total: number; missing: number; outsideWindow: number };
  /** The items that are not ready, in code order: the list the readiness summary counts. */
  notReady: OitItemView[];
  /** How many items show example content: pages listing them say so. */
  sampleItems: number;
}

const codeNumber = (code: string): number => Number(code.slice(1));

/**
 * An item with a correction applied: the fields given replace the item's. A
 * title given for an item whose title was unknown makes it known (the guess goes).
 */
export function patchItem(base: OitItem | undefined, patch: OitItemPatch): OitItem {
  const merged = { ...(base ?? {}), ...patch } as OitItem;
  if (patch.title !== undefined && patch.titleKnown === undefined) {
    delete merged.titleKnown;
    delete merged.titleGuess;
  }
  return merged;
}

/** Items corrected by code, removed by code, in code order. */
export function patchItems(items: readonly OitItem[], patches: readonly OitItemPatch[] = [], remove: readonly string[] = []): OitItem[] {
  const byCode = new Map(items.map((i) => [i.code, { ...i }]));
  for (const patch of patches) byCode.set(patch.code, patchItem(byCode.get(patch.code), patch));
  for (const code of remove) byCode.delete(code);
  return [...byCode.values()].sort((a, b) => codeNumber(a.code) - codeNumber(b.code));
}

/** The item list of an edition with the agency's corrections applied, in code order. */
export function mergeItems(edition: Edition, override?: Partial<OitOverride>): { items: OitItem[]; subIndicators: Edition["oit"]["subIndicators"] } {
  const subs = new Map(edition.oit.subIndicators.map((s) => [s.code, s]));
  for (const s of override?.subIndicators ?? []) subs.set(s.code, s);
  return {
    items: patchItems(edition.oit.items, override?.items, override?.remove),
    subIndicators: [...subs.values()],
  };
}

/** The title citizens see for an item whose title is not known: the code alone, never a guess. */
export function untitled(code: string): string {
  return `ข้อ ${code.toUpperCase()}`;
}

/** The dates an item's evidence must fall in for fiscal year `fy`, or undefined for "now" (and an unknown window). */
export function windowRange(window: OitWindow | undefined, fy: number): { start: string; end: string } | undefined {
  switch (window) {
    case undefined:
    case "now":
      return undefined;
    case "fiscalYear":
      return fiscalYearRange(fy);
    case "firstHalf":
      return firstHalfRange(fy);
    case "previousYear":
      // a report on the previous year is dated in that year or published during the assessed one
      return { start: fiscalYearRange(fy - 1).start, end: fiscalYearRange(fy).end };
  }
}

export const WINDOW_LABELS: Record<OitWindow, string> = {
  now: "ข้อมูลปัจจุบัน",
  fiscalYear: "ภายในปีงบประมาณที่ประเมิน",
  firstHalf: "ครึ่งปีแรกของปีงบประมาณ (ตุลาคม–มีนาคม)",
  previousYear: "ผลของปีงบประมาณก่อนหน้า",
};

/**
 * Status of one item: missing without evidence; outside-window when no evidence is dated
 * inside its window. The reason names the window and the latest date as Thai dates.
 */
export function itemStatus(item: OitItem, fy: number, evidence?: OitEvidence): { status: OitStatus; reason: string; updated?: string; range?: { start: string; end: string } } {
  const dated = evidence ? [...evidence.documents.map((d) => d.date), ...evidence.entries.map((e) => e.date)] : [];
  const dates = [...dated, ...(evidence?.updated ? [evidence.updated] : [])];
  const updated = dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : undefined;
  const range = windowRange(item.window, fy);
  const extra = { ...(updated ? { updated } : {}), ...(range ? { range } : {}) };
  const has = evidence && (dated.length > 0 || evidence.hasBody);
  if (!has) return { status: "missing", reason: "ยังไม่มีหลักฐาน", ...extra };
  if (!range) return { status: "published", reason: "", ...extra };
  const datedIn = (d: string) => d >= range.start && d <= range.end;
  const candidates = dated.length ? dated : evidence!.updated ? [evidence!.updated] : [];
  if (candidates.length === 0) return { status: "missing", reason: "หลักฐานไม่ได้ระบุวันที่", ...extra };
  if (candidates.some(datedIn)) return { status: "published", reason: "", ...extra };
  const latest = candidates.reduce((a, b) => (a > b ? a : b));
  return {
    status: "outside-window",
    reason:
      `หลักฐานลงวันที่นอกช่วง ${thaiDateRange(range.start, range.end)} ที่ข้อนี้กำหนด` +
      ` (${candidates.length > 1 ? "ฉบับล่าสุดลงวันที่" : "ลงวันที่"} ${thaiDateShort(latest)})`,
    ...extra,
  };
}

/** Build the OIT view of a year from its item list and the evidence found. */
export function buildOitYear(
  fy: number,
  edition: Edition,
  override: OitOverride | undefined,
  evidence: ReadonlyMap<string, OitEvidence>,
): OitYear {
  const { items, subIndicators } = mergeItems(edition, override);
  const shipped = new Set(edition.oit.items.map((i) => i.code));
  const views: OitItemView[] = items.map((item) => {
    const ev = evidence.get(item.code);
    const sample = !!ev && (ev.sample === true || ev.entries.some((e) => e.sample));
    const titleKnown = item.title !== undefined;
    const title = item.title ?? untitled(item.code);
    // an item the agency added in data/<year>/oit.json is its own word, not the edition's
    const fromEdition = shipped.has(item.code);
    return {
      ...item,
      title,
      titleKnown,
      heading: titleKnown ? `${item.code.toUpperCase()} ${title}` : title,
      confidence: item.confidence ?? (fromEdition ? edition.confidence : "unverified"),
      source: item.source ?? (fromEdition ? edition.source : `data/${fy}/oit.json`),
      related: [],
      ...itemStatus(item, fy, ev),
      ...(ev ? { evidence: ev } : {}),
      ...(sample ? { sample } : {}),
    };
  });
  const subs: SubIndicatorView[] = subIndicators
    .map((s) => ({ ...s, items: views.filter((v) => v.subIndicator === s.code) }))
    .filter((s) => s.items.length > 0);
  // the summary counts the very list the page shows, so the two cannot disagree
  const notReady = views.filter((v) => v.status !== "published");
  const count = (s: OitStatus) => notReady.filter((v) => v.status === s).length;
  return {
    fiscalYear: fy,
    edition: edition.edition,
    complete: edition.complete,
    provisional: edition.provisional === true,
    items: views,
    subIndicators: subs,
    readiness: { ready: views.length - notReady.length, total: views.length, missing: count("missing"), outsideWindow: count("outside-window") },
    notReady,
    sampleItems: views.filter((v) => v.sample).length,
  };
}

/** One row of the ITAS sheet. */
export interface ItasRow {
  code: string;
  title: string;
  answer: "มี" | "ไม่มี";
  url: string;
  updated: string;
  status: OitStatus;
}

/** Absolute URL of a site path, from the public base URL and the path prefix. */
export function absoluteUrl(baseUrl: string, pathPrefix: string, sitePath: string): string {
  const origin = baseUrl.replace(/\/+$/, "");
  const prefix = ("/" + pathPrefix.replace(/^\/+|\/+$/g, "")).replace(/^\/$/, "");
  return `${origin}${prefix}${sitePath}`;
}

/** The sheet staff copy into ITAS: one row per item, the answer มี only when the evidence counts. */
export function itasSheet(oit: OitYear, baseUrl: string, pathPrefix: string): ItasRow[] {
  return oit.items.map((i) => ({
    code: i.code,
    title: i.title,
    answer: i.status === "published" ? "มี" : "ไม่มี",
    url: absoluteUrl(baseUrl, pathPrefix, `/${oit.fiscalYear}/oit/${i.code}/`),
    updated: i.updated ?? "",
    status: i.status,
  }));
}
