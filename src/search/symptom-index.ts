/**
 * Symptom search: an inverted index of article and catalog-name words, scored by how much of
 * the query's information an entry covers (idf-weighted), with fuse.js correcting misspelt
 * words against the index's vocabulary (typo-corrector.ts keeps that from scoring every word).
 * Looking up a known word is a map access and a walk over its postings; corrections run only for
 * words the vocabulary does not know, at most a few per query, and are cached.
 */
import { workMeter } from "../codes/work-meter.ts";
import { SEARCH_OPTIONS } from "./search-options.ts";
import { bigrams, tokenize } from "./text-tokens.ts";
import { createTypoCorrector } from "./typo-corrector.ts";

export type FieldKind = keyof typeof SEARCH_OPTIONS.fieldWeights;

export interface SearchEntry {
  /** Article id, or null for a catalog name with no article. */
  articleId: string | null;
  lang: "en" | "es" | null;
  title: string;
  codes: string[];
  /** The same codes as people write them: 1327, 0x8007052F, 0xC000006E. */
  displayCodes: string[];
  fields: { kind: FieldKind; text: string }[];
}

export interface SearchMatch {
  entry: SearchEntry;
  /** 0 … 1: the share of the query's information this entry covers. */
  score: number;
}

/** The entries a word appears in, and its weight in each (the best field it appears in). */
interface Postings {
  entry: Int32Array;
  weight: Float64Array;
}

const MAX_TYPO_CACHE = 5_000;

export interface SymptomIndex {
  /** Matches best first; those that cannot reach `minScore` are left out. */
  search(query: string, lang?: "en" | "es", minScore?: number): SearchMatch[];
  size: number;
}

