/**
 * @fileoverview Thai fiscal years. Fiscal year N (B.E.) runs 1 October N−1 to
 * 30 September N; B.E. = C.E. + 543. Dates are ISO C.E. strings.
 */
import { parseIsoDate } from "./thai.ts";

export const BE_OFFSET = 543;

/** The first and last day of fiscal year `fyBe`, as ISO C.E. dates. */
export function fiscalYearRange(fyBe: number): { start: string; end: string } {
  const endCe = fyBe - BE_OFFSET;
  return { start: `${endCe - 1}-10-01`, end: `${endCe}-09-30` };
}

/** The first half of fiscal year `fyBe` (October to March, "รอบ 6 เดือน"). */
export function firstHalfRange(fyBe: number): { start: string; end: string } {
  const endCe = fyBe - BE_OFFSET;
  return { start: `${endCe - 1}-10-01`, end: `${endCe}-03-31` };
}

/** The fiscal year (B.E.) that an ISO C.E. date falls in: 2022-10-01 → 2566. */
export function fiscalYearOf(iso: string): number {
  const dt = parseIsoDate(iso);
  return dt.year + BE_OFFSET + (dt.month >= 10 ? 1 : 0);
}
