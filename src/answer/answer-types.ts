import type { CodeFamily } from "../codes/code-family.ts";
import type { MentionForm } from "../codes/find-mentions.ts";
import type { Interpretation } from "../codes/interpretation.ts";
import type { Cause, Fix, Language } from "../kb/article.ts";
import type { Suggestion } from "../search/suggest.ts";

/** What the asker and the place they asked in tell the core. Adapters fill what they know. */
export interface AnswerContext {
  /** Force a language (CLI --lang, a button that carries it). */
  lang?: Language;
  /** The asker's locale, e.g. "es-ES" from Slack or Teams. */
  locale?: string;
}

/** How much of the answer a card should show; buttons switch it. */
export type AnswerView = "compact" | "fixes" | "details" | "related";

/** The article content a card shows, in the answer's language. */
export interface ArticleView {
  id: string;
  title: string;
  lang: Language;
  summary: string;
  message?: string;
  causes: Cause[];
  fixes: Fix[];
  related: { value: string; display: string; family: CodeFamily | null; names: string[]; note?: string }[];
  references: { title: string; url?: string }[];
  details?: string;
}

/** One code found in the text. Part of the CLI JSON contract. */
export interface Hit {
  /** "0x" + 8 upper-case hex digits. */
  value: string;
  mention: { text: string; start: number; end: number; form: MentionForm | "button" };
  /** Every plausible reading, most likely first. */
  interpretations: Interpretation[];
  /** One sentence: what the top reading means. */
  meaning: string;
  /** The article for the top reading that has one. */
  article: ArticleView | null;
}

export type AnswerKind = "codes" | "suggestions" | "nothing";

/**
 * Everything a card needs, as plain data (JSON-serialisable). Renderers turn it into Block Kit,
 * Adaptive Cards, HTML or terminal text without calling back into the core.
 */
export interface Answer {
  kind: AnswerKind;
  lang: Language;
  view: AnswerView;
  /** One plain-text line: Slack `text`, Teams `summary`, notifications. */
  text: string;
  /** In order of appearance. */
  hits: Hit[];
  /** Ranked, for descriptions without a code. */
  suggestions: Suggestion[];
  /** The input was longer than the limit and was cut. */
  truncated: boolean;
  /** A one-line note to show above the card (feedback thanks, "shared"). */
  notice?: string;
}

/** What a button sends back; the core answers with another Answer. */
export type AnswerAction =
  | { type: "fixes" | "details" | "related" | "compact"; value: string; family?: CodeFamily; lang?: Language }
  | { type: "lookup"; value: string; family?: CodeFamily; lang?: Language }
  | { type: "open"; articleId: string; lang?: Language }
  | {
      type: "feedback";
      helpful: boolean;
      value?: string;
      family?: CodeFamily;
      articleId?: string;
      lang?: Language;
    }
  | { type: "share"; value: string; family?: CodeFamily; lang?: Language };