export function createSymptomIndex(entries: readonly SearchEntry[]): SymptomIndex {
  const growing = new Map<string, { entry: number[]; weight: number[] }>();
  const phrases = new Map<string, number[]>();

  entries.forEach((entry, index) => {
    const best = new Map<string, number>();
    const factor = entry.articleId ? 1 : SEARCH_OPTIONS.catalogNameFactor;
    for (const field of entry.fields) {
      const tokens = tokenize(field.text);
      const weight = SEARCH_OPTIONS.fieldWeights[field.kind] * factor;
      for (const t of tokens) best.set(t, Math.max(best.get(t) ?? 0, weight));
      if (field.kind !== "cause" && field.kind !== "summary")
        for (const b of bigrams(tokens)) {
          // Entries are added in order, so a phrase this entry already has ends its list.
          const list = phrases.get(b);
          if (!list) phrases.set(b, [index]);
          else if (list[list.length - 1] !== index) list.push(index);
        }
    }
    for (const [token, weight] of best) {
      let list = growing.get(token);
      if (!list) {
        list = { entry: [], weight: [] };
        growing.set(token, list);
      }
      list.entry.push(index);
      list.weight.push(weight);
    }
  });

  // Entry numbers and weights side by side in typed arrays: a query walks them without an object each.
  const postings = new Map<string, Postings>();
  for (const [token, list] of growing)
    postings.set(token, { entry: Int32Array.from(list.entry), weight: Float64Array.from(list.weight) });
  growing.clear();
  const idf = (token: string) =>
    Math.log(1 + entries.length / (postings.get(token)?.entry.length ?? entries.length));
  const vocabulary = [...postings.keys()];
  const correct = createTypoCorrector(vocabulary, SEARCH_OPTIONS.typoThreshold);
  const typoCache = new Map<string, { token: string; quality: number }[]>();
  const averageIdf = vocabulary.reduce((sum, t) => sum + idf(t), 0) / Math.max(1, vocabulary.length);

  /**
   * Known words as they are; unknown ones corrected by fuse.js to at most two vocabulary words,
   * while the query's `budget` of corrections lasts.
   */
  const resolve = (token: string, budget: { lookups: number }): { token: string; quality: number }[] => {
    if (postings.has(token)) return [{ token, quality: 1 }];
    if (token.length < SEARCH_OPTIONS.typoMinLength || token.length > SEARCH_OPTIONS.typoMaxLength) return [];
    const cached = typoCache.get(token);
    if (cached) return cached;
    if (budget.lookups <= 0) return [];
    budget.lookups--;
    const meter = workMeter();
    if (meter) meter.wordTypoLookups++;
    const found = correct(token, 2).map((c) => ({
      token: c.word,
      quality: SEARCH_OPTIONS.typoFactor * (1 - c.score),
    }));
    if (typoCache.size >= MAX_TYPO_CACHE) typoCache.clear();
    typoCache.set(token, found);
    return found;
  };

  // Scratch space reused by every query: a score per entry and the entries touched, in order.
  const covered = new Float64Array(entries.length);
  const perEntry = new Float64Array(entries.length);
  const touched: number[] = [];
  const tokenTouched: number[] = [];
  const phraseHits = new Uint32Array(entries.length);

  const search = (query: string, lang?: "en" | "es", minScore = 0): SearchMatch[] => {
    const tokens = tokenize(query);
    const unique = [...new Set(tokens)];
    if (unique.length === 0) return [];
    touched.length = 0;
    const weights: number[] = [];
    const budget = { lookups: SEARCH_OPTIONS.maxTypoLookups };
    for (const token of unique) {
      const resolved = resolve(token, budget);
      const weight =
        resolved.length > 0
          ? Math.max(...resolved.map((r) => idf(r.token)))
          : averageIdf * SEARCH_OPTIONS.unknownWordWeight;
      weights.push(weight);
      const only = resolved.length === 1 ? resolved[0] : undefined;
      const onlyList = only ? postings.get(only.token) : undefined;
      if (only && onlyList) {
        // One word (the usual case): each entry appears once in its list, so gains add up directly.
        const scale = Math.min(weight, idf(only.token));
        const { quality } = only;
        const { entry: ids, weight: ws } = onlyList;
        for (let i = 0; i < ids.length; i++) {
          const e = ids[i] as number;
          if (covered[e] === 0) touched.push(e);
          covered[e] = (covered[e] as number) + scale * (ws[i] as number) * quality;
        }
        continue;
      }
      tokenTouched.length = 0;
      for (const r of resolved) {
        const list = postings.get(r.token);
        if (!list) continue;
        const scale = Math.min(weight, idf(r.token));
        const { entry: ids, weight: ws } = list;
        for (let i = 0; i < ids.length; i++) {
          const gain = scale * (ws[i] as number) * r.quality;
          const e = ids[i] as number;
          if (perEntry[e] === 0) tokenTouched.push(e);
          if (gain > (perEntry[e] as number)) perEntry[e] = gain;
        }
      }
      for (const e of tokenTouched) {
        if (covered[e] === 0) touched.push(e);
        covered[e] = (covered[e] as number) + (perEntry[e] as number);
        perEntry[e] = 0;
      }
    }
    // A long message says more than an article needs to match: the best few words set the bar.
    // A vague message ("the job failed 3 times") cannot earn full confidence from one rare word:
    // the bar is a few words' worth of evidence, or the whole query when it is a single keyword.
    const total = Math.max(
      weights
        .sort((a, b) => b - a)
        .slice(0, SEARCH_OPTIONS.wordsThatCount)
        .reduce((sum, w) => sum + w, 0),
      averageIdf * Math.min(SEARCH_OPTIONS.minimumEvidenceWords, unique.length),
    );
    // Phrase hits by walking the query's phrases' entry lists (each occurrence in the query counts).
    const queryPhrases = bigrams(tokens);
    for (const phrase of queryPhrases)
      for (const e of phrases.get(phrase) ?? []) phraseHits[e] = (phraseHits[e] as number) + 1;
    const maxBonus = SEARCH_OPTIONS.phraseBonusCap + SEARCH_OPTIONS.sameLanguageBonus;
    const matches: (SearchMatch & { evidence: number })[] = [];
    for (const index of touched) {
      const gain = covered[index] as number;
      const hits = phraseHits[index] as number;
      covered[index] = 0;
      const entry = entries[index];
      // An entry that cannot reach minScore even with every bonus is left out before it costs more.
      if (!entry || gain / total + maxBonus < minScore) continue;
      const bonus =
        Math.min(SEARCH_OPTIONS.phraseBonusCap, hits * SEARCH_OPTIONS.phraseBonus) +
        (lang && entry.lang === lang ? SEARCH_OPTIONS.sameLanguageBonus : 0);
      matches.push({ entry, score: Math.min(1, gain / total + bonus), evidence: gain + bonus * total });
    }
    for (const phrase of queryPhrases) for (const e of phrases.get(phrase) ?? []) phraseHits[e] = 0;
    // Entries that cover all the strong words tie at 1; the one with more evidence comes first.
    return matches
      .sort((a, b) => b.score - a.score || b.evidence - a.evidence)
      .map(({ entry, score }) => ({ entry, score }));
  };

  return { search, size: entries.length };
}
