import type { Language } from "../kb/article.ts";
import { SEARCH_OPTIONS } from "./search-options.ts";
import type { SymptomIndex } from "./symptom-index.ts";

/** A ranked answer to a description; part of the CLI JSON contract. */
export interface Suggestion {
  /** null for a catalog name that no article explains yet. */
  articleId: string | null;
  title: string;
  /** "0x" + 8 upper-case hex digits. */
  codes: string[];
  /** The same codes as people write them (Win32 in decimal): for display. */
  displayCodes: string[];
  /** 0 … 1, higher is better. */
  score: number;
}

/**
 * The best matches above the threshold, one per article (its translations merged), most likely
 * first. An empty list means "nothing found", never a guess.
 */
export function suggest(index: SymptomIndex, text: string, lang: Language): Suggestion[] {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const { entry, score } of index.search(text, lang, SEARCH_OPTIONS.threshold)) {
    if (score < SEARCH_OPTIONS.threshold || out.length >= SEARCH_OPTIONS.maxSuggestions) break;
    const key = entry.articleId ?? `name:${entry.codes.join(",")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      articleId: entry.articleId,
      title: entry.title,
      codes: entry.codes,
      displayCodes: entry.displayCodes,
      score: Math.round(score * 1000) / 1000,
    });
  }
  return out;
}
