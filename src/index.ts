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
export type { CodeArticles } from "./codes/readings.ts";
export { ErrdeskError, isErrdeskError } from "./errors.ts";
export { type Article, type ArticleProblem, formatProblem, LANGUAGES, type Language } from "./kb/article.ts";
export { createKnowledgeBase, type KnowledgeBase } from "./kb/knowledge-base.ts";
export { lintArticles } from "./kb/lint-articles.ts";
export { loadArticles } from "./kb/load-articles.ts";
export { parseArticle } from "./kb/parse-article.ts";
export {
  DEFAULT_KNOWLEDGE_DIR,
  type LoadedErrdesk,
  type LoadedKnowledge,
  loadErrdesk,
  loadKnowledge,
} from "./load-errdesk.ts";
export { createLogger, type Logger, REDACTED_PATHS } from "./logger.ts";
export type { Suggestion } from "./search/suggest.ts";
export {
  type AnswerMeta,
  answerRecords,
  cleanComment,
  codeRecord,
  feedbackRecords,
  MAX_COMMENT_LENGTH,
  MAX_STORED_TEXT,
  type RecordMeta,
} from "./store/records.ts";
export { DAY_MS, DEFAULT_SINCE, parseDuration, reportWindow, utcDay } from "./store/report-window.ts";
export {
  type AnswerRecords,
  type ChannelKind,
  type CodeRecord,
  type FeedbackRecord,
  type FeedbackRecords,
  PLATFORMS,
  type Platform,
  type PurgeResult,
  type QuestionRecord,
  type Report,
  type ReportCode,
  type ReportQuery,
  type SliceCounts,
  type Store,
  type UnansweredReason,
  type UnansweredRecord,
} from "./store/store-types.ts";
export { withCurrentWritingQueue } from "./store/writing-queue.ts";
