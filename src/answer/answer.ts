import type { Catalog } from "../codes/catalog.ts";
import { type CodeFamily, displayValue, parseValue } from "../codes/code-family.ts";
import { readContextCues } from "../codes/context-cues.ts";
import { findMentions, MAX_TEXT_LENGTH, type Mention } from "../codes/find-mentions.ts";
import { interpretMention } from "../codes/readings.ts";
import type { Language } from "../kb/article.ts";
import type { KnowledgeBase } from "../kb/knowledge-base.ts";
import { buildSearchEntries } from "../search/build-search-entries.ts";
import { suggest } from "../search/suggest.ts";
import { createSymptomIndex } from "../search/symptom-index.ts";
import type { Answer, AnswerAction, AnswerContext, AnswerView, Hit } from "./answer-types.ts";
import { toArticleView } from "./article-view.ts";
import { chooseLanguage } from "./detect-language.ts";
import { describeMeaning } from "./meaning.ts";
import { MESSAGES } from "./messages.ts";

export interface Errdesk {
  /** Finds, decodes and explains every code in `text`; suggests articles when there is none. */
  answer(text: string, context?: AnswerContext): Answer;
  /** Answers a button click with the next Answer. */
  answerAction(action: AnswerAction, context?: AnswerContext): Answer;
  readonly catalog: Catalog;
  readonly knowledgeBase: KnowledgeBase;
}

/** Builds the search index once; every answer after that is pure computation. */
export function createErrdesk(catalog: Catalog, knowledgeBase: KnowledgeBase): Errdesk {
  const index = createSymptomIndex(buildSearchEntries(knowledgeBase, catalog));

  const toHit = (mention: Mention, lang: Language, form?: "button"): Hit => {
    const interpretations = interpretMention(mention, catalog, knowledgeBase);
    const top = interpretations[0];
    const withArticle = top?.articleId ? top : undefined;
    const article = withArticle?.articleId ? knowledgeBase.article(withArticle.articleId, lang) : undefined;
    const view = article ? toArticleView(article, catalog) : null;
    return {
      value: top?.value ?? "",
      mention: { text: mention.text, start: mention.start, end: mention.end, form: form ?? mention.form },
      interpretations,
      meaning: describeMeaning(top, view, lang),
      article: view,
    };
  };

  const codesAnswer = (hits: Hit[], lang: Language, view: AnswerView, truncated: boolean): Answer => {
    const list = hits
      .map((h) => {
        const top = h.interpretations[0];
        return `${top?.display ?? h.value}${top?.names[0] ? ` ${top.names[0]}` : ""}`;
      })
      .join(", ");
    return {
      kind: "codes",
      lang,
      view,
      text: MESSAGES[lang].codesText(list),
      hits,
      suggestions: [],
      truncated,
    };
  };

  const answer = (text: string, context: AnswerContext = {}): Answer => {
    const input = typeof text === "string" ? text : "";
    const truncated = input.length > MAX_TEXT_LENGTH;
    const lang = chooseLanguage({ ...context, text: input });
    const mentions = findMentions(input, catalog, (v) => knowledgeBase.familiesOf(v).length > 0);
    if (mentions.length > 0)
      return codesAnswer(
        mentions.map((m) => toHit(m, lang)),
        lang,
        "compact",
        truncated,
      );
    const suggestions = suggest(index, input.slice(0, MAX_TEXT_LENGTH), lang).map((s) => ({
      ...s,
      title: (s.articleId && knowledgeBase.article(s.articleId, lang)?.title) || s.title,
    }));
    const m = MESSAGES[lang];
    const first = suggestions[0];
    if (first) {
      return {
        kind: "suggestions",
        lang,
        view: "compact",
        text: m.suggestionsText(first.title),
        hits: [],
        suggestions,
        truncated,
      };
    }
    return {
      kind: "nothing",
      lang,
      view: "compact",
      text: m.nothingText,
      hits: [],
      suggestions: [],
      truncated,
    };
  };

  /** A code chosen by a button: decoded as written, in the family the button names. */
  const answerCode = (
    value: string,
    family: CodeFamily | undefined,
    lang: Language,
    view: AnswerView,
  ): Answer => {
    const parsed = parseValue(value) ?? 0;
    const text = family ? displayValue(family, parsed) : value;
    const mention: Mention = {
      text,
      start: 0,
      end: text.length,
      form: "hex",
      value: parsed,
      ...(family ? { family } : {}),
      cues: readContextCues("", 0, 0),
    };
    return codesAnswer([toHit(mention, lang, "button")], lang, view, false);
  };

  const answerAction = (action: AnswerAction, context: AnswerContext = {}): Answer => {
    const lang = action.lang ?? context.lang ?? chooseLanguage({ ...context, text: "" });
    const m = MESSAGES[lang];
    switch (action.type) {
      case "fixes":
      case "details":
      case "related":
      case "compact":
        return answerCode(action.value, action.family, lang, action.type);
      case "lookup":
        return answerCode(action.value, action.family, lang, "compact");
      case "share":
        return { ...answerCode(action.value, action.family, lang, "compact"), notice: m.shared };
      case "open": {
        const article = knowledgeBase.article(action.articleId, lang);
        const code = article?.codes[0];
        if (!article || !code) return { ...answer("", { lang }), notice: m.unknownArticle(action.articleId) };
        return answerCode(String(code.value), code.family, lang, "compact");
      }
      case "feedback": {
        const base = action.value
          ? answerCode(action.value, action.family, lang, "compact")
          : answerAction({ type: "open", articleId: action.articleId ?? "", lang });
        return { ...base, notice: m.feedbackThanks(action.helpful) };
      }
    }
  };

  return { answer, answerAction, catalog, knowledgeBase };
}
