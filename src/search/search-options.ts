/** Tuning for symptom search, each number with its reason. Tuned on test/fixtures/dev-queries/*.json. */
export const SEARCH_OPTIONS = Object.freeze({
  /** How much a word counts by where it appears in an article. */
  fieldWeights: Object.freeze({
    // What users type is closest to the symptom phrases, the exact message and the title.
    symptom: 1,
    message: 1,
    title: 1,
    // Symbolic names split into words ("access denied") are strong but generic across the catalog.
    name: 0.9,
    summary: 0.6,
    cause: 0.45,
  }),
  /** A catalog name without an article is a weaker answer than an article. */
  catalogNameFactor: 0.8,
  /** fuse.js threshold for correcting a misspelt word to a known one: 0 exact … 1 anything. */
  typoThreshold: 0.34,
  /** A corrected word counts less than one typed right. */
  typoFactor: 0.8,
  /** Shorter words are too ambiguous to correct. */
  typoMinLength: 4,
  /** Longer "words" are pasted data (hashes, paths, base64), not misspellings. */
  typoMaxLength: 20,
  /**
   * Unknown words corrected per query. A correction takes up to a few milliseconds on a large
   * vocabulary; a question has a few misspellings, and a pasted log of thousands would block the process.
   */
  maxTypoLookups: 4,
  /** Words in no article still say something; they lower the score instead of being ignored. */
  unknownWordWeight: 0.35,
  /**
   * How many of the query's most informative words an entry must cover for a full score. Chat
   * messages ramble ("pushing our agent through intune and it just fails…"); an article that
   * covers their five strongest words is a full match.
   */
  wordsThatCount: 5,
  /** The least evidence, in average-word units, that a full score needs (see symptom-index.ts). */
  minimumEvidenceWords: 2.5,
  /** Bonus per query phrase (two adjacent words) found in the article, and its cap. */
  phraseBonus: 0.05,
  phraseBonusCap: 0.15,
  /** Articles in the asker's language win ties with their translations. */
  sameLanguageBonus: 0.02,
  /** Below this the answer says it found nothing rather than guessing. */
  threshold: 0.45,
  maxSuggestions: 5,
});
