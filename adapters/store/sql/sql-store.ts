/**
 * The store port on SQL, for both dialects: writes, event claims and the clean-up. The report's
 * queries are in report-queries.ts.
 */
import type {
  AnswerRecords,
  CodeRecord,
  FeedbackRecords,
  PurgeResult,
  Store,
  UnansweredRecord,
} from "../../../src/index.ts";
import type { SqlDriver, SqlStatement, SqlValue } from "./driver.ts";
import { readReport } from "./report-queries.ts";

const codeValues = (c: CodeRecord | null): SqlValue[] =>
  c ? [c.code, c.family, c.display, c.name] : [null, null, null, null];

const unansweredRow = (u: UnansweredRecord): SqlStatement => ({
  sql: `INSERT INTO unanswered (id, at, platform, reason, code, family, display, name, article_id, lang, text)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  params: [u.id, u.at, u.platform, u.reason, ...codeValues(u.code), u.articleId, u.lang, u.text ?? null],
});

export function createSqlStore(driver: SqlDriver): Store {
  return {
    dialect: driver.dialect,
    location: driver.location,

    // ON CONFLICT DO NOTHING everywhere: writing the same record twice (a retried write) is harmless.
    async recordAnswer({ question: q, unanswered }: AnswerRecords) {
      await driver.batch([
        {
          sql: `INSERT INTO questions (id, at, platform, user_hash, channel_kind, kind, lang, article_id, unanswered, latency_ms, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          params: [
            q.id,
            q.at,
            q.platform,
            q.userHash,
            q.channelKind,
            q.kind,
            q.lang,
            q.articleId,
            q.unanswered ? 1 : 0,
            q.latencyMs,
            q.text ?? null,
          ],
        },
        ...q.codes.map((c, position) => ({
          sql: `INSERT INTO question_codes (question_id, position, at, code, family, display, name, article_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (question_id, position) DO NOTHING`,
          params: [q.id, position, q.at, ...codeValues(c), c.articleId],
        })),
        ...unanswered.map(unansweredRow),
      ]);
    },

    async recordFeedback({ feedback: f, unanswered }: FeedbackRecords) {
      await driver.batch([
        {
          sql: `INSERT INTO feedback (id, at, platform, user_hash, helpful, code, family, display, name, article_id, lang)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
          params: [
            f.id,
            f.at,
            f.platform,
            f.userHash,
            f.helpful ? 1 : 0,
            ...codeValues(f.code),
            f.articleId,
            f.lang,
          ],
        },
        ...unanswered.map(unansweredRow),
      ]);
    },

    async addFeedbackComment(feedbackId, userHash, comment) {
      const changed = await driver.run(
        "UPDATE feedback SET comment = ? WHERE id = ? AND user_hash = ? AND comment IS NULL",
        [comment, feedbackId, userHash],
      );
      return changed === 1;
    },

    // One atomic statement: a new key is inserted, an expired one taken over, a live one left alone
    // (the conditional DO UPDATE changes no row). Exactly one caller sees a change.
    async claimEvent(key, ttlMs, now) {
      const changed = await driver.run(
        `INSERT INTO event_claims (event_key, expires_at) VALUES (?, ?)
         ON CONFLICT (event_key) DO UPDATE SET expires_at = excluded.expires_at
         WHERE event_claims.expires_at <= ?`,
        [key, now + ttlMs, now],
      );
      return changed === 1;
    },

    report: (query) => readReport(driver, query),

    async purge(before, now) {
      // Codes go with their question; both carry `at`, so one cut-off removes both.
      await driver.run("DELETE FROM question_codes WHERE at < ?", [before]);
      return {
        questions: await driver.run("DELETE FROM questions WHERE at < ?", [before]),
        feedback: await driver.run("DELETE FROM feedback WHERE at < ?", [before]),
        unanswered: await driver.run("DELETE FROM unanswered WHERE at < ?", [before]),
        claims: await driver.run("DELETE FROM event_claims WHERE expires_at <= ?", [now]),
      } satisfies PurgeResult;
    },

    close: () => driver.close(),
  };
}
