/** The core's one public surface. Adapters import from here and nowhere else in src/. */

export { createErrdesk, type Errdesk } from "./answer/answer.ts";
export type {
  Answer,
  AnswerAction,
  AnswerContext,
  AnswerKind,
  AnswerView,
  ArticleView,
  Hit,
} from "./answer/answer-types.ts";
export { chooseLanguage, detectLanguage } from "./answer/detect-language.ts";
export { familyName } from "./answer/messages.ts";
export { type Catalog, createCatalog } from "./codes/catalog.ts";
export {
  CODE_FAMILIES,
  type CodeFamily,
  displayValue,
  formatValue,
  parseValue,
} from "./codes/code-family.ts";
export { decodeHresult, decodeNtstatus } from "./codes/decode-fields.ts";
export { findMentions, MAX_TEXT_LENGTH, type Mention, type MentionForm } from "./codes/find-mentions.ts";
export type { Interpretation, InterpretationFields, RelatedReading } from "./codes/interpretation.ts";
export { loadCatalog } from "./codes/load-catalog.ts";
export { ErrdeskError, isErrdeskError } from "./errors.ts";
export { type Article, type ArticleProblem, formatProblem, LANGUAGES, type Language } from "./kb/article.ts";
export { createKnowledgeBase, type KnowledgeBase } from "./kb/knowledge-base.ts";
export { lintArticles } from "./kb/lint-articles.ts";
export { loadArticles } from "./kb/load-articles.ts";
export { parseArticle } from "./kb/parse-article.ts";
export { DEFAULT_KNOWLEDGE_DIR, type LoadedErrdesk, loadErrdesk } from "./load-errdesk.ts";
export { createLogger, type Logger, REDACTED_PATHS } from "./logger.ts";
export type { Suggestion } from "./search/suggest.ts";
