/**
 * What the Slack and Teams adapters call: record an answer, a vote, a comment, and claim an event
 * before answering it. Privacy is applied here, once, for every platform: user ids are hashed,
 * question text is dropped unless STORE_QUERY_TEXT=true. A failing store never stops an answer:
 * writes are logged and dropped, and claims fall back to this process's memory (a retry may then
 * be answered twice across replicas, never zero times).
 */
import { randomUUID } from "node:crypto";
import {
  type Answer,
  type AnswerAction,
  answerRecords,
  type ChannelKind,
  cleanComment,
  feedbackRecords,
  type Logger,
  type Platform,
  type Store,
} from "../../src/index.ts";
import { hashUser } from "./salt.ts";

export interface RecorderOptions {
  salt: string;
  /** STORE_QUERY_TEXT: keep what people asked (the writing queue shows it). */
  keepQueryText: boolean;
  logger: Logger;
  /** Most event keys remembered in memory while the store is unreachable. */
  maxFallbackKeys?: number;
  now?: () => number;
}

export interface AnsweredInput {
  platform: Platform;
  userId: string;
  channelKind: ChannelKind;
  text: string;
  answer: Answer;
  /** When the question arrived (Date.now()); latency runs from here to now. */
  startedAt: number;
}

export interface Recorder {
  readonly store: Store;
  answered(input: AnsweredInput): Promise<void>;
  /** Records a 👍 or 👎; resolves with the vote's id (for a comment), undefined if not stored. */
  feedback(input: {
    platform: Platform;
    userId: string;
    action: Extract<AnswerAction, { type: "feedback" }>;
    answer: Answer;
  }): Promise<string | undefined>;
  /** Adds a comment to the person's own vote; false when it was empty, not theirs, or not stored. */
  comment(input: {
    platform: Platform;
    userId: string;
    feedbackId: string;
    comment: unknown;
  }): Promise<boolean>;
  /** True when this process is the one to answer event `key` (see Store.claimEvent). */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Claims also kept in memory (at most maxFallbackKeys), to fall back on while the store is away. */
  recentClaims(): number;
}

export function createRecorder(store: Store, options: RecorderOptions): Recorder {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const maxKeys = options.maxFallbackKeys ?? 10_000;
  const local = new Map<string, number>();
  const hash = (platform: Platform, userId: string) => hashUser(options.salt, platform, userId);
  const failed = (what: string, error: unknown) =>
    logger.error(
      { store: store.location, error: { message: (error as Error).message } },
      `store: ${what} failed`,
    );

  const claimLocally = (key: string, ttlMs: number, t: number) => {
    for (const [k, until] of local) {
      if (until > t && local.size < maxKeys) break;
      local.delete(k);
    }
    if ((local.get(key) ?? 0) > t) return false;
    local.delete(key);
    local.set(key, t + ttlMs);
    return true;
  };

  return {
    store,
    async answered(input) {
      const at = now();
      const records = answerRecords(input.answer, {
        id: randomUUID(),
        at,
        platform: input.platform,
        userHash: hash(input.platform, input.userId),
        channelKind: input.channelKind,
        latencyMs: at - input.startedAt,
        ...(options.keepQueryText ? { text: input.text } : {}),
      });
      await store.recordAnswer(records).catch((error: unknown) => failed("recording an answer", error));
    },
    async feedback({ platform, userId, action, answer }) {
      const id = randomUUID();
      const records = feedbackRecords(action, answer, {
        id,
        at: now(),
        platform,
        userHash: hash(platform, userId),
      });
      try {
        await store.recordFeedback(records);
        return id;
      } catch (error) {
        failed("recording feedback", error);
        return undefined;
      }
    },
    async comment({ platform, userId, feedbackId, comment }) {
      const text = cleanComment(comment);
      if (!text) return false;
      try {
        return await store.addFeedbackComment(feedbackId, hash(platform, userId), text);
      } catch (error) {
        failed("recording a comment", error);
        return false;
      }
    },
    async claim(key, ttlMs) {
      const t = now();
      try {
        const mine = await store.claimEvent(key, ttlMs, t);
        if (mine) claimLocally(key, ttlMs, t);
        return mine;
      } catch (error) {
        failed("claiming an event", error);
        return claimLocally(key, ttlMs, t);
      }
    },
    recentClaims: () => local.size,
  };
}
