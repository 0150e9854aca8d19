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

// Three rows reused by every call (names are short), so a lookup allocates nothing.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Optimal string alignment distance, giving up (returning max + 1) once it exceeds `max`. Only the
 * diagonal band |i - j| <= max can stay within `max`, so only it is computed (Ukkonen).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const far = max + 1;
  if (rows[0].length <= b.length + 1) {
    const size = b.length * 2 + 2;
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [prevPrev, prev, row] = rows;
  for (const r of rows) r.fill(far, 0, b.length + 2);
  for (let j = 0; j <= Math.min(b.length, max); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    row[lo - 1] = lo === 1 ? i : far;
    let rowMin = lo === 1 ? i : far;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (hi + 1 <= b.length) row[hi + 1] = far;
    if (rowMin > max) return far;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[b.length] as number, far);
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
