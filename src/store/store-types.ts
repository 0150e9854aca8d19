/**
 * What errdesk remembers, as plain data: the records adapters write after each answer and vote, and
 * the report a helpdesk lead reads. Times are milliseconds since the epoch (UTC), so every record
 * is JSON as it is and means the same in SQLite and PostgreSQL.
 */
import type { AnswerKind } from "../answer/answer-types.ts";
import type { CodeFamily } from "../codes/code-family.ts";
import type { Language } from "../kb/article.ts";

export const PLATFORMS = ["slack", "teams"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Where the question was asked: a one-to-one chat, a group chat, or a channel everyone in it sees. */
export type ChannelKind = "direct" | "group" | "channel";

/**
 * Why a question counts as unanswered: no code and no suggestion above the search threshold, a
 * code no article explains yet, or an answer someone marked as not helpful.
 */
export type UnansweredReason = "no-match" | "no-article" | "not-helpful";

/** One code found in a question, as the card showed it. */
export interface CodeRecord {
  /** "0x" + 8 upper-case hex digits. */
  code: string;
  family: CodeFamily | null;
  /** How people write it (Win32 in decimal): "0x80070005", "1326", "0xEF". */
  display: string;
  /** Its first symbolic name, "" when the catalog has none. */
  name: string;
  /** The article served for it; null when none exists yet. */
  articleId: string | null;
}

export interface QuestionRecord {
  id: string;
  at: number;
  platform: Platform;
  /** HMAC of the platform's user id with a secret salt; never the id itself. */
  userHash: string;
  channelKind: ChannelKind;
  kind: AnswerKind;
  lang: Language;
  /** In order of appearance. */
  codes: CodeRecord[];
  /** The article the card led with: the first code's that has one, or the top suggestion's. */
  articleId: string | null;
  /** It left something unanswered: no match at all, or a code without an article. */
  unanswered: boolean;
  /** From the question arriving to the reply being sent. */
  latencyMs: number;
  /** Only when STORE_QUERY_TEXT=true. */
  text?: string;
}

export interface UnansweredRecord {
  id: string;
  at: number;
  platform: Platform;
  reason: UnansweredReason;
  code: CodeRecord | null;
  articleId: string | null;
  lang: Language | null;
  /** Only when STORE_QUERY_TEXT=true. */
  text?: string;
}

export interface FeedbackRecord {
  id: string;
  at: number;
  platform: Platform;
  userHash: string;
  helpful: boolean;
  code: CodeRecord | null;
  articleId: string | null;
  lang: Language | null;
}

/** An answer as stored: the question and whatever it left unanswered, written together. */
export interface AnswerRecords {
  question: QuestionRecord;
  unanswered: UnansweredRecord[];
}

/** A vote as stored; a 👎 is also an unanswered question. */
export interface FeedbackRecords {
  feedback: FeedbackRecord;
  unanswered: UnansweredRecord[];
}

export interface ReportQuery {
  since: number;
  until: number;
  /** Rows per list. Default 10. */
  limit?: number;
}

/** Counts by one dimension (platform, language). */
export interface SliceCounts {
  questions: number;
  helpful: number;
  notHelpful: number;
}

export interface ReportCode {
  code: string;
  family: CodeFamily | null;
  display: string;
  name: string;
}

export interface Report {
  since: number;
  until: number;
  /** `unanswered`: questions that left something unanswered (👎 votes are in notHelpful). */
  totals: SliceCounts & { people: number; unanswered: number };
  /** The codes asked about most, with the article served (null: none yet). */
  topErrors: (ReportCode & { asks: number; articleId: string | null })[];
  /** Codes asked about that no article explains: the next articles to write. */
  writingQueue: (ReportCode & { asks: number; lastAsked: number })[];
  /** Questions with no code and no suggestion; `samples` (most asked first) only when query text is stored. */
  unmatched: { count: number; samples: { text: string; asks: number }[] };
  /** Votes per article (or per code, for cards without an article), least helpful first. */
  helpfulness: {
    articleId: string | null;
    code: string | null;
    helpful: number;
    notHelpful: number;
    comments: string[];
  }[];
  byPlatform: (SliceCounts & { platform: string })[];
  byLanguage: (SliceCounts & { lang: string })[];
  /** One entry per UTC day in the window that had questions, oldest first. */
  daily: { day: string; questions: number; unanswered: number }[];
}

/** How much the clean-up removed. */
export interface PurgeResult {
  questions: number;
  feedback: number;
  unanswered: number;
  claims: number;
}

/**
 * The store port. Implementations live in adapters/store (SQLite, PostgreSQL); the core only
 * names what they do.
 */
export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** A readable place, for logs and the start-up line: a file path, or host/database (never a password). */
  readonly location: string;
  recordAnswer(records: AnswerRecords): Promise<void>;
  recordFeedback(records: FeedbackRecords): Promise<void>;
  /** Adds the comment to the voter's own vote, once; false when there is no such vote or it has one. */
  addFeedbackComment(feedbackId: string, userHash: string, comment: string): Promise<boolean>;
  /**
   * True for exactly one caller per `key` until `ttlMs` has passed, across every process that shares
   * the store: how replicas answer a retried or redelivered event once.
   */
  claimEvent(key: string, ttlMs: number, now: number): Promise<boolean>;
  report(query: ReportQuery): Promise<Report>;
  /** Deletes records older than `before` and claims expired at `now`. */
  purge(before: number, now: number): Promise<PurgeResult>;
  close(): Promise<void>;
}
