/**
 * @fileoverview Thai text and number presentation: Unicode normalisation,
 * Thai or Arabic digits, B.E. dates through Luxon in Asia/Bangkok.
 */
import { DateTime } from "luxon";
import { THAI_DIGITS, asciiDigits } from "./search-text.js";

export type Digits = "thai" | "arabic";

export const TIME_ZONE = "Asia/Bangkok";

// the digit and normalisation rules shared with the search page, which cannot load Luxon: one copy, there
export { normalizeThai } from "./search-text.js";

/**
 * Replace ASCII digits with Thai digits when the site chose them. Digits that belong to a
 * Latin word stay as they are: item codes (O12, o42), paper sizes (A4), names (COVID-19).
 */
export function toDigits(text: string | number, digits: Digits): string {
  const s = String(text);
  return digits === "thai" ? s.replace(/(?<![A-Za-z]-?[0-9]*)[0-9]/g, (d) => THAI_DIGITS[Number(d)]!) : s;
}

/** Thai digits back to ASCII (for tests and for reading numbers off a page). */
export const fromThaiDigits: (text: string) => string = asciiDigits;

/** A score with exactly two decimals (94.23, 100.00), in the site's digits. */
export function formatScore(score: number, digits: Digits): string {
  return toDigits(score.toFixed(2), digits);
}

/** Signed change with two decimals: +1.20, −0.35, ±0.00. */
export function formatDelta(delta: number, digits: Digits): string {
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  return sign + toDigits(Math.abs(delta).toFixed(2), digits);
}

// A large agency has thousands of dates but few distinct ones (at most one per day), and
// Luxon's zone arithmetic is costly; DateTime values are immutable, so they can be shared.
const parsedDates = new Map<string, DateTime>();

/** Parse an ISO date (YYYY-MM-DD, C.E.) in Bangkok time; invalid dates come back invalid. */
export function parseIsoDate(iso: string): DateTime {
  let dt = parsedDates.get(iso);
  if (!dt) {
    if (parsedDates.size >= 10_000) parsedDates.clear();
    parsedDates.set(iso, (dt = DateTime.fromISO(iso, { zone: TIME_ZONE })));
  }
  return dt;
}

/**
 * An ISO date in a Luxon format with the Buddhist calendar and the site's digits.
 * Anything else is a bug upstream (validated data only holds real ISO dates), and
 * printing it would put a raw value such as "Sat Oct 01 2022 00:00:00 GMT+0000" or
 * "Invalid DateTime" in public text: it throws instead, naming what it was given.
 */
function formatThai(iso: string, format: string, digits: Digits): string {
  if (typeof iso !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const value: unknown = iso;
    const what = value instanceof Date ? `a Date object (${String(value)})` : `${typeof value} ${JSON.stringify(value)}`;
    throw new TypeError(`a date to print must be an ISO date string (YYYY-MM-DD), got ${what}`);
  }
  const dt = parseIsoDate(iso);
  if (!dt.isValid) throw new RangeError(`${iso} is not a calendar date`);
  return dt
    .setLocale("th")
    .reconfigure({ outputCalendar: "buddhist", numberingSystem: digits === "thai" ? "thai" : "latn" })
    .toFormat(format);
}

/** `1 สิงหาคม 2565`: day, Thai month name, B.E. year, in the site's digits. */
export function thaiDate(iso: string, digits: Digits = "arabic"): string {
  return formatThai(iso, "d MMMM yyyy", digits);
}

/**
 * `1 ส.ค. 2565`: day, abbreviated Thai month, B.E. year, in the site's digits (for ranges and
 * tables). Its parts are joined by no-break spaces, so a line never ends inside a date.
 */
export function thaiDateShort(iso: string, digits: Digits = "arabic"): string {
  return formatThai(iso, "d MMM yyyy", digits).replace(/ /g, "\u00a0");
}

/** `1 ต.ค. 2565 – 31 มี.ค. 2566`: a period, both ends in the short form, joined by an en dash. */
export function thaiDateRange(start: string, end: string, digits: Digits = "arabic"): string {
  return `${thaiDateShort(start, digits)} – ${thaiDateShort(end, digits)}`;
}

/** `สิงหาคม 2565`: Thai month name and B.E. year, in the site's digits. */
export function thaiMonthYear(iso: string, digits: Digits = "arabic"): string {
  return formatThai(iso, "MMMM yyyy", digits);
}
