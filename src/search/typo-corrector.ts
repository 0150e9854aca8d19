/**
 * Misspelt words corrected against the index's vocabulary by fuse.js, with the answers fuse.js
 * would give over the whole vocabulary but without running it over all of it.
 *
 * fuse.js (bitap) accepts a word when some part of it is within E = floor(threshold × m) edits
 * (insertions, deletions, substitutions) of the m-letter pattern. Two exact filters find the only
 * words that can pass: the pattern has m − 1 letter pairs and one edit breaks at most two, so the
 * word must contain at least m − 1 − 2E of them (an index of letter pairs finds those); then the
 * fewest edits between the pattern and any part of the word (Sellers' dynamic programme) must be
 * at most E. fuse.js scores the survivors, given in vocabulary order, so its scores and its order
 * among equals are those it gives over the whole vocabulary.
 */
import Fuse from "fuse.js";

export interface Correction {
  word: string;
  /** fuse.js's score: 0 exact … threshold. */
  score: number;
}

/** Words fuse.js scores at a time within one group (see the loop below). */
const DEFAULT_SLICE = 256;

export type TypoCorrector = (pattern: string, limit: number) => Correction[];

const pairsOf = (word: string): string[] => {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) pairs.push(word.slice(i, i + 2));
  return pairs;
};

/** Longest pattern the bit-parallel programme takes (SEARCH_OPTIONS.typoMaxLength is 20). */
export const MAX_PATTERN_LENGTH = 30;

/**
 * The fewest edits between `pattern` (at most MAX_PATTERN_LENGTH letters) and any part of a text:
 * Myers' bit-parallel form of Sellers' programme, one step per letter of the text. Stops early and
 * answers `cap + 1` once no part can come within `cap`... only at the end: a later part may.
 */
export function substringDistance(pattern: string): (text: string) => number {
  const m = pattern.length;
  if (m > MAX_PATTERN_LENGTH) throw new RangeError(`pattern longer than ${MAX_PATTERN_LENGTH} letters`);
  // Where each character occurs in the pattern, one bit per position.
  const positions = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    positions.set(c, (positions.get(c) ?? 0) | (1 << i));
  }
  const ascii = new Int32Array(128);
  for (const [c, bits] of positions) if (c < 128) ascii[c] = bits;
  const mask = (1 << m) - 1;
  const last = 1 << (m - 1);
  return (text) => {
    if (m === 0) return 0;
    let pv = mask;
    let mv = 0;
    let score = m;
    let best = m;
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      const eq = c < 128 ? (ascii[c] as number) : (positions.get(c) ?? 0);
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) & mask) ^ pv) | eq;
      let ph = mv | (~(xh | pv) & mask);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      // A match may start anywhere in the text: nothing is carried into the first row.
      ph = (ph << 1) & mask;
      mh = (mh << 1) & mask;
      pv = mh | (~(xv | ph) & mask);
      mv = ph & xv;
      if (score < best) {
        best = score;
        if (best === 0) return 0;
      }
    }
    return best;
  };
}

export function createTypoCorrector(
  vocabulary: readonly string[],
  threshold: number,
  slice = DEFAULT_SLICE,
): TypoCorrector {
  // Each word once per distinct pair it contains, in vocabulary order.
  const byPair = new Map<string, number[]>();
  vocabulary.forEach((word, index) => {
    for (const pair of new Set(pairsOf(word))) {
      const list = byPair.get(pair);
      if (list) list.push(index);
      else byPair.set(pair, [index]);
    }
  });
  const options = { includeScore: true, threshold };
  const shared = new Uint16Array(vocabulary.length);
  const touched: number[] = [];

  /** Vocabulary positions of the words that contain at least `needed` of the pattern's pairs. */
  const sharingPairs = (pairs: string[], needed: number): number[] => {
    const times = new Map<string, number>();
    for (const pair of pairs) times.set(pair, (times.get(pair) ?? 0) + 1);
    touched.length = 0;
    for (const [pair, count] of times)
      for (const index of byPair.get(pair) ?? []) {
        if (shared[index] === 0) touched.push(index);
        // A pair the pattern has twice counts twice: each occurrence may be one that survives.
        shared[index] = (shared[index] as number) + count;
      }
    const found: number[] = [];
    for (const index of touched) {
      if ((shared[index] as number) >= needed) found.push(index);
      shared[index] = 0;
    }
    return found.sort((a, b) => a - b);
  };

  // Built only if a pattern is ever too long for the filter (SEARCH_OPTIONS never asks for one).
  let whole: Fuse<string> | undefined;
  const allIndexes = () => vocabulary.map((_, index) => index);
  return (pattern, limit) => {
    if (pattern.length > MAX_PATTERN_LENGTH) {
      whole ??= new Fuse(vocabulary, options);
      return whole.search(pattern, { limit }).map((r) => ({ word: r.item, score: r.score ?? 1 }));
    }
    const edits = Math.floor(threshold * pattern.length + 1e-9);
    const pairs = pairsOf(pattern);
    const needed = pairs.length - 2 * edits;
    const candidates = needed > 0 ? sharingPairs(pairs, needed) : allIndexes();
    // Vocabulary positions by fewest edits: fuse.js cannot score a word with d edits below d / m.
    const distance = substringDistance(pattern);
    const byEdits: number[][] = Array.from({ length: edits + 1 }, () => []);
    for (const index of candidates) {
      const d = distance(vocabulary[index] as string);
      if (d <= edits) byEdits[d]?.push(index);
    }
    const found: (Correction & { index: number })[] = [];
    const full = () => found.length >= limit;
    for (let d = 0; d <= edits; d++) {
      const group = byEdits[d] ?? [];
      // No word here scores below d / m; a word scoring exactly that, early in vocabulary order,
      // cannot be beaten by a later one (fuse.js ranks equals by position), so large groups go in
      // slices and stop once `limit` words score d / m.
      const lowest = d / pattern.length;
      for (let start = 0; start < group.length; start += slice) {
        const indexes = group.slice(start, start + slice);
        const words = indexes.map((index) => vocabulary[index] as string);
        for (const r of new Fuse(words, options).search(pattern, { limit }))
          found.push({ word: r.item, score: r.score ?? 1, index: indexes[r.refIndex] as number });
        found.sort((a, b) => a.score - b.score || a.index - b.index);
        found.length = Math.min(found.length, limit);
        if (full() && (found.at(-1)?.score ?? 1) <= lowest) break;
      }
      // No later group can score below (d + 1) / m.
      if (full() && (found.at(-1)?.score ?? 1) < (d + 1) / pattern.length) break;
    }
    return found.slice(0, limit).map(({ word, score }) => ({ word, score }));
  };
}
