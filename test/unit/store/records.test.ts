import { describe, expect, it } from "vitest";
import {
  answerRecords,
  cleanComment,
  feedbackRecords,
  MAX_COMMENT_LENGTH,
  parseDuration,
  reportWindow,
  utcDay,
} from "../../../src/index.ts";
import { realErrdesk } from "../../helpers/errdesk.ts";
import { codeWithoutArticle } from "../../helpers/no-article-code.ts";

const meta = {
  id: "q1",
  at: 1_000,
  platform: "slack" as const,
  userHash: "h",
  channelKind: "channel" as const,
  latencyMs: 42.4,
};

async function codeWithoutArticleAnswer() {
  const { errdesk } = await realErrdesk();
  const candidate = await codeWithoutArticle();
  return { candidate, answer: errdesk.answer(candidate) };
}

describe("answer → records", () => {
  it("keeps the codes with their article, the served article and the latency; no text unless given", async () => {
    const { errdesk } = await realErrdesk();
    const { question, unanswered } = answerRecords(errdesk.answer("0x80070005 after a reboot"), meta);
    expect(question).toEqual({
      id: "q1",
      at: 1_000,
      platform: "slack",
      userHash: "h",
      channelKind: "channel",
      kind: "codes",
      lang: "en",
      codes: [
        {
          code: "0x80070005",
          family: "hresult",
          display: "0x80070005",
          name: "E_ACCESSDENIED",
          articleId: "access-denied",
        },
      ],
      articleId: "access-denied",
      unanswered: false,
      latencyMs: 42,
    });
    expect(unanswered).toEqual([]);
  });

  it("counts a code without an article as unanswered, with the code", async () => {
    const { candidate, answer } = await codeWithoutArticleAnswer();
    const { question, unanswered } = answerRecords(answer, meta);
    expect(question.articleId).toBeNull();
    expect(unanswered).toEqual([
      expect.objectContaining({
        reason: "no-article",
        code: expect.objectContaining({ code: candidate, articleId: null }),
      }),
    ]);
  });

  it("counts a question with no code and no suggestion as unanswered, keeping text only when given", async () => {
    const { errdesk } = await realErrdesk();
    const answer = errdesk.answer("the printer makes a funny noise at lunch");
    expect(answer.kind).toBe("nothing");
    expect(answerRecords(answer, meta).unanswered).toEqual([
      {
        id: "q1:0",
        at: 1_000,
        platform: "slack",
        lang: "en",
        articleId: null,
        reason: "no-match",
        code: null,
      },
    ]);
    const withText = answerRecords(answer, { ...meta, text: "  the printer makes a funny noise at lunch " });
    expect(withText.question.text).toBe("the printer makes a funny noise at lunch");
    expect(withText.unanswered[0]?.text).toBe("the printer makes a funny noise at lunch");
  });

  it("serves the top suggestion's article for a described symptom", async () => {
    const { errdesk } = await realErrdesk();
    const answer = errdesk.answer("can't rdp, no authority could be contacted");
    expect(answer.kind).toBe("suggestions");
    const { question, unanswered } = answerRecords(answer, meta);
    expect(question.articleId).toBe(answer.suggestions[0]?.articleId);
    expect(question.codes).toEqual([]);
    expect(unanswered).toEqual([]);
  });
});

describe("vote → records", () => {
  it("a 👍 is a vote; a 👎 is a vote and an unanswered question, both naming the code and article", async () => {
    const { errdesk } = await realErrdesk();
    const action = {
      type: "feedback" as const,
      helpful: false,
      value: "0x80070005",
      family: "hresult" as const,
      articleId: "access-denied",
      lang: "es" as const,
    };
    const records = feedbackRecords(action, errdesk.answerAction(action), {
      id: "f1",
      at: 5,
      platform: "teams",
      userHash: "h",
    });
    expect(records.feedback).toMatchObject({
      id: "f1",
      helpful: false,
      articleId: "access-denied",
      lang: "es",
      code: { code: "0x80070005", name: "E_ACCESSDENIED" },
    });
    expect(records.unanswered).toEqual([
      expect.objectContaining({ id: "f1:down", reason: "not-helpful", articleId: "access-denied" }),
    ]);
    const up = feedbackRecords({ ...action, helpful: true }, errdesk.answerAction(action), {
      id: "f2",
      at: 5,
      platform: "teams",
      userHash: "h",
    });
    expect(up.unanswered).toEqual([]);
  });

  it("cleans comments: trimmed, bounded, nothing for blanks and non-strings", () => {
    expect(cleanComment("  too vague ")).toBe("too vague");
    expect(cleanComment("x".repeat(5_000))).toHaveLength(MAX_COMMENT_LENGTH);
    expect(cleanComment("   ")).toBeUndefined();
    expect(cleanComment({ text: "no" })).toBeUndefined();
  });
});

describe("report windows", () => {
  it.each([
    ["90m", 90 * 60_000],
    ["24h", 86_400_000],
    ["7d", 7 * 86_400_000],
    ["2w", 14 * 86_400_000],
    ["7D", 7 * 86_400_000],
  ])("%s is %d ms", (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(["", "7", "d", "-1d", "0d", "1y", "7 days", "99999w"])("refuses %j", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it("ends at now and names UTC days", () => {
    expect(reportWindow("1d", 86_400_000 * 3)).toEqual({ since: 86_400_000 * 2, until: 86_400_000 * 3 });
    expect(utcDay(Date.UTC(2025, 10, 30, 23, 59))).toBe("2025-11-30");
  });
});
