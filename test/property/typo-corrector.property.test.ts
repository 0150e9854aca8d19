/**
 * The typo corrector gives exactly what fuse.js gives over the whole vocabulary (same words, same
 * scores, same order), only without scoring every word; and its bit-parallel edit distance agrees
 * with the textbook dynamic programme. Small alphabets make near-misses common, which is where a
 * filter that drops too much would show.
 */
import fc from "fast-check";
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { SEARCH_OPTIONS } from "../../src/search/search-options.ts";
import { createTypoCorrector, substringDistance } from "../../src/search/typo-corrector.ts";
import { SEED } from "./fuzz-inputs.ts";

/** Fewest edits between `pattern` and any part of `text`, cell by cell (Sellers). */
function slowSubstringDistance(pattern: string, text: string): number {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = column[pattern.length] as number;
  for (const c of text) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === c ? 0 : 1;
      next.push(
        Math.min((column[i] as number) + 1, (next[i - 1] as number) + 1, (column[i - 1] as number) + cost),
      );
    }
    column = next;
    best = Math.min(best, column[pattern.length] as number);
  }
  return best;
}

const letters = (alphabet: string, min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });

/** A word with up to three random edits: the misspellings people make. */
const misspelt = (word: string) =>
  fc
    .array(
      fc.tuple(fc.constantFrom("insert", "delete", "replace"), fc.nat(), fc.constantFrom(..."aeinorst")),
      {
        maxLength: 3,
      },
    )
    .map((edits) =>
      edits.reduce((w, [kind, at, c]) => {
        const i = w.length === 0 ? 0 : at % w.length;
        if (kind === "insert") return w.slice(0, i) + c + w.slice(i);
        if (kind === "delete") return w.slice(0, i) + w.slice(i + 1);
        return w.slice(0, i) + c + w.slice(i + 1);
      }, word),
    );

describe("substringDistance", () => {
  it("agrees with the dynamic programme on any pattern and text (10,000 runs)", () => {
    fc.assert(
      fc.property(letters("abcñé", 0, 20), letters("abcñéd", 0, 40), (pattern, text) => {
        expect(substringDistance(pattern)(text)).toBe(slowSubstringDistance(pattern, text));
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });
});

describe("createTypoCorrector", () => {
  const threshold = SEARCH_OPTIONS.typoThreshold;
  const vocabularyOf = (words: string[]) => [...new Set(words)];

  it("finds the words, scores and order fuse.js finds over the whole vocabulary (500 vocabularies, scored in slices of any size)", () => {
    fc.assert(
      fc.property(
        fc
          .array(letters("aeinorstlc", 2, 14), { minLength: 50, maxLength: 1_000 })
          .chain((words) =>
            fc.tuple(
              fc.constant(vocabularyOf(words)),
              fc.oneof(fc.constantFrom(...words).chain(misspelt), letters("aeinorstlcu", 4, 20)),
              fc.integer({ min: 1, max: 5 }),
              fc.integer({ min: 1, max: 300 }),
            ),
          ),
        ([vocabulary, pattern, limit, slice]) => {
          fc.pre(
            pattern.length >= SEARCH_OPTIONS.typoMinLength && pattern.length <= SEARCH_OPTIONS.typoMaxLength,
          );
          const whole = new Fuse(vocabulary, { includeScore: true, threshold })
            .search(pattern, { limit })
            .map((r) => ({ word: r.item, score: r.score }));
          expect(createTypoCorrector(vocabulary, threshold, slice)(pattern, limit)).toEqual(whole);
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it("corrects the misspellings people type to the words they meant", () => {
    const vocabulary = ["access", "denied", "remote", "desktop", "connect", "printer", "update", "password"];
    const correct = createTypoCorrector(vocabulary, threshold);
    expect(correct("acess", 1)).toEqual([{ word: "access", score: expect.any(Number) }]);
    expect(correct("pasword", 1)[0]?.word).toBe("password");
    expect(correct("desktp", 1)[0]?.word).toBe("desktop");
    expect(correct("zzzz", 2)).toEqual([]);
    // Past the bit-parallel filter's length, fuse.js scores every word itself.
    const long = `${"remote".repeat(5)}x`;
    expect(correct(long, 2)).toEqual(
      new Fuse(vocabulary, { includeScore: true, threshold })
        .search(long, { limit: 2 })
        .map((r) => ({ word: r.item, score: r.score })),
    );
  });
});
