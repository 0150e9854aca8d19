/**
 * Counts of the work done while reading a text, for tests that check that the cost grows linearly
 * with the text and that the expensive lookups stay bounded. Off unless a test measures: every
 * count site is one `if` on an undefined variable.
 */
export interface Work {
  /** Calls of the scanning regex. */
  scans: number;
  /** Characters the scanning regex passed over, from where a search started to where it stopped. */
  scannedChars: number;
  /** Fixed-size windows read around a candidate (context cues, bug-check parameters). */
  windows: number;
  /** Candidate names compared with the catalog's names for a typo. */
  nameTypoLookups: number;
  /** Unknown words looked up in the search vocabulary for a typo (fuse.js). */
  wordTypoLookups: number;
}

let current: Work | undefined;

/** The counts of the measurement in progress, if any; callers do nothing when it is undefined. */
export const workMeter = (): Work | undefined => current;

/** Runs `fn` and returns the work it did. Not reentrant; tests only. */
export function measureWork<T>(fn: () => T): { result: T; work: Work } {
  const work: Work = { scans: 0, scannedChars: 0, windows: 0, nameTypoLookups: 0, wordTypoLookups: 0 };
  const previous = current;
  current = work;
  try {
    return { result: fn(), work };
  } finally {
    current = previous;
  }
}

/** All counts together: the number a linearity check compares across input sizes. */
export const totalWork = (w: Work) =>
  w.scans + w.scannedChars + w.windows + w.nameTypoLookups + w.wordTypoLookups;
