/**
 * @fileoverview "Did you mean …?": the known name closest to a misspelt one.
 * Used for file names (staff-files.ts), document names (load-context.ts),
 * field names and enumerated values (slips.ts).
 */

/**
 * Edit distance between two short strings (names of files and fields): insertions,
 * deletions, substitutions, and two neighbouring letters swapped ("titel"), each 1.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate closest to `name` (letter case ignored), when it is close
 * enough to be a typo: at most 2 edits (a quarter of the length for long
 * names), and fewer than half the letters of the shorter name, so that two
 * unrelated short names ("id", "th") are never offered for each other. Two
 * candidates equally near give no answer.
 */
export function nearest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    // a name longer or shorter by more than the edits allowed cannot be close to c: no need to measure
    // (the measure costs length × length, and a clerk may paste a whole document into a field)
    if (Math.abs(name.length - c.length) > Math.max(2, Math.floor(c.length / 4))) continue;
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance, tied] = [c, d, false];
    else if (d === bestDistance && c.toLowerCase() !== best?.toLowerCase()) tied = true;
  }
  // XIT is as near to IIT as to EIT and OIT: naming one of them would be a guess
  if (best === undefined || tied) return undefined;
  const close = bestDistance <= Math.max(2, Math.floor(best.length / 4)) && bestDistance < Math.min(name.length, best.length) / 2;
  return close ? best : undefined;
}
