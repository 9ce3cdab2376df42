/**
 * @fileoverview Exact score arithmetic. ITA scores are given with at most two
 * decimals, so they are held as integer hundredths and every mean and weighted
 * total is kept as an exact fraction until the single, final half-up rounding.
 * Floating-point rounding (e.g. `Math.round(x * 100) / 100`) gets ties wrong.
 */

/** An exact non-negative rational number `num / den`. */
export interface Fraction {
  num: number;
  den: number;
}

/** A score with at most two decimals, as integer hundredths (98.68 → 9868). */
export function toHundredths(score: number): number {
  return Math.round(score * 100);
}

/** True when `value` has no more than two decimals (98.68 yes, 98.685 no). */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

/** Round a non-negative fraction half-up to an integer (2.5 → 3, 2.4999 → 2). */
export function roundHalfUp(f: Fraction): number {
  return Math.floor((2 * f.num + f.den) / (2 * f.den));
}

/** Integer hundredths back to a number with two decimals (9423 → 94.23). */
export function fromHundredths(h: number): number {
  return h / 100;
}

/** Round a number half-up to two decimals, for display of a value that is already close to exact. */
export function round2(value: number): number {
  return fromHundredths(roundHalfUp({ num: Math.round(value * 1e6), den: 1e4 }));
}
