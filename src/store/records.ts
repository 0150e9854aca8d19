/**
 * Answer and vote → the records the store keeps. Pure: ids, times and the hashed user come in
 * from the adapter, so the same answer always gives the same records.
 */
import type { Answer, AnswerAction, Hit } from "../answer/answer-types.ts";
import type {
  AnswerRecords,
  ChannelKind,
  CodeRecord,
  FeedbackRecords,
  Platform,
  UnansweredRecord,
} from "./store-types.ts";

/** Longest question text kept (when keeping text is allowed at all). */
export const MAX_STORED_TEXT = 2_000;

/** Longest feedback comment kept; the Slack modal and the Teams input stop there too. */
export const MAX_COMMENT_LENGTH = 1_000;

export interface RecordMeta {
  id: string;
  at: number;
  platform: Platform;
  userHash: string;
}

export interface AnswerMeta extends RecordMeta {
  channelKind: ChannelKind;
  latencyMs: number;
  /** The question as asked; give it only when STORE_QUERY_TEXT=true. */
  text?: string;
}

export function codeRecord(hit: Hit): CodeRecord {
  const top = hit.interpretations[0];
  return {
    code: hit.value,
    family: top?.family ?? null,
    display: top?.display ?? hit.value,
    name: top?.names[0] ?? "",
    articleId: hit.article?.id ?? null,
  };
}

const clip = (text: string | undefined, max: number) => {
  const trimmed = text?.trim();
  return trimmed ? { text: trimmed.slice(0, max) } : {};
};

/** The question, and one unanswered record per thing it could not answer. */
export function answerRecords(answer: Answer, meta: AnswerMeta): AnswerRecords {
  const codes = answer.hits.map(codeRecord);
  const top = answer.suggestions[0];
  const articleId =
    answer.kind === "codes"
      ? (codes.find((c) => c.articleId)?.articleId ?? null)
      : answer.kind === "suggestions"
        ? (top?.articleId ?? null)
        : null;
  const text = clip(meta.text, MAX_STORED_TEXT);
  const base = { at: meta.at, platform: meta.platform, lang: answer.lang, articleId: null, ...text };
  const unanswered: UnansweredRecord[] = [];
  if (answer.kind === "nothing")
    unanswered.push({ ...base, id: `${meta.id}:0`, reason: "no-match", code: null });
  codes.forEach((code, i) => {
    if (!code.articleId) unanswered.push({ ...base, id: `${meta.id}:${i}`, reason: "no-article", code });
  });
  // A symptom that matched only a catalog name: the error is known, its article is not written yet.
  if (answer.kind === "suggestions" && top && !top.articleId && top.codes[0]) {
    const code = { code: top.codes[0], family: null, display: top.displayCodes[0] ?? top.codes[0] };
    unanswered.push({
      ...base,
      id: `${meta.id}:0`,
      reason: "no-article",
      code: { ...code, name: top.title, articleId: null },
    });
  }
  return {
    question: {
      id: meta.id,
      at: meta.at,
      platform: meta.platform,
      userHash: meta.userHash,
      channelKind: meta.channelKind,
      kind: answer.kind,
      lang: answer.lang,
      codes,
      articleId,
      unanswered: unanswered.length > 0,
      latencyMs: Math.max(0, Math.round(meta.latencyMs)),
      ...text,
    },
    unanswered,
  };
}

/**
 * A 👍 or 👎 on a card. `answer` is what the core answered the click with: it names the code the
 * card was about. A 👎 is also an unanswered question.
 */
export function feedbackRecords(
  action: Extract<AnswerAction, { type: "feedback" }>,
  answer: Answer,
  meta: RecordMeta,
): FeedbackRecords {
  const hit = action.value ? answer.hits[0] : undefined;
  const code = hit ? codeRecord(hit) : null;
  const articleId = action.articleId ?? code?.articleId ?? null;
  const lang = action.lang ?? answer.lang;
  const feedback = { ...meta, helpful: action.helpful, code, articleId, lang };
  const unanswered: UnansweredRecord[] = action.helpful
    ? []
    : [
        {
          id: `${meta.id}:down`,
          at: meta.at,
          platform: meta.platform,
          reason: "not-helpful",
          code,
          articleId,
          lang,
        },
      ];
  return { feedback, unanswered };
}

/** A comment as stored: trimmed, at most MAX_COMMENT_LENGTH characters, undefined when empty. */
export function cleanComment(comment: unknown): string | undefined {
  if (typeof comment !== "string") return undefined;
  const trimmed = comment.trim();
  return trimmed ? trimmed.slice(0, MAX_COMMENT_LENGTH) : undefined;
}
