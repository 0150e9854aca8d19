/**
 * Typo-tolerant matching of symbolic names (ERROR_ACESS_DENIED → ERROR_ACCESS_DENIED).
 * Names are long and structured, so a bounded edit distance is both stricter and cheaper than
 * a general fuzzy search here.
 */

/** Edits allowed for a name of this length: short names must be exact-ish to avoid false hits. */
export function allowedEdits(length: number): number {
  if (length < 8) return 0;
  return length < 16 ? 1 : 2;
}

/** Optimal string alignment distance, giving up (returning max + 1) once it exceeds `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

const prefixOf = (name: string) => name.slice(0, name.indexOf("_") + 1);

/**
 * Catalog names closest to `name` (upper case), sharing its prefix up to the first underscore
 * (the namespace: ERROR_, STATUS_, E_), best distance only.
 */
export function closestNames(name: string, candidates: readonly string[]): string[] {
  const max = allowedEdits(name.length);
  if (max === 0) return [];
  const prefix = prefixOf(name);
  let best = max + 1;
  let found: string[] = [];
  for (const candidate of candidates) {
    if (candidate === name || !candidate.startsWith(prefix)) continue;
    const d = boundedEditDistance(name, candidate, Math.min(max, best));
    if (d < best) {
      best = d;
      found = [candidate];
    } else if (d === best && d <= max) {
      found.push(candidate);
    }
  }
  return best <= max ? found : [];
}
