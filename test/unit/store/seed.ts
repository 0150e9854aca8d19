/** Hand-made records for store tests: small, readable, and independent of the knowledge base. */
import type { AnswerRecords, CodeRecord, FeedbackRecords, Platform } from "../../../src/index.ts";

export const DAY = 86_400_000;
/** 2025-11-30T12:00:00Z: a fixed "now" so daily buckets are predictable. */
export const NOW = Date.UTC(2025, 10, 30, 12);

export const ACCESS_DENIED: CodeRecord = {
  code: "0x80070005",
  family: "hresult",
  display: "0x80070005",
  name: "E_ACCESSDENIED",
  articleId: "access-denied",
};
export const NO_ARTICLE: CodeRecord = {
  code: "0xC0000034",
  family: "ntstatus",
  display: "0xC0000034",
  name: "STATUS_OBJECT_NAME_NOT_FOUND",
  articleId: null,
};

let n = 0;
const nextId = (prefix: string) => `${prefix}-${++n}`;

export function asked(
  codes: CodeRecord[],
  options: { at?: number; platform?: Platform; user?: string; lang?: "en" | "es"; text?: string } = {},
): AnswerRecords {
  const id = nextId("q");
  const at = options.at ?? NOW - 1_000;
  const platform = options.platform ?? "slack";
  const lang = options.lang ?? "en";
  const kind = codes.length > 0 ? "codes" : "nothing";
  return {
    question: {
      id,
      at,
      platform,
      userHash: options.user ?? "user-a",
      channelKind: "channel",
      kind,
      lang,
      codes,
      articleId: codes.find((c) => c.articleId)?.articleId ?? null,
      unanswered: kind === "nothing" || codes.some((c) => !c.articleId),
      latencyMs: 120,
      ...(options.text ? { text: options.text } : {}),
    },
    unanswered: [
      ...(kind === "nothing"
        ? [
            {
              id: `${id}:0`,
              at,
              platform,
              reason: "no-match" as const,
              code: null,
              articleId: null,
              lang,
              ...(options.text ? { text: options.text } : {}),
            },
          ]
        : []),
      ...codes
        .filter((c) => !c.articleId)
        .map((code, i) => ({
          id: `${id}:${i}`,
          at,
          platform,
          reason: "no-article" as const,
          code,
          articleId: null,
          lang,
        })),
    ],
  };
}

export function voted(
  helpful: boolean,
  code: CodeRecord,
  options: { at?: number; platform?: Platform; user?: string; lang?: "en" | "es" } = {},
): FeedbackRecords {
  const id = nextId("f");
  const at = options.at ?? NOW - 1_000;
  const platform = options.platform ?? "slack";
  const lang = options.lang ?? "en";
  const feedback = {
    id,
    at,
    platform,
    userHash: options.user ?? "user-a",
    helpful,
    code,
    articleId: code.articleId,
    lang,
  };
  return {
    feedback,
    unanswered: helpful
      ? []
      : [{ id: `${id}:down`, at, platform, reason: "not-helpful", code, articleId: code.articleId, lang }],
  };
}
